import type { Language } from "../i18n/language";
import { runAnalysis, type RunResult } from "./runAnalysis";
import { useCancellableRun, type CancellableRunState } from "./useCancellableRun";
import type { WorkbookPort } from "./workbookPort";

/** Where a purchase analysis started from the pane is (see CancellableRunState). */
export type RunState = CancellableRunState<RunResult>;

/**
 * Runs {@link runAnalysis} for the Run step and Refresh through useCancellableRun (progress, Cancel, failures as messages).
 * @example const run = useAnalysisRun(workbook, "da"); run.start(request); run.cancel();
 */
export function useAnalysisRun(workbook: WorkbookPort, language: Language) {
  return useCancellableRun(runAnalysis, workbook, language);
}
