import { requireFraction, requireWholeNumber } from "../argumentChecks";
import { DAYS_PER_MONTH, daysPerUnit, type TimeUnit } from "../transactionLog";

/** How a predictive CLV is valued. */
export interface ClvSettings {
  /** Months ahead, a whole number ≥ 0 (e.g. 36). */
  horizonMonths: number;
  /** Discount rate per YEAR as a fraction (0.1 = 10 %); converted to a monthly rate (1+d)^(1/12) − 1. */
  annualDiscountRate: number;
  /** Gross margin as a fraction (0.3 = 30 % of revenue is profit); 1 values revenue. */
  grossMargin: number;
  /** The time unit of the history (and of the BG/NBD α). */
  timeUnit: TimeUnit;
}

/** The month grid a CLV is summed over. */
export interface ClvSchedule {
  /** End of month i (i = 1 … H) in the history's time unit: i × (365.25/12) days / (days per unit). */
  monthEnds: Float64Array;
  /** 1/(1 + d_month)^i for month i = 1 … H: each month's purchases are discounted as at the month's end. */
  discountFactors: Float64Array;
  grossMargin: number;
}

/**
 * The monthly rate equivalent to an annual discount rate: (1 + d)^(1/12) − 1 (compounding, so twelve monthly
 * discounts equal one annual one).
 * @example monthlyDiscountRate(0.1) // 0.00797414
 */
export function monthlyDiscountRate(annualDiscountRate: number): number {
  return Math.expm1(Math.log1p(annualDiscountRate) / 12);
}

/**
 * Checks the settings (horizon a whole number of months; rate and margin fractions from 0 to 1) and returns the
 * month grid: month i ends at exactly i × 365.25/12 days, converted into the history's unit
 * (÷ 1 for days, ÷ 7 for weeks), with its discount factor 1/(1 + d_month)^i.
 * @example clvSchedule({ horizonMonths: 2, annualDiscountRate: 0, grossMargin: 1, timeUnit: "week" }).monthEnds // [4.348, 8.696]
 */
export function clvSchedule(settings: ClvSettings): ClvSchedule {
  const months = requireWholeNumber(settings.horizonMonths, "horizonMonths");
  const annualRate = requireFraction(settings.annualDiscountRate, "annualDiscountRate");
  const grossMargin = requireFraction(settings.grossMargin, "grossMargin");
  const unitsPerMonth = DAYS_PER_MONTH / daysPerUnit[settings.timeUnit];
  const logMonthlyGrowth = Math.log1p(annualRate) / 12;
  const monthEnds = new Float64Array(months);
  const discountFactors = new Float64Array(months);
  for (let i = 1; i <= months; i += 1) {
    monthEnds[i - 1] = i * unitsPerMonth;
    discountFactors[i - 1] = Math.exp(-i * logMonthlyGrowth);
  }
  return { monthEnds, discountFactors, grossMargin };
}
