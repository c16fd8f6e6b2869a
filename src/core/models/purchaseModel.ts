import { bgnbdLogParameters, bgnbdParametersFromLog, type BgNbdParameters } from "./bgnbdParameters";
import { fitBgNbd, type BgNbdFit } from "./fitBgNbd";
import type { PreparedHistory } from "./fitCountingModel";
import { fitMbgNbd } from "./fitMbgNbd";
import { frequencyAgeGroups } from "./frequencyAgeGroups";
import { fitParetoNbd, type ParetoNbdFit } from "./fitParetoNbd";
import { mbgnbdProbabilityAlive } from "./mbgnbdPredictions";
import type { FitOutcome, PurchaseModelName } from "./modelUnavailable";
import { paretoNbdLogParameters, paretoNbdParametersFromLog, type ParetoNbdParameters } from "./paretoNbdParameters";
import { paretoNbdProbabilityAlive, paretoNbdPurchasesGivenAlive } from "./paretoNbdPredictions";
import { probabilityAlive } from "./probabilityAlive";
import type { PurchaseHistory } from "./purchaseHistory";
import { expectedPurchasesGivenAlive } from "./purchasesGivenAlive";

/** The purchase models in the order they are tried and listed. */
export const PURCHASE_MODEL_NAMES: readonly PurchaseModelName[] = ["bgnbd", "mbgnbd", "paretonbd"];

/** A purchase model with its parameters: BG/NBD and MBG/NBD share r, α, a, b; the Pareto/NBD has r, α, s, β. */
export type PurchaseModel =
  | { name: "bgnbd" | "mbgnbd"; parameters: BgNbdParameters }
  | { name: "paretonbd"; parameters: ParetoNbdParameters };

/** A fitted purchase model: its name beside the fit (parameters, log-likelihood, covariance, convergence). */
export type PurchaseModelFit = ({ name: "bgnbd" | "mbgnbd" } & BgNbdFit) | ({ name: "paretonbd" } & ParetoNbdFit);

/**
 * Fits the named purchase model (fitBgNbd, fitMbgNbd or fitParetoNbd) and names the fit; `prepare` shares one compression
 * of the history between the models fitted on it (sharedPreparation).
 * @example fitPurchaseModel("paretonbd", cdnowHistory) // { ok: true, fit: { name: "paretonbd", parameters: { r: 0.553, … } } }
 */
export function fitPurchaseModel(name: PurchaseModelName, history: PurchaseHistory, prepare?: () => PreparedHistory): FitOutcome<PurchaseModelFit> {
  if (name === "paretonbd") {
    const outcome = fitParetoNbd(history, { prepare });
    return outcome.ok ? { ok: true, fit: { name, ...outcome.fit } } : outcome;
  }
  const outcome = name === "mbgnbd" ? fitMbgNbd(history, { prepare }) : fitBgNbd(history, { prepare });
  return outcome.ok ? { ok: true, fit: { name, ...outcome.fit } } : outcome;
}

/**
 * A model's parameters on the fitting scale, θ = ln of each (the order of its fit's covariance).
 * @example purchaseModelLogParameters({ name: "bgnbd", parameters: { r: 1, alpha: Math.E, a: 1, b: 1 } }) // [0, 1, 0, 0]
 */
export function purchaseModelLogParameters(model: PurchaseModel): Float64Array {
  return model.name === "paretonbd" ? paretoNbdLogParameters(model.parameters) : bgnbdLogParameters(model.parameters);
}

/**
 * The model of this name at log-parameters θ (purchaseModelLogParameters' inverse).
 * @example purchaseModelFromLog("paretonbd", Float64Array.of(0, 0, 0, 0)).parameters // { r: 1, alpha: 1, s: 1, beta: 1 }
 */
export function purchaseModelFromLog(name: PurchaseModelName, logParameters: ArrayLike<number>): PurchaseModel {
  return name === "paretonbd"
    ? { name, parameters: paretoNbdParametersFromLog(logParameters) }
    : { name, parameters: bgnbdParametersFromLog(logParameters) };
}

/**
 * P(alive | x, t_x, T) under the model (FHL 2005 eq. 13; Batislam et al. 2007; Schmittlein et al. 1987).
 * @example modelProbabilityAlive({ name: "mbgnbd", parameters: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 } }, 0, 0, 38.86) // 0.39
 */
export function modelProbabilityAlive(model: PurchaseModel, frequency: number, recency: number, age: number): number {
  if (model.name === "paretonbd") return paretoNbdProbabilityAlive(model.parameters, frequency, recency, age);
  if (model.name === "mbgnbd") return mbgnbdProbabilityAlive(model.parameters, frequency, recency, age);
  return probabilityAlive(model.parameters, frequency, recency, age);
}

/**
 * Expected purchases in the next `horizon` time units by a customer alive at age T with x repeat purchases. Given
 * alive, the MBG/NBD is the BG/NBD with b + 1 (mbgnbdPurchasesGivenAlive), so both use expectedPurchasesGivenAlive.
 * @example modelPurchasesGivenAlive({ name: "bgnbd", parameters: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } }, 2, 38.86, 39) // 1.687
 */
export function modelPurchasesGivenAlive(model: PurchaseModel, frequency: number, age: number, horizon: number): number {
  if (model.name === "paretonbd") return paretoNbdPurchasesGivenAlive(model.parameters, frequency, age, horizon);
  return expectedPurchasesGivenAlive(aliveDropoutParameters(model), frequency, age, horizon);
}

/**
 * The BG/NBD parameters that describe an alive BG/NBD or MBG/NBD customer's future: the same, with b + 1 for the
 * MBG/NBD (its posterior of the dropout probability has one survived opportunity more).
 * @example aliveDropoutParameters({ name: "mbgnbd", parameters: { r: 1, alpha: 2, a: 3, b: 4 } }).b // 5
 */
export function aliveDropoutParameters(model: { name: "bgnbd" | "mbgnbd"; parameters: BgNbdParameters }): BgNbdParameters {
  return model.name === "mbgnbd" ? { ...model.parameters, b: model.parameters.b + 1 } : model.parameters;
}

/**
 * E[Y(t) | x, t_x, T] for every customer of a history: P(alive) × the given-alive expectation, the latter computed
 * once per distinct (x, T).
 * @example modelConditionalExpectedPurchasesColumn(model, history, 39) // one expectation per customer
 */
export function modelConditionalExpectedPurchasesColumn(model: PurchaseModel, history: PurchaseHistory, horizon: number): Float64Array {
  const groups = frequencyAgeGroups(history);
  const givenAlive = new Float64Array(groups.frequency.length);
  for (let g = 0; g < givenAlive.length; g += 1) givenAlive[g] = modelPurchasesGivenAlive(model, groups.frequency[g], groups.age[g], horizon);
  const { frequency, recency, T } = history;
  const out = new Float64Array(frequency.length);
  for (let i = 0; i < out.length; i += 1) out[i] = modelProbabilityAlive(model, frequency[i], recency[i], T[i]) * givenAlive[groups.groupOf[i]];
  return out;
}
