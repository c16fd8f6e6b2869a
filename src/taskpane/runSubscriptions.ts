import { reportCurrency } from "../core/report/moneyFormat";
import type { Report } from "../core/report/reportModel";
import { analyzeSubscriptions, type SubscriptionAnalysis, type SubscriptionSettings } from "../core/subscriptions/analyzeSubscriptions";
import { buildSubscriptionReport } from "../core/subscriptions/buildSubscriptionReport";
import { readSubscriptionData, type SubscriptionData } from "../core/subscriptions/readSubscriptionData";
import type { SubscriptionColumnOverrides } from "../core/subscriptions/subscriptionColumns";
import { SubscriptionDataError } from "../core/subscriptions/subscriptionDataError";
import type { ResolvedSource } from "../excel/dataSources";
import type { WrittenSheet } from "../excel/writeReport";
import type { Language } from "../i18n/language";
import { renderSubscriptionDataError, subscriptionDataName } from "../i18n/subscriptionMessages";
import { firstRowOfAddress } from "./rangeAddress";
import type { RunPhase, RunProgress } from "./runAnalysis";
import { subscriptionDataProblems } from "./subscriptionReadiness";
import type { WorkbookPort } from "./workbookPort";

/** What a subscriptions run reads and how: the data chosen in the Data step, the columns named in the Columns step, the settings. */
export interface SubscriptionRunRequest {
  source: ResolvedSource;
  columns: SubscriptionColumnOverrides;
  settings: SubscriptionSettings;
  language: Language;
}

/** A finished subscriptions run: the data read, the analysis, the report and the sheet written. */
export interface SubscriptionRunResult {
  data: SubscriptionData;
  analysis: SubscriptionAnalysis;
  report: Report;
  sheets: WrittenSheet[];
}

/** A run finishes, or stops with messages in the user's language (data that cannot be read); nothing is left half-written. */
export type SubscriptionRunOutcome = { ok: true; result: SubscriptionRunResult } | { ok: false; messages: string[] };

/** The share of the progress bar each phase starts and ends at. */
const phases: Record<RunPhase, [number, number]> = { find: [0, 0.02], read: [0.02, 0.5], analyse: [0.5, 0.6], write: [0.6, 1] };

/** Lets the browser paint the progress and handle Cancel before a long synchronous stage. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The Subscriptions path's run: read the chosen range in row blocks with progress → readSubscriptionData with the
 * columns named → the sBG model per cohort (analyzeSubscriptions) → buildSubscriptionReport (money in the Office
 * language's currency) → writeReport, which replaces only an earlier subscriptions sheet (a purchase report stays).
 * No run settings are stored: Refresh repeats the purchase analysis. `signal` cancels before the next step (an
 * AbortError is thrown) and leaves the workbook as it was.
 * @example const outcome = await runSubscriptions(excelWorkbook, request, { onProgress: setProgress, signal })
 */
export async function runSubscriptions(
  workbook: WorkbookPort,
  request: SubscriptionRunRequest,
  options: { onProgress?: (progress: RunProgress) => void; signal?: AbortSignal } = {},
): Promise<SubscriptionRunOutcome> {
  const { onProgress, signal } = options;
  const { source, language } = request;
  const report = (phase: RunPhase, done?: number, total?: number): void => {
    const [start, end] = phases[phase];
    const share = done !== undefined && total ? Math.min(done / total, 1) : 0;
    onProgress?.({ phase, done, total, fraction: start + (end - start) * share });
  };
  const checkpoint = async (): Promise<void> => {
    await yieldToBrowser();
    if (signal?.aborted) throw new DOMException("The analysis was cancelled", "AbortError");
  };

  report("read", 0, source.rowCount);
  const { values } = await workbook.readRangeValues(
    { sheet: source.sheet, address: source.address },
    { signal, onProgress: ({ rowsRead, totalRows }) => report("read", rowsRead, totalRows) },
  );
  await checkpoint();
  report("analyse");
  let data: SubscriptionData;
  try {
    data = readSubscriptionData(values, { columns: request.columns, firstRowNumber: firstRowOfAddress(source.address) });
  } catch (error) {
    if (error instanceof SubscriptionDataError) return { ok: false, messages: [renderSubscriptionDataError(error, language)] };
    throw error;
  }
  const problems = subscriptionDataProblems(data, language);
  if (problems.length > 0) return { ok: false, messages: problems };
  await checkpoint();
  const analysis = analyzeSubscriptions(data.cohorts, request.settings, subscriptionDataName(data.columns, language));
  const built = buildSubscriptionReport(analysis, reportCurrency(undefined, language));
  await checkpoint();
  report("write");
  const { sheets } = await workbook.writeReport(built, language, { signal, onProgress: ({ rowsWritten, totalRows }) => report("write", rowsWritten, totalRows) });
  return { ok: true, result: { data, analysis, report: built, sheets } };
}
