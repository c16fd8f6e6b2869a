/*
 * Turns errors from the calculations into the #VALUE! error Excel shows, with a message in the user's
 * Office display language. Nothing else may escape a worksheet function: Excel would show a bare #VALUE!.
 */
import { InputError, type InputErrorParameters } from "../core/inputError";
import { officeDisplayLanguage } from "../excel/excelHost";
import { valueError } from "../excel/worksheetErrors";
import { renderInputError, renderInputErrorAt, renderRowsWithinRange, renderUnexpectedError } from "../i18n/errorMessages";
import { type Language, resolveLanguage } from "../i18n/language";
import { ArgumentPlaces } from "./argumentPlaces";

/** The Office display language; English where Office is absent (tests) or has no context yet. */
export function displayLanguage(): Language {
  return resolveLanguage(officeDisplayLanguage());
}

/**
 * An input error from the engine that names no row (a negative value, a recency above T), with the position
 * (1-based) in its argument's column of the value it is about, which the worksheet function found.
 * @example throw new PositionedInputError(new InputError("mustBeNonNegative", "monetary", { value: -5 }), 27)
 */
export class PositionedInputError extends Error {
  override readonly name = "PositionedInputError";

  constructor(
    readonly inputError: InputError,
    readonly position: number,
  ) {
    super(inputError.message);
  }
}

/**
 * Runs a check of `count` rows (`check(end)` checks rows 0 … end − 1 with the engine's rules). When it throws an
 * InputError that names no row, the first failing row is found by bisection over prefixes — the engine's own
 * rules, only on the error path — and the error is rethrown as a PositionedInputError.
 * @example checkRows(history.frequency.length, (end) => checkPurchaseHistory(prefix(history, end)))
 */
export function checkRows(count: number, check: (end: number) => void): void {
  try {
    check(count);
  } catch (error) {
    if (!(error instanceof InputError) || "row" in (error.params as object)) throw error;
    let passes = 0;
    let fails = count;
    while (fails - passes > 1) {
      const middle = passes + Math.floor((fails - passes) / 2);
      if (throwsOn(check, middle)) fails = middle;
      else passes = middle;
    }
    throw new PositionedInputError(error, fails);
  }
}

function throwsOn(check: (end: number) => void, end: number): boolean {
  try {
    check(end);
    return false;
  } catch {
    return true;
  }
}

/** The input errors that name a cell of a range by its row and column (within the range). */
const CELL_CODES = ["cellNotANumber", "invalidScore", "offScale", "cellNegative", "missingReach", "cellNotADate", "endBeforeStart", "missingStart", "durationLooksLikeDate"] as const;

/** Whether an input error names a cell of a range by its row and column (within the range). */
function namesCell(error: InputError): boolean {
  return (CELL_CODES as readonly string[]).includes(error.code);
}

/** The A1 name of the sheet cell an input error is about, when it names a cell of a range that has a place. */
function sheetCellOf(error: InputError, places: ArgumentPlaces | undefined): string | undefined {
  if (!places || !namesCell(error)) return undefined;
  const { row, column } = error.params as InputErrorParameters[(typeof CELL_CODES)[number]];
  return places.cell(error.argument, row, column);
}

/**
 * The CustomFunctions.Error (#VALUE!) for any error thrown by a calculation. A cell of a range is named by its
 * place on the sheet when `places` knows the range's address, else by its row and column within the range, and
 * the message then says that rows are counted from the range's first cell.
 */
export function toExcelError(error: unknown, places?: ArgumentPlaces): CustomFunctions.Error {
  const language = displayLanguage();
  const withinRange = (message: string): string => `${message} ${renderRowsWithinRange(language)}`;
  if (error instanceof PositionedInputError) {
    const { inputError, position } = error;
    const at = (places ?? new ArgumentPlaces()).positionInRange(inputError.argument, position);
    const sheetCell = places?.positionCell(inputError.argument, position);
    const message = renderInputErrorAt(inputError, language, { ...at, sheetCell });
    return valueError(sheetCell === undefined ? withinRange(message) : message);
  }
  if (error instanceof InputError) {
    const sheetCell = sheetCellOf(error, places);
    const message = renderInputError(error, language, sheetCell);
    return valueError(sheetCell === undefined && namesCell(error) ? withinRange(message) : message);
  }
  return valueError(renderUnexpectedError(language, error instanceof Error ? error.message : String(error)));
}

/** Runs a calculation for a worksheet function: its result, or a thrown CustomFunctions.Error. */
export function excelResult(calculate: () => number, places?: ArgumentPlaces): number {
  try {
    return calculate();
  } catch (error) {
    throw toExcelError(error, places);
  }
}
