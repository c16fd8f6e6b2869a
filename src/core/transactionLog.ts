/**
 * The normalized purchase log every model reads: one entry per purchase row that could be read, stored
 * column-wise in typed arrays so a million customers fit in memory and loop fast.
 *
 * - `day` is the purchase date as whole days since 1970-01-01 (UTC calendar days; no time of day).
 * - `customer` indexes `customerIds`; ids are kept as the text the user typed (trimmed).
 * - `amount` is the row's amount in the data's currency; returns are negative. Rows without an amount
 *   column (e.g. an order log with dates only) have amount NaN and `hasAmounts` false.
 * Rows are in input order; nothing is sorted or merged here (same-day merging is the summary's job).
 */
export interface TransactionLog {
  customerIds: string[];
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  /** Number of rows in the log (the typed arrays may be longer). */
  length: number;
  hasAmounts: boolean;
}

/** The unit in which recency, T and model parameters are expressed; printed beside every parameter. */
export type TimeUnit = "day" | "week";

/** Days in one time unit. */
export const daysPerUnit: Record<TimeUnit, number> = { day: 1, week: 7 };

/** Days in a month for horizons given in months: 365.25 / 12 (docs/ARCHITECTURE.md, "Months and discounting"). */
export const DAYS_PER_MONTH = 365.25 / 12;
