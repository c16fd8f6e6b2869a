import { AmountColumnReader, type AmountColumnFormat } from "./amountColumn";
import { isBlankCell, isEmptyRow } from "./cellValue";
import { type ColumnRef, plainColumn } from "./columnRef";
import { CustomerNumbering, customerProblem } from "./customerNumbering";
import { type DateColumnFormat, DateColumnReader } from "./dateColumn";
import {
  ProblemCollector,
  type ReadNotice,
  type ReadDiagnostics,
  type RowProblemReason,
  cellProblem,
  defaultMaxProblems,
  implausibleAmountsNotice,
  rejectRow,
  repeatsHeader,
} from "./readDiagnostics";
import type { ReadRowsOptions } from "./readTransactions";

/**
 * The columns of a per-customer table: the customer and any of the others.
 */
export interface CustomerTableColumns {
  customer: ColumnRef;
  purchases?: ColumnRef;
  totalAmount?: ColumnRef;
  averageAmount?: ColumnRef;
  firstPurchase?: ColumnRef;
  lastPurchase?: ColumnRef;
  /** A grouped table: how many customers each row stands for. */
  customerCount?: ColumnRef;
}

/**
 * One row per customer, column-wise like TransactionLog; an array is absent when the table cannot give it.
 * - `purchases`: number of purchases (whole numbers ≥ 0);
 * - `revenue`: total amount — the total column, or average × purchases when only an average is given;
 *   NaN where unknown;
 * - `averageAmount`: amount per purchase — the average column, or total ÷ purchases (NaN for 0 purchases);
 * - `firstDay`, `lastDay`: first and last purchase as days since 1970-01-01; NaN for customers with no
 *   purchases and a blank date.
 * A customer with 0 purchases and a blank total has revenue 0. The arrays may be longer than `length`.
 * A grouped table (a number-of-customers column: each row a group of customers with the same purchases and dates,
 * its customer cell the group's label) has `customersInRow`; its total amount is the group's, so `revenue` is the
 * total ÷ the customers (the revenue of each customer of the group).
 */
export interface CustomerTable {
  customerIds: string[];
  length: number;
  purchases?: Float64Array;
  revenue?: Float64Array;
  averageAmount?: Float64Array;
  firstDay?: Float64Array;
  lastDay?: Float64Array;
  customersInRow?: Float64Array;
}

/**
 * A per-customer table read from rows, with how its columns were read and the report of the read.
 */
export interface CustomerTableRead {
  table: CustomerTable;
  dateFormats: { firstPurchase?: DateColumnFormat; lastPurchase?: DateColumnFormat };
  amountFormats: { totalAmount?: AmountColumnFormat; averageAmount?: AmountColumnFormat };
  diagnostics: ReadDiagnostics;
}

/** The readers of one table, one per column present. */
interface TableReaders {
  purchases?: AmountColumnReader;
  totalAmount?: AmountColumnReader;
  averageAmount?: AmountColumnReader;
  firstPurchase?: DateColumnReader;
  lastPurchase?: DateColumnReader;
  customerCount?: AmountColumnReader;
}

/** The values of one row, NaN where a column is absent or blank-and-allowed. */
interface RowValues {
  purchases: number;
  total: number;
  average: number;
  first: number;
  last: number;
  customers: number;
}

/**
 * Reads a per-customer table (like `Kundenavn | Købsdato | Købsbeløb | Antal køb`) from the data rows
 * `rows[firstDataIndex..]`. A row is skipped and reported when its customer is blank, its number of
 * purchases is blank or not a whole number ≥ 0, an amount or date is unreadable, a date or amount is
 * blank although the customer has purchases (blank is allowed with 0 purchases), the last purchase is
 * before the first, one purchase has two different dates (`onePurchaseTwoDates`, on the last purchase's cell),
 * or the customer already had a row (the first row is kept; these are reported after
 * the other problems).
 * @example
 * const rows = [["Kunde", "Antal køb", "Samlet beløb"], ["Anna", 3, "1.500 kr"]];
 * readCustomerTable(rows, { customer: { index: 0, header: "Kunde" }, purchases: { index: 1, header: "Antal køb" }, totalAmount: { index: 2, header: "Samlet beløb" } }, 1).table
 * // { customerIds: ["Anna"], length: 1, purchases: [3], revenue: [1500], averageAmount: [500] }
 */
export function readCustomerTable(
  rows: readonly (readonly unknown[])[],
  givenColumns: CustomerTableColumns,
  firstDataIndex: number,
  options: ReadRowsOptions = {},
): CustomerTableRead {
  const columns = plainColumns(givenColumns);
  const numbering = options.rowNumbers ?? options.firstRowNumber ?? 1;
  const problems = new ProblemCollector(options.maxProblems ?? defaultMaxProblems, numbering);
  const amountReader = (column: ColumnRef | undefined): AmountColumnReader | undefined =>
    column && new AmountColumnReader(rows, column, firstDataIndex, numbering, options.decimalSeparator);
  const dateReader = (column: ColumnRef | undefined): DateColumnReader | undefined =>
    column && new DateColumnReader(rows, column, firstDataIndex, numbering, options);
  const readers: TableReaders = {
    purchases: amountReader(columns.purchases),
    totalAmount: amountReader(columns.totalAmount),
    averageAmount: amountReader(columns.averageAmount),
    firstPurchase: dateReader(columns.firstPurchase),
    lastPurchase: dateReader(columns.lastPurchase),
    customerCount: amountReader(columns.customerCount),
  };

  const capacity = Math.max(rows.length - firstDataIndex, 0);
  const column = (present: unknown): Float64Array | undefined => (present ? new Float64Array(capacity) : undefined);
  const purchases = column(readers.purchases);
  const total = column(readers.totalAmount);
  const average = column(readers.averageAmount);
  const firstDay = column(readers.firstPurchase);
  const lastDay = column(readers.lastPurchase);
  const customersInRow = column(readers.customerCount);
  const values: RowValues = { purchases: NaN, total: NaN, average: NaN, first: NaN, last: NaN, customers: NaN };
  const customers = new CustomerNumbering(capacity);
  const sourceRows: number[] = [];
  let read = 0;
  let skipped = 0;
  let empty = 0;

  const rejected = options.rejectedRows;
  const header = firstDataIndex > 0 ? rows[firstDataIndex - 1] : undefined;
  for (let rowIndex = firstDataIndex; rowIndex < rows.length; rowIndex += 1) {
    const row = rows[rowIndex];
    if (rejected !== undefined && rejectRow(rejected, rowIndex, problems)) {
      skipped += 1;
      continue;
    }
    if (isEmptyRow(row)) {
      empty += 1;
      continue;
    }
    if (header !== undefined && repeatsHeader(row, header)) {
      problems.add(rowIndex, columns.customer, "repeatedHeader", row[columns.customer.index]);
      skipped += 1;
      continue;
    }
    const problemCount = readRow(row, rowIndex, columns, readers, values, problems);
    const customerCell = row[columns.customer.index];
    const customerReason = customerProblem(customerCell);
    if (customerReason) problems.add(rowIndex, columns.customer, cellProblem(customerReason, customerCell), customerCell);
    if (problemCount > 0 || customerReason) {
      skipped += 1;
      continue;
    }
    customers.add(customerCell);
    sourceRows.push(rowIndex);
    if (purchases) purchases[read] = values.purchases;
    if (total) total[read] = values.total;
    if (average) average[read] = values.average;
    if (firstDay) firstDay[read] = values.first;
    if (lastDay) lastDay[read] = values.last;
    if (customersInRow) customersInRow[read] = values.customers;
    read += 1;
  }

  const { ids, customer } = customers.finish();
  let length = 0;
  for (let position = 0; position < read; position += 1) {
    if (customer[position] < length) {
      problems.add(sourceRows[position], columns.customer, "duplicateCustomer", rows[sourceRows[position]][columns.customer.index]);
      skipped += 1;
      continue;
    }
    for (const array of [purchases, total, average, firstDay, lastDay, customersInRow]) if (array) array[length] = array[position];
    sourceRows[length] = sourceRows[position];
    length += 1;
  }

  const table: CustomerTable = { customerIds: ids, length };
  if (purchases) table.purchases = purchases;
  const perCustomerTotal = total && customersInRow ? total.map((value, index) => value / customersInRow[index]) : total;
  const revenue = perCustomerTotal ?? (average && purchases ? average.map((value, index) => value * purchases[index]) : undefined);
  const averageAmount =
    average ?? (perCustomerTotal && purchases ? perCustomerTotal.map((value, index) => (purchases[index] > 0 ? value / purchases[index] : NaN)) : undefined);
  if (revenue) table.revenue = revenue;
  if (averageAmount) table.averageAmount = averageAmount;
  if (firstDay) table.firstDay = firstDay;
  if (lastDay) table.lastDay = lastDay;
  if (customersInRow) table.customersInRow = customersInRow;

  const notices: ReadNotice[] = [readers.purchases, readers.totalAmount, readers.averageAmount, readers.firstPurchase, readers.lastPurchase, readers.customerCount].flatMap(
    (reader) => reader?.notices() ?? [],
  );
  const amountColumn = columns.averageAmount ?? (purchases ? columns.totalAmount : undefined);
  if (averageAmount && amountColumn) {
    const implausible = implausibleAmountsNotice(
      averageAmount,
      length,
      amountColumn,
      (i) => rows[sourceRows[i]][amountColumn.index],
      (i) => ids[i],
      (i) => problems.rowNumber(sourceRows[i]),
      customersInRow,
    );
    if (implausible) notices.push(implausible);
  }
  return {
    table,
    dateFormats: { firstPurchase: readers.firstPurchase?.format, lastPurchase: readers.lastPurchase?.format },
    amountFormats: { totalAmount: readers.totalAmount?.format, averageAmount: readers.averageAmount?.format },
    diagnostics: problems.report(length, skipped, empty, notices),
  };
}

/** Reads the row's values into `values`, reporting problems; returns how many problems it reported. */
function readRow(
  row: readonly unknown[],
  rowIndex: number,
  columns: CustomerTableColumns,
  readers: TableReaders,
  values: RowValues,
  problems: ProblemCollector,
): number {
  let count = 0;
  const report = (column: ColumnRef, reason: RowProblemReason, cell: unknown): void => {
    problems.add(rowIndex, column, reason, cell);
    count += 1;
  };
  values.customers = readCount(row, columns.customerCount, readers.customerCount, 1, ["missingCustomerCount", "invalidCustomerCount"], report);
  values.purchases = readCount(row, columns.purchases, readers.purchases, 0, ["missingPurchaseCount", "invalidPurchaseCount"], report);
  const blankAllowed = values.purchases === 0;
  values.total = readAmount(row, columns.totalAmount, readers.totalAmount, blankAllowed ? 0 : undefined, report);
  values.average = readAmount(row, columns.averageAmount, readers.averageAmount, blankAllowed ? NaN : undefined, report);
  checkAmount(row, columns.totalAmount, values.total, values.purchases, report);
  checkAmount(row, columns.averageAmount, values.average, values.purchases, report);
  values.first = readDate(row, columns.firstPurchase, readers.firstPurchase, blankAllowed, report);
  values.last = readDate(row, columns.lastPurchase, readers.lastPurchase, blankAllowed, report);
  if (values.last < values.first && columns.lastPurchase) report(columns.lastPurchase, "lastBeforeFirst", row[columns.lastPurchase.index]);
  else if (values.purchases === 1 && values.last !== values.first && columns.firstPurchase && columns.lastPurchase && !Number.isNaN(values.first) && !Number.isNaN(values.last)) {
    report(columns.lastPurchase, "onePurchaseTwoDates", row[columns.lastPurchase.index]);
  }
  return count;
}

type Report = (column: ColumnRef, reason: RowProblemReason, cell: unknown) => void;

/** A whole number ≥ `minimum` in the row's cell of `column` (a count), NaN and a reported problem when blank or not one. */
function readCount(
  row: readonly unknown[],
  column: ColumnRef | undefined,
  reader: AmountColumnReader | undefined,
  minimum: number,
  [missing, invalid]: [RowProblemReason, RowProblemReason],
  report: Report,
): number {
  if (!column || !reader) return NaN;
  const cell = row[column.index];
  const count = reader.read(cell);
  if (isBlankCell(cell)) report(column, missing, cell);
  else if (!(Number.isInteger(count) && count >= minimum)) report(column, cellProblem(invalid, cell), cell);
  else return count;
  return NaN;
}

/** The amount in the row's cell of `column`; `blankValue`, when given, stands for a blank cell. */
function readAmount(
  row: readonly unknown[],
  column: ColumnRef | undefined,
  reader: AmountColumnReader | undefined,
  blankValue: number | undefined,
  report: Report,
): number {
  if (!column || !reader) return NaN;
  const cell = row[column.index];
  if (blankValue !== undefined && isBlankCell(cell)) return blankValue;
  const value = reader.read(cell);
  if (Number.isNaN(value)) report(column, cellProblem(reader.problem(cell), cell), cell);
  return value;
}

/** A customer's amount must be 0 or more, and 0 when they made no purchase. */
function checkAmount(row: readonly unknown[], column: ColumnRef | undefined, amount: number, purchases: number, report: Report): void {
  if (!column || Number.isNaN(amount)) return;
  if (amount < 0) report(column, "negativeAmount", row[column.index]);
  else if (purchases === 0 && amount > 0) report(column, "amountWithoutPurchases", row[column.index]);
}

/** The day number in the row's cell of `column`; a blank cell gives NaN when `blankAllowed`. */
function readDate(row: readonly unknown[], column: ColumnRef | undefined, reader: DateColumnReader | undefined, blankAllowed: boolean, report: Report): number {
  if (!column || !reader) return NaN;
  const cell = row[column.index];
  if (blankAllowed && isBlankCell(cell)) return NaN;
  const value = reader.read(cell);
  if (Number.isNaN(value)) report(column, cellProblem(reader.problem(cell), cell), cell);
  return value;
}

/** The columns as plain ColumnRefs, so reports carry only index and header. */
function plainColumns(columns: CustomerTableColumns): CustomerTableColumns {
  const plain: CustomerTableColumns = { customer: plainColumn(columns.customer) };
  for (const role of ["purchases", "totalAmount", "averageAmount", "firstPurchase", "lastPurchase", "customerCount"] as const) {
    const column = columns[role];
    if (column) plain[role] = plainColumn(column);
  }
  return plain;
}
