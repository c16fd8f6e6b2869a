/*
 * Formula value preview: while a user edits a formula, Excel may call its functions to show the value of the part
 * selected. A model fit over a large range takes seconds and is no use there, so a fitting function answers from the
 * fit cache or, when the fit is not cached yet, with #N/A and a message, and fits when the formula is entered.
 * Source: Microsoft Learn, "Work with formula value preview mode in your custom functions" (CustomFunctionsRuntime 1.5).
 */
import { isInValuePreview } from "../excel/valuePreviewFlag";
import { notAvailableError } from "../excel/worksheetErrors";
import { renderFitDeferred } from "../i18n/modelMessages";
import { displayLanguage } from "./errors";
import { cachedFit, cachedFitInStages, hasCachedFit, type Checkpoint } from "./fitCache";

/**
 * Whether Excel calls the function for a formula's value preview (see isInValuePreview).
 * @example isValuePreview(invocation) // false on runtimes before CustomFunctionsRuntime 1.5
 */
export function isValuePreview(invocation: CustomFunctions.Invocation | undefined): boolean {
  return isInValuePreview(invocation);
}

/**
 * The #N/A a fitting function returns in a value preview when its fit is not cached: fitting waits for Enter.
 * @example throw fitDeferredError()
 */
export function fitDeferredError(): CustomFunctions.Error {
  return notAvailableError(renderFitDeferred(displayLanguage()));
}

/**
 * A cached fit (see cachedFit), except in a value preview, where a fit not cached yet is not run: fitDeferredError.
 * @example fitUnlessPreview(contentKey(["BGNBD", customers, dates]), () => fitBgNbd(history), invocation)
 */
export function fitUnlessPreview<T>(key: string, fit: () => T, invocation: CustomFunctions.Invocation | undefined): T {
  if (isValuePreview(invocation) && !hasCachedFit(key)) throw fitDeferredError();
  return cachedFit(key, fit);
}

/**
 * A cached fit run in stages and cancellable (see cachedFitInStages), except in a value preview, where a fit not
 * cached yet is not run (fitDeferredError). Excel's cancellation of the formula reaches the fit through the invocation.
 * @example await fitInStagesUnlessPreview(key, async (checkpoint) => { await checkpoint(); return fitBgNbd(history); }, invocation)
 */
export async function fitInStagesUnlessPreview<T>(key: string, run: (checkpoint: Checkpoint) => Promise<T>, invocation: CustomFunctions.CancelableInvocation | undefined): Promise<T> {
  if (isValuePreview(invocation) && !hasCachedFit(key)) throw fitDeferredError();
  return cachedFitInStages(key, run, (cancel) => {
    if (invocation) invocation.onCanceled = cancel;
  });
}
