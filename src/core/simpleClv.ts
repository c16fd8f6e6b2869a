import { finiteResult, requireFraction, requireNonNegative } from "./argumentChecks";

export interface SimpleClvInput {
  /** Average revenue per order, in any currency. */
  averageOrderValue: number;
  /** Orders per customer per year. */
  purchasesPerYear: number;
  /** Expected customer lifespan in years; may be fractional (2.5). */
  lifespanYears: number;
  /** Gross margin as a fraction (0.4 = 40 %); default 1, i.e. revenue rather than profit. */
  grossMargin?: number;
  /** Annual discount rate as a fraction (0.1 = 10 %); default 0, i.e. no discounting. */
  annualDiscountRate?: number;
}

/**
 * The simple customer lifetime value a marketer types: the annual value
 * A = averageOrderValue × purchasesPerYear × grossMargin, over lifespanYears L.
 *
 * Undiscounted (d = 0): CLV = A × L.
 * Discounted at the annual rate d, each year's value arrives at the end of that year (an ordinary
 * annuity, the usual present-value convention):
 *   CLV = Σ_{i=1}^{⌊L⌋} A/(1+d)^i + (L − ⌊L⌋) × A/(1+d)^⌈L⌉,
 * so a fractional final year contributes its share of a year's value, discounted as the year it falls in
 * (L = 2.5: two full years plus half of year 3's value, discounted over 3 years).
 * The sum is evaluated in closed form, Σ_{i=1}^{n} (1+d)^−i = (1 − (1+d)^−n)/d, with expm1/log1p so
 * that it stays accurate for tiny rates and fast for long lifespans.
 *
 * Source: the "average order value × purchase frequency × customer lifespan × margin" CLV of marketing
 * practice, with the present value of an ordinary annuity for the discounting.
 * @example simpleClv({ averageOrderValue: 500, purchasesPerYear: 4, lifespanYears: 3, grossMargin: 0.4, annualDiscountRate: 0.1 })
 * // A = 800; 800/1.1 + 800/1.1² + 800/1.1³ = 727.27 + 661.16 + 601.05 ≈ 1989.48
 */
export function simpleClv(input: SimpleClvInput): number {
  const averageOrderValue = requireNonNegative(input.averageOrderValue, "averageOrderValue");
  const purchasesPerYear = requireNonNegative(input.purchasesPerYear, "purchasesPerYear");
  const lifespanYears = requireNonNegative(input.lifespanYears, "lifespanYears");
  const grossMargin = requireFraction(input.grossMargin ?? 1, "grossMargin");
  const annualDiscountRate = requireFraction(input.annualDiscountRate ?? 0, "annualDiscountRate");
  const annualValue = averageOrderValue * purchasesPerYear * grossMargin;
  return finiteResult(annualValue * discountedYears(lifespanYears, annualDiscountRate), [
    "averageOrderValue",
    "purchasesPerYear",
    "lifespanYears",
  ]);
}

/** Σ_{i=1}^{⌊L⌋} (1+d)^−i + (L − ⌊L⌋)(1+d)^−⌈L⌉: the present value of one unit per year for L years. */
function discountedYears(years: number, rate: number): number {
  if (rate === 0) return years;
  const wholeYears = Math.floor(years);
  const logGrowth = Math.log1p(rate);
  const wholeYearsValue = -Math.expm1(-wholeYears * logGrowth) / rate;
  const partialYearValue = (years - wholeYears) * Math.exp(-(wholeYears + 1) * logGrowth);
  return wholeYearsValue + partialYearValue;
}
