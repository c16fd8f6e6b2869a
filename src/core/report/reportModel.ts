import type { Currency } from "../read/amountText";
/**
 * The report as plain data (sheets of typed tables and chart specs), built once by buildReport and rendered as
 * worksheets (src/excel/writeReport.ts), JSON (src/cli/jsonReport.ts) and text (src/cli/textReport.ts).
 * Texts are keys, not words: each renderer words them in the user's language (src/i18n/reportLabels.ts).
 */

/**
 * How a column's cells are shown. `date` cells hold days since 1970-01-01 (UTC); `label` cells hold a label
 * key (a segment id, a figure's name) that the renderer words in the user's language; `parameter` is a model
 * parameter with three decimals, as papers publish them (α 0.704).
 */
export type ColumnFormat = "text" | "label" | "integer" | "decimal" | "parameter" | "scientific" | "currency" | "percent" | "date";

/** A cell: text, a number, or null for "not available" (shown empty, never as 0). */
export type ReportCell = string | number | null;

export interface ReportColumn {
  /** Stable key; also the label key the renderer translates, unless `label` is given. */
  key: string;
  format: ColumnFormat;
  /** Label key of the header when it differs from the key (e.g. a unit in the header: `recency_week`). */
  label?: string;
  /** The header cell as written, not worded: a number (periods since acquisition: 0, 1, 2, …) or text from the data (a cohort's name). */
  heading?: string | number;
}

/**
 * Cells of one row that are not observed values, shown apart from them (own number format and colour, and a legend
 * line on the sheet): `projected` — a model's expectation beyond the end of the data; `incomplete` — a period the data
 * end inside, counted so far.
 */
export interface CellMark {
  kind: "projected" | "incomplete";
  /** Data row (0 = the first row under the header). */
  row: number;
  /** First marked column (index into `columns`) and how many columns from it. */
  column: number;
  columns: number;
}

/**
 * A native colour-scale conditional format (a heat map) over runs of cells, one run per row, all on the same fixed
 * scale: `lowest` (and below) is white, `highest` (and above) the full colour. Fixed numbers rather than the lowest and
 * highest value, so that runs of different rows are coloured alike.
 */
export interface HeatMap {
  runs: Array<{ row: number; column: number; columns: number }>;
  lowest: number;
  highest: number;
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
  /** Text from the data the table is about (a cohort's name), shown as written after the worded title. */
  subject?: string;
  /** Cells shown apart from the observed values (projections, an incomplete period). */
  marks?: CellMark[];
  /** A colour scale over some of the table's cells. */
  heatMap?: HeatMap;
  /** A last row summing up the others (all cohorts together): its first cell worded from a label key, then one cell per further column. */
  footer?: { label: string; cells: ReportCell[] };
}

/** A native chart drawn from one table: categories from one column, one series per value column (a line chart: with markers). */
export interface ChartSpec {
  id: string;
  kind: "bar" | "column" | "line";
  title: string;
  /** Text from the data the chart is about (a cohort's name), shown as written after the worded title. */
  subject?: string;
  table: string;
  categoryColumn: string;
  valueColumns: string[];
}

/**
 * The report's sheets, in the order they are written: the purchase analysis's five, and the subscriptions analysis's one.
 * @example REPORT_SHEET_IDS.includes("segmentRules") // true
 */
export const REPORT_SHEET_IDS = ["overview", "segments", "customers", "segmentRules", "cohorts", "subscriptions"] as const;

/**
 * The analysis a report sheet belongs to: a run replaces the sheets of an earlier run of the same analysis and leaves
 * the other's, so a workbook can hold a purchase report and a subscriptions report side by side.
 * @example reportFamily("segments") // "purchases"
 */
export function reportFamily(id: (typeof REPORT_SHEET_IDS)[number] | undefined): "purchases" | "subscriptions" {
  return id === "subscriptions" ? "subscriptions" : "purchases";
}

/** A value in a sentence: a number shown in a column format, or a label key worded in the user's language. */
export type SentenceValue = { value: number; format: ColumnFormat } | { label: string };

/** A plain-language sentence with numbers: a key (src/i18n/reportSentences.ts words it) and its values by name. */
export interface ReportSentence {
  key: string;
  values: Record<string, SentenceValue>;
}

export interface ReportSheet {
  id: (typeof REPORT_SHEET_IDS)[number];
  /** Sentences a marketer reads first, one per row above the tables (the Overview's summary in words). */
  lead?: ReportSentence[];
  tables: ReportTable[];
  charts: ChartSpec[];
  /** Label keys of notes for the reader (how to use the sheet), one per row below the last table after a blank row. */
  notes?: string[];
}

export interface Report {
  sheets: ReportSheet[];
  /** The currency of every money cell (Excel formats them with its sign); none: plain amounts. */
  currency?: Currency;
}
