import type { BgNbdParameters } from "./bgnbdParameters";
import type { PurchaseHistory } from "./purchaseHistory";
import { probabilityAlive } from "./probabilityAlive";
import { exp, log1p } from "../hotGlobals";

/**
 * P(Y(t) > 0 | x, t_x, T): the chance that a customer with this history buys again within the next t time units.
 * In the BG/NBD a customer can only drop out right after a purchase, so one alive at T who buys nothing in
 * (T, T + t] stays alive all along and buys nothing with probability E[e^(−λt)] under the posterior
 * λ ~ Gamma(r + x, α + T), which is ((α + T)/(α + T + t))^(r + x):
 *   P(Y(t) = 0) = (1 − P(alive)) + P(alive) · ((α + T)/(α + T + t))^(r + x).
 *
 * Source: Fader, Hardie & Lee (2005), the BG/NBD's assumptions (purchases Poisson(λ) while alive, dropout only
 * after a purchase, λ | x, T ~ Gamma(r + x, α + T)) and P(alive) from their eq. 13; checked by simulation in the test.
 * @example purchaseChance({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86, 52) // ≈ 0.58
 */
export function purchaseChance(parameters: BgNbdParameters, frequency: number, recency: number, age: number, time: number): number {
  if (!(time > 0)) return 0;
  const alive = probabilityAlive(parameters, frequency, recency, age);
  const { r, alpha } = parameters;
  const noPurchaseIfAlive = exp(-(r + frequency) * log1p(time / (alpha + age)));
  return alive * (1 - noPurchaseIfAlive);
}

/**
 * purchaseChance for every customer of a history over the same `time`.
 * @example purchaseChanceColumn(parameters, history, 52.18) // the chance of each customer buying again within a year (weeks)
 */
export function purchaseChanceColumn(parameters: BgNbdParameters, history: PurchaseHistory, time: number): Float64Array {
  const { frequency, recency, T } = history;
  const out = new Float64Array(frequency.length);
  for (let i = 0; i < out.length; i += 1) out[i] = purchaseChance(parameters, frequency[i], recency[i], T[i], time);
  return out;
}
