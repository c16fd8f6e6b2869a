import { analyzeCustomerTable } from "../core/analysis/analyzeCustomerTable";
import { analyzeTransactions, type AnalysisSettings, type PurchaseAnalysis } from "../core/analysis/analyzeTransactions";
import { InputError } from "../core/inputError";
import { supportedAnalyses } from "../core/read/analysisSupport";
import { dayOfIsoDateText, isoDateText } from "../core/read/civilDate";
import type { ColumnOverrides } from "../core/read/detectColumns";
import { PurchaseDataError } from "../core/read/purchaseDataError";
import { readPurchaseFile, type PurchaseFile } from "../core/read/purchaseFile";
import type { ReadDiagnostics } from "../core/read/readDiagnostics";
import { buildReport } from "../core/report/buildReport";
import { CustomerTableError } from "../core/summary/customerTableError";
import { cliText, renderFactColumn, renderUsageProblem, usageText } from "../i18n/cliMessages";
import { renderCustomerTableError } from "../i18n/customerTableMessages";
import { renderInputError } from "../i18n/errorMessages";
import type { Language } from "../i18n/language";
import { renderAnalysisSupport, renderPurchaseDataError, renderReadCounts, renderRowProblem } from "../i18n/rowProblems";
import { jsonReportChunks } from "./jsonReport";
import { noticeTexts } from "./noticeTexts";
import { languageOption, parseAnalyzeOptions, UsageError, type AnalyzeOptions } from "./options";
import { purchasePeriod } from "../core/read/purchasePeriod";
import { DEFAULT_LIFETIME_YEARS, type CustomerLifetime } from "../core/models/simpleCustomerValue";
import { reportCurrency } from "../core/report/moneyFormat";
import { analysisScope } from "../core/analysis/analysisScope";
import { renderTextReport } from "./textReport";
import { customersCsvChunks } from "./customersCsv";
import { customerRows } from "../core/report/customerRows";

/** Where the command reads and writes: the real process in kundevaerdi.ts, buffers in the tests. Files are read as bytes. */
export interface CommandIo {
  readFile(path: string): Uint8Array;
  /** Output as text or as UTF-8 bytes (each piece whole characters). */
  stdout(output: string | Uint8Array): void;
  stderr(text: string): void;
  /** Writes a file chunk by chunk (UTF-8), for --customers-csv; a command that writes no file needs none. */
  writeFile?(path: string, chunks: Iterable<string>): void;
}

/** Unreadable rows listed when no purchase could be read. */
const LISTED_PROBLEMS = 10;

/** A column given as digits is a 1-based position; anything else is header text. */
function columnOverride(given: string | undefined): string | number | undefined {
  if (given === undefined) return undefined;
  return /^\d+$/.test(given) ? Number(given) - 1 : given;
}

function columnOverrides(options: AnalyzeOptions): ColumnOverrides {
  const overrides: ColumnOverrides = {};
  const given = {
    customer: options.customerColumn,
    date: options.dateColumn,
    amount: options.amountColumn,
    purchases: options.purchasesColumn,
    totalAmount: options.totalAmountColumn,
    averageAmount: options.averageAmountColumn,
    firstPurchase: options.firstPurchaseColumn,
    lastPurchase: options.lastPurchaseColumn,
    customerCount: options.customerCountColumn,
  };
  for (const [role, text] of Object.entries(given) as [keyof typeof given, string | undefined][]) {
    const column = columnOverride(text);
    if (column !== undefined) overrides[role] = column;
  }
  return overrides;
}

/** A refusal: the lines to print on stderr (each prefixed with the command's name) and the exit code. */
type Refusal = { lines: string[]; code: number };

/** The file read and parsed, or why it cannot be; its bytes are let go once parsed (55 MB for a million customers). */
function readCommandFile(io: CommandIo, options: AnalyzeOptions, language: Language): PurchaseFile | Refusal {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(options.file);
  } catch (error) {
    return { lines: [cliText(language, "cannotRead", { file: options.file, reason: (error as Error).message })], code: 1 };
  }
  try {
    return readPurchaseFile(bytes, { columns: columnOverrides(options), dateOrder: options.dateOrder, decimalSeparator: options.decimalSeparator });
  } catch (error) {
    if (!(error instanceof PurchaseDataError)) throw error;
    return unreadableFile(error, options.file, language);
  }
}

/** The first line prefixed with the command's name, the others (details, advice) indented under it. */
function refuse(io: CommandIo, { lines, code }: Refusal): number {
  io.stderr(lines.map((line, index) => (index === 0 ? `kundevaerdi: ${line}` : `  ${line}`)).join("\n") + "\n");
  return code;
}

/** Why a file cannot be read as purchase data, worded with what to do on the command line. */
function unreadableFile(error: PurchaseDataError, file: string, language: Language): Refusal {
  if (error.code === "noData") return { lines: [cliText(language, "emptyFile", { file })], code: 1 };
  const advice = error.code === "missingColumns" ? cliText(language, "chooseColumns") : error.code === "unknownColumn" ? cliText(language, "unknownColumnAdvice") : undefined;
  return { lines: [renderPurchaseDataError(error, language), ...(advice ? [advice] : [])], code: 1 };
}

/** No purchase (or customer row) was read: an empty data part, or every row unreadable with its problems. */
function nothingRead(read: ReadDiagnostics, file: string, language: Language): Refusal {
  if (read.rowsRead + read.rowsSkipped + read.emptyRows === 0) return { lines: [cliText(language, "headerOnly", { file })], code: 1 };
  return {
    lines: [
      cliText(language, "noPurchases", { file, counts: renderReadCounts(read, language) }),
      ...read.problems.slice(0, LISTED_PROBLEMS).map((problem) => renderRowProblem(problem, language)),
      ...noticeTexts(read.notices, language),
      cliText(language, "fixRows"),
    ],
    code: 1,
  };
}

/** Whether the data can be analysed; if not, why and what to do. */
function readiness(file: PurchaseFile, path: string, language: Language): Refusal | undefined {
  const { data } = file;
  if (data.layout === "transactions") {
    if (!data.log.hasAmounts) return { lines: [cliText(language, "noAmountColumn", { file: path })], code: 1 };
    if (data.log.length === 0) return nothingRead(data.diagnostics, path, language);
    return undefined;
  }
  const support = supportedAnalyses(data).find((candidate) => candidate.analysis === "simpleClv");
  if (support && !support.supported) {
    return {
      lines: [
        cliText(language, "tableCannotRun", { file: path }),
        renderAnalysisSupport(support, language) ?? "",
        cliText(language, "tableAddColumns"),
        ...support.missing.map((fact) => `- ${renderFactColumn(fact, language)}`),
        cliText(language, "tableOrLog"),
      ],
      code: 1,
    };
  }
  if (data.table.length === 0) return nothingRead(data.diagnostics, path, language);
  return undefined;
}

/**
 * The simple CLV's lifetime from the options: a retention rate, or years (default 3 for a table without first purchase
 * dates; without the options, data with dates values a fallback over the horizon).
 */
function customerLifetime(options: AnalyzeOptions, simple: boolean): CustomerLifetime | undefined {
  if (options.retentionRate !== undefined) return { kind: "retention", rate: options.retentionRate };
  if (options.lifetimeYears !== undefined) return { kind: "years", years: options.lifetimeYears };
  return simple ? { kind: "years", years: DEFAULT_LIFETIME_YEARS } : undefined;
}

/**
 * `kundevaerdi analyze FILE [options]`: reads the file (any of UTF-8, UTF-16 and Windows-1252; a transaction log or
 * a per-customer table), analyses it, builds the report and prints it as text or (with --json) JSON; mistakes go
 * to stderr in the command's language with what to do, and exit code 2 (usage) or 1 (data).
 * The language is --language, else `language` (the environment's locale in kundevaerdi.ts).
 * @example runAnalyzeCommand(["analyze", "sales.csv", "--json"], io) // 0, with the JSON on io.stdout
 */
export function runAnalyzeCommand(argv: readonly string[], io: CommandIo, defaultLanguage: Language = "en"): number {
  let language = languageOption(argv) ?? defaultLanguage;
  let options: AnalyzeOptions | "help";
  try {
    options = parseAnalyzeOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`kundevaerdi: ${renderUsageProblem(error.problem, language)}\n${cliText(language, "seeHelp")}\n`);
    return 2;
  }
  if (options === "help") {
    io.stdout(`${usageText(language)}\n`);
    return 0;
  }
  language = options.language ?? language;
  const path = options.file;

  const file = readCommandFile(io, options, language);
  if (!("data" in file)) return refuse(io, file);
  const notReady = readiness(file, path, language);
  if (notReady) return refuse(io, notReady);
  const { data } = file;

  const period = purchasePeriod(data);
  const scope = analysisScope(data);
  const observationEndDay = options.asOf === undefined ? undefined : dayOfIsoDateText(options.asOf);
  if (options.asOf !== undefined && observationEndDay !== undefined && period && observationEndDay < period.firstDay) {
    const values = { asOf: options.asOf, file: path, first: isoDateText(period.firstDay), last: isoDateText(period.lastDay) };
    return refuse(io, { lines: [cliText(language, "asOfBeforeFirstPurchase", values)], code: 1 });
  }
  const holdoutEndDay = options.holdoutUntil === undefined || data.layout !== "transactions" ? undefined : dayOfIsoDateText(options.holdoutUntil);
  const lastDay = observationEndDay ?? period?.lastDay;
  if (holdoutEndDay !== undefined && period && lastDay !== undefined && !(holdoutEndDay >= period.firstDay && holdoutEndDay < lastDay)) {
    const values = { date: options.holdoutUntil ?? "", file: path, first: isoDateText(period.firstDay), last: isoDateText(lastDay) };
    return refuse(io, { lines: [cliText(language, "holdoutOutsidePeriod", values)], code: 1 });
  }
  const settings: AnalysisSettings = {
    timeUnit: options.timeUnit,
    observationEndDay,
    horizonMonths: options.horizonMonths,
    annualDiscountRate: options.annualDiscountRate,
    grossMargin: options.grossMargin,
    newCustomers: options.expectedNewCustomers,
    segmentScheme: options.segments ?? (scope.rfmPossible ? "rfm" : "valueTiers"),
    customerLifetime: customerLifetime(options, scope.valuation === "simple"),
    periodMonths: scope.valuation === "simple" ? (options.periodMonths ?? scope.defaultPeriodMonths) : undefined,
    currency: reportCurrency(scope.dataCurrency, language),
    purchaseModel: options.model,
    cohortPeriod: options.cohortPeriod,
    calibrationEndDay: holdoutEndDay,
  };
  let analysis: PurchaseAnalysis;
  try {
    analysis = data.layout === "transactions" ? analyzeTransactions(data.log, settings) : analyzeCustomerTable(data.table, settings);
  } catch (error) {
    if (error instanceof InputError) return refuse(io, { lines: [renderInputError(error, language)], code: 1 });
    if (error instanceof CustomerTableError) {
      const advice = error.code === "purchaseAfterObservationEnd" ? [cliText(language, "tableAsOfAdvice")] : [];
      return refuse(io, { lines: [renderCustomerTableError(error, language), ...advice], code: 1 });
    }
    throw error;
  }
  if (analysis.kpis.customers === 0) {
    return refuse(io, { lines: [cliText(language, "noCustomersBeforeEnd", { asOf: isoDateText(analysis.summary.observationEndDay) })], code: 1 });
  }
  // The per-customer rows are written one at a time from the analysis (customerRows), never held as a million arrays.
  const report = buildReport(analysis, { customerRows: false });
  const customers = customerRows(analysis);
  if (options.customersCsv !== undefined) {
    const format = options.csvFormat ?? (language === "en" ? "iso" : "nordic");
    try {
      if (!io.writeFile) throw new Error("this command cannot write files");
      io.writeFile(options.customersCsv, customersCsvChunks(report, language, format, customers));
    } catch (error) {
      return refuse(io, { lines: [cliText(language, "cannotWrite", { file: options.customersCsv, reason: (error as Error).message })], code: 1 });
    }
  }
  const facts = { encoding: file.encoding, delimiter: file.delimiter, layout: data.layout };
  if (options.json) for (const chunk of jsonReportChunks(report, data.diagnostics, language, facts, customers)) io.stdout(chunk);
  else io.stdout(renderTextReport(report, data.diagnostics, language));
  if (options.customersCsv !== undefined && !options.json) {
    io.stdout(`\n${cliText(language, "customersCsvWritten", { customers: String(analysis.kpis.customers), file: options.customersCsv })}\n`);
  }
  return 0;
}
