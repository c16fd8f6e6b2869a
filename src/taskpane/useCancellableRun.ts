import { useCallback, useEffect, useRef, useState } from "react";
import { isAbortError } from "../excel/abortError";
import type { Language } from "../i18n/language";
import { failureText } from "./failureText";
import type { RunProgress } from "./runAnalysis";
import type { WorkbookPort } from "./workbookPort";

/**
 * Where a run started from the pane is: not started, running (with its progress), done, stopped with messages
 * in the user's language, or cancelled (the workbook is as it was).
 */
export type CancellableRunState<Result> =
  | { status: "idle" }
  | { status: "running"; progress: RunProgress }
  | { status: "done"; result: Result }
  | { status: "stopped"; messages: string[] }
  | { status: "cancelled" };

/** A run of the pane (runAnalysis, runSubscriptions): its result, or messages that stop it. */
export type PaneRun<Request, Result> = (
  workbook: WorkbookPort,
  request: Request,
  options: { onProgress?: (progress: RunProgress) => void; signal?: AbortSignal },
) => Promise<{ ok: true; result: Result } | { ok: false; messages: string[] }>;

/**
 * Runs a pane run with its progress, Cancel (an AbortController, also on unmount) and any failure turned into a
 * message in the user's language: a run never throws into React. Only the latest run updates the state.
 * @example const run = useCancellableRun(runAnalysis, workbook, "da"); await run.start(request); run.cancel();
 */
export function useCancellableRun<Request, Result>(run: PaneRun<Request, Result>, workbook: WorkbookPort, language: Language) {
  const [state, setState] = useState<CancellableRunState<Result>>({ status: "idle" });
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
    async (request: Request): Promise<CancellableRunState<Result>> => {
      const own = new AbortController();
      controller.current = own;
      const update = (next: CancellableRunState<Result>): CancellableRunState<Result> => {
        if (mounted.current && controller.current === own) setState(next);
        return next;
      };
      update({ status: "running", progress: { phase: "find", fraction: 0 } });
      try {
        const outcome = await run(workbook, request, { signal: own.signal, onProgress: (progress) => update({ status: "running", progress }) });
        return update(outcome.ok ? { status: "done", result: outcome.result } : { status: "stopped", messages: outcome.messages });
      } catch (error) {
        if (isAbortError(error)) return update({ status: "cancelled" });
        return update({ status: "stopped", messages: [failureText(error, language)] });
      }
    },
    [run, workbook, language],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, start, cancel, reset };
}
