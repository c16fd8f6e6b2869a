/*
 * Transaction columns given to a worksheet function (customers, dates and optionally amounts, already
 * aligned by alignedColumns) read into a TransactionLog by the engine's reader, so that dates and amounts
 * as text work as in the task pane. Rules:
 * - Any unreadable row is an error naming the first such row and its column (a formula that silently
 *   skipped rows would give a wrong answer without a sign); rows whose cells are all blank or 0 are empty
 *   rows and are skipped.
 * - Rows are the sheet rows when Excel gave the ranges' addresses (ArgumentPlaces), else rows within the
 *   range, and the message says so.
 * - The day/month order of text dates such as 03/04/2024 is never guessed: the dateOrder argument decides,
 *   else the data (a date whose day is above 12); when neither does, the function asks for dateOrder.
 */
import { isoDateText } from "../core/read/civilDate";
import { type DateOrder, dayFromDateParts, emptyDateTextParts, scanDateText } from "../core/read/dateText";
import type { ReadNotice, RowProblem } from "../core/read/readDiagnostics";
import { readTransactions } from "../core/read/readTransactions";
import type { TransactionLog } from "../core/transactionLog";
import { valueError } from "../excel/worksheetErrors";
import { renderDateOrderConflictHint, renderDateOrderUnknown, renderRowsWithinRange } from "../i18n/errorMessages";
import type { Language } from "../i18n/language";
import { renderRowProblem } from "../i18n/rowProblems";
import { ArgumentPlaces } from "./argumentPlaces";
import { displayLanguage } from "./errors";

/** How to read the transaction columns: the date order the user gave, and where the ranges are on the sheet. */
export interface TransactionColumnOptions {
  dateOrder?: DateOrder;
  places?: ArgumentPlaces;
}

/** The argument names of the columns, which are also the reader's column headers. */
const columnArguments = ["customers", "dates", "amounts"] as const;

/** A row as the user sees it: the sheet row of the argument's range, or the row within it and a flag to say so. */
function userRow(places: ArgumentPlaces, argument: string, position: number): { row: number; withinRange: boolean } {
  const sheetRow = places.sheetRow(argument, position);
  return sheetRow === undefined ? { row: position, withinRange: true } : { row: sheetRow, withinRange: false };
}

function withRowNote(message: string, withinRange: boolean, language: Language): string {
  return withinRange ? `${message} ${renderRowsWithinRange(language)}` : message;
}

/**
 * The message for the first unreadable row: its sheet row (or row within the range), what is wrong, how many
 * more rows are unreadable ("(+2)") and what to do.
 */
function rowProblemMessage(problem: RowProblem, more: number, places: ArgumentPlaces, language: Language): string {
  const { row, withinRange } = userRow(places, problem.column.header ?? "", problem.row);
  const text = `${renderRowProblem({ ...problem, row }, language)}${more > 0 ? ` (+${more})` : ""}`;
  const hinted = problem.reason === "ambiguousDate" ? `${text} ${renderDateOrderConflictHint(language)}` : text;
  return withRowNote(hinted, withinRange, language);
}

/** The error asking for dateOrder, with an example date, its row and its two readings. */
function dateOrderUnknown(notice: Extract<ReadNotice, { code: "dateOrderAmbiguous" }>, places: ArgumentPlaces, language: Language): CustomFunctions.Error {
  const parts = emptyDateTextParts();
  const shape = scanDateText(notice.example.value, parts);
  const reading = (order: DateOrder): string => isoDateText(dayFromDateParts(shape, parts, order));
  const argument = notice.column.header ?? "dates";
  const { row, withinRange } = userRow(places, argument, notice.example.row);
  const message = renderDateOrderUnknown(
    { argument, example: notice.example.value, row, dayFirst: reading("dmy"), monthFirst: reading("mdy") },
    language,
  );
  return valueError(withRowNote(message, withinRange, language));
}

/**
 * The transaction log of aligned customer, date and amount cells (position 1 = the first cell of the ranges).
 * Throws #VALUE! asking for dateOrder when every text date could be day first or month first and no
 * dateOrder is given, or naming the first unreadable row, with the number of unreadable rows when there are more.
 * @example readTransactionColumns(["A", "A"], [45322, "2024-02-14"], [500, "99.50"]).length // 2
 */
export function readTransactionColumns(
  customers: readonly unknown[],
  dates: readonly unknown[],
  amounts?: readonly unknown[],
  options: TransactionColumnOptions = {},
): TransactionLog {
  const rows = customers.map((customer, index) => (amounts ? [customer, dates[index], amounts[index]] : [customer, dates[index]]));
  const [customer, date, amount] = columnArguments;
  const read = readTransactions(
    rows,
    {
      customer: { index: 0, header: customer },
      date: { index: 1, header: date },
      amount: amounts ? { index: 2, header: amount } : undefined,
    },
    0,
    { maxProblems: 1, dateOrder: options.dateOrder },
  );
  const places = options.places ?? new ArgumentPlaces();
  const language = displayLanguage();
  if (read.dateFormat.orderSource === "default") {
    const notice = read.diagnostics.notices.find((candidate) => candidate.code === "dateOrderAmbiguous");
    if (notice?.code === "dateOrderAmbiguous") throw dateOrderUnknown(notice, places, language);
  }
  const [first] = read.diagnostics.problems;
  if (first !== undefined) throw valueError(rowProblemMessage(first, read.diagnostics.rowsSkipped - 1, places, language));
  return read.log;
}
