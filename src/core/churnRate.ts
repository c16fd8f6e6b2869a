import { requireAtMost, requireNonNegative, requirePositive } from "./argumentChecks";

export interface ChurnRateInput {
  /** Customers at the start of the period (> 0). */
  customersAtStart: number;
  /** Of those, customers lost during the period (0 to customersAtStart). */
  customersLost: number;
}

/**
 * Churn rate of a period as a fraction (0.05 = 5 %): customersLost / customersAtStart, the share of the
 * customers at the start who were lost. Customers won during the period do not count.
 *
 * Source: Farris, Bendle, Pfeifer & Reibstein (2010), Marketing Metrics, 2nd ed., §5.3 "Customers,
 * recency and retention" (churn is the complement of retention: customers lost / customers at risk).
 * @example churnRate({ customersAtStart: 1000, customersLost: 150 }) // 150/1000 = 0.15
 */
export function churnRate(input: ChurnRateInput): number {
  const customersAtStart = requirePositive(input.customersAtStart, "customersAtStart");
  const customersLost = requireNonNegative(input.customersLost, "customersLost");
  requireAtMost(customersLost, "customersLost", customersAtStart, "customersAtStart");
  return customersLost / customersAtStart;
}
