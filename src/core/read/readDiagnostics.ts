import { AmountTextScanner, type Currency } from "./amountText";
import { IMPLAUSIBLE_AMOUNT_FACTOR, implausibleAmountLimit } from "../implausibleAmount";
import { cellText, worksheetErrorName } from "./cellValue";
import { abs, floor } from "../hotGlobals";
import { isPurchaseDay } from "../summary/purchaseDay";
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
 * - `missingCustomerCount` / `invalidCustomerCount` grouped per-customer table: the number of customers is blank,
 *   or not a whole number ≥ 1
 * - `duplicateCustomer` per-customer table: the customer already had a row (the first row is kept)
 * - `lastBeforeFirst` per-customer table: the last purchase is before the first
 * - `negativeAmount` per-customer table: a total or average amount below 0 ·
 *   `amountWithoutPurchases` per-customer table: 0 purchases but an amount above 0
 * - `repeatedHeader` the row repeats the header row (two exports pasted together); named by its customer cell
 * - `extraFields` a file's line has more fields than its header (an unquoted comma in a comma-separated file);
 *   `column` is the first field beyond the header, `value` the extra fields
 * - `onePurchaseTwoDates` per-customer table: 1 purchase but a last purchase date other than the first
 * - `errorValue` the cell holds an Excel error (#N/A, #DIV/0!, …; `value` is its name), in any column
 * - `headerRow` data without a header row whose first row looks like one (text without digits in the date and
 *   amount columns, as when a worksheet function is given whole columns); named by its date cell
 * - `zeroDate` the date is 0 (what a formula referring to an empty cell shows), as a number or as text
 * - `trailingMinus` an amount with its minus sign at the end (100-), as some accounting exports write returns
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
  | "missingCustomerCount"
  | "invalidCustomerCount"
  | "duplicateCustomer"
  | "lastBeforeFirst"
  | "implausibleDate"
  | "negativeAmount"
  | "amountWithoutPurchases"
  | "extraFields"
  | "repeatedHeader"
  | "onePurchaseTwoDates"
  | "errorValue"
  | "headerRow"
  | "zeroDate"
  | "trailingMinus";

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

/**
 * One customer of a per-customer table whose amount column could be a total or an amount per purchase: both
 * readings of their row (`amount` in total, or `purchases` × `amount`).
 */
export interface AmountReadingExample {
  customer: string;
  amount: number;
  purchases: number;
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
 *   last purchase date, and an amount column whose header says neither "per purchase" nor "total" as the
 *   customer's total; beside a purchase count, `example` shows one customer under both readings.
 * - `noAmountColumn`: the transaction log has no amount column; values (spend, CLV) cannot be computed.
 * - `textEncoding`: a file was not UTF-8 (or had a byte-order mark) and was decoded as `encoding`.
 * - `implausibleAmounts`: `rows` amounts are, in size, more than IMPLAUSIBLE_AMOUNT_FACTOR × the column's `typical`
 *   (median) amount size (10^15 or −10^15 typed for 1500); `example` is the first, with its customer. They count in
 *   revenue, and the models keep such customers out of what other customers are valued with.
 * - `fieldsJoined`: amounts with an unquoted decimal comma in a comma-separated file (1234,56 split in two fields)
 *   were joined back, in `rows` rows, where the line had exactly one field too many and the join is an amount.
 * - `unnamedColumns`: nearly every line of a file has more fields than the header names (`column` is the first
 *   field beyond the header, `columns` how many such fields the lines have, `rows` how many lines): those fields
 *   are not read; `example` is the first such line's first extra field.
 * - `returnsWithoutPurchase`: `customers` customers have rows but no purchase, every day of theirs netting to 0
 *   or below (only returns); they are not customers of the summary, but their amounts (`total`) count in revenue.
 *   `example` is the first such customer's (`customer`) first amount.
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
  | { code: "amountAsTotal"; column: ColumnRef; example?: AmountReadingExample }
  | { code: "noAmountColumn" }
  | { code: "textEncoding"; encoding: TextEncoding }
  | { code: "fieldsJoined"; column: ColumnRef; rows: number; example: CellRef }
  | { code: "implausibleAmounts"; column: ColumnRef; rows: number; typical: number; example: CellRef; customer: string }
  | { code: "unnamedColumns"; column: ColumnRef; columns: number; rows: number; example: CellRef }
  | { code: "returnsWithoutPurchase"; column: ColumnRef; customers: number; total: number; example: CellRef; customer: string };

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
 * The notice for amounts whose size is above the implausible limit (see implausibleAmountLimit: a huge return is as
 * implausible as a huge purchase), or undefined when there are none.
 * The callbacks give, for entry i of `amounts`, its cell, its customer and the row number the user sees; `weights`
 * (a grouped table's customers per row) make the typical amount the customers' median, not the rows'.
 * @example implausibleAmountsNotice(log.amount, log.length, column, cellOf, customerOf, rowOf) // { code: "implausibleAmounts", rows: 1, … }
 */
export function implausibleAmountsNotice(
  amounts: ArrayLike<number>,
  length: number,
  column: ColumnRef,
  cellOf: (entry: number) => unknown,
  customerOf: (entry: number) => string,
  rowOf: (entry: number) => number,
  weights?: ArrayLike<number>,
): ReadNotice | undefined {
  const limit = implausibleAmountLimit(amounts, length, undefined, weights);
  let rows = 0;
  let first = -1;
  for (let i = 0; i < length; i += 1) {
    const amount = amounts[i];
    if (!(amount > limit || -amount > limit)) continue;
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

/** The span of day numbers in returnsWithoutPurchaseNotice's customer-day keys: 2^23 days. */
const dayKeySpan = 8_388_608;

/**
 * The notice for customers with rows but no purchase, every day of theirs netting to 0 or below (only returns, by
 * the purchase-day rule of docs/ARCHITECTURE.md, "Purchases": isPurchaseDay), or undefined when there are none.
 * Entry i of the log is of customer `customer[i]` (numbered 0 … customers − 1 in first-seen order), on `day[i]`,
 * for `amount[i]`; the callbacks give an entry's cell, customer id and row number. Only customers with a negative
 * amount are looked at day by day, so a log without returns costs one pass.
 * @example returnsWithoutPurchaseNotice({ customer, customers: ids.length, day, amount, length }, column, cellOf, customerOf, rowOf) // { code: "returnsWithoutPurchase", customers: 2, total: -80, … }
 */
export function returnsWithoutPurchaseNotice(
  log: { customer: ArrayLike<number>; customers: number; day: ArrayLike<number>; amount: ArrayLike<number>; length: number },
  column: ColumnRef,
  cellOf: (entry: number) => unknown,
  customerOf: (entry: number) => string,
  rowOf: (entry: number) => number,
): ReadNotice | undefined {
  const { customer, day, amount, length } = log;
  // Per customer: bit 1 a negative amount, bit 2 an amount ≥ 0.
  const signs = new Uint8Array(log.customers);
  for (let i = 0; i < length; i += 1) signs[customer[i]] |= amount[i] < 0 ? 1 : 2;
  const onlyReturns = new Uint8Array(log.customers);
  let mixed = false;
  for (let c = 0; c < log.customers; c += 1) {
    if (signs[c] === 1) onlyReturns[c] = 1;
    else if (signs[c] === 3) mixed = true;
  }
  if (mixed) {
    // Customers with returns and purchases: a purchase day is one that nets above 0 (or has only zero amounts).
    // Key: customer × 2^23 + day + 2^22, exact for days of 1900–9999 and any number of customers a sheet holds.
    const days = new Map<number, { net: number; gross: number }>();
    for (let i = 0; i < length; i += 1) {
      if (signs[customer[i]] !== 3) continue;
      const key = customer[i] * dayKeySpan + day[i] + dayKeySpan / 2;
      const sums = days.get(key);
      if (sums) {
        sums.net += amount[i];
        sums.gross += abs(amount[i]);
      } else days.set(key, { net: amount[i], gross: abs(amount[i]) });
    }
    const bought = new Uint8Array(log.customers);
    for (const [key, { net, gross }] of days) if (isPurchaseDay(net, gross)) bought[floor(key / dayKeySpan)] = 1;
    for (let c = 0; c < log.customers; c += 1) if (signs[c] === 3 && bought[c] === 0) onlyReturns[c] = 1;
  }
  let customers = 0;
  for (let c = 0; c < log.customers; c += 1) customers += onlyReturns[c];
  if (customers === 0) return undefined;
  let total = 0;
  let first = -1;
  for (let i = 0; i < length; i += 1) {
    if (onlyReturns[customer[i]] === 0) continue;
    total += amount[i];
    if (first < 0) first = i;
  }
  return { code: "returnsWithoutPurchase", column, customers, total, example: { row: rowOf(first), value: cellText(cellOf(first)) }, customer: customerOf(first) };
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
 * The reason to report for a cell a column reader could not read, made more specific where the cell shows why:
 * an Excel error (`errorValue`), a date of 0 (`zeroDate`, alike as the number 0 and as the text "0"), an amount
 * with its minus sign at the end (`trailingMinus`).
 * @example cellProblem("unreadableAmount", "100-") // "trailingMinus"
 * @example cellProblem("missingDate", 0) // "zeroDate"
 */
export function cellProblem(reason: RowProblemReason, cell: unknown): RowProblemReason {
  if (worksheetErrorName(cell) !== undefined) return "errorValue";
  if (dateReasons.has(reason) && (cell === 0 || (typeof cell === "string" && cell.trim() === "0"))) return "zeroDate";
  if (reason === "unreadableAmount" && typeof cell === "string" && hasTrailingMinus(cell)) return "trailingMinus";
  return reason;
}

const dateReasons: ReadonlySet<RowProblemReason> = new Set<RowProblemReason>(["missingDate", "unreadableDate", "invalidDate", "implausibleDate"]);

/** Whether text is an amount with its minus sign at the end, and only there ("1.234,50-", "100 kr -"). */
function hasTrailingMinus(text: string): boolean {
  const match = /^([^-]*\d[^-]*?)\s*-\s*$/.exec(text);
  return match !== null && new AmountTextScanner().scan(match[1]) !== "unreadable";
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

