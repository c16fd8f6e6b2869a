import { InputError } from "../inputError";
import { isFiniteNumber, isInteger } from "../hotGlobals";
import { distinctValues } from "./distinctValues";

/**
 * Contract data for the sBG likelihood (Fader & Hardie 2007), grouped by period: for each distinct period t
 * the customers who cancelled at its end (duration T = t, probability P(T = t)) and those known to be still active
 * after it (T > t, probability S(t)). A period is a renewal period (a month, a year); t counts from 1.
 */
export interface SbgData {
  customers: number;
  /** Customers who cancelled (Σ cancelled). */
  churners: number;
  /** Distinct periods t ≥ 1. */
  periods: Float64Array;
  /** Customers who cancelled at the end of period t. */
  cancelled: Float64Array;
  /** Customers still active after t periods. */
  active: Float64Array;
}

/**
 * Checks the periods each customer stayed: every value a whole number ≥ 1 (`mustBePositiveWholeNumber`, or
 * `cellNotANumber` with the 1-based row for a value that is not a number).
 * @example checkPeriodsStayed(Float64Array.of(1, 7, 3)) // passes
 */
export function checkPeriodsStayed(periods: Float64Array, argument = "periods"): void {
  for (let row = 0; row < periods.length; row += 1) {
    const value = periods[row];
    if (!isFiniteNumber(value)) throw new InputError("cellNotANumber", argument, { value: String(value), row: row + 1, column: 1 });
    if (!isInteger(value) || value < 1) throw new InputError("mustBePositiveWholeNumber", argument, { value });
  }
}

/**
 * The sBG data of one row per customer: `periods` stayed (a whole number ≥ 1) and whether the customer is still
 * `active`. A customer who cancelled did so at the end of their last period (paid for `periods` periods); a customer
 * still active has completed `periods` periods and renewed after each. Columns of different lengths are a
 * programming error (RangeError).
 * @example sbgDataFromCustomers(Float64Array.of(1, 3, 3), Uint8Array.of(0, 0, 1)) // 3 customers: cancelled after 1 and 3 periods, one active after 3
 */
export function sbgDataFromCustomers(periods: Float64Array, active: Uint8Array, argument = "periods"): SbgData {
  if (active.length !== periods.length) throw new RangeError("periods and active must have one entry per customer");
  checkPeriodsStayed(periods, argument);
  const table = distinctValues(periods);
  const data = emptyData(table.values, periods.length);
  for (let row = 0; row < periods.length; row += 1) {
    if (active[row]) data.active[table.index[row]] += 1;
    else data.cancelled[table.index[row]] += 1;
  }
  data.churners = data.cancelled.reduce((sum, count) => sum + count, 0);
  return data;
}

/**
 * Checks a survivors curve: whole numbers ≥ 0 (`mustBeWholeNumber`, or `cellNotANumber` with the 1-based row), none
 * above the one before (`survivorsIncrease`, naming the 0-based period).
 * @example checkSurvivors(Float64Array.of(1000, 631, 468)) // passes
 */
export function checkSurvivors(survivors: Float64Array, argument = "survivors"): void {
  for (let period = 0; period < survivors.length; period += 1) {
    const value = survivors[period];
    if (!isFiniteNumber(value)) throw new InputError("cellNotANumber", argument, { value: String(value), row: period + 1, column: 1 });
    if (!isInteger(value) || value < 0) throw new InputError("mustBeWholeNumber", argument, { value });
    if (period > 0 && value > survivors[period - 1]) {
      throw new InputError("survivorsIncrease", argument, { period, survivors: value, previous: survivors[period - 1] });
    }
  }
}

/**
 * The sBG data of one cohort's survivors curve: the customers still active at the start of periods 0, 1, …, n
 * (Fader & Hardie 2007, Table 1 as counts). The n₀ − n₁ customers lost between the starts of periods 0 and 1 cancelled
 * at the end of period t = 1, and so on; the nₙ still active have renewed n times.
 * @example sbgDataFromSurvivors(Float64Array.of(1000, 631, 468)) // cancelled 369 at t = 1 and 163 at t = 2, 468 active after 2
 */
export function sbgDataFromSurvivors(survivors: Float64Array, argument = "survivors"): SbgData {
  checkSurvivors(survivors, argument);
  const last = survivors.length - 1;
  const data = emptyData(Float64Array.from({ length: Math.max(last, 0) }, (_, index) => index + 1), survivors[0] ?? 0);
  for (let period = 1; period <= last; period += 1) {
    data.cancelled[period - 1] = survivors[period - 1] - survivors[period];
  }
  if (last > 0) data.active[last - 1] = survivors[last];
  data.churners = data.customers - (last > 0 ? survivors[last] : data.customers);
  return data;
}

function emptyData(periods: Float64Array, customers: number): SbgData {
  return {
    customers,
    churners: 0,
    periods,
    cancelled: new Float64Array(periods.length),
    active: new Float64Array(periods.length),
  };
}
