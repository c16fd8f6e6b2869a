/*
 * Transaction columns given to a worksheet function (customers, dates and optionally amounts, already
 * aligned by alignedColumns) read into a TransactionLog by the engine's reader, so that dates and amounts
 * as text work as in the task pane. Rule: any unreadable row is an error naming the first such row and
 * its column (a formula that silently skipped rows would give a wrong answer without a sign); rows whose
 * cells are all blank or 0 are empty rows and are skipped.
 */
import { readTransactions } from "../core/read/readTransactions";
import type { TransactionLog } from "../core/transactionLog";
import { valueError } from "../excel/worksheetErrors";
import { renderRowProblem } from "../i18n/rowProblems";
import { displayLanguage } from "./errors";

/**
 * The transaction log of aligned customer, date and amount cells (row 1 = the first cell of the ranges).
 * Throws #VALUE! naming the first unreadable row, with the number of unreadable rows when there are more.
 * @example readTransactionColumns(["A", "A"], [45322, "2024-02-14"], [500, "99.50"]).length // 2
 */
export function readTransactionColumns(customers: readonly unknown[], dates: readonly unknown[], amounts?: readonly unknown[]): TransactionLog {
  const rows = customers.map((customer, index) => (amounts ? [customer, dates[index], amounts[index]] : [customer, dates[index]]));
  const read = readTransactions(
    rows,
    {
      customer: { index: 0, header: "customers" },
      date: { index: 1, header: "dates" },
      amount: amounts ? { index: 2, header: "amounts" } : undefined,
    },
    0,
    { maxProblems: 1 },
  );
  const [first] = read.diagnostics.problems;
  if (first !== undefined) {
    const more = read.diagnostics.rowsSkipped > 1 ? ` (+${read.diagnostics.rowsSkipped - 1})` : "";
    throw valueError(`${renderRowProblem(first, displayLanguage())}${more}`);
  }
  return read.log;
}
