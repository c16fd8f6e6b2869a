import { autofitColumnWidths, DEFAULT_COLUMN_WIDTH, MAX_AUTOFIT_WIDTH, textWidth } from "../../src/demo/columnWidths";
import { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { excelRunOf, type ExcelRun } from "../support/workbookDouble";

/**
 * Widths in CSS pixels of text at 13px in DejaVu Sans (what the demo page's font falls back to on Linux), measured
 * with getBoundingClientRect in Debian's Chromium: the independent reference for the estimate.
 */
const RENDERED: ReadonlyArray<readonly [string, number]> = [
  ["Share of customers", 126.3],
  ["Gennemsnitlig ordreværdi", 170.4],
  ["Average order value", 131.8],
  ["Repeat purchase rate", 140.1],
  ["Customers", 69.9],
  ["Need attention", 97.4],
  ["Can't lose them", 102.6],
  ["Kundekapital (80 % nedre)", 173.4],
  ["Horisont (måneder)", 127.5],
  ["Årlig diskonteringsrente", 155.5],
  ["BG/NBD med Gamma-Gamma", 196.8],
  ["119,427.02", 74.4],
  ["1,234,567.89", 86.8],
  ["17.5%", 41.3],
  ["1997-01-01", 75.6],
];
/** A cell's horizontal padding (4 + 4) and right border (1) in demo.html. */
const CELL_CHROME = 9;

/** A book with its Excel.run, as the pane sees it. */
function hosted(): { book: WorkbookDouble; run: ExcelRun } {
  const book = new WorkbookDouble();
  return { book, run: excelRunOf(book) };
}

/** Writes rows (with number formats) at A1 of a new sheet, then autofits `autofit`, as src/excel/writeReport does. */
async function writeAndAutofit(run: ExcelRun, sheetName: string, values: unknown[][], formats: string[][], autofit: string): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.add(sheetName);
    const range = sheet.getRange("A1").getResizedRange(values.length - 1, values[0].length - 1);
    range.numberFormat = formats;
    range.values = values;
    await context.sync();
    sheet.getRange(autofit).format.autofitColumns();
    await context.sync();
  });
}

describe("textWidth", () => {
  it.each(RENDERED)("estimates %j at least as wide as Chromium draws it, and at most 10 %% wider", (text, rendered) => {
    expect(textWidth(text)).toBeGreaterThanOrEqual(rendered);
    expect(textWidth(text)).toBeLessThanOrEqual(rendered * 1.1);
  });

  it("is zero for empty text and grows with every character", () => {
    expect(textWidth("")).toBe(0);
    expect(textWidth("Segments")).toBeGreaterThan(textWidth("Segment"));
    expect(textWidth("MMMM")).toBeGreaterThan(textWidth("iiii"));
  });
});

describe("autofitColumnWidths", () => {
  const segments = [
    ["Customer value by segment, with a title far longer than any column", "", "", ""],
    ["Segment", "Customers", "Share of customers", "Revenue"],
    ["Champions", 413, 0.1752, 123456789012.5],
    ["Need attention", 82, 0.0348, 4994.99],
  ];
  const formats = [
    ["@", "@", "@", "@"],
    ["@", "@", "@", "@"],
    ["@", "#,##0", "0.0%", "#,##0.00"],
    ["@", "#,##0", "0.0%", "#,##0.00"],
  ];

  it("widens autofitted columns to their longest shown text (header or value), and only those", async () => {
    const { book, run } = hosted();
    await writeAndAutofit(run, "Segments", segments, formats, "A2:C4");
    const widths = autofitColumnWidths(book, "Segments");
    expect([...widths.keys()].sort()).toEqual([0, 1, 2]);
    // A: "Need attention" (97.4 px drawn) needs more than the default width; the title in A1 was not autofitted.
    expect(widths.get(0)).toBeGreaterThanOrEqual(97.4 + CELL_CHROME);
    expect(widths.get(0)).toBeLessThan(textWidth(segments[0][0] as string));
    // B: "Customers" and "413" fit in the default width; autofit here never narrows a column.
    expect(widths.get(1)).toBe(DEFAULT_COLUMN_WIDTH);
    // C: the header "Share of customers" (126.3 px drawn), with room to spare but not much.
    expect(widths.get(2)).toBeGreaterThanOrEqual(126.3 + CELL_CHROME);
    expect(widths.get(2)).toBeLessThanOrEqual(126.3 * 1.1 + 20);
  });

  it("measures numbers as their number format shows them", async () => {
    const { book, run } = hosted();
    await writeAndAutofit(run, "Segments", segments, formats, "D2:D4");
    // "123,456,789,012.50" (#,##0.00), not General's "1.23457E+11", which would fit in the default width.
    const width = autofitColumnWidths(book, "Segments").get(3)!;
    expect(width).toBeGreaterThan(DEFAULT_COLUMN_WIDTH);
    expect(width).toBeGreaterThanOrEqual(textWidth("123,456,789,012.50"));
  });

  it("stops at the maximum width, leaving the rest to the cell's tooltip", async () => {
    const { book, run } = hosted();
    const sentence = "CLV from the BG/NBD purchase model with the Gamma-Gamma spend model, over 24 months";
    await writeAndAutofit(run, "Overview", [["Method"], [sentence]], [["@"], ["@"]], "A1:A2");
    expect(textWidth(sentence)).toBeGreaterThan(MAX_AUTOFIT_WIDTH);
    expect(autofitColumnWidths(book, "Overview").get(0)).toBe(MAX_AUTOFIT_WIDTH);
  });

  it("gives a column autofitted by several tables the widest of their widths", async () => {
    const { book, run } = hosted();
    const values = [["Key figure"], ["Customers"], [""], ["Assumption"], ["Observationsperiodens slutning"]];
    await writeAndAutofit(run, "Overview", values, values.map(() => ["@"]), "A1:A2");
    const first = autofitColumnWidths(book, "Overview").get(0);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Overview").getRange("A4:A5").format.autofitColumns();
      await context.sync();
    });
    const both = autofitColumnWidths(book, "Overview").get(0)!;
    expect(first).toBe(DEFAULT_COLUMN_WIDTH);
    expect(both).toBeGreaterThanOrEqual(206.6 + CELL_CHROME);
  });

  it("keeps the width a column got when autofitted, as Excel does, until it is autofitted again", async () => {
    const { book, run } = hosted();
    await writeAndAutofit(run, "Segments", segments, formats, "A2:C4");
    const before = autofitColumnWidths(book, "Segments").get(0);
    book.setCell("Segments", 3, 0, "A much longer segment name than before");
    expect(autofitColumnWidths(book, "Segments").get(0)).toBe(before);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Segments").getRange("A2:A4").format.autofitColumns();
      await context.sync();
    });
    expect(autofitColumnWidths(book, "Segments").get(0)).toBeGreaterThanOrEqual(textWidth("A much longer segment name than before"));
  });

  it("has no widths for a sheet without autofits, and follows a renamed sheet", async () => {
    const { book, run } = hosted();
    await writeAndAutofit(run, "Kundevaerdi_tmp1", segments, formats, "A2:C4");
    expect(autofitColumnWidths(book, "Sheet1").size).toBe(0);
    const before = autofitColumnWidths(book, "Kundevaerdi_tmp1");
    await run(async (context) => {
      context.workbook.worksheets.getItem("Kundevaerdi_tmp1").name = "Segments";
      await context.sync();
    });
    expect(autofitColumnWidths(book, "Kundevaerdi_tmp1").size).toBe(0);
    expect(autofitColumnWidths(book, "Segments")).toEqual(before);
  });
});
