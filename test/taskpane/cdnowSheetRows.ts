import { readFixture } from "../support/fixtures";

/**
 * The CDNOW sample (test/fixtures/cdnowElog.csv) as Excel holds it after opening the CSV: the header row as text,
 * then masterid, sampleid, date (YYYYMMDD), cds and sales as numbers — 6,920 rows, 5 columns.
 * @example installWorkbook(cdnowSheetRows()) // the sample on "Data" from A1
 */
export function cdnowSheetRows(): Array<Array<string | number>> {
  const [header, ...lines] = readFixture("cdnowElog.csv").trim().split(/\r?\n/);
  return [header.split(","), ...lines.map((line) => line.split(",").map(Number))];
}
