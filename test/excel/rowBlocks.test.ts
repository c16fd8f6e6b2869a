import fc from "fast-check";
import { rowBlocks } from "../../src/excel/rowBlocks";

describe("rowBlocks", () => {
  it("splits 100,000 rows × 5 columns into 4 blocks of 25,000 rows with the defaults (4 MB, 32 bytes a cell)", () => {
    expect(rowBlocks(100_000, 5)).toEqual([
      { startRow: 0, rowCount: 25_000 },
      { startRow: 25_000, rowCount: 25_000 },
      { startRow: 50_000, rowCount: 25_000 },
      { startRow: 75_000, rowCount: 25_000 },
    ]);
  });

  it("gives one block when everything fits and none for zero rows", () => {
    expect(rowBlocks(10, 3)).toEqual([{ startRow: 0, rowCount: 10 }]);
    expect(rowBlocks(0, 5)).toEqual([]);
  });

  it("gives a row wider than the budget a block of its own", () => {
    expect(rowBlocks(3, 1000, { maxBytesPerSync: 100, bytesPerCellEstimate: 8 })).toEqual([
      { startRow: 0, rowCount: 1 },
      { startRow: 1, rowCount: 1 },
      { startRow: 2, rowCount: 1 },
    ]);
  });

  it.each([
    [-1, 5, {}],
    [1.5, 5, {}],
    [10, -2, {}],
    [10, 5, { maxBytesPerSync: 0 }],
    [10, 5, { bytesPerCellEstimate: Number.NaN }],
  ])("rejects rowCount %p, columnCount %p, options %p", (rows, columns, options) => {
    expect(() => rowBlocks(rows, columns, options)).toThrow(RangeError);
  });

  it("covers every row exactly once, in order, each block ≥ 1 row and within the byte budget", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 1, max: 256 }),
        (rowCount, columnCount, maxBytesPerSync, bytesPerCellEstimate) => {
          const blocks = rowBlocks(rowCount, columnCount, { maxBytesPerSync, bytesPerCellEstimate });
          const bytesPerRow = Math.max(1, columnCount) * bytesPerCellEstimate;
          let next = 0;
          const bad = blocks.filter((block) => {
            const ok =
              block.startRow === next && block.rowCount >= 1 && (block.rowCount === 1 || block.rowCount * bytesPerRow <= maxBytesPerSync);
            next += block.rowCount;
            return !ok;
          });
          expect(bad).toEqual([]);
          expect(next).toBe(rowCount);
        },
      ),
      { numRuns: 200 },
    );
  });
});
