import { useCallback, useEffect, useRef, useState } from "react";
import { isAbortError } from "../excel/abortError";
import type { Language } from "../i18n/language";
import { failureText } from "./failureText";
import { runAnalysis, type RunProgress, type RunRequest, type RunResult } from "./runAnalysis";
import type { WorkbookPort } from "./workbookPort";

/**
 * Where a run started from the pane is: not started, running (with its progress), done, stopped with messages
 * in the user's language, or cancelled (the workbook is as it was).
 */
export type RunState =
  | { status: "idle" }
  | { status: "running"; progress: RunProgress }
  | { status: "done"; result: RunResult }
  | { status: "stopped"; messages: string[] }
  | { status: "cancelled" };

/**
 * Runs {@link runAnalysis} for the Run step and Refresh, with its progress, Cancel (an AbortController) and any
 * failure turned into a message: a run never throws into React.
 * @example const run = useAnalysisRun(workbook, "da"); run.start(request); run.cancel();
 */
export function useAnalysisRun(workbook: WorkbookPort, language: Language) {
  const [state, setState] = useState<RunState>({ status: "idle" });
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
    async (request: RunRequest): Promise<RunState> => {
      const own = new AbortController();
      controller.current = own;
      const update = (next: RunState): RunState => {
        if (mounted.current && controller.current === own) setState(next);
        return next;
      };
      update({ status: "running", progress: { phase: "find", fraction: 0 } });
      try {
        const outcome = await runAnalysis(workbook, request, {
          signal: own.signal,
          onProgress: (progress) => update({ status: "running", progress }),
        });
        return update(outcome.ok ? { status: "done", result: outcome.result } : { status: "stopped", messages: outcome.messages });
      } catch (error) {
        if (isAbortError(error)) return update({ status: "cancelled" });
        return update({ status: "stopped", messages: [failureText(error, language)] });
      }
    },
    [workbook, language],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, start, cancel, reset };
}
