/**
 * The report as plain data: sheets made of typed tables and chart specs, built once by the engine and
 * rendered twice (Office.js in the add-in, JSON/text in the command line). Texts are keys, not words:
 * each renderer words them in the user's language (src/i18n/reportLabels.ts), so core stays language-free.
 */

/**
 * How a column's cells are shown. `date` cells hold days since 1970-01-01 (UTC); `label` cells hold a label
 * key (a segment id, a figure's name) that the renderer words in the user's language.
 */
export type ColumnFormat = "text" | "label" | "integer" | "decimal" | "currency" | "percent" | "date";

/** A cell: text, a number, or null for "not available" (shown empty, never as 0). */
export type ReportCell = string | number | null;

export interface ReportColumn {
  /** Stable key; also the label key the renderer translates. */
  key: string;
  format: ColumnFormat;
}

/** A table with a header row built from its columns. */
export interface ReportTable {
  id: string;
  /** Label key of the table's title. */
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** For a figure/value table: the format of each row's last cell, overriding its column's format. */
  rowFormats?: ColumnFormat[];
}

/** A native chart drawn from one table: categories from one column, one series per value column. */
export interface ChartSpec {
  id: string;
  kind: "bar" | "column";
  title: string;
  table: string;
  categoryColumn: string;
  valueColumns: string[];
}

export interface ReportSheet {
  id: "overview" | "segments" | "customers" | "segmentRules";
  tables: ReportTable[];
  charts: ChartSpec[];
  /** Label keys of notes for the reader (how to use the sheet), one per row below the last table after a blank row. */
  notes?: string[];
}

export interface Report {
  sheets: ReportSheet[];
}
