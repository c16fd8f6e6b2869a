/*
 * Turns errors from the calculations into the #VALUE! error Excel shows, with a message in the user's
 * Office display language. Nothing else may escape a worksheet function: Excel would show a bare #VALUE!.
 */
import { InputError } from "../core/inputError";
import { officeDisplayLanguage } from "../excel/excelHost";
import { valueError } from "../excel/worksheetErrors";
import { renderInputError, renderUnexpectedError } from "../i18n/errorMessages";
import { type Language, resolveLanguage } from "../i18n/language";

/** The Office display language; English where Office is absent (tests) or has no context yet. */
export function displayLanguage(): Language {
  return resolveLanguage(officeDisplayLanguage());
}

/** The CustomFunctions.Error (#VALUE!) for any error thrown by a calculation. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  const language = displayLanguage();
  const message =
    error instanceof InputError
      ? renderInputError(error, language)
      : renderUnexpectedError(language, error instanceof Error ? error.message : String(error));
  return valueError(message);
}

/** Runs a calculation for a worksheet function: its result, or a thrown CustomFunctions.Error. */
export function excelResult(calculate: () => number): number {
  try {
    return calculate();
  } catch (error) {
    throw toExcelError(error);
  }
}
