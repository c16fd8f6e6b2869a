import { READ_CELL_LIMIT } from "../../../src/demo/workbook/rangeDouble";
import { WorkbookDouble } from "../../../src/demo/workbook/workbookDouble";
import { excelRunOf, type ExcelRun } from "../../support/workbookDouble";

describe("RangeDouble", () => {
  let book: WorkbookDouble;
  let run: ExcelRun;

  beforeEach(() => {
    book = new WorkbookDouble();
    book.addSheet("Data");
    run = excelRunOf(book);
  });

  describe("number formats (Microsoft Support, \"Number format codes\"; ECMA-376 Part 1, §18.8.31)", () => {
    it.each([["0;0;0;@;0"], ['0.0 "kr'], ["[Red0.00"]])("refuses %p with InvalidArgument at the sync, changing no cell of the range", async (format) => {
      await expect(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("A1:B1").numberFormat = [["0.0%", format]];
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(book.getNumberFormat("Data", 0, 0)).toBe("General");
    });

    it("takes four sections, the most a format may have", async () => {
      await run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").numberFormat = [['#,##0.00 "kr.";[Red]-#,##0.00 "kr.";"–";@']];
        await context.sync();
      });
      expect(book.getNumberFormat("Data", 0, 0)).toBe('#,##0.00 "kr.";[Red]-#,##0.00 "kr.";"–";@');
    });
  });

  describe("values written as text (the Range.values reference: a value starting with +, - or = is a formula)", () => {
    const ids = ["=SUM(A1)", "+45 1234", "-A1"];

    it("turns them into formulas in a cell not formatted as Text", async () => {
      await run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:C1").values = [ids];
        await context.sync();
      });
      expect([0, 1, 2].map((c) => book.isFormula("Data", 0, c))).toEqual([true, true, true]);
      expect([0, 1, 2].map((c) => book.getCell("Data", 0, c))).toEqual(["=SUM(A1)", "=+45 1234", "=-A1"]);
    });

    it("keeps them as text in a cell formatted @ earlier in the same batch, or written with a leading apostrophe", async () => {
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        const row = sheet.getRange("A1:C1");
        row.numberFormat = [["@", "@", "@"]];
        row.values = [ids];
        sheet.getRange("A2:C2").values = [ids.map((id) => `'${id}`)];
        await context.sync();
      });
      for (const row of [0, 1]) {
        expect([0, 1, 2].map((c) => book.getCell("Data", row, c))).toEqual(ids);
        expect([0, 1, 2].map((c) => book.isFormula("Data", row, c))).toEqual([false, false, false]);
      }
    });

    it("formats written after the values come too late: the formula stays", async () => {
      await run(async (context) => {
        const cell = context.workbook.worksheets.getItem("Data").getRange("A1");
        cell.values = [["+45 1234"]];
        cell.numberFormat = [["@"]];
        await context.sync();
      });
      expect(book.isFormula("Data", 0, 0)).toBe(true);
    });
  });

  describe("reads (Microsoft Learn, \"Resource limits and performance optimization for Office Add-ins\": 5,000,000 cells)", () => {
    it("refuses to read the cells of a range over the limit with RangeExceedsLimit", async () => {
      const columns = 16_384;
      const rows = Math.floor(READ_CELL_LIMIT / columns) + 1;
      expect(rows * columns).toBeGreaterThan(READ_CELL_LIMIT);
      await expect(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, rows, columns).load("formulas");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    });

    it("still gives the address and size of such a range", async () => {
      const address = await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1:XFD1048576").load(["address", "rowCount"]);
        await context.sync();
        return [range.address, range.rowCount];
      });
      expect(address).toEqual(["Data!A1:XFD1048576", 1_048_576]);
    });
  });
});
