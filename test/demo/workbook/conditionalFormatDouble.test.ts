import { WorkbookDouble } from "../../../src/demo/workbook/workbookDouble";
import { excelRunOf, type ExcelRun } from "../../support/workbookDouble";

/** A white-to-green scale from 0 to 1, as the report writer sets it. */
const criteria = {
  minimum: { formula: "0", type: "Number", color: "#FFFFFF" },
  maximum: { formula: "1", type: "Number", color: "#63be7b" },
};

describe("range.conditionalFormats in the workbook double", () => {
  let book: WorkbookDouble;
  let run: ExcelRun;

  beforeEach(() => {
    book = new WorkbookDouble();
    book.addSheet("Cohorts");
    run = excelRunOf(book);
  });

  it("records a colour scale with its range's area at the next sync, and its criteria once set", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Cohorts");
      const format = sheet.getRange("B3:F3").conditionalFormats.add("ColorScale");
      format.colorScale.criteria = criteria;
      sheet.getRange("B4").conditionalFormats.add("ColorScale");
      expect(book.conditionalFormats).toEqual([]);
      await context.sync();
    });
    expect(book.conditionalFormatsOf("Cohorts")).toEqual([
      {
        sheet: "Cohorts",
        address: "B3:F3",
        type: "ColorScale",
        criteria: { minimum: { type: "Number", formula: "0", color: "#FFFFFF" }, maximum: { type: "Number", formula: "1", color: "#63BE7B" } },
      },
      // Added, criteria never set: Excel's default scale, which the double does not model.
      { sheet: "Cohorts", address: "B4", type: "ColorScale" },
    ]);
    expect(book.conditionalFormatsOf("Sheet1")).toEqual([]);
    expect(book.snapshot().conditionalFormats).toHaveLength(2);
  });

  it("follows the range's area when it is resolved at the sync (getCell, getResizedRange)", async () => {
    await run(async (context) => {
      const run = context.workbook.worksheets.getItem("Cohorts").getRange("A1").getCell(4, 1).getResizedRange(0, 2);
      run.conditionalFormats.add("ColorScale").colorScale.criteria = criteria;
      await context.sync();
    });
    expect(book.conditionalFormats.map((format) => format.address)).toEqual(["B5:D5"]);
  });

  it("refuses another type and criteria Excel would refuse, with InvalidArgument", async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Cohorts").getRange("B3:F3");
      expect(() => range.conditionalFormats.add("DataBar")).toThrow(/InvalidArgument.*"DataBar"/);
      const format = range.conditionalFormats.add("ColorScale");
      expect(() => (format.colorScale.criteria = { maximum: criteria.maximum })).toThrow(/InvalidArgument: a colour scale needs a minimum/);
      expect(() => (format.colorScale.criteria = { minimum: criteria.minimum })).toThrow(/InvalidArgument: a colour scale needs a maximum/);
      expect(() => (format.colorScale.criteria = { ...criteria, minimum: { ...criteria.minimum, formula: "low" } })).toThrow(/InvalidArgument.*"low" is not a number/);
      expect(() => (format.colorScale.criteria = { ...criteria, maximum: { ...criteria.maximum, formula: "" } })).toThrow(/InvalidArgument/);
      expect(() => (format.colorScale.criteria = { ...criteria, maximum: { ...criteria.maximum, color: "green" } })).toThrow(/InvalidArgument/);
      expect(() => (format.colorScale.criteria = null)).toThrow(/InvalidArgument/);
      // Valid Excel, not modelled: said so rather than recorded wrongly.
      expect(() => (format.colorScale.criteria = { ...criteria, minimum: { type: "LowestValue", color: "#FFFFFF" } })).toThrow(/models colour-scale criteria of type "Number" only/);
      expect(() => (format.colorScale.criteria = { ...criteria, midpoint: { formula: "0.5", type: "Number", color: "#FFEB84" } })).toThrow(/does not model a colour scale's midpoint/);
      await context.sync();
    });
    expect(book.conditionalFormats).toEqual([{ sheet: "Cohorts", address: "B3:F3", type: "ColorScale" }]);
  });

  it("fails reads that were not loaded, as Office.js does", async () => {
    await run(async (context) => {
      const format = context.workbook.worksheets.getItem("Cohorts").getRange("B3").conditionalFormats.add("ColorScale");
      await context.sync();
      expect(() => format.type).toThrow(/PropertyNotLoaded/);
      expect(() => format.colorScale.criteria).toThrow(/PropertyNotLoaded/);
    });
  });

  it("keeps the formats with their sheet through a rename and drops them with it", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Cohorts");
      sheet.getRange("B3:F3").conditionalFormats.add("ColorScale").colorScale.criteria = criteria;
      sheet.name = "Kohorter";
      await context.sync();
    });
    expect(book.conditionalFormatsOf("Kohorter").map((format) => format.address)).toEqual(["B3:F3"]);
    book.deleteSheet("Kohorter");
    expect(book.conditionalFormats).toEqual([]);
  });

  it("adds nothing when its sync fails", async () => {
    book.failSyncAt(1);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Cohorts").getRange("B3").conditionalFormats.add("ColorScale").colorScale.criteria = criteria;
        await context.sync();
      }),
    ).rejects.toThrow(/injected/);
    expect(book.conditionalFormats).toEqual([]);
  });
});
