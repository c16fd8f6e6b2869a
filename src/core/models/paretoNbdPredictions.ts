import type { ParetoNbdParameters } from "./paretoNbdParameters";
import { paretoNbdLogDropoutOdds } from "./paretoNbdLikelihood";
import { exp, expm1, log1p } from "../hotGlobals";

/**
 * Pareto/NBD P(alive | x, t_x, T) = 1/(1 + B/A) from the two terms of the likelihood (Schmittlein, Morrison & Colombo 1987).
 * @example paretoNbdProbabilityAlive({ r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 }, 0, 0, 38.86) // ≈ 0.34
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
 * Pareto/NBD expected purchases in (T, T + t] of a customer alive at T (Schmittlein et al. 1987):
 * (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)], its s = 1 limit (r+x)(β+T)/(α+T) · ln(1 + t/(β+T)).
 * @example paretoNbdPurchasesGivenAlive({ r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 }, 2, 38.86, 39)
 */
export function paretoNbdPurchasesGivenAlive(parameters: ParetoNbdParameters, frequency: number, age: number, horizon: number): number {
  if (!(horizon > 0)) return 0;
  const { r, alpha, s, beta } = parameters;
  const logGrowth = log1p(horizon / (beta + age));
  const epsilon = s - 1;
  const integral = epsilon === 0 ? logGrowth : -expm1(-epsilon * logGrowth) / epsilon;
  return ((r + frequency) / (alpha + age)) * (beta + age) * integral;
}
