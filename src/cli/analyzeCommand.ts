import { analyzeTransactions, type PurchaseAnalysis } from "../core/analysis/analyzeTransactions";
import { InputError } from "../core/inputError";
import { dayOfIsoDateText, isoDateText } from "../core/read/civilDate";
import { splitDelimitedText } from "../core/read/delimitedText";
import { PurchaseDataError } from "../core/read/purchaseDataError";
import { readPurchaseData, type PurchaseData } from "../core/read/readPurchaseData";
import type { ColumnOverrides } from "../core/read/detectColumns";
import { buildReport } from "../core/report/buildReport";
import { renderInputError } from "../i18n/errorMessages";
import type { Language } from "../i18n/language";
import { renderPurchaseDataError, renderReadCounts, renderRowProblem } from "../i18n/rowProblems";
import { renderJsonReport } from "./jsonReport";
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

/**
 * `kundevaerdi analyze FILE [options]`: reads the CSV, analyses it, builds the report and prints it as text or
 * (with --json) JSON; mistakes go to stderr with exit code 2 (usage) or 1 (data).
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
    io.stderr(`kundevaerdi: no purchase could be read. ${renderReadCounts(data.diagnostics, language)}\n`);
    for (const problem of data.diagnostics.problems.slice(0, 10)) io.stderr(`  ${renderRowProblem(problem, language)}\n`);
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
  const render = options.json ? renderJsonReport : renderTextReport;
  io.stdout(render(buildReport(analysis), data.diagnostics, language));
  return 0;
}
