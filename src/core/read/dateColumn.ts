import { cellText, isBlankOrZeroCell } from "./cellValue";
import type { CellRef, ColumnRef } from "./columnRef";
import { daysFromCivil, isCalendarDate } from "./civilDate";
import { type DateOrder, type DateTextShape, dateOrderEvidence, dayFromDateParts, emptyDateTextParts, scanDateText } from "./dateText";
import { type DateSystem, excelSerialToDay } from "./excelSerial";
import { rowNumberOf, type ReadNotice, type RowNumbering, type RowProblemReason } from "./readDiagnostics";

/**
 * The day/month order used when a column does not decide it (every date like 03/04/2024 has both numbers
 * ≤ 12): day first, as written in Denmark and by Swedes who do not write ISO dates. Reported as
 * `dateOrderAmbiguous`; the caller can pass `dateOrder` instead.
 * @example defaultDateOrder // "dmy": 03/04/2024 is read as 3 April 2024
 */
export const defaultDateOrder: DateOrder = "dmy";

/**
 * Options for reading a date column.
 */
export interface DateColumnOptions {
  /** The day/month order of dates like 03/04/2024; when given it is used for the whole column. */
  dateOrder?: DateOrder;
  /** The Excel date system of serial numbers; default "1900". */
  dateSystem?: DateSystem;
}

/**
 * How a date column is read. `order` is the day/month order applied to dates like 03/04/2024 and
 * `orderSource` where it came from: the caller's option, the data (some first number > 12 → day first,
 * some second number > 12 → month first), the default (no date decides), `mixed` (both kinds occur: each
 * such date is read in the only order it fits and the undecidable ones are reported), or `notNeeded`
 * (no date in the column depends on the order; `order` is then undefined).
 */
export interface DateColumnFormat {
  order: DateOrder | undefined;
  orderSource: "option" | "data" | "default" | "mixed" | "notNeeded";
  dateSystem: DateSystem;
}

/** YYYYMMDD numbers (19970101) lie above every Excel serial number (the largest is 2958465). */
const firstCompactDate = 10000101;
const lastCompactDate = 99991231;

/**
 * An Excel serial number is a purchase date only from 1950-01-01 to 2199-12-31: a small number in a date column
 * (2024, 12, 3) is a year, a month or a count, not a day of 1905 or 1900, and is reported (`implausibleDate`).
 */
const firstPlausibleSerialDay = daysFromCivil(1950, 1, 1);
const lastPlausibleSerialDay = daysFromCivil(2199, 12, 31);

/**
 * Reads one date column into day numbers (days since 1970-01-01). Accepted: Excel serial numbers
 * (1900 or 1904 system; the fraction of a day is dropped; only 1950–2199, see firstPlausibleSerialDay), YYYYMMDD as a number or text (19970101), and
 * the texts of DateTextShape (ISO `2024-01-31` with or without a time, `31.01.2024`, `31-01-2024`,
 * `31/01/2024`, `01/31/2024`, two-digit years completed as Excel does). Serials and YYYYMMDD numbers are
 * told apart by size. The constructor scans the whole column once to decide the day/month order:
 * any date whose first number is 13–31 makes the column day-first, any whose second is makes it
 * month-first; both → `mixed`; neither → `defaultDateOrder`, reported. A "." separator always means day
 * first. A 0 in a date cell is a blank (a formula that refers to an empty cell shows 0).
 * @example
 * const rows = [["Dato"], ["31/01/2024"], [45322]];
 * const reader = new DateColumnReader(rows, { index: 0, header: "Dato" }, 1, 1, {});
 * reader.read(rows[1][0]) // 19753 (2024-01-31); reader.read(rows[2][0]) is the same day
 */
export class DateColumnReader {
  readonly format: DateColumnFormat;
  private readonly parts = emptyDateTextParts();
  private readonly readOrder: DateOrder;
  private readonly mixed: boolean;
  private readonly dateSystem: DateSystem;
  private readonly examples: { dmy?: CellRef; mdy?: CellRef; either?: CellRef; twoDigitYear?: CellRef } = {};

  /**
   * `firstDataIndex` is the index of the first data row in `rows` (1 after a header row) and
   * `numbering` gives the row number the user sees for each row, used to quote examples in notices.
   */
  constructor(
    rows: readonly (readonly unknown[])[],
    private readonly column: ColumnRef,
    firstDataIndex: number,
    numbering: RowNumbering,
    options: DateColumnOptions,
  ) {
    this.dateSystem = options.dateSystem ?? "1900";
    this.scanColumn(rows, firstDataIndex, numbering);
    const { dmy, mdy, either } = this.examples;
    this.mixed = options.dateOrder === undefined && dmy !== undefined && mdy !== undefined;
    this.readOrder = options.dateOrder ?? (mdy !== undefined && dmy === undefined ? "mdy" : defaultDateOrder);
    this.format = {
      order: this.mixed || (!dmy && !mdy && !either && !options.dateOrder) ? undefined : this.readOrder,
      orderSource: options.dateOrder
        ? "option"
        : this.mixed
          ? "mixed"
          : dmy || mdy
            ? "data"
            : either
              ? "default"
              : "notNeeded",
      dateSystem: this.dateSystem,
    };
  }

  /**
   * The day number of a cell, or NaN when it is blank or not a date (see `problem` for why).
   * @example new DateColumnReader([], { index: 0, header: undefined }, 0, 1, {}).read("2024-01-31") // 19753
   */
  read(cell: unknown): number {
    if (typeof cell === "number") return this.numberDay(cell);
    if (typeof cell === "string") return this.textDay(cell);
    return NaN;
  }

  /**
   * Why `read` gave NaN for a cell.
   * @example new DateColumnReader([], { index: 0, header: undefined }, 0, 1, {}).problem("31-02-2024") // "invalidDate"
   */
  problem(cell: unknown): RowProblemReason {
    if (isBlankOrZeroCell(cell)) return "missingDate";
    if (typeof cell === "number") return this.numberProblem(cell);
    if (typeof cell !== "string") return "unreadableDate";
    const shape = scanDateText(cell, this.parts);
    if (shape === "unreadable") return "unreadableDate";
    if (shape === "serial") return this.numberProblem(this.parts.serial);
    if (shape === "dayOrMonthFirst" && this.mixed && dateOrderEvidence(this.parts) === "either") return "ambiguousDate";
    return "invalidDate";
  }

  /** The notices about this column: an undecided or mixed day/month order, two-digit years. */
  notices(): ReadNotice[] {
    const { dmy, mdy, either, twoDigitYear } = this.examples;
    const notices: ReadNotice[] = [];
    const column = this.column;
    if (this.format.orderSource === "default" && either) {
      notices.push({ code: "dateOrderAmbiguous", column, assumed: this.readOrder, example: either });
    }
    if (this.mixed && dmy && mdy) notices.push({ code: "dateOrderConflict", column, dayFirst: dmy, monthFirst: mdy });
    if (twoDigitYear) notices.push({ code: "twoDigitYears", column, example: twoDigitYear });
    return notices;
  }

  private numberDay(value: number): number {
    if (value >= firstCompactDate && value <= lastCompactDate && Number.isInteger(value)) {
      const year = Math.floor(value / 10000);
      const month = Math.floor(value / 100) % 100;
      const day = value % 100;
      return isCalendarDate(year, month, day) ? daysFromCivil(year, month, day) : NaN;
    }
    if (value === 0) return NaN;
    const day = excelSerialToDay(value, this.dateSystem);
    return day >= firstPlausibleSerialDay && day <= lastPlausibleSerialDay ? day : NaN;
  }

  /** Why a number is no date: not a calendar day (20240231, Excel's 1900-02-29), or a serial outside the plausible years. */
  private numberProblem(value: number): RowProblemReason {
    if (value >= firstCompactDate && value <= lastCompactDate && Number.isInteger(value)) return "invalidDate";
    return Number.isNaN(excelSerialToDay(value, this.dateSystem)) ? "invalidDate" : "implausibleDate";
  }

  private textDay(text: string): number {
    const parts = this.parts;
    const shape: DateTextShape = scanDateText(text, parts);
    if (shape === "unreadable") return NaN;
    if (shape === "serial") return this.numberDay(parts.serial);
    if (shape === "dayOrMonthFirst" && this.mixed) {
      const evidence = dateOrderEvidence(parts);
      if (evidence === "either") return NaN;
      return dayFromDateParts(shape, parts, evidence === "mdy" ? "mdy" : "dmy");
    }
    return dayFromDateParts(shape, parts, this.readOrder);
  }

  /** Finds the first date of each kind that bears on the day/month order, and the first two-digit year. */
  private scanColumn(rows: readonly (readonly unknown[])[], firstDataIndex: number, numbering: RowNumbering): void {
    const parts = this.parts;
    const examples = this.examples;
    const columnIndex = this.column.index;
    for (let rowIndex = firstDataIndex; rowIndex < rows.length; rowIndex += 1) {
      const cell = rows[rowIndex]?.[columnIndex];
      if (typeof cell !== "string" || isYearFirstText(cell)) continue;
      const shape = scanDateText(cell, parts);
      if (shape !== "dayOrMonthFirst" && shape !== "dayFirst") continue;
      const example = (): CellRef => ({ row: rowNumberOf(numbering, rowIndex), value: cellText(cell) });
      if (parts.twoDigitYear && !examples.twoDigitYear) examples.twoDigitYear = example();
      if (shape !== "dayOrMonthFirst") continue;
      const evidence = dateOrderEvidence(parts);
      if (evidence !== "none" && !examples[evidence]) examples[evidence] = example();
    }
  }
}

/** A quick test that skips the full scan for ISO dates (2024-01-31…), which never bear on the order. */
function isYearFirstText(text: string): boolean {
  if (text.length < 8) return false;
  const separator = text.charCodeAt(4);
  if (separator !== 45 && separator !== 47) return false;
  for (let index = 0; index < 4; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
