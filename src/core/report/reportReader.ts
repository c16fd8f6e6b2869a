import type { ClvMethod } from "../models/customerValue";
import type { StopReason } from "../models/minimizeBfgs";
import type { FitConvergence, ModelName, ModelUnavailableReason, PurchaseModelName } from "../models/modelUnavailable";
import type { Report, ReportCell, ReportTable } from "./reportModel";

/**
 * The table with this id, on whichever sheet of the report holds it; throws when none does.
 * @example reportTable(buildReport(analysis), "headline").rows[0] // ["customers", 2357]
 */
export function reportTable(report: Report, id: string): ReportTable {
  const table = optionalReportTable(report, id);
  if (!table) throw new Error(`The report has no table "${id}".`);
  return table;
}

/**
 * The table with this id, on whichever sheet of the report holds it; undefined when none does (a table only some data give).
 * @example optionalReportTable(buildReport(analyzeCustomerTable(table, settings)), "retentionByMonth") // undefined
 */
export function optionalReportTable(report: Report, id: string): ReportTable | undefined {
  for (const sheet of report.sheets) {
    for (const table of sheet.tables) if (table.id === id) return table;
  }
  return undefined;
}

/**
 * Reads a row's cell by column key; throws for a column the table does not have.
 * @example const cell = columnReader(customers); cell(customers.rows[0], "clv") // 5.08
 */
export function columnReader(table: ReportTable): (row: readonly ReportCell[], key: string) => ReportCell {
  const indices = new Map(table.columns.map((column, index) => [column.key, index]));
  return (row, key) => {
    const index = indices.get(key);
    if (index === undefined) throw new Error(`The table "${table.id}" has no column "${key}".`);
    return row[index];
  };
}

/**
 * A figure table's values by name (name in column `nameColumn`, value in the last); throws for an unknown name.
 * @example figures(reportTable(report, "headline"))("customers") // 2357
 */
export function figures(table: ReportTable, nameColumn = 0): (name: string) => ReportCell {
  const values = figureValues(table, nameColumn);
  return (name) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`The table "${table.id}" has no figure "${name}".`);
    return value;
  };
}

/**
 * A figure table's values by name, null for a name the table does not have (a figure only some methods give).
 * @example optionalFigures(reportTable(report, "assumptions"))("horizonMonths") // null under the simple formula
 */
export function optionalFigures(table: ReportTable, nameColumn = 0): (name: string) => ReportCell {
  const values = figureValues(table, nameColumn);
  return (name) => values.get(name) ?? null;
}

/** A figure table's values by the name in `nameColumn` (the value in the last column). */
function figureValues(table: ReportTable, nameColumn: number): Map<ReportCell, ReportCell> {
  const last = table.columns.length - 1;
  return new Map(table.rows.map((row) => [row[nameColumn], row[last]]));
}

/**
 * Reads a row's cell by column key, null for a column the table does not have (one only some methods write).
 * @example optionalColumnReader(customers)(customers.rows[0], "pAlive") // null under the simple formula
 */
export function optionalColumnReader(table: ReportTable): (row: readonly ReportCell[], key: string) => ReportCell {
  const indices = new Map(table.columns.map((column, index) => [column.key, index]));
  return (row, key) => {
    const index = indices.get(key);
    return index === undefined ? null : row[index];
  };
}

/**
 * The notes below the tables of a sheet (label keys), none when it has none.
 * @example sheetNotes(report, "overview") // ["note_clvSimpleTable", "note_unlockFirstPurchase"]
 */
export function sheetNotes(report: Report, id: string): string[] {
  return report.sheets.find((sheet) => sheet.id === id)?.notes ?? [];
}

/**
 * A cell that must be a number; throws otherwise (a null cell, "not available", is not a number).
 * @example numberCell(figures(headline)("customers")) // 2357
 */
export function numberCell(cell: ReportCell): number {
  if (typeof cell !== "number") throw new Error(`Expected a number in the report, got ${JSON.stringify(cell)}.`);
  return cell;
}

/**
 * What follows `prefix` in a label key such as `timeUnit_week`; throws for a key without the prefix.
 * @example keySuffix("timeUnit_week", "timeUnit_") // "week"
 */
export function keySuffix(key: ReportCell, prefix: string): string {
  if (typeof key !== "string" || !key.startsWith(prefix)) throw new Error(`Expected a report key starting with "${prefix}", got ${JSON.stringify(key)}.`);
  return key.slice(prefix.length);
}

/** A model's fit as the report states it: estimates (parameters, log-likelihood) and convergence, or why there is none. */
export type ReportedFit =
  | { ok: true; estimates: Record<string, number>; convergence: FitConvergence }
  | { ok: false; reason: ModelUnavailableReason };

/**
 * A model's fit read back from the Overview's model parameters and model fit tables.
 * @example reportedFit(buildReport(analysis), "bgnbd") // { ok: false, reason: { code: "tooFewCustomers", model: "bgnbd", customers: 3, minimum: 30 } }
 */
export function reportedFit(report: Report, model: ModelName): ReportedFit {
  const fitTable = reportTable(report, "modelFit");
  const rows = fitTable.rows.filter((row) => row[0] === model);
  const fit = figures({ ...fitTable, rows }, 1);
  const status = fit("fitStatus");
  if (status !== "fitted") {
    // The reason's figures; a text one (the stop reason) is the label key `<figure>_<value>`.
    const reason: Record<string, unknown> = { code: keySuffix(status, "reason_"), model };
    for (const [, name, value] of rows) if (name !== "fitStatus") reason[String(name)] = typeof value === "string" ? keySuffix(value, `${name}_`) : value;
    return { ok: false, reason: reason as ModelUnavailableReason };
  }
  const parameters = reportTable(report, "modelParameters");
  const cell = columnReader(parameters);
  const estimates: Record<string, number> = {};
  for (const row of parameters.rows) if (cell(row, "model") === model) estimates[String(cell(row, "parameter"))] = numberCell(cell(row, "estimate"));
  const convergence: FitConvergence = {
    converged: fit("converged") === "yes",
    iterations: numberCell(fit("iterations")),
    evaluations: numberCell(fit("evaluations")),
    gradientNorm: numberCell(fit("gradientNorm")),
    logLikelihood: estimates.logLikelihood,
    stopReason: keySuffix(fit("stopReason"), "stopReason_") as StopReason,
  };
  return { ok: true, estimates, convergence };
}

/**
 * The purchase model the report's figures come from (used, or tried and not usable): the model of the model fit
 * table's first rows.
 * @example reportedPurchaseModel(buildReport(analysis)) // "bgnbd"
 */
export function reportedPurchaseModel(report: Report): PurchaseModelName {
  const first = reportTable(report, "modelFit").rows.find((row) => row[0] !== "gammaGamma")?.[0];
  if (first !== "bgnbd" && first !== "mbgnbd" && first !== "paretonbd") throw new Error(`The report's model fit table has no purchase model (${JSON.stringify(first)}).`);
  return first;
}

/**
 * How the CLVs were obtained: the headline's CLV method with the purchase model's reason (simple formula) or the Gamma-Gamma's (customer average).
 * @example reportedClvMethod(buildReport(analysis)) // { kind: "model", spend: "gammaGamma" }
 */
export function reportedClvMethod(report: Report): ClvMethod {
  const method = figures(reportTable(report, "headline"))("clvMethod");
  const bgnbd = reportedFit(report, reportedPurchaseModel(report));
  const gammaGamma = reportedFit(report, "gammaGamma");
  if (method === "methodSimple" && !bgnbd.ok) return { kind: "simple", reason: bgnbd.reason };
  if (method === "method_gammaGamma" && bgnbd.ok && gammaGamma.ok) return { kind: "model", spend: "gammaGamma" };
  if (method === "method_customerAverage" && bgnbd.ok && !gammaGamma.ok) return { kind: "model", spend: "customerAverage", spendReason: gammaGamma.reason };
  throw new Error(`The report's CLV method ${JSON.stringify(method)} does not match its model fits.`);
}

/** A month of the report's retention by month: its "YYYY-MM", counts and rates (null where there is none). */
export interface ReportedMonth {
  month: string;
  active: number;
  newCustomers: number;
  retained: number;
  retentionRate: number | null;
  churnRate: number | null;
  complete: boolean;
}

/** The report's retention by month and its averages over the complete months. */
export interface ReportedRetention {
  averageRetentionRate: number | null;
  averageChurnRate: number | null;
  months: ReportedMonth[];
}

/** A cell that is a number or null ("not available"); throws otherwise. */
function rateCell(cell: ReportCell): number | null {
  return cell === null ? null : numberCell(cell);
}

/**
 * The retention by month read back from the Overview's retention tables; null for a report without them (a per-customer table).
 * @example reportedRetention(buildReport(cdnowAnalysis))?.months[1] // { month: "1997-02", active: 981, newCustomers: 857, retained: 124, … }
 */
export function reportedRetention(report: Report): ReportedRetention | null {
  const byMonth = optionalReportTable(report, "retentionByMonth");
  const average = optionalReportTable(report, "retentionAverage");
  if (!byMonth || !average) return null;
  const cell = columnReader(byMonth);
  const figure = figures(average);
  return {
    averageRetentionRate: rateCell(figure("averageMonthlyRetentionRate")),
    averageChurnRate: rateCell(figure("averageMonthlyChurnRate")),
    months: byMonth.rows.map((row) => ({
      month: String(cell(row, "month")),
      active: numberCell(cell(row, "activeCustomers")),
      newCustomers: numberCell(cell(row, "newInMonth")),
      retained: numberCell(cell(row, "retainedCustomers")),
      retentionRate: rateCell(cell(row, "monthlyRetentionRate")),
      churnRate: rateCell(cell(row, "monthlyChurnRate")),
      complete: cell(row, "monthNote") !== "incompleteMonth",
    })),
  };
}
