import { WorkbookDouble } from "../../../src/demo/workbook/workbookDouble";
import { excelRunOf, type ExcelRun } from "../../support/workbookDouble";

describe("range.format.font in the workbook double", () => {
  let book: WorkbookDouble;
  let run: ExcelRun;

  beforeEach(() => {
    book = new WorkbookDouble();
    book.loadRows("Data", [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    run = excelRunOf(book);
  });

  it("records colour and italic on every cell of the range at the next sync, not before; other cells keep Excel's default", async () => {
    await run(async (context) => {
      const font = context.workbook.worksheets.getItem("Data").getRange("B1:C2").format.font;
      font.color = "#44546a";
      font.italic = true;
      expect(book.getFont("Data", 0, 1)).toEqual({ color: "#000000", italic: false });
      await context.sync();
    });
    for (const [row, column] of [
      [0, 1],
      [0, 2],
      [1, 1],
      [1, 2],
    ]) {
      expect(book.getFont("Data", row, column)).toEqual({ color: "#44546A", italic: true });
    }
    expect(book.getFont("Data", 0, 0)).toEqual({ color: "#000000", italic: false });
    expect(book.getFont("Data", 5, 5)).toEqual({ color: "#000000", italic: false });
  });

  it("sets one property without touching the other", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B1").format.font.italic = true;
      sheet.getRange("B1:C1").format.font.color = "#9C5700";
      await context.sync();
    });
    expect([0, 1, 2].map((column) => book.getFont("Data", 0, column))).toEqual([
      { color: "#000000", italic: true },
      { color: "#9C5700", italic: true },
      { color: "#9C5700", italic: false },
    ]);
  });

  it("reads the font only after load and a sync: the cells' value, or null where they differ, as Excel", async () => {
    book.setFont("Data", 0, 0, { color: "#FF0000" });
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const same = sheet.getRange("A1").format.font;
      const mixed = sheet.getRange("A1:B1").format.font;
      expect(() => same.color).toThrow(/PropertyNotLoaded/);
      same.load("color, italic");
      mixed.load(["color", "italic"]);
      await context.sync();
      return [same.color, same.italic, mixed.color, mixed.italic];
    });
    expect(read).toEqual(["#FF0000", false, null, false]);
  });

  it("is one proxy per range, so `range.format.font` loaded once reads later", async () => {
    const color = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.format.font.load("color");
      await context.sync();
      return range.format.font.color;
    });
    expect(color).toBe("#000000");
  });

  it("refuses what Excel would: a colour that is not #RRGGBB, an italic that is not a boolean, a property not modelled", async () => {
    await run(async (context) => {
      const font = context.workbook.worksheets.getItem("Data").getRange("A1").format.font;
      expect(() => (font.color = "#12345")).toThrow(/InvalidArgument/);
      expect(() => (font.color = "red")).toThrow(/InvalidArgument.*colour names/);
      expect(() => (font.italic = "yes" as unknown as boolean)).toThrow(/InvalidArgument/);
      expect(() => font.load("bold")).toThrow(/does not model RangeFont.bold/);
      await context.sync();
    });
    expect(book.getFont("Data", 0, 0)).toEqual({ color: "#000000", italic: false });
  });

  it("keeps fonts with their sheet through a rename, drops them with it, counts them in the used range and the snapshot", async () => {
    const before = book.snapshot();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("E5").format.font.italic = true;
      sheet.name = "Renamed";
      await context.sync();
    });
    expect(book.snapshot()).not.toEqual(before);
    expect(book.snapshot().sheets[1].fonts).toEqual({ E5: { color: "#000000", italic: true } });
    expect(book.getFont("Renamed", 4, 4).italic).toBe(true);
    expect(book.usedArea("Renamed")).toEqual({ row: 0, column: 0, rowCount: 5, columnCount: 5 });
    expect(book.usedArea("Renamed", true)).toEqual({ row: 0, column: 0, rowCount: 2, columnCount: 3 });
    book.deleteSheet("Renamed");
    book.addSheet("Renamed");
    expect(book.getFont("Renamed", 4, 4).italic).toBe(false);
  });

  it("leaves range.format.autofitColumns() working beside the font", async () => {
    await run(async (context) => {
      const format = context.workbook.worksheets.getItem("Data").getRange("A1:C2").format;
      format.autofitColumns();
      format.font.italic = true;
      await context.sync();
    });
    expect(book.autofits).toEqual([{ sheet: "Data", address: "A1:C2" }]);
  });
});
