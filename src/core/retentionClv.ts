import { InputError } from "./inputError";
import { finiteResult, requireFraction, requireNonNegative, requireWholeNumber } from "./argumentChecks";

export interface RetentionClvInput {
  /** Margin a retained customer brings per period, in any currency. */
  marginPerPeriod: number;
  /** Share of customers kept from one period to the next, as a fraction (0.8 = 80 %). */
  retentionRate: number;
  /** Discount rate per period, as a fraction (0.1 = 10 %). */
  discountRate: number;
  /** Number of periods to count; omitted = an infinite horizon. */
  periods?: number;
}

/**
 * Retention-based customer lifetime value: the margin m of each period t = 1, 2, … is earned if the
 * customer is still retained (probability r^t) and is discounted at the end of the period:
 *   CLV = Σ_{t=1}^{n} m·r^t/(1+d)^t = m·q(1 − q^n)/(1 − q),   q = r/(1+d),
 * and with no horizon (n → ∞) the "margin multiple" formula CLV = m·r/(1 + d − r).
 * When q = 1 (r = 1 and d = 0) every period is worth m and the finite value is m·n; without a horizon
 * it is infinite, which is an `infiniteValue` error naming `periods`.
 * The finite sum is evaluated as m·r·(1 − q^n)/(1 + d − r), with 1 − q^n = −expm1(n·ln q), which is
 * exact for q = 0 and accurate when q is close to 1.
 *
 * Source: Gupta & Lehmann (2003), "Customers as assets", Journal of Interactive Marketing 17(1), and
 * Gupta & Lehmann (2005), Managing Customers as Investments: CLV = m·r/(1 + i − r).
 * @example retentionClv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.12 }) // 100 × 0.8/0.32 = 250
 * @example retentionClv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.12, periods: 3 })
 * // q = 0.8/1.12 = 0.714286; 100 × (q + q² + q³) = 71.43 + 51.02 + 36.44 ≈ 158.89
 */
export function retentionClv(input: RetentionClvInput): number {
  const marginPerPeriod = requireNonNegative(input.marginPerPeriod, "marginPerPeriod");
  const retentionRate = requireFraction(input.retentionRate, "retentionRate");
  const discountRate = requireFraction(input.discountRate, "discountRate");
  const periods = input.periods === undefined ? undefined : requireWholeNumber(input.periods, "periods");
  const involved = ["marginPerPeriod", "retentionRate", "discountRate"];
  // 1 + d − r, grouped so that it is exactly d when r = 1.
  const lostOrDiscounted = 1 - retentionRate + discountRate;

  if (periods === undefined) {
    if (lostOrDiscounted === 0) {
      throw new InputError("infiniteValue", "periods", { retentionRate, discountRate });
    }
    return finiteResult((marginPerPeriod * retentionRate) / lostOrDiscounted, involved);
  }
  if (periods === 0 || retentionRate === 0) return 0;
  if (lostOrDiscounted === 0) return finiteResult(marginPerPeriod * periods, [...involved, "periods"]);
  const logRatio = Math.log(retentionRate) - Math.log1p(discountRate);
  const shareOfInfinite = -Math.expm1(periods * logRatio);
  return finiteResult((marginPerPeriod * retentionRate * shareOfInfinite) / lostOrDiscounted, [...involved, "periods"]);
}
