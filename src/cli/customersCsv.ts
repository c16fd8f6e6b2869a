import { isoDateText } from "../core/read/civilDate";
import type { Report, ReportCell, ReportColumn } from "../core/report/reportModel";
import { reportTable } from "../core/report/reportReader";
import { tableRows, type RowSource } from "../core/report/customerRows";
import type { Language } from "../i18n/language";
import { reportLabel } from "../i18n/reportLabels";

/** How a CSV file writes its fields: Nordic (";" between fields, decimal comma) or ISO (",", decimal point). */
export type CsvFormat = "nordic" | "iso";

/** Rows put together before each chunk is handed on: a million customers never become one string. */
const ROWS_PER_CHUNK = 10_000;

/** A text field: quoted when it holds the delimiter, a quote or a line break; text Excel would run as a formula gets a leading apostrophe. */
function textField(text: string, delimiter: string): string {
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One cell as a field: numbers in full precision with the format's decimal mark, dates as YYYY-MM-DD, labels worded, null empty. */
function field(cell: ReportCell, column: ReportColumn, language: Language, format: CsvFormat): string {
  const delimiter = format === "nordic" ? ";" : ",";
  if (cell === null) return "";
  if (typeof cell === "string") return textField(column.format === "label" ? reportLabel(language, cell) : cell, delimiter);
  if (column.format === "date") return isoDateText(cell);
  const text = String(cell);
  return format === "nordic" ? text.replace(".", ",") : text;
}

/**
 * The report's per-customer table as CSV text in chunks of ROWS_PER_CHUNK rows (the header first, worded in the
 * language; UTF-8 with a byte-order mark so Excel reads æ, ø, å right): Nordic fields (";", decimal comma) or ISO
 * (",", decimal point); numbers unrounded, dates YYYY-MM-DD, percentages as fractions as on the sheet.
 * @example [...customersCsvChunks(buildReport(analysis), "da", "nordic")].join("").split("\n")[0] // "\uFEFFKunde;…"
 */
export function* customersCsvChunks(
  report: Report,
  language: Language,
  format: CsvFormat,
  customers: RowSource = tableRows(reportTable(report, "customers")),
): Generator<string> {
  const { columns } = customers;
  const delimiter = format === "nordic" ? ";" : ",";
  yield `\uFEFF${columns.map((column) => textField(reportLabel(language, column.label ?? column.key), delimiter)).join(delimiter)}\r\n`;
  const row: ReportCell[] = [];
  for (let start = 0; start < customers.length; start += ROWS_PER_CHUNK) {
    const lines: string[] = [];
    for (let index = start; index < Math.min(customers.length, start + ROWS_PER_CHUNK); index += 1) {
      lines.push(customers.row(index, row).map((cell, c) => field(cell, columns[c], language, format)).join(delimiter));
    }
    yield `${lines.join("\r\n")}\r\n`;
  }
}
