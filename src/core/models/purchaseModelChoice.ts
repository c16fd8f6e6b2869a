import type { FitOutcome, PurchaseModelName } from "./modelUnavailable";
import { fitPurchaseModel, PURCHASE_MODEL_NAMES, type PurchaseModelFit } from "./purchaseModel";
import { purchaseModelTrust } from "./purchaseModelTrust";
import type { PurchaseHistory } from "./purchaseHistory";
import { preparePurchaseHistory, type PreparedHistory } from "./fitCountingModel";

/** Which purchase model to use: one by name, or `auto` (the data choose). */
export type PurchaseModelRequest = "auto" | PurchaseModelName;

/**
 * A log-likelihood lead below this is no evidence between models with the same number of parameters (an AIC
 * difference below 2, Burnham & Anderson 2002, "Model selection and multimodel inference", §2.6), so the BG/NBD,
 * the standard model, is kept.
 */
export const LIKELIHOOD_EVIDENCE = 1;

/** How one candidate did: its fit (or why there is none, or why it is not trusted) and its holdout error. */
export interface PurchaseModelCandidate {
  name: PurchaseModelName;
  outcome: FitOutcome<PurchaseModelFit>;
  /** The holdout error the choice used (lower is better), when judged on a holdout. */
  holdoutError?: number;
}

/**
 * The purchase model used and why: `request` (the user named it), `holdout` (the smallest holdout error),
 * `likelihood` (the highest log-likelihood by at least LIKELIHOOD_EVIDENCE), `tie` (no model led by that much, so
 * the BG/NBD), or `onlyOne` (the others could not be fitted or trusted). `chosen` is null when no model can be used.
 */
export interface PurchaseModelChoice {
  requested: PurchaseModelRequest;
  chosen: PurchaseModelName | null;
  by: "request" | "holdout" | "likelihood" | "tie" | "onlyOne" | "none";
  candidates: PurchaseModelCandidate[];
}

/**
 * Fits a purchase model and keeps the fit only when it can be trusted (purchaseModelTrust); else the reason.
 * @example trustedPurchaseFit("paretonbd", history) // { ok: false, reason: { code: "smallBase", model: "paretonbd", … } } on 15 repeat buyers
 */
export function trustedPurchaseFit(name: PurchaseModelName, history: PurchaseHistory, prepare?: () => PreparedHistory): FitOutcome<PurchaseModelFit> {
  const outcome = fitPurchaseModel(name, history, prepare);
  if (!outcome.ok) return outcome;
  const trust = purchaseModelTrust(history, outcome.fit);
  return trust.trusted ? outcome : { ok: false, reason: trust.reason };
}

/**
 * Chooses the purchase model: the one requested; else, among the trusted fits, the smallest `holdoutErrors` entry
 * when given (each model fitted on the calibration period and judged on the holdout, holdoutCheck's
 * groupWeightedError), else the highest log-likelihood when it leads by LIKELIHOOD_EVIDENCE or more (BG/NBD otherwise).
 * @example choosePurchaseModel(history, "auto").chosen // "bgnbd" on CDNOW (MBG/NBD leads by 0.3 only)
 */
export function choosePurchaseModel(
  history: PurchaseHistory,
  requested: PurchaseModelRequest,
  holdoutErrors?: Partial<Record<PurchaseModelName, number>>,
): PurchaseModelChoice {
  const prepare = sharedPreparation(history);
  return chooseAmong(requested, candidateModels(requested).map((name) => candidateFit(name, history, prepare, holdoutErrors)));
}

/**
 * The models a request fits: all of PURCHASE_MODEL_NAMES for `auto`, else the one named.
 * @example candidateModels("auto") // ["bgnbd", "mbgnbd", "paretonbd"]
 */
export function candidateModels(requested: PurchaseModelRequest): readonly PurchaseModelName[] {
  return requested === "auto" ? PURCHASE_MODEL_NAMES : [requested];
}

/**
 * One candidate of a choice: the model's trusted fit (trustedPurchaseFit) with its holdout error when one is given.
 * @example candidateFit("mbgnbd", history, sharedPreparation(history)).outcome.ok // true on CDNOW
 */
export function candidateFit(
  name: PurchaseModelName,
  history: PurchaseHistory,
  prepare: () => PreparedHistory,
  holdoutErrors?: Partial<Record<PurchaseModelName, number>>,
): PurchaseModelCandidate {
  const holdoutError = holdoutErrors?.[name];
  return { name, outcome: trustedPurchaseFit(name, history, prepare), ...(holdoutError === undefined ? {} : { holdoutError }) };
}

/**
 * The choice among fitted candidates (those of candidateModels(requested), in that order), as choosePurchaseModel makes it.
 * @example chooseAmong("auto", candidateModels("auto").map((name) => candidateFit(name, history, prepare))).chosen // "bgnbd" on CDNOW
 */
export function chooseAmong(requested: PurchaseModelRequest, candidates: PurchaseModelCandidate[]): PurchaseModelChoice {
  if (requested !== "auto") return { requested, chosen: candidates[0].outcome.ok ? requested : null, by: candidates[0].outcome.ok ? "request" : "none", candidates };
  const usable = candidates.filter((candidate) => candidate.outcome.ok);
  if (usable.length === 0) return { requested, chosen: null, by: "none", candidates };
  if (usable.length === 1) return { requested, chosen: usable[0].name, by: "onlyOne", candidates };
  const judged = usable.filter((candidate) => candidate.holdoutError !== undefined && Number.isFinite(candidate.holdoutError));
  if (judged.length === usable.length) {
    const best = judged.reduce((winner, candidate) => (candidate.holdoutError! < winner.holdoutError! ? candidate : winner));
    return { requested, chosen: best.name, by: "holdout", candidates };
  }
  const logLikelihood = (candidate: PurchaseModelCandidate): number => (candidate.outcome.ok ? candidate.outcome.fit.logLikelihood : Number.NEGATIVE_INFINITY);
  const best = usable.reduce((winner, candidate) => (logLikelihood(candidate) > logLikelihood(winner) ? candidate : winner));
  const standard = usable.find((candidate) => candidate.name === "bgnbd");
  if (standard && best !== standard && logLikelihood(best) - logLikelihood(standard) < LIKELIHOOD_EVIDENCE) {
    return { requested, chosen: "bgnbd", by: "tie", candidates };
  }
  return { requested, chosen: best.name, by: "likelihood", candidates };
}

/**
 * The history's compression for fitting, made by the first fit that needs it (after the fit's own checks) and shared
 * by the others.
 * @example const prepare = sharedPreparation(history); prepare() === prepare() // true
 */
export function sharedPreparation(history: PurchaseHistory): () => PreparedHistory {
  let prepared: PreparedHistory | undefined;
  return () => (prepared ??= preparePurchaseHistory(history));
}
