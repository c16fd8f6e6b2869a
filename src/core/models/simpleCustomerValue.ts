import { requirePositive } from "../argumentChecks";
import { retentionClv } from "../retentionClv";
import { simpleClv } from "../simpleClv";

/**
 * How long a customer keeps buying, as the simple CLV needs it: an expected lifetime in years, or a yearly
 * retention rate (the share of customers who still buy a year later).
 */
export type CustomerLifetime = { kind: "years"; years: number } | { kind: "retention"; rate: number };

/** The lifetime offered when the user has not said: 3 years, a common planning assumption shown for them to change. */
export const DEFAULT_LIFETIME_YEARS = 3;

/** What the simple CLV needs beside the customers' revenue. */
export interface SimpleValuation {
  /** The period the revenue was earned in, in years (purchases per year = purchases / observedYears). */
  observedYears: number;
  lifetime: CustomerLifetime;
  /** Gross margin as a fraction; 1 values revenue. */
  grossMargin: number;
  /** Per year, as a fraction. */
  annualDiscountRate: number;
}

/**
 * The value of one unit of yearly revenue over the customer's lifetime: margin × the discounted years of an
 * ordinary annuity (simpleClv) for a lifetime in years, or margin × r / (1 + d − r) for a retention rate r
 * (retentionClv with no horizon).
 * @example lifetimeFactor({ observedYears: 1, lifetime: { kind: "years", years: 3 }, grossMargin: 0.5, annualDiscountRate: 0 }) // 1.5
 */
export function lifetimeFactor(valuation: SimpleValuation): number {
  const { lifetime, grossMargin, annualDiscountRate } = valuation;
  if (lifetime.kind === "years") {
    return simpleClv({ averageOrderValue: 1, purchasesPerYear: 1, lifespanYears: lifetime.years, grossMargin, annualDiscountRate });
  }
  return retentionClv({ marginPerPeriod: grossMargin, retentionRate: lifetime.rate, discountRate: annualDiscountRate });
}

/**
 * The article's CLV for each customer: average amount per purchase × purchases per year × the lifetime, that is
 * the customer's revenue per observed year carried over their lifetime (lifetimeFactor); a net revenue below 0
 * (returns) is worth 0. It assumes each customer keeps buying as they did: say so wherever it is shown.
 *
 * Source: CLV = average purchase value × purchase frequency × customer lifetime (× margin), the formula of
 * marketing practice; with a retention rate, Gupta & Lehmann (2003) m·r/(1 + d − r).
 * @example simpleCustomerClv(Float64Array.of(2500, 500), { observedYears: 2, lifetime: { kind: "years", years: 3 }, grossMargin: 1, annualDiscountRate: 0 }) // [3750, 750]
 */
export function simpleCustomerClv(revenue: Float64Array, valuation: SimpleValuation): Float64Array {
  const factor = lifetimeFactor(valuation) / requirePositive(valuation.observedYears, "observedYears");
  const clv = new Float64Array(revenue.length);
  for (let i = 0; i < clv.length; i += 1) clv[i] = revenue[i] > 0 ? revenue[i] * factor : 0;
  return clv;
}
