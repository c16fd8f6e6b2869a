import type { TransactionLog } from "../transactionLog";
import { AmountColumnReader, type AmountColumnFormat } from "./amountColumn";
import type { DecimalSeparator } from "./amountText";
import { cellText, isBlankCell, isEmptyRow } from "./cellValue";
import { type ColumnRef, plainColumn } from "./columnRef";
import { CustomerNumbering, customerProblem } from "./customerNumbering";
import { type DateColumnFormat, type DateColumnOptions, DateColumnReader } from "./dateColumn";
import {
  ProblemCollector,
  type ReadNotice,
  type ReadDiagnostics,
  type RejectedRow,
  cellProblem,
  defaultMaxProblems,
  implausibleAmountsNotice,
  rejectRow,
  repeatsHeader,
  returnsWithoutPurchaseNotice,
} from "./readDiagnostics";

/**
 * The columns of a transaction log; only customer and date are required.
 */
export interface TransactionColumns {
  customer: ColumnRef;
  date: ColumnRef;
  amount?: ColumnRef;
  quantity?: ColumnRef;
  orderId?: ColumnRef;
}

/**
 * Options for reading rows (transaction logs and per-customer tables).
 */
export interface ReadRowsOptions extends DateColumnOptions {
  /** The decimal separator of amount text, when the caller knows it (see AmountColumnReader). */
  decimalSeparator?: DecimalSeparator;
  /** The row number the user sees for the first row given (default 1: the rows start at the sheet's row 1). */
  firstRowNumber?: number;
  /** The row number the user sees for each row given (a file's line numbers); overrides firstRowNumber. */
  rowNumbers?: ArrayLike<number>;
  /** Rows found unreadable before reading (by index in the rows given; e.g. a file line with extra fields): skipped and reported. */
  rejectedRows?: ReadonlyMap<number, RejectedRow>;
  /** How many problems to list (default 1000); the counts are always exact. */
  maxProblems?: number;
}

/**
 * A transaction log read from rows, with what was read beside it: optional per-row `quantity` (NaN where
 * blank or unreadable) and `orderIds` ("" where blank), aligned with the log; how the date and amount
 * columns were read; and the report of read, skipped and empty rows with their problems.
 */
export interface TransactionRead {
  log: TransactionLog;
  quantity?: Float64Array;
  orderIds?: string[];
  dateFormat: DateColumnFormat;
  amountFormat?: AmountColumnFormat;
  diagnostics: ReadDiagnostics;
}

/**
 * Reads the data rows `rows[firstDataIndex..]` into a TransactionLog. A row is read when its customer is
 * not blank, its date is a date and its amount (if there is an amount column) is an amount; otherwise it
 * is skipped and each unreadable cell is reported with its row and column, except that a row whose cells
 * are all blank or 0 is counted as empty, a row repeating the header is one `repeatedHeader` problem, and in rows
 * without a header a first row that looks like one (text without digits as its date and amount) is one
 * `headerRow` problem. Negative and zero amounts are kept; customers with only returns are named in a
 * `returnsWithoutPurchase` notice (see returnsWithoutPurchaseNotice). Customers are numbered in
 * first-seen order (see `customerKey` for what an id is, CustomerNumbering for how). Numbers are read
 * without conversion, so a log of Excel values is read fast.
 * @example
 * const rows = [["Kunde", "Dato", "Beløb"], ["A1", 45322, 500], ["A2", "31-02-2024", "12,50 kr"]];
 * const read = readTransactions(rows, { customer: { index: 0, header: "Kunde" }, date: { index: 1, header: "Dato" }, amount: { index: 2, header: "Beløb" } }, 1);
 * // read.log.length === 1; read.diagnostics.problems[0] is { row: 3, column: { index: 1, header: "Dato" }, reason: "invalidDate", value: "31-02-2024" }
 */
export function readTransactions(
  rows: readonly (readonly unknown[])[],
  givenColumns: TransactionColumns,
  firstDataIndex: number,
  options: ReadRowsOptions = {},
): TransactionRead {
  const columns = plainColumns(givenColumns);
  const numbering = options.rowNumbers ?? options.firstRowNumber ?? 1;
  const problems = new ProblemCollector(options.maxProblems ?? defaultMaxProblems, numbering);
  const dates = new DateColumnReader(rows, columns.date, firstDataIndex, numbering, options);
  const amounts = columns.amount && new AmountColumnReader(rows, columns.amount, firstDataIndex, numbering, options.decimalSeparator);
  const quantities = columns.quantity && new AmountColumnReader(rows, columns.quantity, firstDataIndex, numbering, options.decimalSeparator);
  const capacity = Math.max(rows.length - firstDataIndex, 0);
  const customers = new CustomerNumbering(capacity);
  const day = new Int32Array(capacity);
  const amount = new Float64Array(capacity);
  const quantity = quantities ? new Float64Array(capacity) : undefined;
  const orderIds: string[] | undefined = columns.orderId ? [] : undefined;
  const sourceRow = new Int32Array(capacity);
  const customerColumn = columns.customer.index;
  const dateColumn = columns.date.index;
  const amountColumn = columns.amount?.index ?? -1;
  const quantityColumn = columns.quantity;
  let length = 0;
  let skipped = 0;
  let empty = 0;

  const rejected = options.rejectedRows;
  const header = firstDataIndex > 0 ? rows[firstDataIndex - 1] : undefined;
  for (let rowIndex = firstDataIndex; rowIndex < rows.length; rowIndex += 1) {
    const row = rows[rowIndex];
    if (rejected !== undefined && rejected.size > 0 && rejectRow(rejected, rowIndex, problems)) {
      skipped += 1;
      continue;
    }
    const dayValue = row ? dates.read(row[dateColumn]) : NaN;
    const amountValue = amounts ? (row ? amounts.read(row[amountColumn]) : NaN) : 0;
    if (Number.isNaN(dayValue) || Number.isNaN(amountValue) || !customers.add(row[customerColumn])) {
      if (isEmptyRow(row)) {
        empty += 1;
      } else {
        skipped += 1;
        if (header !== undefined && repeatsHeader(row, header)) problems.add(rowIndex, columns.customer, "repeatedHeader", row[customerColumn]);
        else if (firstDataIndex === 0 && rowIndex === 0 && looksLikeHeader(row, columns)) problems.add(rowIndex, columns.date, "headerRow", row[dateColumn]);
        else reportRow(row, rowIndex, columns, dates, amounts, problems);
      }
      continue;
    }
    day[length] = dayValue;
    amount[length] = amounts ? amountValue : NaN;
    sourceRow[length] = rowIndex;
    if (quantities && quantity && quantityColumn) quantity[length] = readQuantity(row, rowIndex, quantityColumn, quantities, problems);
    if (orderIds && columns.orderId) orderIds.push(orderIdText(row[columns.orderId.index]));
    length += 1;
  }

  const { ids, customer } = customers.finish();
  const notices: ReadNotice[] = [...dates.notices(), ...(amounts?.notices() ?? [])];
  if (columns.amount) {
    const implausible = implausibleAmountsNotice(amount, length, columns.amount, (i) => rows[sourceRow[i]][amountColumn], (i) => ids[customer[i]], (i) => problems.rowNumber(sourceRow[i]));
    if (implausible) notices.push(implausible);
  }
  if (amounts && columns.amount) {
    const returns = returnsWithoutPurchaseNotice(
      { customer, customers: ids.length, day, amount, length },
      columns.amount,
      (i) => rows[sourceRow[i]][amountColumn],
      (i) => ids[customer[i]],
      (i) => problems.rowNumber(sourceRow[i]),
    );
    if (returns) notices.push(returns);
  }
  return {
    log: { customerIds: ids, customer, day, amount, length, hasAmounts: amounts !== undefined },
    ...(quantity && { quantity }),
    ...(orderIds && { orderIds }),
    dateFormat: dates.format,
    ...(amounts && { amountFormat: amounts.format }),
    diagnostics: problems.report(length, skipped, empty, notices),
  };
}

/** Reports every cell that keeps a row from being read. */
function reportRow(
  row: readonly unknown[],
  rowIndex: number,
  columns: TransactionColumns,
  dates: DateColumnReader,
  amounts: AmountColumnReader | undefined,
  problems: ProblemCollector,
): void {
  const customerCell = row[columns.customer.index];
  const customerReason = customerProblem(customerCell);
  if (customerReason) problems.add(rowIndex, columns.customer, cellProblem(customerReason, customerCell), customerCell);
  const dateCell = row[columns.date.index];
  if (Number.isNaN(dates.read(dateCell))) problems.add(rowIndex, columns.date, cellProblem(dates.problem(dateCell), dateCell), dateCell);
  if (amounts && columns.amount) {
    const amountCell = row[columns.amount.index];
    if (Number.isNaN(amounts.read(amountCell))) problems.add(rowIndex, columns.amount, cellProblem(amounts.problem(amountCell), amountCell), amountCell);
  }
}

/**
 * Whether an unreadable first row of data without a header row is a header: its customer is text and its date
 * (and amount, when there is an amount column) are text with letters and no digits ("Kunde", "Dato", "Beløb").
 */
function looksLikeHeader(row: readonly unknown[], columns: TransactionColumns): boolean {
  const isHeading = (cell: unknown): boolean => typeof cell === "string" && /\p{L}/u.test(cell) && !/\d/.test(cell);
  if (typeof row[columns.customer.index] !== "string" || !isHeading(row[columns.date.index])) return false;
  return columns.amount === undefined || isHeading(row[columns.amount.index]);
}

/** The quantity of a row that is read; NaN (and a reported problem unless blank) when it is not a number. */
function readQuantity(row: readonly unknown[], rowIndex: number, column: ColumnRef, quantities: AmountColumnReader, problems: ProblemCollector): number {
  const cell = row[column.index];
  const value = quantities.read(cell);
  if (Number.isNaN(value) && !isBlankCell(cell)) problems.add(rowIndex, column, "unreadableQuantity", cell);
  return value;
}

function orderIdText(cell: unknown): string {
  return isBlankCell(cell) ? "" : cellText(cell).trim();
}

/** The columns as plain ColumnRefs, so reports carry only index and header. */
function plainColumns(columns: TransactionColumns): TransactionColumns {
  const plain: TransactionColumns = { customer: plainColumn(columns.customer), date: plainColumn(columns.date) };
  if (columns.amount) plain.amount = plainColumn(columns.amount);
  if (columns.quantity) plain.quantity = plainColumn(columns.quantity);
  if (columns.orderId) plain.orderId = plainColumn(columns.orderId);
  return plain;
}
