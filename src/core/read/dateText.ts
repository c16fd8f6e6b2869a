import { daysFromCivil, isCalendarDate } from "./civilDate";
import { isDigitCode, isSpaceCode } from "./textSpace";

/**
 * The order of day and month in dates like 03/04/2024: "dmy" (3 April, Danish, Swedish, British use)
 * or "mdy" (March 4, US use).
 */
export type DateOrder = "dmy" | "mdy";

/**
 * What kind of date a text is, before the column's day/month order is applied:
 * - `yearFirst`: 2024-01-31, 2024/1/31, 2024.01.31 (ISO 8601 and its relatives);
 * - `compact`: 20240131 (YYYYMMDD, as in the CDNOW data);
 * - `dayFirst`: 31.01.2024 — a "." separator means day first (the Danish, Swedish and German convention);
 * - `dayOrMonthFirst`: 31-01-2024, 31/01/2024, 01/31/2024 — the order is decided by the column;
 * - `serial`: a plain number written as text (45322, 45322.5), read as an Excel serial date;
 * - `unreadable`: anything else.
 * A time of day after the date (a space or "T" followed by a digit: `2014-03-08 00:00:00`,
 * `2024-01-31T10:00Z`, `1/31/2024 2:30 PM`) is ignored: the date is taken as written, in its own time zone.
 */
export type DateTextShape = "yearFirst" | "compact" | "dayFirst" | "dayOrMonthFirst" | "serial" | "unreadable";

/**
 * The numbers found in a date text. For `dayOrMonthFirst` they are stored as if day-first (`day` is the
 * first number, `month` the second); month-first reading swaps them. For `serial`, `serial` holds the number.
 */
export interface DateTextParts {
  year: number;
  month: number;
  day: number;
  serial: number;
  /** The year was written with two digits and has been completed (see `completeTwoDigitYear`). */
  twoDigitYear: boolean;
}

/**
 * An empty parts record to pass to `scanDateText`, reused across calls to avoid allocating per cell.
 * @example const parts = emptyDateTextParts(); scanDateText("2024-01-31", parts); parts.year // 2024
 */
export function emptyDateTextParts(): DateTextParts {
  return { year: 0, month: 0, day: 0, serial: 0, twoDigitYear: false };
}

/**
 * Completes a two-digit year the way Excel does with its default cutoff (Windows "two-digit year"
 * setting 2029): 00–29 → 2000–2029, 30–99 → 1930–1999.
 * Source: Microsoft, "How Excel works with two-digit year numbers".
 * @example completeTwoDigitYear(24) // 2024
 * @example completeTwoDigitYear(97) // 1997
 */
export function completeTwoDigitYear(year: number): number {
  return year < 30 ? 2000 + year : 1900 + year;
}

/** The first and last years accepted in date text: Excel's dates run from 1900 to 9999. */
const firstYear = 1900;
const lastYear = 9999;

const dash = 45;
const slash = 47;
const dot = 46;
const letterT = 84;

/**
 * Reads the shape and numbers of a date text into `parts` without allocating; see DateTextShape.
 * The numbers are not validated as a calendar date here (use `dayFromDateParts`).
 * @example
 * const parts = emptyDateTextParts();
 * scanDateText("31.01.2024", parts) // "dayFirst", parts: { year: 2024, month: 1, day: 31 }
 */
export function scanDateText(text: string, parts: DateTextParts): DateTextShape {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start += 1;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
  parts.twoDigitYear = false;

  let index = start;
  let first = 0;
  while (index < end && isDigitCode(text.charCodeAt(index))) {
    first = first * 10 + text.charCodeAt(index) - 48;
    index += 1;
  }
  const firstDigits = index - start;
  if (firstDigits === 0) return "unreadable";
  if (index === end) {
    if (firstDigits === 8) {
      parts.year = Math.floor(first / 10000);
      parts.month = Math.floor(first / 100) % 100;
      parts.day = first % 100;
      return "compact";
    }
    if (firstDigits > 7) return "unreadable";
    parts.serial = first;
    return "serial";
  }

  const separator = text.charCodeAt(index);
  if (separator !== dash && separator !== slash && separator !== dot) return "unreadable";
  if (separator === dot && firstDigits >= 3 && firstDigits !== 4) return scanSerialFraction(text, start, index + 1, end, parts);
  index += 1;

  const secondStart = index;
  let second = 0;
  while (index < end && index - secondStart < 2 && isDigitCode(text.charCodeAt(index))) {
    second = second * 10 + text.charCodeAt(index) - 48;
    index += 1;
  }
  if (index === secondStart || index >= end || text.charCodeAt(index) !== separator) return "unreadable";
  index += 1;

  const thirdStart = index;
  let third = 0;
  while (index < end && index - thirdStart < 4 && isDigitCode(text.charCodeAt(index))) {
    third = third * 10 + text.charCodeAt(index) - 48;
    index += 1;
  }
  const thirdDigits = index - thirdStart;
  if (thirdDigits === 0 || !endsDate(text, index, end)) return "unreadable";

  if (firstDigits === 4) {
    if (thirdDigits > 2) return "unreadable";
    parts.year = first;
    parts.month = second;
    parts.day = third;
    return "yearFirst";
  }
  if (firstDigits > 2 || (thirdDigits !== 2 && thirdDigits !== 4)) return "unreadable";
  parts.day = first;
  parts.month = second;
  parts.twoDigitYear = thirdDigits === 2;
  parts.year = thirdDigits === 2 ? completeTwoDigitYear(third) : third;
  return separator === dot ? "dayFirst" : "dayOrMonthFirst";
}

/** The date ends at `index`: at the end of the text, or before a time of day (space or "T", then a digit). */
function endsDate(text: string, index: number, end: number): boolean {
  if (index === end) return true;
  const next = text.charCodeAt(index);
  return (isSpaceCode(next) || next === letterT) && index + 1 < end && isDigitCode(text.charCodeAt(index + 1));
}

/** A serial number with a fraction written as text (45322.5): digits after the point up to the end. */
function scanSerialFraction(text: string, start: number, fractionStart: number, end: number, parts: DateTextParts): DateTextShape {
  if (fractionStart === end) return "unreadable";
  for (let index = fractionStart; index < end; index += 1) {
    if (!isDigitCode(text.charCodeAt(index))) return "unreadable";
  }
  parts.serial = Number(text.slice(start, end));
  return "serial";
}

/**
 * The day number (days since 1970-01-01) of scanned date parts, reading `dayOrMonthFirst` in the given
 * order; NaN when they are not a real calendar day or the year is outside 1900–9999.
 * Not for the `serial` and `unreadable` shapes.
 * @example
 * const parts = emptyDateTextParts();
 * dayFromDateParts(scanDateText("01/31/2024", parts), parts, "mdy") // 19753 (2024-01-31)
 */
export function dayFromDateParts(shape: DateTextShape, parts: DateTextParts, order: DateOrder): number {
  const monthFirst = shape === "dayOrMonthFirst" && order === "mdy";
  const month = monthFirst ? parts.day : parts.month;
  const day = monthFirst ? parts.month : parts.day;
  const year = parts.year;
  if (year < firstYear || year > lastYear || !isCalendarDate(year, month, day)) return NaN;
  return daysFromCivil(year, month, day);
}

/**
 * What a `dayOrMonthFirst` date says about the column's day/month order: "dmy" when the first number
 * can only be a day (13–31), "mdy" when the second can only be a day, "either" when both are 1–12 and
 * differ (03/04/2024), and "none" when the order does not matter (04/04/2024) or neither reading works.
 * @example
 * const parts = emptyDateTextParts();
 * scanDateText("13/01/2024", parts);
 * dateOrderEvidence(parts) // "dmy"
 */
export function dateOrderEvidence(parts: DateTextParts): DateOrder | "either" | "none" {
  const { day: first, month: second } = parts;
  if (first < 1 || second < 1 || first === second) return "none";
  if (first <= 12 && second <= 12) return "either";
  if (first <= 31 && second <= 12) return "dmy";
  if (second <= 31 && first <= 12) return "mdy";
  return "none";
}
