import { AdaptiveRowBlocks } from "../../src/excel/adaptiveRowBlocks";
import { jsonPayloadBytes } from "../../src/excel/payloadSize";
import type { RowBlock } from "../../src/excel/rowBlocks";
import { excelError } from "../../src/demo/workbook/excelError";

/**
 * Reads `rowCount` rows as the adapter does, with a sync that refuses a block of more than `maxRows` rows with `code`
 * (as Excel on the web refuses a response over 5 MB); each row loads `rowBytes` bytes of JSON (["…"]). Returns the
 * blocks tried and the blocks read.
 */
function readAll(
  rowCount: number,
  columnCount: number,
  rowBytes: number,
  maxRows: number,
  code: "ResponsePayloadSizeLimitExceeded" | "InvalidArgument" = "ResponsePayloadSizeLimitExceeded",
): { tried: RowBlock[]; read: RowBlock[] } {
  const tried: RowBlock[] = [];
  const read: RowBlock[] = [];
  const blocks = new AdaptiveRowBlocks(rowCount, columnCount);
  for (let block = blocks.next(); block; block = blocks.next()) {
    tried.push(block);
    if (block.rowCount > maxRows) {
      blocks.refused(block, excelError(code, `${block.rowCount} rows`));
      continue;
    }
    read.push(block);
    blocks.read(block, Array.from({ length: block.rowCount }, () => ["x".repeat(rowBytes - 4)]));
  }
  return { tried, read };
}

describe("AdaptiveRowBlocks", () => {
  it("gives the estimate's blocks while they fit", () => {
    const { tried, read } = readAll(100_000, 5, 100, Infinity);
    expect(read).toEqual([
      { startRow: 0, rowCount: 25_000 },
      { startRow: 25_000, rowCount: 25_000 },
      { startRow: 50_000, rowCount: 25_000 },
      { startRow: 75_000, rowCount: 25_000 },
    ]);
    expect(tried).toEqual(read);
  });

  it("halves a block Excel refuses for its size, then sizes the next blocks by what a block measured", () => {
    // Rows of 400 bytes and a comma each: 6,250 rows measure 2,506,251 bytes, so 9,975 rows fit 4 MB.
    const { tried, read } = readAll(40_000, 5, 400, 10_000);
    expect(tried.map((block) => block.rowCount)).toEqual([25_000, 12_500, 6_250, 9_975, 9_975, 9_975, 3_825]);
    expect(read.map((block) => block.startRow)).toEqual([0, 6_250, 16_225, 26_200, 36_175]);
    expect(read.reduce((rows, block) => rows + block.rowCount, 0)).toBe(40_000);
    expect(jsonPayloadBytes(Array.from({ length: 6_250 }, () => ["x".repeat(396)]))).toBe(2_506_251);
    expect(jsonPayloadBytes(Array.from({ length: 9_975 }, () => ["x".repeat(396)]))).toBeLessThanOrEqual(4_000_000);
  });

  it("keeps later blocks below a size Excel refused, even when Excel counts more bytes than were measured", () => {
    // The rows measure small (100 bytes), but Excel refuses any block over 3,000 rows: four halvings from the 25,000-row
    // estimate, one refusal when the measurement lets the block grow again, then never more (it was 66 refusals, one
    // a block, when only the refused size itself was ruled out).
    const { tried, read } = readAll(100_000, 5, 100, 3_000);
    const refusals = tried.length - read.length;
    expect(read.reduce((rows, block) => rows + block.rowCount, 0)).toBe(100_000);
    expect(read.every((block) => block.rowCount <= 3_000)).toBe(true);
    expect(refusals).toBe(5);
  });

  it("rethrows any other error, and a single row Excel still refuses", () => {
    expect(() => readAll(100, 1, 10, 10, "InvalidArgument")).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    const blocks = new AdaptiveRowBlocks(3, 1);
    const refusal = excelError("ResponsePayloadSizeLimitExceeded", "too large");
    blocks.refused(blocks.next()!, refusal);
    blocks.refused(blocks.next()!, refusal);
    expect(blocks.next()).toEqual({ startRow: 0, rowCount: 1 });
    expect(() => blocks.refused(blocks.next()!, refusal)).toThrow(refusal);
  });

  it("gives no block for no rows and refuses a row count that is not a whole number", () => {
    expect(new AdaptiveRowBlocks(0, 5).next()).toBeUndefined();
    expect(() => new AdaptiveRowBlocks(-1, 5)).toThrow(RangeError);
  });
});
