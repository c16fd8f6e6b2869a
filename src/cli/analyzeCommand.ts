import { analyzeTransactions, type PurchaseAnalysis } from "../core/analysis/analyzeTransactions";
import { InputError } from "../core/inputError";
import { dayOfIsoDateText, isoDateText } from "../core/read/civilDate";
import { splitDelimitedText } from "../core/read/delimitedText";
import { PurchaseDataError } from "../core/read/purchaseDataError";
import { readPurchaseData, type PurchaseData } from "../core/read/readPurchaseData";
import type { ColumnOverrides } from "../core/read/detectColumns";
import { renderInputError } from "../i18n/errorMessages";
import type { Language } from "../i18n/language";
import { renderModelUnavailable } from "../i18n/modelMessages";
import { renderPurchaseDataError, renderReadCounts, renderReadNotice, renderRowProblem } from "../i18n/rowProblems";
import { segmentLabel, type SegmentId } from "../i18n/segmentLabels";
import { parseAnalyzeOptions, usage, UsageError, type AnalyzeOptions } from "./options";
import { renderTextReport } from "./textReport";

/** Where the command reads and writes: the real process in main.ts, buffers in the tests. */
export interface CommandIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A column given as digits is a 1-based position; anything else is header text. */
function columnOverride(given: string | undefined): string | number | undefined {
  if (given === undefined) return undefined;
  return /^\d+$/.test(given) ? Number(given) - 1 : given;
}

function columnOverrides(options: AnalyzeOptions): ColumnOverrides {
  const overrides: ColumnOverrides = {};
  const customer = columnOverride(options.customerColumn);
  const date = columnOverride(options.dateColumn);
  const amount = columnOverride(options.amountColumn);
  if (customer !== undefined) overrides.customer = customer;
  if (date !== undefined) overrides.date = date;
  if (amount !== undefined) overrides.amount = amount;
  return overrides;
}

const round = (value: number | undefined | null, digits = 6): number | null =>
  value === undefined || value === null || !Number.isFinite(value) ? null : Number(value.toFixed(digits));

/** The one JSON object `--json` prints (issue 3 §5), with read counts, settings and diagnostics beside it. */
export function analysisJson(data: PurchaseData & { layout: "transactions" }, analysis: PurchaseAnalysis, language: Language) {
  const { summary, value, predictions, segments } = analysis;
  const equity = value.customerEquity;
  const perCustomer = [];
  for (let i = 0; i < summary.customerIds.length; i += 1) {
    if (summary.included[i] === 0) continue;
    const code = segments.code[i];
    perCustomer.push({
      id: summary.customerIds[i],
      frequency: summary.frequency[i],
      recency: round(summary.recency[i]),
      T: round(summary.T[i]),
      monetary: round(summary.monetary[i]),
      pAlive: round(predictions.probabilityAlive[i]),
      expectedPurchases: round(predictions.expectedPurchases[i]),
      clv: round(predictions.clv[i], 4),
      clvLow: round(predictions.clvLow[i], 4),
      clvHigh: round(predictions.clvHigh[i], 4),
      segment: code < segments.segments.length ? segments.segments[code] : null,
    });
  }
  return {
    customers: analysis.kpis.customers,
    transactions: data.report.rowsRead,
    rowsSkipped: data.report.rowsSkipped,
    emptyRows: data.report.emptyRows,
    problems: data.report.problems.slice(0, 100).map((problem) => ({ ...problem, message: renderRowProblem(problem, language) })),
    notices: data.report.notices.map((notice) => renderReadNotice(notice, language)),
    timeUnit: analysis.settings.timeUnit,
    observationEnd: isoDateText(summary.observationEndDay),
    settings: {
      horizonMonths: analysis.settings.horizonMonths,
      annualDiscountRate: analysis.settings.annualDiscountRate,
      grossMargin: analysis.settings.grossMargin,
      newCustomers: analysis.settings.newCustomers,
    },
    kpis: analysis.kpis,
    method: value.method,
    models: {
      bgnbd: value.bgnbd.ok
        ? { ...value.bgnbd.fit.parameters, logLikelihood: value.bgnbd.fit.logLikelihood, convergence: value.bgnbd.fit.convergence }
        : { unavailable: value.bgnbd.reason, message: renderModelUnavailable(value.bgnbd.reason, language) },
      gammaGamma: value.gammaGamma.ok
        ? { ...value.gammaGamma.fit.parameters, logLikelihood: value.gammaGamma.fit.logLikelihood, convergence: value.gammaGamma.fit.convergence }
        : { unavailable: value.gammaGamma.reason, message: renderModelUnavailable(value.gammaGamma.reason, language) },
    },
    spendIndependence: value.spendIndependence,
    customerEquity: { value: equity.value, low: "low" in equity ? equity.low : null, high: "high" in equity ? equity.high : null },
    segments: analysis.segmentFigures.map((figures) => ({
      id: figures.segment,
      name: segmentLabel(language, figures.segment as SegmentId).name,
      customers: figures.customers,
      share: figures.share,
      revenue: figures.revenue,
      clv: figures.totalClv ?? null,
      averageClv: figures.averageClv ?? null,
      averagePAlive: figures.averagePAlive ?? null,
    })),
    perCustomer,
  };
}

/**
 * `kundevaerdi analyze FILE [options]`: reads the CSV, runs the engine, prints a readable report or (with
 * --json) one JSON object. Mistakes in the command or the data go to stderr with exit code 2 (usage) or 1 (data).
 * @example runAnalyzeCommand(["analyze", "sales.csv", "--json"], io) // 0, with the JSON on io.stdout
 */
export function runAnalyzeCommand(argv: readonly string[], io: CommandIo, language: Language = "en"): number {
  let options: AnalyzeOptions | "help";
  try {
    options = parseAnalyzeOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`kundevaerdi: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  if (options === "help") {
    io.stdout(`${usage}\n`);
    return 0;
  }
  let text: string;
  try {
    text = io.readFile(options.file);
  } catch (error) {
    io.stderr(`kundevaerdi: cannot read ${options.file}: ${(error as Error).message}\n`);
    return 1;
  }
  let data: PurchaseData;
  try {
    data = readPurchaseData(splitDelimitedText(text).rows, { columns: columnOverrides(options) });
  } catch (error) {
    if (!(error instanceof PurchaseDataError)) throw error;
    io.stderr(`kundevaerdi: ${renderPurchaseDataError(error, language)}\n`);
    return 1;
  }
  if (data.layout !== "transactions") {
    io.stderr(`kundevaerdi: ${options.file} is a per-customer table; the analysis needs a transaction log (one row per purchase: customer, date, amount).\n`);
    return 1;
  }
  if (!data.log.hasAmounts) {
    io.stderr(`kundevaerdi: no amount column was found in ${options.file}; CLV needs the amount of each purchase. Name it with --amount.\n`);
    return 1;
  }
  if (data.log.length === 0) {
    io.stderr(`kundevaerdi: no purchase could be read. ${renderReadCounts(data.report, language)}\n`);
    for (const problem of data.report.problems.slice(0, 10)) io.stderr(`  ${renderRowProblem(problem, language)}\n`);
    return 1;
  }
  const observationEndDay = options.asOf === undefined ? undefined : dayOfIsoDateText(options.asOf);
  if (options.asOf !== undefined && observationEndDay === undefined) {
    io.stderr(`kundevaerdi: --as-of ${options.asOf} is not a calendar date.\n`);
    return 2;
  }
  let analysis: PurchaseAnalysis;
  try {
    analysis = analyzeTransactions(data.log, {
      timeUnit: options.timeUnit,
      observationEndDay,
      horizonMonths: options.horizonMonths,
      annualDiscountRate: options.annualDiscountRate,
      grossMargin: options.grossMargin,
      newCustomers: options.expectedNewCustomers,
      segmentScheme: "rfm",
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`kundevaerdi: ${renderInputError(error, language)}\n`);
    return 1;
  }
  if (analysis.kpis.customers === 0) {
    io.stderr(`kundevaerdi: no customer purchased on or before ${isoDateText(analysis.summary.observationEndDay)}.\n`);
    return 1;
  }
  io.stdout(options.json ? `${JSON.stringify(analysisJson(data, analysis, language))}\n` : renderTextReport(data, analysis, language));
  return 0;
}
