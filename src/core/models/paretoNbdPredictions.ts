import { paretoNbdLogDropoutOdds } from "./paretoNbdLikelihood";
import type { ParetoNbdParameters } from "./paretoNbdParameters";
import { exp, expm1, log1p } from "../hotGlobals";

/**
 * P(alive | x, t_x, T) under the Pareto/NBD: the share of the likelihood in which the customer is still alive at T
 * (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005, note, §5):
 *   P(alive) = A / (A + B) = 1 / (1 + exp(ln B − ln A)), A and B the likelihood's two terms,
 * computed from the log-odds, so x in the thousands or T huge gives a probability, never Infinity/NaN. t_x = T gives
 * 1 (no time to have left unseen); for x = 0 the recency is 0 whatever is passed.
 * @example paretoNbdProbabilityAlive({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 }, 26, 30.86, 31) // 0.9979
 */
export function paretoNbdProbabilityAlive(parameters: ParetoNbdParameters, frequency: number, recency: number, age: number): number {
  const logOdds = paretoNbdLogDropoutOdds(parameters, frequency, recency, age);
  if (logOdds > 0) {
    const inverseOdds = exp(-logOdds);
    return inverseOdds / (1 + inverseOdds);
  }
  return 1 / (1 + exp(logOdds));
}

/**
 * Expected purchases in (T, T + t] by a customer alive at T with x repeat purchases (Fader & Hardie 2005, note, the
 * factor of eq. 41 that multiplies P(alive); λ and μ from their posterior given alive at T):
 *   (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)],
 * evaluated as (r+x)(β+T)/(α+T) · (1 − e^(−(s−1)u))/(s−1), u = ln(1 + t/(β+T)), with expm1, so s = 1 is its limit
 * (r+x)(β+T)/(α+T) · u and s near 1 or below 1 lose nothing.
 * @example paretoNbdPurchasesGivenAlive({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, 132, 200, 10) // 6.206 (t_x = T)
 */
export function paretoNbdPurchasesGivenAlive(parameters: ParetoNbdParameters, frequency: number, age: number, horizon: number): number {
  if (!(horizon > 0)) return 0;
  const { r, alpha, s, beta } = parameters;
  const shiftedBeta = beta + age;
  const logGrowth = log1p(horizon / shiftedBeta);
  const shape = s - 1;
  const lifetimeFactor = shape === 0 ? logGrowth : -expm1(-shape * logGrowth) / shape;
  return ((r + frequency) / (alpha + age)) * shiftedBeta * lifetimeFactor;
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in the next t time units by a customer with this history (Fader & Hardie
 * 2005, note, eq. 41): P(alive | x, t_x, T) × paretoNbdPurchasesGivenAlive(x, T, t).
 * @example paretoNbdConditionalExpectedPurchases({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 }, 26, 30.86, 31, 52) // 25.46
 */
export function paretoNbdConditionalExpectedPurchases(
  parameters: ParetoNbdParameters,
  frequency: number,
  recency: number,
  age: number,
  horizon: number,
): number {
  return paretoNbdProbabilityAlive(parameters, frequency, recency, age) * paretoNbdPurchasesGivenAlive(parameters, frequency, age, horizon);
}

/**
 * E[X(t)]: expected repeat purchases in the first t time units after a customer's first purchase (Schmittlein,
 * Morrison & Colombo 1987; Fader & Hardie 2005, note, eq. 27): r β / (α (s−1)) · [1 − (β/(β+t))^(s−1)],
 * the given-alive expectation of a brand-new customer (x = 0, T = 0, alive by definition).
 * @example paretoNbdExpectedPurchasesOfNewCustomer({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 }, 1) // 0.0508
 */
export function paretoNbdExpectedPurchasesOfNewCustomer(parameters: ParetoNbdParameters, horizon: number): number {
  return paretoNbdPurchasesGivenAlive(parameters, 0, 0, horizon);
}
