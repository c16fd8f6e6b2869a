import type { BgNbdParameters } from "./bgnbdParameters";
import { expectedPurchasesGivenAlive } from "./purchasesGivenAlive";
import { exp, log, log1p } from "../hotGlobals";

/**
 * MBG/NBD P(alive | x, t_x, T): the probability that a customer with this history has not dropped out
 * (Batislam, Denizel & Filiztekin 2007, IJRM 24(3), Appendix A):
 *   P(alive) = 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x)),
 * for x = 0 too (with t_x = 0, whatever recency is passed): a one-time buyer may have dropped out at the first
 * purchase. Computed from the log-odds, so x in the thousands gives a tiny probability instead of Infinity/NaN.
 * @example mbgnbdProbabilityAlive({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 0, 0, 38.86) // 0.3897
 */
export function mbgnbdProbabilityAlive(parameters: BgNbdParameters, frequency: number, recency: number, age: number): number {
  const { r, alpha, a, b } = parameters;
  const lastPurchase = frequency > 0 ? recency : 0;
  const logOdds = log(a / (b + frequency)) + (r + frequency) * log1p((age - lastPurchase) / (alpha + lastPurchase));
  if (logOdds > 0) {
    const inverseOdds = exp(-logOdds);
    return inverseOdds / (1 + inverseOdds);
  }
  return 1 / (1 + exp(logOdds));
}

/**
 * MBG/NBD expected purchases in the next `horizon` time units by a customer who is alive now, with x repeat
 * purchases at age T: the BG/NBD's expectedPurchasesGivenAlive with b + 1.
 * Why: given (λ, p) an alive customer buys at rate λ and drops out after each purchase with probability p, as in
 * the BG/NBD, so only the posterior of (λ, p) differs. Given alive and (x, t_x, T) it is
 * ∝ Gamma(λ; r, α) · Beta(p; a, b) · (1−p)^(x+1) λ^x e^(−λT), one factor (1−p) more than the BG/NBD's (the dropout
 * at the first purchase survived), which is the BG/NBD posterior with b + 1; hence
 *   G = (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; t/(α+T+t))]
 * (Wagner & Hoppe 2008, IJRM 25(3), the numerator of the conditional expectation).
 * @example mbgnbdPurchasesGivenAlive({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 2, 38.86, 39) // 1.7884
 */
export function mbgnbdPurchasesGivenAlive(parameters: BgNbdParameters, frequency: number, age: number, horizon: number): number {
  return expectedPurchasesGivenAlive({ ...parameters, b: parameters.b + 1 }, frequency, age, horizon);
}

/**
 * MBG/NBD E[Y(t) | x, t_x, T]: the expected number of purchases in the next t time units by a customer with this
 * history (Wagner & Hoppe 2008): P(alive | x, t_x, T) × G(x, T, t), G from mbgnbdPurchasesGivenAlive.
 * @example mbgnbdConditionalExpectedPurchases({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 2, 30.43, 38.86, 39) // 1.2630
 */
export function mbgnbdConditionalExpectedPurchases(
  parameters: BgNbdParameters,
  frequency: number,
  recency: number,
  age: number,
  horizon: number,
): number {
  return mbgnbdProbabilityAlive(parameters, frequency, recency, age) * mbgnbdPurchasesGivenAlive(parameters, frequency, age, horizon);
}

/**
 * MBG/NBD E[X(t)]: the expected number of repeat purchases in the first t time units after a customer's first
 * purchase. The customer survives the dropout at the first purchase with probability E[1 − p] = b/(a+b), and then
 * is alive with x = 0 at T = 0, so
 *   E[X(t)] = b/(a+b) · G(0, 0, t) = b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))],
 * which is the conditional expectation of a brand-new customer (x = 0, t_x = 0, T = 0).
 * @example mbgnbdExpectedPurchasesOfNewCustomer({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 78) // 1.8048
 */
export function mbgnbdExpectedPurchasesOfNewCustomer(parameters: BgNbdParameters, horizon: number): number {
  return mbgnbdConditionalExpectedPurchases(parameters, 0, 0, 0, horizon);
}
