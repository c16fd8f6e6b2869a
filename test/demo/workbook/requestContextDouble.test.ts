import { jsonPayloadBytes, PAYLOAD_LIMIT_BYTES } from "../../../src/excel/payloadSize";
import { WorkbookDouble } from "../../../src/demo/workbook/workbookDouble";
import { excelRunOf, type ExcelRun } from "../../support/workbookDouble";

/** A column of `rows` cells of text whose JSON is exactly `bytes` long in all. */
function columnOfBytes(rows: number, bytes: number): string[][] {
  // [["…"],["…"],…]: 2 for the outer brackets, 4 per row for ["…"], a comma between rows.
  const perRow = Math.floor((bytes - 2 - (rows - 1)) / rows) - 4;
  const column = Array.from({ length: rows }, () => ["x".repeat(perRow)]);
  const extra = bytes - jsonPayloadBytes(column);
  column[0][0] += "x".repeat(extra);
  expect(jsonPayloadBytes(column)).toBe(bytes);
  return column;
}

// Microsoft Learn, "Resource limits and performance optimization for Office Add-ins": Excel on the web limits requests
// and responses to 5 MB; "Error handling with the application-specific JavaScript APIs" names the two error codes.
describe("RequestContextDouble payload limits", () => {
  let book: WorkbookDouble;
  let run: ExcelRun;
  const ROWS = 1_000;

  beforeEach(() => {
    book = new WorkbookDouble();
    book.addSheet("Data");
    run = excelRunOf(book);
  });

  it("takes a request of exactly the limit and counts its bytes", async () => {
    const column = columnOfBytes(ROWS, PAYLOAD_LIMIT_BYTES);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange(`A1:A${ROWS}`).values = column;
      await context.sync();
    });
    expect(book.getCell("Data", ROWS - 1, 0)).toBe(column[ROWS - 1][0]);
    expect(book.syncPayloadBytes).toEqual([PAYLOAD_LIMIT_BYTES]);
  });

  it("refuses a request one byte over the limit with RequestPayloadSizeLimitExceeded, applying nothing of it", async () => {
    const column = columnOfBytes(ROWS, PAYLOAD_LIMIT_BYTES + 1);
    await expect(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("B1").values = [["small"]];
        sheet.getRange(`A1:A${ROWS}`).values = column;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.getCell("Data", 0, 1)).toBe("");
    expect(book.getCell("Data", 0, 0)).toBe("");
  });

  it("counts every write of a sync together, values, formulas and number formats, in UTF-8 bytes", async () => {
    // Half the limit in ASCII, and a quarter of it in "æ" characters, two bytes each: over the limit in bytes, not in characters.
    const half = columnOfBytes(ROWS, PAYLOAD_LIMIT_BYTES / 2);
    const danish = Array.from({ length: ROWS }, () => ["æ".repeat(Math.floor(PAYLOAD_LIMIT_BYTES / 4 / ROWS))]);
    expect(jsonPayloadBytes(half) + JSON.stringify(danish).length).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    await expect(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange(`A1:A${ROWS}`).values = half;
        sheet.getRange(`B1:B${ROWS}`).formulas = danish;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange(`B1:B${ROWS}`).values = danish;
      await context.sync();
    });
    expect(book.syncPayloadBytes[1]).toBe(jsonPayloadBytes(danish));
    expect(jsonPayloadBytes(danish)).toBeGreaterThan(JSON.stringify(danish).length);
  });

  it("refuses a response over the limit with ResponsePayloadSizeLimitExceeded: the sync's writes stay, nothing is loaded", async () => {
    const column = columnOfBytes(ROWS, PAYLOAD_LIMIT_BYTES - 100);
    book.setValues("Data", 0, 0, column);
    book.setValues("Data", 0, 1, column);
    const range = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const both = sheet.getRange(`A1:B${ROWS}`).load("values");
      sheet.getRange("C1").values = [["written"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => both.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      // Each half alone fits.
      const left = sheet.getRange(`A1:A${ROWS}`).load("values");
      await context.sync();
      return left.values;
    });
    expect(range).toEqual(column);
    expect(book.getCell("Data", 0, 2)).toBe("written");
  });
});
