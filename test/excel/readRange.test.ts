import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/payloadSize";
import { readRangeValues, type ReadProgress } from "../../src/excel/readRange";
import { rowBlocks } from "../../src/excel/rowBlocks";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";

const ROWS = 100_000;
const COLUMNS = 5;
const FOUR_MB = 4_000_000;

/** A purchase-log-like sheet body: about 80 bytes of JSON a row, so 100,000 rows are ~8 MB in one sync. */
const purchases: Array<Array<string | number | boolean>> = Array.from({ length: ROWS }, (_, i) => [
  `kunde-${String(i % 23_570).padStart(6, "0")}@eksempel.dk`,
  35_000 + (i % 1_000),
  Math.round(i * 137) / 100,
  `Butik ${i % 40}`,
  i % 3 === 0,
]);

describe("readRangeValues", () => {
  let workbook: WorkbookDouble;
  beforeEach(() => (workbook = installWorkbook()));
  afterEach(uninstallWorkbook);

  describe("on a 100,000-row × 5-column sheet", () => {
    const blocks = rowBlocks(ROWS, COLUMNS);

    beforeEach(() => workbook.setValues("Data", 0, 0, purchases));

    it("reads every value, in row blocks of ≤ 4 MB per sync and a bounded number of syncs", async () => {
      const result = await readRangeValues({ sheet: "Data", address: "A1:E100000" });
      expect(result.address).toBe("Data!A1:E100000");
      expect(result.values).toHaveLength(ROWS);
      expect(result.values).toEqual(purchases);

      expect(blocks.length).toBeGreaterThan(1);
      expect(workbook.syncCount).toBeLessThanOrEqual(blocks.length + 2);
      expect(workbook.syncCount).toBe(blocks.length + 1);
      for (const bytes of workbook.syncPayloadBytes) expect(bytes).toBeLessThanOrEqual(FOUR_MB);
      // The budget matters: the same data in one sync would be over the limit.
      const total = workbook.syncPayloadBytes.reduce((sum, bytes) => sum + bytes, 0);
      expect(total).toBeGreaterThan(FOUR_MB);
    });

    it("reads cells of long text in smaller blocks, sized by what a block measured, each response within 5 MB", async () => {
      // 20,000 rows of five 40-character cells, "æ" two bytes in UTF-8: about 7 MB, one response by the estimate.
      const rows = 20_000;
      const long = Array.from({ length: rows }, (_, i) => Array.from({ length: COLUMNS }, (_, c) => `${"æ".repeat(30)} ${String(i).padStart(6, "0")}-${c}`));
      workbook.setValues("Notes", 0, 0, long);
      expect(rowBlocks(rows, COLUMNS)).toHaveLength(1);
      const progress: ReadProgress[] = [];
      const result = await readRangeValues({ sheet: "Notes", address: "A1:E20000" }, { onProgress: (p) => progress.push(p) });
      expect(result.values).toEqual(long);
      expect(progress[progress.length - 1]).toEqual({ rowsRead: rows, totalRows: rows });
      // The first try, all 20,000 rows, is the one sync Excel refuses; the blocks after it are sized to fit.
      const [refused, ...read] = workbook.syncPayloadBytes.slice(1);
      expect(refused).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
      expect(read.length).toBe(progress.length);
      for (const bytes of read) expect(bytes).toBeLessThanOrEqual(FOUR_MB);
    });

    it("reports progress after each block, monotonically, ending at the total", async () => {
      const progress: ReadProgress[] = [];
      await readRangeValues({ sheet: "Data", address: "$A$1:$E$100000" }, { onProgress: (p) => progress.push(p) });
      expect(progress).toHaveLength(blocks.length);
      progress.forEach((p, i) => {
        expect(p.totalRows).toBe(ROWS);
        if (i > 0) expect(p.rowsRead).toBeGreaterThan(progress[i - 1].rowsRead);
      });
      expect(progress[progress.length - 1].rowsRead).toBe(ROWS);
    });

    it("stops syncing and rejects with an AbortError when aborted mid-way", async () => {
      const controller = new AbortController();
      const progress: number[] = [];
      const read = readRangeValues(
        { sheet: "Data", address: "A1:E100000" },
        {
          signal: controller.signal,
          onProgress: ({ rowsRead }) => {
            progress.push(rowsRead);
            if (rowsRead >= ROWS / 2) controller.abort();
          },
        },
      );
      await expect(read).rejects.toMatchObject({ name: "AbortError" });
      expect(progress).toEqual([25_000, 50_000]);
      const syncsAtAbort = workbook.syncCount;
      expect(syncsAtAbort).toBe(3);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(workbook.syncCount).toBe(syncsAtAbort);
    });

    it("with maxRows reads only the first rows (a preview) in one block, and still tells the range's size", async () => {
      const progress: ReadProgress[] = [];
      const result = await readRangeValues({ sheet: "Data", address: "A1:E100000" }, { maxRows: 20, onProgress: (p) => progress.push(p) });
      expect(result.values).toEqual(purchases.slice(0, 20));
      expect(result.rowCount).toBe(ROWS);
      expect(progress).toEqual([{ rowsRead: 20, totalRows: 20 }]);
      expect(workbook.syncCount).toBe(2);
      expect(Math.max(...workbook.syncPayloadBytes)).toBeLessThan(5_000);
    });

    it("with maxRows above the range's rows reads them all; 0 reads none", async () => {
      expect((await readRangeValues({ sheet: "Data", address: "A1:E3" }, { maxRows: 500 })).values).toEqual(purchases.slice(0, 3));
      expect(await readRangeValues({ sheet: "Data", address: "A1:E3" }, { maxRows: 0 })).toEqual({ address: "Data!A1:E3", values: [], rowCount: 3 });
    });

    it.each([-1, 1.5, Number.NaN])("rejects maxRows %p with a RangeError before any sync", async (maxRows) => {
      await expect(readRangeValues({ sheet: "Data", address: "A1:E3" }, { maxRows })).rejects.toBeInstanceOf(RangeError);
      expect(workbook.syncCount).toBe(0);
    });

    it("makes no sync at all when the signal is already aborted", async () => {
      const controller = new AbortController();
      controller.abort();
      await expect(readRangeValues({ sheet: "Data", address: "A1:E100000" }, { signal: controller.signal })).rejects.toMatchObject({
        name: "AbortError",
      });
      expect(workbook.syncCount).toBe(0);
    });
  });

  it("reads the current selection, blocks not aligned to the data, with a small budget", async () => {
    const rows = Array.from({ length: 17 }, (_, r) => [`r${r}`, r, r * 2]);
    workbook.setValues("Sheet1", 9, 2, rows);
    workbook.select("Sheet1", 9, 2, 17, 3);
    const progress: number[] = [];
    const result = await readRangeValues("selection", {
      maxBytesPerSync: 5 * 3 * 8,
      bytesPerCellEstimate: 8,
      onProgress: ({ rowsRead }) => progress.push(rowsRead),
    });
    expect(result).toEqual({ address: "Sheet1!C10:E26", values: rows, rowCount: 17 });
    expect(progress).toEqual([5, 10, 15, 17]);
    expect(workbook.syncCount).toBe(5);
  });

  it("returns blanks as empty strings", async () => {
    workbook.setCell("Data", 0, 0, "id");
    workbook.setCell("Data", 1, 1, 7);
    const result = await readRangeValues({ sheet: "Data", address: "A1:B2" });
    expect(result.values).toEqual([
      ["id", ""],
      ["", 7],
    ]);
  });

  it("rejects when the worksheet does not exist", async () => {
    await expect(readRangeValues({ sheet: "Nope", address: "A1:B2" })).rejects.toThrow(/ItemNotFound/);
  });

  describe("the double enforces Office.js proxy semantics", () => {
    beforeEach(() => workbook.setValues("Data", 0, 0, [[1, 2]]));

    it("fails reading rowCount before load and sync", async () => {
      await expect(
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
          range.load("rowCount");
          return range.rowCount;
        }),
      ).rejects.toThrow(/PropertyNotLoaded/);
    });

    it("fails reading a block's values that were not loaded, even after a sync", async () => {
      await expect(
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
          range.load(["rowCount", "columnCount"]);
          await context.sync();
          const block = range.getCell(0, 0).getResizedRange(0, range.columnCount - 1);
          await context.sync();
          return block.values;
        }),
      ).rejects.toThrow(/PropertyNotLoaded/);
    });
  });
});
