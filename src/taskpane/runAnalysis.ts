import { analyzeCustomerTable } from "../core/analysis/analyzeCustomerTable";
import { dataCurrency, reportCurrency } from "../core/report/moneyFormat";
import { analyzeTransactions, type AnalysisSettings, type PurchaseAnalysis } from "../core/analysis/analyzeTransactions";
import { InputError } from "../core/inputError";
import type { ColumnOverrides } from "../core/read/detectColumns";
import type { DateOrder } from "../core/read/dateText";
import { PurchaseDataError } from "../core/read/purchaseDataError";
import { readPurchaseData, type PurchaseData } from "../core/read/readPurchaseData";
import type { ReadDiagnostics } from "../core/read/readDiagnostics";
import { buildReport } from "../core/report/buildReport";
import { ruleTableFromRows } from "../core/segments/ruleTableFromRows";
import type { SegmentRuleTable } from "../core/segments/segmentRules";
import { CustomerTableError } from "../core/summary/customerTableError";
import type { ResolvedSource, StoredSource } from "../excel/dataSources";
import type { StoredRun } from "../excel/runSettingsStore";
import type { WrittenSheet } from "../excel/writeReport";
import { renderCustomerTableError } from "../i18n/customerTableMessages";
import { renderInputError } from "../i18n/errorMessages";
import type { Language } from "../i18n/language";
import { renderRuleRowProblem, renderRuleTableReport, segmentIdForLabel } from "../i18n/ruleTableMessages";
import { renderPurchaseDataError } from "../i18n/rowProblems";
import { wizardText } from "../i18n/wizardStrings";
import type { AnalysisChoices } from "./analysisForm";
import { analysisReadiness } from "./analysisReadiness";
import { formatDay } from "./displayFormats";
import { purchasePeriod } from "../core/read/purchasePeriod";
import { firstRowOfAddress } from "./rangeAddress";
import type { WorkbookPort } from "./workbookPort";

/**
 * The stages of a run, in order.
 */
export type RunPhase = "find" | "read" | "analyse" | "write";

/**
 * Where a run is: its phase, the rows done of the phase's total (read and write), and the fraction of the whole
 * run done (0–1) for one progress bar.
 */
export interface RunProgress {
  phase: RunPhase;
  done?: number;
  total?: number;
  fraction: number;
}

/**
 * What to run: the data (a source resolved in the Data step, or a stored one that Refresh resolves again on the
 * grown data), the column choices and date order of the Columns step, the Analysis step's choices.
 */
export interface RunRequest {
  source: { resolved: ResolvedSource } | { stored: StoredSource };
  columns: ColumnOverrides;
  dateOrder?: DateOrder;
  analysis: AnalysisChoices;
  language: Language;
}

/**
 * A finished run: the data read, the analysis, the sheets written and the settings stored in the workbook.
 */
export interface RunResult {
  data: PurchaseData;
  read: ReadDiagnostics;
  analysis: PurchaseAnalysis;
  sheets: WrittenSheet[];
  stored: StoredRun;
}

/**
 * A run either finishes or stops with messages in the user's language (data that cannot be analysed, edited
 * segment rules that cannot be used, settings the engine refuses); in both cases nothing was left half-written.
 */
export type RunOutcome = { ok: true; result: RunResult } | { ok: false; messages: string[] };

/** The share of the progress bar each phase ends at. */
const phaseEnd: Record<RunPhase, number> = { find: 0.02, read: 0.35, analyse: 0.55, write: 1 };
const phaseStart: Record<RunPhase, number> = { find: 0, read: 0.02, analyse: 0.35, write: 0.55 };

function abortError(): DOMException {
  return new DOMException("The analysis was cancelled", "AbortError");
}

/** Lets the browser paint the progress and handle Cancel before a long synchronous stage. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The calibration end of the holdout check: the middle day of the data's first purchase … observation end, so
 * the model is fitted on the first half and checked on the second. For CDNOW (1997-01-01 … 1998-06-30) this is
 * 1997-09-30, the 39 + 39-week split of Fader, Hardie & Lee (2005).
 * @example calibrationEndDay(9862, 10407) // 10134 (1997-09-30)
 */
export function calibrationEndDay(firstDay: number, observationEndDay: number): number {
  return Math.floor((firstDay + observationEndDay) / 2);
}

/** The segment rules edited on the Segment rules sheet, the default (undefined) when there is no such sheet, or messages. */
async function editedRules(workbook: WorkbookPort, language: Language): Promise<{ rules?: SegmentRuleTable } | { messages: string[] }> {
  const sheet = await workbook.readReportSheet("segmentRules");
  if (!sheet) return {};
  const read = ruleTableFromRows(sheet.rows, segmentIdForLabel, sheet.firstRow);
  const heading = wizardText(language, "rulesInvalid", { sheet: sheet.name });
  if (!read.ok) return { messages: [heading, ...read.problems.map((problem) => renderRuleRowProblem(problem, language, sheet.name))] };
  if (!read.report.valid) return { messages: [heading, ...renderRuleTableReport(read.report, language, sheet.name, read.ruleRows)] };
  return { rules: read.rules };
}

/** The engine's refusals worded for the user; anything else is not the user's doing and is rethrown. */
function wordedError(error: unknown, language: Language): string[] {
  if (error instanceof PurchaseDataError) return [renderPurchaseDataError(error, language)];
  if (error instanceof InputError) return [renderInputError(error, language)];
  if (error instanceof CustomerTableError) return [renderCustomerTableError(error, language)];
  throw error;
}

/**
 * The whole run behind the Run step and Refresh: find the data (Refresh: the stored source as it is now) → read
 * it in row blocks with progress → readPurchaseData with the column choices → the edited segment rules from the
 * Segment rules sheet (R×F scheme; rules with problems stop the run with their messages) → analyzeTransactions or
 * analyzeCustomerTable (holdout: calibration end at the middle of the data, see {@link calibrationEndDay}) →
 * buildReport → writeReport, which stores the run's settings (for Refresh) in the same batch that commits the sheets
 * (transactional: Cancel or an error leaves the workbook as it was — no sheets without settings, no settings without sheets).
 * Yields to the browser between phases; `signal` cancels before the next step (an AbortError is thrown).
 * @example const outcome = await runAnalysis(excelWorkbook, request, { onProgress: setProgress, signal: controller.signal })
 */
export async function runAnalysis(
  workbook: WorkbookPort,
  request: RunRequest,
  options: { onProgress?: (progress: RunProgress) => void; signal?: AbortSignal } = {},
): Promise<RunOutcome> {
  const { onProgress, signal } = options;
  const { language } = request;
  const report = (phase: RunPhase, done?: number, total?: number): void => {
    const share = done !== undefined && total ? Math.min(done / total, 1) : 0;
    onProgress?.({ phase, done, total, fraction: phaseStart[phase] + (phaseEnd[phase] - phaseStart[phase]) * share });
  };
  const checkpoint = async (): Promise<void> => {
    await yieldToBrowser();
    if (signal?.aborted) throw abortError();
  };

  report("find");
  const source = "resolved" in request.source ? request.source.resolved : await workbook.resolveStoredSource(request.source.stored);
  await checkpoint();
  report("read", 0, source.rowCount);
  const { values } = await workbook.readRangeValues(
    { sheet: source.sheet, address: source.address },
    { signal, onProgress: ({ rowsRead, totalRows }) => report("read", rowsRead, totalRows) },
  );
  await checkpoint();

  report("analyse");
  let data: PurchaseData;
  try {
    data = readPurchaseData(values, { columns: request.columns, dateOrder: request.dateOrder, firstRowNumber: firstRowOfAddress(source.address) });
  } catch (error) {
    return { ok: false, messages: wordedError(error, language) };
  }
  const readiness = analysisReadiness(data, language);
  if (!readiness.ready) return { ok: false, messages: [readiness.message] };
  const period = purchasePeriod(data);
  if (!period && data.layout === "transactions") return { ok: false, messages: [wizardText(language, "noPurchases")] };

  const { analysis: choices } = request;
  const rules = choices.segmentScheme === "rfm" ? await editedRules(workbook, language) : {};
  if ("messages" in rules) return { ok: false, messages: rules.messages };
  await checkpoint();

  const observationEndDay = choices.observationEndDay ?? period?.lastDay;
  if (period && observationEndDay !== undefined && observationEndDay < period.firstDay) {
    return { ok: false, messages: [wizardText(language, "noCustomersBeforeEnd", { date: formatDay(observationEndDay, language) })] };
  }
  const settings: AnalysisSettings = {
    timeUnit: choices.timeUnit,
    observationEndDay,
    horizonMonths: choices.horizonMonths,
    annualDiscountRate: choices.annualDiscountRate,
    grossMargin: choices.grossMargin,
    newCustomers: choices.newCustomers,
    segmentScheme: choices.segmentScheme,
    segmentRules: rules.rules,
    purchaseModel: choices.purchaseModel ?? "auto",
    cohortPeriod: choices.cohortPeriod ?? "month",
    calibrationEndDay: choices.holdout && period && observationEndDay !== undefined && data.layout === "transactions" ? calibrationEndDay(period.firstDay, observationEndDay) : undefined,
    customerLifetime: choices.customerLifetime,
    periodMonths: choices.periodMonths,
    // The currency chosen in the Analysis step (null: none); a run stored before there was a choice: the data's, else the language's.
    currency: choices.currency === undefined ? reportCurrency(dataCurrency(data), language) : (choices.currency ?? undefined),
  };
  let analysis: PurchaseAnalysis;
  try {
    analysis = data.layout === "transactions" ? analyzeTransactions(data.log, settings) : analyzeCustomerTable(data.table, settings);
  } catch (error) {
    return { ok: false, messages: wordedError(error, language) };
  }
  await checkpoint();

  report("write");
  const stored: StoredRun = {
    version: 1,
    language,
    source: source.stored,
    columns: request.columns,
    ...(request.dateOrder ? { dateOrder: request.dateOrder } : {}),
    analysis: choices,
  };
  const { sheets } = await workbook.writeReport(buildReport(analysis), language, {
    signal,
    onProgress: ({ rowsWritten, totalRows }) => report("write", rowsWritten, totalRows),
    runSettings: stored,
  });
  return { ok: true, result: { data, read: data.diagnostics, analysis, sheets, stored } };
}
