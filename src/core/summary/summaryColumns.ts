import type { CustomerSummary } from "./customerSummary";

/**
 * The per-customer columns of a CustomerSummary, shared by the summary of a log (summarizeCustomers) and of a
 * per-customer table (summarizeCustomerTable): one entry per customer, as the summary documents them.
 */
export type SummaryColumns = Pick<
  CustomerSummary,
  | "included"
  | "frequency"
  | "recency"
  | "T"
  | "monetary"
  | "daysSinceLastPurchase"
  | "purchases"
  | "revenue"
  | "firstPurchaseDay"
  | "lastPurchaseDay"
  | "averageOrderValue"
  | "averageDaysBetweenPurchases"
  | "expectedNextPurchaseDay"
>;

/**
 * What is known of one included customer, from which {@link includeCustomer} derives every column.
 */
export interface IncludedCustomer {
  /** Purchases (distinct purchase days), ≥ 1. */
  purchases: number;
  /** First and last purchase day, in days since 1970-01-01 UTC. */
  firstDay: number;
  lastDay: number;
  /** Net revenue up to the observation end; NaN without amounts. */
  revenue: number;
  /** The BTYD monetary value (its definition differs by source: see the summaries); 0 when there is no repeat. */
  monetary: number;
}

/**
 * Columns for `customers` customers, all excluded: `included`, the integer columns 0 and the floating-point
 * columns NaN (a forgotten `included` check is then loud), until {@link includeCustomer} fills an entry.
 * @example emptySummaryColumns(2).recency // Float64Array [NaN, NaN]
 */
export function emptySummaryColumns(customers: number): SummaryColumns {
  const floats = (): Float64Array => new Float64Array(customers).fill(Number.NaN);
  return {
    included: new Uint8Array(customers),
    frequency: new Int32Array(customers),
    recency: floats(),
    T: floats(),
    monetary: floats(),
    daysSinceLastPurchase: new Int32Array(customers),
    purchases: new Int32Array(customers),
    revenue: floats(),
    firstPurchaseDay: new Int32Array(customers),
    lastPurchaseDay: new Int32Array(customers),
    averageOrderValue: floats(),
    averageDaysBetweenPurchases: floats(),
    expectedNextPurchaseDay: floats(),
  };
}

/**
 * Fills entry `index` for an included customer, both views of docs/ARCHITECTURE.md, "Two views of a customer": x = purchases − 1,
 * t_x = last − first and T = observation end − first in the time unit (`unitDays` days each, no rounding); days
 * since the last purchase; averageOrderValue = revenue / purchases; average days between purchases
 * (last − first) / x and the expected next purchase day last + that gap, both NaN when x = 0.
 * @example includeCustomer(columns, 0, { purchases: 3, firstDay: 9862, lastDay: 10075, revenue: 67.05, monetary: 22.35 }, 10134, 7) // frequency 2, recency 30.43, T 38.86
 */
export function includeCustomer(columns: SummaryColumns, index: number, customer: IncludedCustomer, observationEndDay: number, unitDays: number): void {
  const { purchases, firstDay, lastDay, revenue, monetary } = customer;
  const repeats = purchases - 1;
  columns.included[index] = 1;
  columns.frequency[index] = repeats;
  columns.recency[index] = (lastDay - firstDay) / unitDays;
  columns.T[index] = (observationEndDay - firstDay) / unitDays;
  columns.monetary[index] = monetary;
  columns.daysSinceLastPurchase[index] = observationEndDay - lastDay;
  columns.purchases[index] = purchases;
  columns.revenue[index] = revenue;
  columns.firstPurchaseDay[index] = firstDay;
  columns.lastPurchaseDay[index] = lastDay;
  columns.averageOrderValue[index] = revenue / purchases;
  const gap = repeats === 0 ? Number.NaN : (lastDay - firstDay) / repeats;
  columns.averageDaysBetweenPurchases[index] = gap;
  columns.expectedNextPurchaseDay[index] = lastDay + gap;
}
