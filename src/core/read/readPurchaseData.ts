import { type CustomerTable, type CustomerTableRead, readCustomerTable } from "./customerTable";
import { type ColumnDetection, type CustomerTableDetection, type DetectColumnsOptions, type TransactionDetection, detectColumns } from "./detectColumns";
import type { ReadDiagnostics, ReadNotice } from "./readDiagnostics";
import { type ReadRowsOptions, type TransactionRead, readTransactions } from "./readTransactions";

/**
 * Options for `readPurchaseData`: column detection, date order and system, decimal separator, report.
 */
export interface ReadPurchaseDataOptions extends DetectColumnsOptions, ReadRowsOptions {}

/**
 * Purchase data read from rows: a transaction log or a per-customer table, with the detected columns.
 * `diagnostics.notices` holds the detection's notices first, then the columns'.
 */
export type PurchaseData =
  | ({ layout: "transactions"; columns: TransactionDetection } & TransactionRead)
  | ({ layout: "customerTable"; columns: CustomerTableDetection } & CustomerTableRead);

/**
 * Reads purchase data as Excel gives it (a 2D array of numbers, text, logical values and blanks, the first
 * row usually headers) or as a CSV parser gives it (rows of text): detects the layout and columns
 * (`detectColumns`), then reads a transaction log (`readTransactions`) or a per-customer table
 * (`readCustomerTable`). Unreadable rows are reported, never thrown; PurchaseDataError is thrown only
 * when there is no data or no customer/date column.
 * @example
 * const data = readPurchaseData([["Kunde", "Dato", "Beløb"], ["A1", "31-01-2024", "500 kr"], ["A1", 45337, 99.5]]);
 * // data.layout === "transactions"; data.log.length === 2; data.log.day[0] === 19753 (2024-01-31)
 */
export function readPurchaseData(rows: readonly (readonly unknown[])[], options: ReadPurchaseDataOptions = {}): PurchaseData {
  const columns = detectColumns(rows, options);
  if (columns.layout === "customerTable") {
    const read = readCustomerTable(rows, columns.roles, columns.firstDataIndex, options);
    const notices = columns.notices.map((notice) => (notice.code === "amountAsTotal" ? withExample(notice, read.table) : notice));
    return { layout: "customerTable", columns, ...read, diagnostics: withNotices(read.diagnostics, { ...columns, notices }) };
  }
  const read = readTransactions(rows, columns.roles, columns.firstDataIndex, options);
  return { layout: "transactions", columns, ...read, diagnostics: withNotices(read.diagnostics, columns) };
}

/**
 * The amount-as-total notice of a table with purchase counts, with the first customer of several purchases as the
 * example of both readings, so the user can tell which is meant ("Kunde A: 500 kr in total, or 5 × 500 kr?").
 */
function withExample(notice: Extract<ReadNotice, { code: "amountAsTotal" }>, table: CustomerTable): ReadNotice {
  const { purchases, revenue } = table;
  if (!purchases || !revenue) return notice;
  for (let index = 0; index < table.length; index += 1) {
    if (purchases[index] >= 2 && Number.isFinite(revenue[index])) {
      // The amount as its cell shows it: a grouped table's total is the group's.
      const amount = revenue[index] * (table.customersInRow?.[index] ?? 1);
      return { ...notice, example: { customer: table.customerIds[index], amount, purchases: purchases[index] } };
    }
  }
  return notice;
}

function withNotices(diagnostics: ReadDiagnostics, columns: ColumnDetection): ReadDiagnostics {
  return { ...diagnostics, notices: [...columns.notices, ...diagnostics.notices] };
}
