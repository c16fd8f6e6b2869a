import { WorkbookItemNotFoundError } from "../excel/workbookErrors";
import type { Language } from "../i18n/language";
import { wizardText } from "../i18n/wizardStrings";

/**
 * A failure of a workbook operation in the user's language: a sheet or table that is gone by its name, anything
 * else (Excel's own errors, bugs) as "Something went wrong" with what to try, in the user's language, and the
 * error's own (often English) description as technical details.
 * @example failureText(new WorkbookItemNotFoundError("table", "Køb"), "da") // "Tabellen »Køb« findes ikke længere i projektmappen. …"
 */
export function failureText(error: unknown, language: Language): string {
  if (error instanceof WorkbookItemNotFoundError) {
    return wizardText(language, error.item === "sheet" ? "sheetMissing" : "tableMissing", { name: error.itemName });
  }
  return wizardText(language, "unexpectedError", { reason: error instanceof Error ? error.message : String(error) });
}
