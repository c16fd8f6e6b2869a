import type { BgNbdParameters } from "./bgnbdParameters";
import { frequencyAgeGroups } from "./frequencyAgeGroups";
import { probabilityAlive } from "./probabilityAlive";
import type { PurchaseHistory } from "./purchaseHistory";
import { expectedPurchasesGivenAlive } from "./purchasesGivenAlive";

/**
 * E[Y(t) | x, t_x, T]: the expected number of purchases in the next t time units by a customer with this history
 * (Fader, Hardie & Lee 2005, eq. 10): P(alive | x, t_x, T) × G(x, T, t), G from expectedPurchasesGivenAlive.
 * @example conditionalExpectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86, 39) // 1.226 (FHL 2005)
 */
export function conditionalExpectedPurchases(
  parameters: BgNbdParameters,
  frequency: number,
  recency: number,
  age: number,
  horizon: number,
): number {
  return probabilityAlive(parameters, frequency, recency, age) * expectedPurchasesGivenAlive(parameters, frequency, age, horizon);
}

/**
 * E[X(t)]: the expected number of repeat purchases in the first t time units after a customer's first purchase
 * (Fader, Hardie & Lee 2005, eq. 9): (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))],
 * which is the conditional expectation of a brand-new customer (x = 0, T = 0).
 * @example expectedPurchasesOfNewCustomer({ r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }, 78) // 1.8576
 */
export function expectedPurchasesOfNewCustomer(parameters: BgNbdParameters, horizon: number): number {
  return expectedPurchasesGivenAlive(parameters, 0, 0, horizon);
}

/**
 * E[Y(t) | x, t_x, T] for every customer of a history; the ₂F₁ part is computed once per distinct (x, T).
 * @example conditionalExpectedPurchasesColumn(parameters, history, 39) // Float64Array, one expectation per customer
 */
export function conditionalExpectedPurchasesColumn(parameters: BgNbdParameters, history: PurchaseHistory, horizon: number): Float64Array {
  const groups = frequencyAgeGroups(history);
  const givenAlive = new Float64Array(groups.frequency.length);
  for (let g = 0; g < givenAlive.length; g += 1) {
    givenAlive[g] = expectedPurchasesGivenAlive(parameters, groups.frequency[g], groups.age[g], horizon);
  }
  const { frequency, recency, T } = history;
  const out = new Float64Array(frequency.length);
  for (let i = 0; i < out.length; i += 1) {
    out[i] = probabilityAlive(parameters, frequency[i], recency[i], T[i]) * givenAlive[groups.groupOf[i]];
  }
  return out;
}
