import { useCallback, useEffect, useRef, useState } from "react";
import { isAbortError } from "../excel/abortError";
import type { Language } from "../i18n/language";
import { failureText } from "./failureText";
import type { RunProgress } from "./runAnalysis";
import { runSubscriptions, type SubscriptionRunRequest, type SubscriptionRunResult } from "./runSubscriptions";
import type { WorkbookPort } from "./workbookPort";

/** Where a subscriptions run is: not started, running (with its progress), done, stopped with messages, or cancelled. */
export type SubscriptionRunState =
  | { status: "idle" }
  | { status: "running"; progress: RunProgress }
  | { status: "done"; result: SubscriptionRunResult }
  | { status: "stopped"; messages: string[] }
  | { status: "cancelled" };

/**
 * Runs {@link runSubscriptions} for the Subscriptions path, with its progress, Cancel (an AbortController) and any
 * failure turned into a message: a run never throws into React.
 * @example const run = useSubscriptionRun(workbook, "da"); await run.start(request); run.cancel();
 */
export function useSubscriptionRun(workbook: WorkbookPort, language: Language) {
  const [state, setState] = useState<SubscriptionRunState>({ status: "idle" });
  const controller = useRef<AbortController | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const start = useCallback(
    async (request: SubscriptionRunRequest): Promise<SubscriptionRunState> => {
      const own = new AbortController();
      controller.current = own;
      const update = (next: SubscriptionRunState): SubscriptionRunState => {
        if (mounted.current && controller.current === own) setState(next);
        return next;
      };
      update({ status: "running", progress: { phase: "find", fraction: 0 } });
      try {
        const outcome = await runSubscriptions(workbook, request, { signal: own.signal, onProgress: (progress) => update({ status: "running", progress }) });
        return update(outcome.ok ? { status: "done", result: outcome.result } : { status: "stopped", messages: outcome.messages });
      } catch (error) {
        if (isAbortError(error)) return update({ status: "cancelled" });
        return update({ status: "stopped", messages: [failureText(error, language)] });
      }
    },
    [workbook, language],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
