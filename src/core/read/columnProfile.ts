import { AmountTextScanner } from "./amountText";
import { isBlankCell } from "./cellValue";
import { dayFromDateParts, emptyDateTextParts, scanDateText } from "./dateText";

/**
 * What the cells of one column look like, counted over a sample of rows, for guessing a column's role
 * when no header names it.
 */
export interface ColumnProfile {
  /** Cells that are not blank. */
  filled: number;
  /** Date text (2024-01-31, 31.01.2024, 31/01/2024 …) or YYYYMMDD numbers that are real dates. */
  dates: number;
  /** Whole numbers that are Excel serials of 1970–2099 (25569–73050), as numbers or text. */
  serialDates: number;
  /** Numbers or amount text (500 kr, 1.234,56). */
  amounts: number;
  /** Amounts with decimals (12.50, 12,50). */
  fractional: number;
}

const firstSerial = 25569;
const lastSerial = 73050;

/**
 * Profiles the cells `rows[first..first+count)` of column `columnIndex`.
 * @example profileColumn([["2024-01-31"], ["31.01.2024"]], 0, 0, 2) // { filled: 2, dates: 2, serialDates: 0, amounts: 0, fractional: 0 }
 */
export function profileColumn(rows: readonly (readonly unknown[])[], columnIndex: number, first: number, count: number): ColumnProfile {
  const profile: ColumnProfile = { filled: 0, dates: 0, serialDates: 0, amounts: 0, fractional: 0 };
  const parts = emptyDateTextParts();
  const scanner = new AmountTextScanner();
  const end = Math.min(rows.length, first + count);
  for (let rowIndex = first; rowIndex < end; rowIndex += 1) {
    const cell = rows[rowIndex]?.[columnIndex];
    if (isBlankCell(cell)) continue;
    profile.filled += 1;
    if (typeof cell === "number") {
      if (!Number.isFinite(cell)) continue;
      profile.amounts += 1;
      if (!Number.isInteger(cell)) profile.fractional += 1;
      else if (cell >= firstSerial && cell <= lastSerial) profile.serialDates += 1;
      else if (isCompactDate(cell)) profile.dates += 1;
    } else if (typeof cell === "string") {
      const shape = scanDateText(cell, parts);
      if (shape === "serial") {
        if (Number.isInteger(parts.serial) && parts.serial >= firstSerial && parts.serial <= lastSerial) profile.serialDates += 1;
      } else if (shape !== "unreadable") {
        const valid = !Number.isNaN(dayFromDateParts(shape, parts, "dmy")) || !Number.isNaN(dayFromDateParts(shape, parts, "mdy"));
        if (valid) profile.dates += 1;
      }
      const kind = scanner.scan(cell);
      if (kind !== "unreadable" && (shape === "unreadable" || shape === "serial")) {
        profile.amounts += 1;
        if (kind === "decimalComma" || kind === "decimalPoint") profile.fractional += 1;
      }
    }
  }
  return profile;
}

/** A YYYYMMDD number of 1900–2099 (19970101). */
function isCompactDate(value: number): boolean {
  if (value < 19000101 || value > 20991231) return false;
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
