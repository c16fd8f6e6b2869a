import fc from "fast-check";
import { MAX_BYTES_PER_SYNC, rowBlocks, rowsPerBlock, rowsWithinBudget } from "../../src/excel/rowBlocks";
import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/payloadSize";

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

describe("rowsPerBlock", () => {
  it("gives the estimate's block: 4 MB at 32 bytes a cell, at least one row", () => {
    expect(rowsPerBlock(5)).toBe(25_000);
    expect(rowsPerBlock(0)).toBe(125_000);
    expect(rowsPerBlock(1000, { maxBytesPerSync: 100, bytesPerCellEstimate: 8 })).toBe(1);
    expect(() => rowsPerBlock(-1)).toThrow(RangeError);
  });

  it("keeps a budget under Excel on the web's 5 MB", () => {
    expect(MAX_BYTES_PER_SYNC).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });
});

describe("rowsWithinBudget", () => {
  it("fits the next block to the bytes a row measured, never above the estimate's block, at least one row", () => {
    // 25,000 rows measured 6 MB: 240 bytes a row, so 16,666 rows fit 4 MB.
    expect(rowsWithinBudget(6_000_000, 25_000, 25_000)).toBe(16_666);
    // Lighter rows than the estimate keep the estimate's block.
    expect(rowsWithinBudget(1_000_000, 25_000, 25_000)).toBe(25_000);
    // A single row over the budget: one row a block.
    expect(rowsWithinBudget(4_500_000, 1, 25_000)).toBe(1);
    // Nothing measured: the estimate.
    expect(rowsWithinBudget(0, 0, 25_000)).toBe(25_000);
    expect(rowsWithinBudget(100, 10, 5, { maxBytesPerSync: 30 })).toBe(3);
  });
});
