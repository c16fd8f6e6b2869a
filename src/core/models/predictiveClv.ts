import type { BgNbdParameters } from "./bgnbdParameters";
import type { ClvSchedule } from "./clvSettings";
import { frequencyAgeGroups } from "./frequencyAgeGroups";
import { aliveDropoutParameters, modelProbabilityAlive, modelPurchasesGivenAlive, type PurchaseModel } from "./purchaseModel";
import type { PurchaseHistory } from "./purchaseHistory";
import { purchasesGivenAliveAt } from "./purchasesGivenAlive";

/** Per-customer predictions behind a CLV. */
export interface ClvPrediction {
  probabilityAlive: Float64Array;
  /** Expected repeat purchases over the whole horizon, E[Y(H months) | x, t_x, T] (undiscounted). */
  expectedPurchases: Float64Array;
  /** The expected spend per future purchase that was used (from the spend model or a fallback). */
  expectedSpend: Float64Array;
  /** Σ_i spend · margin · (E(i) − E(i−1)) / (1 + d_month)^i. */
  clv: Float64Array;
}

/**
 * The discounted expected purchases of an alive customer with x repeat purchases at age T:
 * D(x, T) = Σ_{i=1}^{H} (G(t_i) − G(t_{i−1})) / (1+d)^i with G = expectedPurchasesGivenAlive and t_i the end of
 * month i; also returns G(t_H). Multiplying by P(alive) × expected spend × margin gives the CLV.
 * @example discountedPurchasesGivenAlive(parameters, 2, 38.86, clvSchedule({ horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, timeUnit: "week" }))
 */
export function discountedPurchasesGivenAlive(
  parameters: BgNbdParameters,
  frequency: number,
  age: number,
  schedule: ClvSchedule,
): { discounted: number; total: number } {
  const shiftedAge = parameters.alpha + age;
  let previous = 0;
  let discounted = 0;
  for (let i = 0; i < schedule.monthEnds.length; i += 1) {
    const end = schedule.monthEnds[i];
    const current = purchasesGivenAliveAt(parameters, frequency, end / (shiftedAge + end), shiftedAge / (shiftedAge + end));
    discounted += (current - previous) * schedule.discountFactors[i];
    previous = current;
  }
  return { discounted, total: previous };
}

/**
 * D(x, T) of discountedPurchasesGivenAlive for any purchase model: the BG/NBD and MBG/NBD through their given-alive
 * BG/NBD parameters (aliveDropoutParameters), the Pareto/NBD from its closed-form given-alive expectation.
 * @example modelDiscountedPurchasesGivenAlive({ name: "paretonbd", parameters }, 2, 38.86, schedule).discounted
 */
export function modelDiscountedPurchasesGivenAlive(model: PurchaseModel, frequency: number, age: number, schedule: ClvSchedule): { discounted: number; total: number } {
  if (model.name !== "paretonbd") return discountedPurchasesGivenAlive(aliveDropoutParameters(model), frequency, age, schedule);
  let previous = 0;
  let discounted = 0;
  for (let i = 0; i < schedule.monthEnds.length; i += 1) {
    const current = modelPurchasesGivenAlive(model, frequency, age, schedule.monthEnds[i]);
    discounted += (current - previous) * schedule.discountFactors[i];
    previous = current;
  }
  return { discounted, total: previous };
}

/**
 * Predictive CLV per customer over H months with the BG/NBD (predictModelClv with `{ name: "bgnbd", parameters }`).
 * @example predictClv(bgnbd, expectedSpendColumn(gammaGamma, frequency, monetary), history, clvSchedule(settings)).clv
 */
export function predictClv(parameters: BgNbdParameters, expectedSpend: Float64Array, history: PurchaseHistory, schedule: ClvSchedule): ClvPrediction {
  return predictModelClv({ name: "bgnbd", parameters }, expectedSpend, history, schedule);
}

/**
 * Predictive CLV per customer over H months (Fader, Hardie & Lee 2005, JMR 42(4), with any of the purchase models):
 *   CLV = Σ_{i=1}^{H} m̂ · margin · (E(t_i) − E(t_{i−1})) / (1 + d_month)^i,
 * E(t) = E[Y(t) | x, t_x, T] = P(alive) · G(x, T, t), t_i = end of month i in the history's unit, m̂ the expected
 * spend per purchase (`expectedSpend`, e.g. from expectedSpendColumn). The given-alive part G depends on x and T
 * only and is computed once per distinct (x, T), so the cost per customer is O(1).
 * @example predictModelClv({ name: "mbgnbd", parameters }, expectedSpend, history, clvSchedule(settings)).clv
 */
export function predictModelClv(model: PurchaseModel, expectedSpend: Float64Array, history: PurchaseHistory, schedule: ClvSchedule): ClvPrediction {
  const groups = frequencyAgeGroups(history);
  const groupDiscounted = new Float64Array(groups.frequency.length);
  const groupTotal = new Float64Array(groups.frequency.length);
  for (let g = 0; g < groupDiscounted.length; g += 1) {
    const result = modelDiscountedPurchasesGivenAlive(model, groups.frequency[g], groups.age[g], schedule);
    groupDiscounted[g] = result.discounted;
    groupTotal[g] = result.total;
  }
  const { frequency, recency, T } = history;
  const count = frequency.length;
  const prediction: ClvPrediction = {
    probabilityAlive: new Float64Array(count),
    expectedPurchases: new Float64Array(count),
    expectedSpend,
    clv: new Float64Array(count),
  };
  for (let i = 0; i < count; i += 1) {
    const alive = modelProbabilityAlive(model, frequency[i], recency[i], T[i]);
    const group = groups.groupOf[i];
    prediction.probabilityAlive[i] = alive;
    prediction.expectedPurchases[i] = alive * groupTotal[group];
    prediction.clv[i] = alive * groupDiscounted[group] * expectedSpend[i] * schedule.grossMargin;
  }
  return prediction;
}
