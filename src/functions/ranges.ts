/*
 * Column arguments of the spilling worksheet functions: a range of one column (or one row) with one value
 * per customer or per transaction. Rule for blanks: ranges given together must have the same number of
 * cells; rows at the END that are blank (null or "") in every one of them are dropped, so whole-column
 * references such as A:A work; a blank inside the data is an error naming its row (for transaction columns
 * the reader decides, see readTransactions). A 0 is a value, never a blank.
 */
import { InputError } from "../core/inputError";
import { excelSerialToDay } from "../core/read/excelSerial";
import type { TimeUnit } from "../core/transactionLog";
import { requiredNumber } from "./arguments";
import { isWorksheetError } from "../excel/worksheetErrors";
import { toExcelError } from "./errors";

/** A blank cell: null, undefined or text of spaces only. */
export function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * The cells of a one-column or one-row range in order; a single value is one cell.
 * @example columnCells([[1], [2]], "frequency") // [1, 2]
 */
export function columnCells(value: unknown, argument: string): unknown[] {
  if (!Array.isArray(value)) return [value];
  const rows = value as unknown[];
  const widths = rows.map((row) => (Array.isArray(row) ? row.length : 1));
  const width = Math.max(0, ...widths);
  if (rows.length === 1) return Array.isArray(rows[0]) ? [...(rows[0] as unknown[])] : [rows[0]];
  if (width > 1) throw new InputError("notOneColumn", argument, { rows: rows.length, columns: width });
  return rows.map((row) => (Array.isArray(row) ? (row as unknown[])[0] : row));
}

/**
 * Ranges that hold one value per row, aligned: same length (else `lengthMismatch`), with the trailing rows
 * that are blank in all of them dropped.
 * @example alignedColumns([["customers", [["a"], [null]]], ["dates", [[45322], [""]]]]) // [["a"], [45322]]
 */
export function alignedColumns(columns: readonly (readonly [argument: string, value: unknown])[]): unknown[][] {
  const cells = columns.map(([argument, value]) => columnCells(value, argument));
  const [firstArgument] = columns[0];
  for (let index = 1; index < cells.length; index += 1) {
    if (cells[index].length !== cells[0].length) {
      throw new InputError("lengthMismatch", columns[index][0], { length: cells[index].length, otherArgument: firstArgument, otherLength: cells[0].length });
    }
  }
  let length = cells[0].length;
  while (length > 0 && cells.every((column) => isBlankValue(column[length - 1]))) length -= 1;
  if (length === 0) throw new InputError("noValues", firstArgument, {});
  return cells.map((column) => column.slice(0, length));
}

/**
 * The numbers of an aligned column; a blank or non-number cell is `cellNotANumber` with its 1-based row.
 * @example numberColumn([2, "3"], "frequency") // Float64Array [2, 3]
 */
export function numberColumn(cells: readonly unknown[], argument: string): Float64Array {
  return Float64Array.from(cells, (cell, row) => {
    if (isBlankValue(cell)) throw new InputError("cellNotANumber", argument, { value: "", row: row + 1, column: 1 });
    try {
      return requiredNumber(cell, argument);
    } catch {
      throw new InputError("cellNotANumber", argument, { value: typeof cell === "string" || typeof cell === "boolean" ? cell : undefined, row: row + 1, column: 1 });
    }
  });
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

/** Runs a spilling calculation for a worksheet function: its 2D result, or a thrown CustomFunctions.Error. */
export function excelMatrix<Cell>(calculate: () => Cell[][]): Cell[][] {
  try {
    return calculate();
  } catch (error) {
    if (isWorksheetError(error)) throw error;
    throw toExcelError(error);
  }
}
