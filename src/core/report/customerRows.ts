import type { PurchaseAnalysis } from "../analysis/analyzeTransactions";
import { NO_SEGMENT } from "../segments/segmentRules";
import { finiteCell } from "./finiteCell";
import type { ColumnFormat, ReportCell, ReportColumn, ReportTable } from "./reportModel";

/**
 * A table's columns and its rows read one at a time into a row the caller keeps: what a writer of a million customers
 * needs, without a million row arrays held at once.
 */
export interface RowSource {
  columns: ReportColumn[];
  /** The number of rows. */
  length: number;
  /** Row `index` written into `into` (and returned). */
  row(index: number, into: ReportCell[]): ReportCell[];
}

/** A column of the Customers sheet: its key, format, cell of customer i and, when it differs, its header's label key. */
type CustomerColumn = [key: string, format: ColumnFormat, value: (i: number) => ReportCell, label?: string];

/** The Customers sheet's columns the data allows: dates it has, the model's columns only when the model valued. */
function customerColumns(analysis: PurchaseAnalysis): CustomerColumn[] {
  const { summary, scores, segments, predictions, value } = analysis;
  const dated = summary.knownDates !== "none";
  const fullDates = summary.knownDates === "firstAndLast";
  const model = value.method.kind === "model";
  const { customersInRow } = summary;
  const columns: (CustomerColumn | false)[] = [
    customersInRow ? ["customer", "text", (i) => summary.customerIds[i], "customerGroup"] : ["customer", "text", (i) => summary.customerIds[i]],
    customersInRow !== undefined && ["customersInGroup", "integer", (i) => customersInRow[i]],
    fullDates && ["firstPurchase", "date", (i) => summary.firstPurchaseDay[i]],
    dated && ["lastPurchase", "date", (i) => summary.lastPurchaseDay[i]],
    ["purchases", "integer", (i) => summary.purchases[i]],
    ["revenue", "currency", (i) => finiteCell(summary.revenue[i])],
    ["averageOrderValue", "currency", (i) => finiteCell(summary.averageOrderValue[i])],
    dated && ["daysSinceLastPurchase", "integer", (i) => summary.daysSinceLastPurchase[i]],
    dated && ["rScore", "integer", (i) => scores.recency[i]],
    ["fScore", "integer", (i) => scores.frequency[i]],
    ["mScore", "integer", (i) => scores.monetary[i]],
    ["segment", "label", (i) => (segments.code[i] === NO_SEGMENT ? null : segments.segments[segments.code[i]])],
    ["clv", "currency", (i) => finiteCell(predictions.clv[i])],
    model && ["purchaseChance", "percent", (i) => finiteCell(predictions.purchaseChance[i])],
    model && ["clvLow", "currency", (i) => finiteCell(predictions.clvLow[i])],
    model && ["clvHigh", "currency", (i) => finiteCell(predictions.clvHigh[i])],
    model && ["expectedPurchases", "decimal", (i) => finiteCell(predictions.expectedPurchases[i])],
    // The model assumes a customer without a repeat purchase is active (P = 1): an assumption, not shown as a figure.
    model && ["pAlive", "percent", (i) => (summary.frequency[i] >= 1 ? finiteCell(predictions.probabilityAlive[i]) : null)],
    fullDates && ["frequency", "integer", (i) => summary.frequency[i]],
    fullDates && ["recency", "decimal", (i) => summary.recency[i], `recency_${analysis.settings.timeUnit}`],
    fullDates && ["T", "decimal", (i) => summary.T[i], `T_${analysis.settings.timeUnit}`],
    fullDates && ["monetary", "currency", (i) => finiteCell(summary.monetary[i])],
  ];
  return columns.filter((column): column is CustomerColumn => column !== false);
}


/**
 * The Customers sheet's table as a row source: one row per customer in the analysis (per group on a grouped table),
 * each cell read from the analysis's columns when the row is asked for.
 * @example customerRows(cdnowAnalysis).length // 2357
 */
export function customerRows(analysis: PurchaseAnalysis): RowSource {
  const columns = customerColumns(analysis);
  const { included } = analysis.summary;
  let count = 0;
  for (let i = 0; i < included.length; i += 1) count += included[i];
  const customers = new Int32Array(count);
  for (let i = 0, at = 0; i < included.length; i += 1) if (included[i] === 1) customers[at++] = i;
  return {
    columns: columns.map(([key, format, , label]) => ({ key, format, ...(label ? { label } : {}) })),
    length: count,
    row(index, into) {
      const customer = customers[index];
      for (let column = 0; column < columns.length; column += 1) into[column] = columns[column][2](customer);
      into.length = columns.length;
      return into;
    },
  };
}

/**
 * A built table as a row source (its rows copied out one at a time).
 * @example tableRows(reportTable(report, "customers")).row(0, []) // the first customer's cells
 */
export function tableRows(table: ReportTable): RowSource {
  return {
    columns: table.columns,
    length: table.rows.length,
    row(index, into) {
      const row = table.rows[index];
      for (let column = 0; column < row.length; column += 1) into[column] = row[column];
      into.length = row.length;
      return into;
    },
  };
}
