import type { BgNbdParameters } from "./bgnbdParameters";
import type { PurchaseHistory } from "./purchaseHistory";
import { exp, log, log1p } from "../hotGlobals";

/**
 * P(alive | x, t_x, T): the probability that a customer with this history has not dropped out
 * (Fader, Hardie & Lee 2005, eq. 13; their BG/NBD note eq. for P(τ > T)):
 *   P(alive) = 1 / (1 + δ_{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
 * Computed from the log-odds, so x in the thousands gives a tiny probability instead of Infinity/NaN.
 * In the BG/NBD a customer without repeat purchases (x = 0) is alive by assumption: P = 1.
 * @example probabilityAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86) // 0.7266
 */
export function probabilityAlive(parameters: BgNbdParameters, frequency: number, recency: number, age: number): number {
  if (frequency === 0) return 1;
  const { r, alpha, a, b } = parameters;
  const logOdds = log(a / (b + frequency - 1)) + (r + frequency) * log1p((age - recency) / (alpha + recency));
  if (logOdds > 0) {
    const inverseOdds = exp(-logOdds);
    return inverseOdds / (1 + inverseOdds);
  }
  return 1 / (1 + exp(logOdds));
}

/**
 * P(alive) for every customer of a history (see probabilityAlive).
 * @example probabilityAliveColumn(parameters, history) // Float64Array of P(alive), one per customer
 */
export function probabilityAliveColumn(parameters: BgNbdParameters, history: PurchaseHistory): Float64Array {
  const { frequency, recency, T } = history;
  const out = new Float64Array(frequency.length);
  for (let i = 0; i < out.length; i += 1) out[i] = probabilityAlive(parameters, frequency[i], recency[i], T[i]);
  return out;
}
