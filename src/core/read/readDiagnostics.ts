import type { Currency } from "./amountText";
import { IMPLAUSIBLE_AMOUNT_FACTOR, implausibleAmountLimit } from "../implausibleAmount";
import { cellText } from "./cellValue";
import type { CellRef, ColumnRef } from "./columnRef";
import type { ColumnRole } from "./columnRoles";
import type { DateOrder } from "./dateText";

/**
 * Why a cell could not be read. Every reason except `unreadableQuantity` skips the row; a row with an
 * unreadable quantity is kept without its quantity.
 * - `missingCustomer` blank customer · `invalidCustomer` a logical value or other non-text, non-number
 * - `missingDate` blank (or 0) date · `unreadableDate` not a date format the reader knows ·
 *   `invalidDate` no such calendar day (31-02-2024, Excel's 1900-02-29) or outside 1900–9999 ·
 *   `ambiguousDate` day and month could be either way in a column that mixes both orders ·
 *   `implausibleDate` a number in a date column that is no date of this data (2024, 12, 3: before 1900-03-01
 *   or decades away from the column's other dates)
 * - `missingAmount` blank amount · `unreadableAmount` not an amount · `ambiguousAmount` 1,234 or 1.234
 *   in a column that mixes decimal commas and decimal points
 * - `unreadableQuantity` the optional quantity is not a number (row kept)
 * - `missingPurchaseCount` / `invalidPurchaseCount` per-customer table: the number of purchases is blank,
 *   or not a whole number ≥ 0
 * - `duplicateCustomer` per-customer table: the customer already had a row (the first row is kept)
 * - `lastBeforeFirst` per-customer table: the last purchase is before the first
 * - `negativeAmount` per-customer table: a total or average amount below 0 ·
 *   `amountWithoutPurchases` per-customer table: 0 purchases but an amount above 0
 * - `repeatedHeader` the row repeats the header row (two exports pasted together); named by its customer cell
 * - `extraFields` a file's line has more fields than its header (an unquoted comma in a comma-separated file);
 *   `column` is the first field beyond the header, `value` the extra fields
 */
export type RowProblemReason =
  | "missingCustomer"
  | "invalidCustomer"
  | "missingDate"
  | "unreadableDate"
  | "invalidDate"
  | "ambiguousDate"
  | "missingAmount"
  | "unreadableAmount"
  | "ambiguousAmount"
  | "unreadableQuantity"
  | "missingPurchaseCount"
  | "invalidPurchaseCount"
  | "duplicateCustomer"
  | "lastBeforeFirst"
  | "implausibleDate"
  | "negativeAmount"
  | "amountWithoutPurchases"
  | "extraFields"
  | "repeatedHeader";

/**
 * One cell that could not be read: `row` is the 1-based row number as the user sees it (the header is
 * row 1 when the data starts in row 1), `column` names the column, `value` is the cell as text.
 */
export interface RowProblem {
  row: number;
  column: ColumnRef;
  reason: RowProblemReason;
  value: string;
}

/** The text encodings a file is decoded from. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * Something the reader decided or noticed about a whole column that the user should know, because it
 * changes how values are read. None of them skips rows by itself.
 * - `dateOrderAmbiguous`: every date like 03/04/2024 in the column has both numbers ≤ 12; `assumed` was used.
 * - `dateOrderConflict`: the column has dates that are only valid day-first and others only valid
 *   month-first; each such date is read by itself and dates that could be either are reported as rows.
 * - `twoDigitYears`: years were written with two digits and completed as Excel does (00–29 → 20xx).
 * - `decimalSeparatorAmbiguous`: amounts like 1,234 or 1.234 and nothing in the column shows the decimal
 *   separator; they were read as thousands (1,234 = 1.234 = 1234), since money rarely has three decimals.
 * - `decimalSeparatorConflict`: the column has decimal commas and decimal points; amounts like 1,234 that
 *   could be either are reported as rows.
 * - `mixedCurrencies`: amounts carry different currencies; they are added up as they are.
 * - `columnGuessed`: no header named the role; the column was chosen from its content.
 * - `columnChoice`: several headers name the role; `chosen` was taken, `alternatives` were not.
 * - `dateAsLastPurchase` / `amountAsTotal`: in a per-customer table a plain date column is taken as the
 *   last purchase date, and a plain amount column as the customer's total.
 * - `noAmountColumn`: the transaction log has no amount column; values (spend, CLV) cannot be computed.
 * - `textEncoding`: a file was not UTF-8 (or had a byte-order mark) and was decoded as `encoding`.
 * - `implausibleAmounts`: `rows` amounts are more than IMPLAUSIBLE_AMOUNT_FACTOR × the column's `typical` (median)
 *   positive amount (10^15 typed for 1500); `example` is the first, with its customer. They count in revenue, and
 *   the models keep such customers out of what other customers are valued with.
 * - `fieldsJoined`: amounts with an unquoted decimal comma in a comma-separated file (1234,56 split in two fields)
 *   were joined back, in `rows` rows, where the line had exactly one field too many and the join is an amount.
 */
export type ReadNotice =
  | { code: "dateOrderAmbiguous"; column: ColumnRef; assumed: DateOrder; example: CellRef }
  | { code: "dateOrderConflict"; column: ColumnRef; dayFirst: CellRef; monthFirst: CellRef }
  | { code: "twoDigitYears"; column: ColumnRef; example: CellRef }
  | { code: "decimalSeparatorAmbiguous"; column: ColumnRef; example: CellRef }
  | { code: "decimalSeparatorConflict"; column: ColumnRef; decimalComma: CellRef; decimalPoint: CellRef }
  | { code: "mixedCurrencies"; column: ColumnRef; currencies: Currency[] }
  | { code: "columnGuessed"; role: ColumnRole; column: ColumnRef }
  | { code: "columnChoice"; role: ColumnRole; chosen: ColumnRef; alternatives: ColumnRef[] }
  | { code: "dateAsLastPurchase"; column: ColumnRef }
  | { code: "amountAsTotal"; column: ColumnRef }
  | { code: "noAmountColumn" }
  | { code: "textEncoding"; encoding: TextEncoding }
  | { code: "fieldsJoined"; column: ColumnRef; rows: number; example: CellRef }
  | { code: "implausibleAmounts"; column: ColumnRef; rows: number; typical: number; example: CellRef; customer: string };

/**
 * The kinds of ReadNotice.
 */
export type ReadNoticeCode = ReadNotice["code"];

/**
 * The account of a read: every data row is exactly one of read, skipped or empty
 * (rowsRead + rowsSkipped + emptyRows = number of data rows). `problems` lists the first problems (up to
 * the cap), `problemCount` and `problemCounts` count all of them.
 */
export interface ReadDiagnostics {
  rowsRead: number;
  rowsSkipped: number;
  /** Rows whose cells are all blank or 0; not errors. */
  emptyRows: number;
  problemCount: number;
  problemCounts: Partial<Record<RowProblemReason, number>>;
  problems: RowProblem[];
  notices: ReadNotice[];
}

/**
 * The default cap on listed problems; the counts stay exact beyond it.
 * @example readPurchaseData(rows, { maxProblems: defaultMaxProblems })
 */
export const defaultMaxProblems = 1000;

/**
 * The notice for amounts above the implausible limit (see implausibleAmountLimit), or undefined when there are none.
 * The callbacks give, for entry i of `amounts`, its cell, its customer and the row number the user sees.
 * @example implausibleAmountsNotice(log.amount, log.length, column, cellOf, customerOf, rowOf) // { code: "implausibleAmounts", rows: 1, … }
 */
export function implausibleAmountsNotice(
  amounts: ArrayLike<number>,
  length: number,
  column: ColumnRef,
  cellOf: (entry: number) => unknown,
  customerOf: (entry: number) => string,
  rowOf: (entry: number) => number,
): ReadNotice | undefined {
  const limit = implausibleAmountLimit(amounts, length);
  let rows = 0;
  let first = -1;
  for (let i = 0; i < length; i += 1) {
    if (!(amounts[i] > limit)) continue;
    rows += 1;
    if (first < 0) first = i;
  }
  if (rows === 0) return undefined;
  return {
    code: "implausibleAmounts",
    column,
    rows,
    typical: limit / IMPLAUSIBLE_AMOUNT_FACTOR,
    example: { row: rowOf(first), value: cellText(cellOf(first)) },
    customer: customerOf(first),
  };
}

/**
 * Whether a row repeats the header: at least two of the header's filled cells, and every one of them, stand in the
 * row again (as text, trimmed, in any case), as when two exports are pasted one below the other.
 * @example repeatsHeader(["Kunde", "Dato", "Beløb"], ["Kunde", "Dato", "Beløb"]) // true
 */
export function repeatsHeader(row: readonly unknown[], header: readonly unknown[]): boolean {
  let matched = 0;
  for (let column = 0; column < header.length; column += 1) {
    const heading = cellText(header[column]).trim().toLowerCase();
    if (heading === "") continue;
    if (cellText(row[column]).trim().toLowerCase() !== heading) return false;
    matched += 1;
  }
  return matched >= 2;
}

/**
 * A row found unreadable before the reader sees it (by the file's splitter): the cell to name and why.
 */
export interface RejectedRow {
  column: ColumnRef;
  reason: RowProblemReason;
  value: string;
}

/**
 * Reports a row of `rejected` as a problem; false when the row is not in it.
 * @example if (rejectRow(options.rejectedRows, rowIndex, problems)) skipped += 1;
 */
export function rejectRow(rejected: ReadonlyMap<number, RejectedRow>, rowIndex: number, problems: ProblemCollector): boolean {
  const row = rejected.get(rowIndex);
  if (row === undefined) return false;
  problems.add(rowIndex, row.column, row.reason, row.value);
  return true;
}

/**
 * How input rows are numbered for the user: the number of input row 0, the rows after it counting on (a sheet
 * range), or one number per input row (a file's lines, which blank lines and line breaks in quotes set apart).
 */
export type RowNumbering = number | ArrayLike<number>;

/**
 * The row number the user sees for an input row.
 * @example rowNumberOf(5, 2) // 7: the third row of a range starting in row 5
 * @example rowNumberOf([2, 3, 5], 2) // 5: the line the third data row is on
 */
export function rowNumberOf(numbering: RowNumbering, rowIndex: number): number {
  return typeof numbering === "number" ? rowIndex + numbering : numbering[rowIndex];
}

/**
 * Collects the problems of a read while rows are processed: lists the first `maxProblems`, counts all,
 * and tells skipped rows from empty rows.
 * @example
 * const problems = new ProblemCollector(1000, 1);
 * problems.add(6, { index: 1, header: "Dato" }, "invalidDate", "31-02-2024"); // row 7
 */
export class ProblemCollector {
  private readonly listed: RowProblem[] = [];
  private readonly counts: Partial<Record<RowProblemReason, number>> = {};
  private total = 0;

  constructor(
    private readonly maxProblems: number,
    private readonly numbering: RowNumbering,
  ) {}

  /** The row number the user sees for an input row index. */
  rowNumber(rowIndex: number): number {
    return rowNumberOf(this.numbering, rowIndex);
  }

  /** Records that the cell of input row `rowIndex` in `column` could not be read. */
  add(rowIndex: number, column: ColumnRef, reason: RowProblemReason, cell: unknown): void {
    this.total += 1;
    this.counts[reason] = (this.counts[reason] ?? 0) + 1;
    if (this.listed.length < this.maxProblems) {
      this.listed.push({ row: this.rowNumber(rowIndex), column, reason, value: cellText(cell) });
    }
  }

  /** The report, given how many rows were read and which rows were skipped or empty. */
  report(rowsRead: number, rowsSkipped: number, emptyRows: number, notices: ReadNotice[]): ReadDiagnostics {
    return {
      rowsRead,
      rowsSkipped,
      emptyRows,
      problemCount: this.total,
      problemCounts: { ...this.counts },
      problems: this.listed.slice(),
      notices,
    };
  }
}

