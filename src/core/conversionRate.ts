import { requireAtMost, requireNonNegative, requirePositive } from "./argumentChecks";

export interface ConversionRateInput {
  /** Visitors (or recipients, clicks) who converted: 0 to visitors. */
  conversions: number;
  /** Visitors (or recipients, clicks) in the same period (> 0). */
  visitors: number;
}

/**
 * Conversion rate as a fraction (0.03 = 3 %): conversions / visitors.
 *
 * Source: Farris, Bendle, Pfeifer & Reibstein (2010), Marketing Metrics, 2nd ed. (conversion rate =
 * the number who take the desired action / the number who had the opportunity).
 * @example conversionRate({ conversions: 45, visitors: 1500 }) // 45/1500 = 0.03
 */
export function conversionRate(input: ConversionRateInput): number {
  const conversions = requireNonNegative(input.conversions, "conversions");
  const visitors = requirePositive(input.visitors, "visitors");
  requireAtMost(conversions, "conversions", visitors, "visitors");
  return conversions / visitors;
}
