import { WorkbookDouble } from "../../src/demo/workbookDouble";
import { readFixture } from "../support/fixtures";

/**
 * The CDNOW sample (test/fixtures/cdnowElog.csv) as Excel holds it after opening the CSV: the header row as text,
 * then masterid, sampleid, date (YYYYMMDD), cds and sales as numbers — 6,920 rows, 5 columns.
 */
export function cdnowSheetRows(): Array<Array<string | number>> {
  const [header, ...lines] = readFixture("cdnowElog.csv").trim().split(/\r?\n/);
  return [header.split(","), ...lines.map((line) => line.split(",").map(Number))];
}

/**
 * A workbook double installed as the global `Excel`, with `rows` on the sheet "Data" from A1 and the active cell
 * in A1 (so "the data around the active cell" and a one-cell selection both mean the whole block).
 */
export function workbookWith(rows: Array<Array<string | number>>, sheet = "Data"): WorkbookDouble {
  const book = new WorkbookDouble();
  book.loadRows(sheet, rows);
  book.select(sheet, 0, 0);
  book.install(globalThis);
  return book;
}

/** Removes the double's `Excel` from the global object. */
export function uninstallWorkbook(): void {
  delete (globalThis as { Excel?: unknown }).Excel;
}
