import type { Language } from "../i18n/language";
import { wizardText } from "../i18n/wizardStrings";
import { formatCount } from "./displayFormats";

/**
 * The Data step's size of a range: its rows (a header row counted among them) and columns, each in the singular
 * or plural, with the language's thousands separator.
 * @example rangeSizeText(6920, 5, "Data!A1:E6920", "en") // "6,920 rows (including any header row) and 5 columns in Data!A1:E6920."
 */
export function rangeSizeText(rows: number, columns: number, range: string, language: Language): string {
  return wizardText(language, "rowCount", {
    rows: wizardText(language, rows === 1 ? "rowsOne" : "rowsMany", { count: formatCount(rows, language) }),
    columns: wizardText(language, columns === 1 ? "columnsOne" : "columnsMany", { count: formatCount(columns, language) }),
    range,
  });
}
