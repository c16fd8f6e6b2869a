import { InputError } from "./inputError";
import { requireAtMost, requireNonNegative, requirePositive } from "./argumentChecks";

export interface RetentionRateInput {
  /** Customers at the start of the period, S (> 0). */
  customersAtStart: number;
  /** Customers at the end of the period, E, including those won during it. */
  customersAtEnd: number;
  /** Customers won during the period, N (0 to E). */
  newCustomers: number;
}

/**
 * Customer retention rate of a period as a fraction (0.85 = 85 %): (E − N) / S. E − N are the customers
 * at the end who were already customers at the start, so E − N must not exceed S
 * (a `retainedExceedsStart` error names customersAtEnd).
 *
 * Source: Farris, Bendle, Pfeifer & Reibstein (2010), Marketing Metrics, 2nd ed., §5.3: retention rate =
 * customers retained / customers at risk, here retained = E − N and at risk = S.
 * @example retentionRate({ customersAtStart: 1000, customersAtEnd: 1100, newCustomers: 250 }) // (1100 − 250)/1000 = 0.85
 */
export function retentionRate(input: RetentionRateInput): number {
  const customersAtStart = requirePositive(input.customersAtStart, "customersAtStart");
  const customersAtEnd = requireNonNegative(input.customersAtEnd, "customersAtEnd");
  const newCustomers = requireNonNegative(input.newCustomers, "newCustomers");
  requireAtMost(newCustomers, "newCustomers", customersAtEnd, "customersAtEnd");
  const retained = customersAtEnd - newCustomers;
  if (retained > customersAtStart) {
    throw new InputError("retainedExceedsStart", "customersAtEnd", { retained, customersAtStart });
  }
  return retained / customersAtStart;
}
