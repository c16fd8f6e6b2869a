import { readFixture } from "../support/fixtures";
import { cdnowSheetRows } from "../taskpane/cdnowSheetRows";
import type { CellValue } from "./worksheetFormula";

/**
 * The CDNOW sample (test/fixtures/cdnowElog.csv) as the two imports of docs/EXCEL-CHECKLIST.md, 3.1, leave it on the
 * sheet: `numbers` after File → Open with an English regional format (the header as text, every other cell a
 * number), `text` after Data → From Text/CSV with "Do not detect data types" or the Text Import Wizard with every
 * column as Text (every cell the CSV's text).
 * @example cdnowImports.text[1] // ["4", "1", "19970101", "2", "29.33"]
 */
export const cdnowImports: Record<"numbers" | "text", CellValue[][]> = {
  numbers: cdnowSheetRows(),
  text: readFixture("cdnowElog.csv")
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(",")),
};
