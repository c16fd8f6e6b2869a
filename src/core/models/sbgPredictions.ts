import betaln from "@stdlib/math-base-special-betaln";
import { InputError } from "../inputError";
import { exp } from "../hotGlobals";
import { hypergeometricA1 } from "./hypergeometricA1";
import type { SbgParameters } from "./sbgParameters";

/** Smallest discount rate per period above 0: below it the continued fraction needs more than ~600 000 terms. */
export const SBG_MINIMUM_DISCOUNT_RATE = 1e-9;

/**
 * The share of a cohort still active after t periods, S(t) = B(α, β + t)/B(α, β) (Fader & Hardie 2007),
 * for a whole number t ≥ 0.
 * @example sbgSurvival({ alpha: 0.668, beta: 3.806 }, 12) // 0.378
 */
export function sbgSurvival(parameters: SbgParameters, t: number): number {
  const { alpha, beta } = parameters;
  return exp(betaln(alpha, beta + t) - betaln(alpha, beta));
}

/**
 * The retention rate of period t, the share of customers active in period t − 1 who renew into period t:
 * r_t = S(t)/S(t − 1) = (β + t − 1)/(α + β + t − 1) (Fader & Hardie 2007), for a whole number t ≥ 1.
 * @example sbgRetentionRate({ alpha: 0.704, beta: 1.182 }, 1) // 0.627
 */
export function sbgRetentionRate(parameters: SbgParameters, t: number): number {
  const { alpha, beta } = parameters;
  return (beta + t - 1) / (alpha + beta + t - 1);
}

/**
 * The expected number of further periods a customer who has renewed `renewals` times stays, counting each renewal to
 * come: E[T − n | T ≥ n] = Σ_{t ≥ n} S(t)/S(n − 1) with n = renewals + 1, which is (β + n − 1)/(α − 1) for α > 1
 * (the d = 0 case of Fader & Hardie 2010, eq. 6). For α ≤ 1 the sum diverges: the result is Infinity, not a large
 * number.
 * @example sbgExpectedRemainingPeriods({ alpha: 2, beta: 3 }, 0) // 3
 */
export function sbgExpectedRemainingPeriods(parameters: SbgParameters, renewals: number): number {
  const { alpha, beta } = parameters;
  return alpha > 1 ? (beta + renewals) / (alpha - 1) : Number.POSITIVE_INFINITY;
}

/**
 * The discounted expected residual lifetime of a customer who has renewed `renewals` times (n − 1 renewals, n =
 * renewals + 1), in periods (Fader & Hardie 2010, "Customer-base valuation in a contractual setting", Marketing
 * Science 29(1), eq. 6):
 *   DERL(d | α, β, n − 1 renewals) = Σ_{t ≥ n} [S(t)/S(n − 1)] / (1 + d)^{t − n}
 *                                   = [B(α, β + n)/B(α, β + n − 1)] · ₂F₁(1, β + n; α + β + n; 1/(1 + d)).
 * Timing: it is valued at the end of the customer's n-th period, as they decide on their n-th renewal. Each period is
 * paid at its start, so the next period (if they renew, probability r_n) counts undiscounted, the one after once
 * discounted, and so on; the period already paid is not in it. × the value per period = the residual lifetime value.
 * d = 0 is sbgExpectedRemainingPeriods (Infinity for α ≤ 1); 0 < d < 10⁻⁹ is `discountRateTooSmall`.
 * @example sbgDiscountedResidualLifetime({ alpha: 0.668, beta: 3.806 }, 7, 0.1) // 7.530
 */
export function sbgDiscountedResidualLifetime(parameters: SbgParameters, renewals: number, discountRate: number): number {
  if (discountRate === 0) return sbgExpectedRemainingPeriods(parameters, renewals);
  if (discountRate < SBG_MINIMUM_DISCOUNT_RATE) {
    throw new InputError("discountRateTooSmall", "discountRate", { value: discountRate, minimum: SBG_MINIMUM_DISCOUNT_RATE });
  }
  const { alpha, beta } = parameters;
  const n = renewals + 1;
  return sbgRetentionRate(parameters, n) * hypergeometricA1(beta + n, alpha + beta + n, 1 / (1 + discountRate));
}
