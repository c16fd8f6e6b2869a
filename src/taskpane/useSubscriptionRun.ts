import type { Language } from "../i18n/language";
import { runSubscriptions, type SubscriptionRunResult } from "./runSubscriptions";
import { useCancellableRun, type CancellableRunState } from "./useCancellableRun";
import type { WorkbookPort } from "./workbookPort";

/** Where a subscriptions run is (see CancellableRunState). */
export type SubscriptionRunState = CancellableRunState<SubscriptionRunResult>;

/**
 * Runs {@link runSubscriptions} for the Subscriptions path through useCancellableRun (progress, Cancel, failures as messages).
 * @example const run = useSubscriptionRun(workbook, "da"); await run.start(request); run.cancel();
 */
export function useSubscriptionRun(workbook: WorkbookPort, language: Language) {
  return useCancellableRun(runSubscriptions, workbook, language);
}
