/*
 * Column arguments of the spilling worksheet functions: a range of one column (or one row) with one value
 * per customer or per transaction. Rule for blanks: ranges given together must have the same number of
 * cells; rows at the END that are blank (null or "") in every one of them are dropped, so whole-column
 * references such as A:A work; a blank inside the data is an error naming its row (for transaction columns
 * the reader decides, see readTransactions). A 0 is a value, never a blank.
 */
import type { SpilledRows } from "../core/spilledRows";
import type { PurchaseModelRequest } from "../core/models/purchaseModelChoice";
import { isArray, isInteger } from "../core/hotGlobals";
import { InputError } from "../core/inputError";
import { worksheetErrorName } from "../core/read/cellValue";
import { excelSerialToDay } from "../core/read/excelSerial";
import type { DateOrder } from "../core/read/dateText";
import type { TimeUnit } from "../core/transactionLog";
import { requiredNumber } from "./arguments";
import { isWorksheetError, notAvailableError } from "../excel/worksheetErrors";
import { FitCancelled } from "./fitCache";
import type { ArgumentPlaces } from "./argumentPlaces";
import { PositionedInputError, toExcelError } from "./errors";

/** A blank cell: null, undefined or text of spaces only. */
export function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Whether an optional range argument is left out: omitted, a blank value, or a single blank cell. Only for an argument
 * whose blank range means the same as leaving it out (a holiday list not filled in yet); where a given range changes
 * how another is read (RESPONSETIME's ends), a one-cell blank range is data: use isOmitted.
 * @example isLeftOut([[null]]) // true
 */
export function isLeftOut(value: unknown): boolean {
  if (!isArray(value)) return isBlankValue(value);
  const rows = value as unknown[];
  if (rows.length !== 1) return false;
  const row = rows[0];
  return isArray(row) ? row.length === 1 && isBlankValue(row[0]) : isBlankValue(row);
}

/**
 * Whether an optional argument is omitted: Excel passes one left out as null (or undefined), never as an array, and a
 * range, even one blank cell, always as an array.
 * @example isOmitted(null) // true
 * @example isOmitted([[null]]) // false
 */
export function isOmitted(value: unknown): boolean {
  return !isArray(value) && isBlankValue(value);
}

/** A one-column or one-row range read in place: its number of cells, the cell at a 0-based position, and its first cells. */
interface Line {
  length: number;
  cell(position: number): unknown;
  cells(length: number): unknown[];
}

/** The value of a row of a one-column range: its first cell (a row that is not an array is its own value). */
function firstCell(row: unknown): unknown {
  return isArray(row) ? (row as unknown[])[0] : row;
}

/**
 * A one-column or one-row range (a single value is one cell) as a Line, without copying it. Excel's ranges are
 * rectangles, so the first row gives the width; a range of several rows and columns is `notOneColumn`.
 */
function lineOf(value: unknown, argument: string): Line {
  if (!isArray(value)) return { length: 1, cell: () => value, cells: (length) => (length > 0 ? [value] : []) };
  const rows = value as unknown[];
  if (rows.length === 1 && isArray(rows[0])) {
    const row = rows[0] as unknown[];
    return { length: row.length, cell: (position) => row[position], cells: (length) => row.slice(0, length) };
  }
  const width = rows.length === 0 ? 0 : isArray(rows[0]) ? rows[0].length : 1;
  if (width > 1) throw new InputError("notOneColumn", argument, { rows: rows.length, columns: width });
  return {
    length: rows.length,
    cell: (position) => firstCell(rows[position]),
    cells: (length) => {
      // A copy of the rows replaced in place: the fastest way to a plain array of a million cells.
      const cells = rows.slice(0, length);
      for (let position = 0; position < length; position += 1) cells[position] = firstCell(cells[position]);
      return cells;
    },
  };
}

/**
 * The cells of a one-column or one-row range in order; a single value is one cell.
 * @example columnCells([[1], [2]], "frequency") // [1, 2]
 */
export function columnCells(value: unknown, argument: string): unknown[] {
  const line = lineOf(value, argument);
  return line.cells(line.length);
}

/**
 * Ranges that hold one value per row, aligned: same length (else `lengthMismatch`), with the trailing rows
 * that are blank in all of them dropped. Only the rows kept are copied, so a whole column (1,048,576 rows)
 * with a few dozen values costs a scan of its blank tail, and no call ever takes a range's cells as arguments.
 * @example alignedColumns([["customers", [["a"], [null]]], ["dates", [[45322], [""]]]]) // [["a"], [45322]]
 */
export function alignedColumns(columns: readonly (readonly [argument: string, value: unknown])[]): unknown[][] {
  const lines = columns.map(([argument, value]) => lineOf(value, argument));
  const [firstArgument] = columns[0];
  for (let index = 1; index < lines.length; index += 1) {
    if (lines[index].length !== lines[0].length) {
      throw new InputError("lengthMismatch", columns[index][0], { length: lines[index].length, otherArgument: firstArgument, otherLength: lines[0].length });
    }
  }
  let length = lines[0].length;
  while (length > 0 && allBlankAt(lines, length - 1)) length -= 1;
  if (length === 0) throw new InputError("noValues", firstArgument, {});
  return lines.map((line) => line.cells(length));
}

function allBlankAt(lines: readonly Line[], position: number): boolean {
  for (const line of lines) if (!isBlankValue(line.cell(position))) return false;
  return true;
}

/**
 * The value of a cell as a message quotes it: its text, TRUE/FALSE, or the name of an Excel error (#N/A).
 * @example quotedCell("n/a") // "n/a"
 */
export function quotedCell(cell: unknown): string | boolean | undefined {
  return typeof cell === "string" || typeof cell === "boolean" ? cell : worksheetErrorName(cell);
}

/**
 * The cells of a one-column (or one-row) range, as alignedColumns gives them, as numbers with null for a blank; any
 * other cell that is not a number is `cellNotANumber` at its position (row p, column 1: placedInRanges moves it to
 * its place in a range across a row).
 * @example optionalNumbers([12, null, "3"], "valuesA") // [12, null, 3]
 */
export function optionalNumbers(cells: readonly unknown[], argument: string): (number | null)[] {
  const numbers: (number | null)[] = new Array<number | null>(cells.length);
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index];
    if (isBlankValue(cell)) {
      numbers[index] = null;
      continue;
    }
    try {
      numbers[index] = requiredNumber(cell, argument);
    } catch {
      throw new InputError("cellNotANumber", argument, { value: quotedCell(cell), row: index + 1, column: 1 });
    }
  }
  return numbers;
}

/**
 * Runs a calculation whose errors name a value by its position in a list (row p, column 1), moving that position to
 * its place in the range for the `lists` that run across a row (row 1, column p), so that the message names the cell.
 */
export async function placedInRanges<Cell>(places: ArgumentPlaces, lists: readonly string[], calculate: () => Promise<Cell[][]>): Promise<Cell[][]> {
  try {
    return await calculate();
  } catch (error) {
    if (!(error instanceof InputError) || !lists.includes(error.argument)) throw error;
    const { row, column } = error.params as { row?: unknown; column?: unknown };
    if (typeof row !== "number" || column !== 1) throw error;
    throw new InputError(error.code, error.argument, { ...error.params, ...places.positionInRange(error.argument, row) } as never);
  }
}

/**
 * A figure of a spilled result as its cell: the number, or the #N/A error cell for one that does not exist (NaN: no
 * interval, no request; ±∞: an interval without a finite end).
 */
export function figureCell(value: number): number | CustomFunctions.Error {
  return Number.isFinite(value) ? value : notAvailableError();
}

/** A cell of a spilled result in Excel: a name, a figure, a text, TRUE/FALSE or #N/A. */
export type SpilledCell = string | number | boolean | CustomFunctions.Error;

/**
 * Spilled rows as cells: a figure that does not exist (NaN, ±∞) becomes #N/A, as figureCell makes it.
 * @example spilledCells([["low", Number.NaN], ["answers", 1]]) // [["low", #N/A], ["answers", 1]]
 */
export function spilledCells(rows: SpilledRows): SpilledCell[][] {
  return rows.map(([name, value]) => [name, typeof value === "number" ? figureCell(value) : value]);
}

/**
 * The numbers of an aligned column; a blank or non-number cell is `cellNotANumber` with its 1-based row and
 * column within the range (`across`: the range is one row, so position p is column p), naming an Excel error
 * value (#N/A) by its name.
 * @example numberColumn([2, "3"], "frequency") // Float64Array [2, 3]
 */
export function numberColumn(cells: readonly unknown[], argument: string, across = false): Float64Array {
  const place = (position: number): { row: number; column: number } => (across ? { row: 1, column: position } : { row: position, column: 1 });
  return Float64Array.from(cells, (cell, index) => {
    if (isBlankValue(cell)) throw new InputError("cellNotANumber", argument, { value: "", ...place(index + 1) });
    try {
      return requiredNumber(cell, argument);
    } catch {
      throw new InputError("cellNotANumber", argument, { value: quotedCell(cell), ...place(index + 1) });
    }
  });
}

/**
 * The numbers of an aligned column (read as numberColumn does), each a whole number ≥ `minimum` (0 or 1); one that
 * is not is `mustBeWholeNumber` / `mustBePositiveWholeNumber` at its position, so that the message names its cell.
 * @example wholeNumberColumn([3, "1"], "customers", false, 1) // Float64Array [3, 1]
 */
export function wholeNumberColumn(cells: readonly unknown[], argument: string, across: boolean, minimum: 0 | 1): Float64Array {
  const numbers = numberColumn(cells, argument, across);
  for (let index = 0; index < numbers.length; index += 1) {
    const number = numbers[index];
    if (!isInteger(number) || number < minimum) {
      throw new PositionedInputError(new InputError(minimum === 0 ? "mustBeWholeNumber" : "mustBePositiveWholeNumber", argument, { value: number }), index + 1);
    }
  }
  return numbers;
}

/**
 * The day number (days since 1970-01-01) of an Excel date serial number (1900 system) given as an argument.
 * @example dayOfSerial(45322, "asOf") // 19753
 */
export function dayOfSerial(value: unknown, argument: string): number {
  const serial = requiredNumber(value, argument);
  const day = excelSerialToDay(serial);
  if (!Number.isFinite(day)) throw new InputError("notADate", argument, { value: serial });
  return day;
}

const timeUnitNames: Record<string, TimeUnit> = {
  day: "day", days: "day", dag: "day", dage: "day", dagar: "day", d: "day",
  week: "week", weeks: "week", uge: "week", uger: "week", vecka: "week", veckor: "week", w: "week",
};

/**
 * A time-unit argument: "week" (default when blank) or "day", also in Danish and Swedish.
 * @example timeUnitArgument("uge", "timeUnit") // "week"
 */
export function timeUnitArgument(value: unknown, argument: string): TimeUnit {
  if (isBlankValue(value)) return "week";
  const unit = typeof value === "string" ? timeUnitNames[value.trim().toLowerCase()] : undefined;
  if (unit === undefined) {
    throw new InputError("unknownChoice", argument, { value: typeof value === "string" || typeof value === "boolean" ? value : undefined, choices: '"week", "day"' });
  }
  return unit;
}

/** The purchase model names the functions accept, with the separators people type ("BG/NBD", "pareto-nbd") left out. */
const purchaseModelNames: Record<string, PurchaseModelRequest> = { auto: "auto", bgnbd: "bgnbd", mbgnbd: "mbgnbd", paretonbd: "paretonbd" };

/**
 * A purchase-model argument: "auto" (default when blank), "bgnbd", "mbgnbd" or "paretonbd", in any case and with or
 * without "/" or "-" ("BG/NBD", "Pareto-NBD").
 * @example purchaseModelRequestArgument("Pareto/NBD", "model") // "paretonbd"
 */
export function purchaseModelRequestArgument(value: unknown, argument: string): PurchaseModelRequest {
  if (isBlankValue(value)) return "auto";
  const model = typeof value === "string" ? purchaseModelNames[value.toLowerCase().replace(/[\s/-]/g, "")] : undefined;
  if (model === undefined) {
    throw new InputError("unknownChoice", argument, { value: typeof value === "string" || typeof value === "boolean" ? value : undefined, choices: '"auto", "bgnbd", "mbgnbd", "paretonbd"' });
  }
  return model;
}

const dateOrderNames: Record<string, DateOrder> = { dmy: "dmy", "dmå": "dmy", mdy: "mdy", "mdå": "mdy" };

/**
 * A date-order argument: "dmy" (day first) or "mdy" (month first), also "dmå"/"mdå" and written as a pattern
 * ("dd/mm/yyyy", "MM-DD-ÅÅÅÅ"); undefined when blank (the data decide).
 * @example dateOrderArgument("dd/mm/yyyy", "dateOrder") // "dmy"
 */
export function dateOrderArgument(value: unknown, argument: string): DateOrder | undefined {
  if (isBlankValue(value)) return undefined;
  // Letters only, repeats collapsed: "dd/mm/yyyy" → "dmy".
  const letters = typeof value === "string" ? value.toLowerCase().replace(/[^\p{L}]/gu, "").replace(/(\p{L})\1+/gu, "$1") : "";
  const order = dateOrderNames[letters];
  if (order === undefined) {
    throw new InputError("unknownChoice", argument, { value: typeof value === "string" || typeof value === "boolean" ? value : undefined, choices: '"dmy", "mdy"' });
  }
  return order;
}

/**
 * Runs the spilling calculation of an async worksheet function — one that awaits between stages: a model fit with
 * checkpoints (KV.BGNBD, …), or a distribution loaded on first use with import() (KV.CSI, KV.ENGAGEMENT,
 * KV.RESPONSETIME, KV.ABVALUE): its 2D result, or a CustomFunctions.Error as excelMatrix gives it, messages naming
 * cells by their place on the sheet where `places` knows it. A fit stopped because its formulas were cancelled is a
 * bare #N/A, which Excel never shows (it drops a cancelled formula's result).
 */
export async function excelMatrixInStages<Cell>(calculate: () => Promise<Cell[][]>, places?: ArgumentPlaces): Promise<Cell[][]> {
  try {
    return await calculate();
  } catch (error) {
    if (isWorksheetError(error)) throw error;
    if (error instanceof FitCancelled) throw notAvailableError();
    throw toExcelError(error, places);
  }
}

/**
 * Runs a spilling calculation for a worksheet function: its 2D result, or a thrown CustomFunctions.Error whose
 * message names cells by their place on the sheet where `places` knows it.
 */
export function excelMatrix<Cell>(calculate: () => Cell[][], places?: ArgumentPlaces): Cell[][] {
  try {
    return calculate();
  } catch (error) {
    if (isWorksheetError(error)) throw error;
    throw toExcelError(error, places);
  }
}
