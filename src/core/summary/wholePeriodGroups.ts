import { daysPerUnit, type TimeUnit } from "../transactionLog";
import type { CustomerSummary } from "./customerSummary";
import { modelInput } from "./modelInput";

/** The customers with the same whole-period summary, one group a row: column k belongs to the k-th group. */
export interface WholePeriodGroups {
  /** x: purchase days − 1. */
  frequency: Float64Array;
  /** k(first purchase) − k(last purchase), in whole periods (0 when x = 0). */
  recency: Float64Array;
  /** k(first purchase), in whole periods. */
  T: Float64Array;
  /** How many customers have this (frequency, recency, T). */
  customers: Float64Array;
  /** The mean over the group's customers of each one's m̄ (mean repeat spend, 0 when x = 0); NaN without amounts. */
  monetary: Float64Array;
  /** Σ of the group's customers' net revenue; NaN without amounts. */
  totalAmount: Float64Array;
}

/**
 * The included customers grouped by their model-view summary counted in whole periods, one row per group.
 *
 * Definition (the grouped summary query's, `summarySql` with `grouped`): a purchase day's whole-period age is
 * k(day) = floor((observation end − day) / u), u = 1 for days and 7 for weeks; a customer's T = k(first purchase),
 * recency = k(first) − k(last purchase), frequency = purchase days − 1. Customers with equal (frequency, recency, T)
 * are one row with their count, the mean of their m̄ and the sum of their revenue; rows ordered by frequency, then
 * recency, then T. O(n log n) in the included customers.
 * @example wholePeriodGroups(summarizeCustomers(log, { timeUnit: "week" }), "week").customers // customers per group
 * // purchases on days 0 and 10, observation end 20, weeks: k = floor(20 / 7) = 2 and floor(10 / 7) = 1, so
 * // frequency 1, recency 1, T 2 (where the exact view has recency 10/7 and T 20/7)
 */
export function wholePeriodGroups(summary: CustomerSummary, timeUnit: TimeUnit): WholePeriodGroups {
  const unitDays = daysPerUnit[timeUnit];
  const end = summary.observationEndDay;
  const { customerIndex, frequency, monetary } = modelInput(summary);
  const count = customerIndex.length;
  const recency = new Int32Array(count);
  const T = new Int32Array(count);
  for (let k = 0; k < count; k += 1) {
    const index = customerIndex[k];
    T[k] = Math.floor((end - summary.firstPurchaseDay[index]) / unitDays);
    recency[k] = T[k] - Math.floor((end - summary.lastPurchaseDay[index]) / unitDays);
  }

  const order = new Uint32Array(count).map((_, k) => k);
  const compare = (a: number, b: number) => frequency[a] - frequency[b] || recency[a] - recency[b] || T[a] - T[b];
  order.sort(compare);
  const groupOf = new Int32Array(count);
  let groups = 0;
  for (let k = 0; k < count; k += 1) {
    if (k > 0 && compare(order[k - 1], order[k]) !== 0) groups += 1;
    groupOf[k] = groups;
  }
  if (count > 0) groups += 1;

  const result: WholePeriodGroups = {
    frequency: new Float64Array(groups),
    recency: new Float64Array(groups),
    T: new Float64Array(groups),
    customers: new Float64Array(groups),
    monetary: new Float64Array(groups),
    totalAmount: new Float64Array(groups),
  };
  for (let k = 0; k < count; k += 1) {
    const group = groupOf[k];
    const customer = order[k];
    result.frequency[group] = frequency[customer];
    result.recency[group] = recency[customer];
    result.T[group] = T[customer];
    result.customers[group] += 1;
    // Both NaN without amounts (CustomerSummary.hasAmounts), and so the group's.
    result.monetary[group] += monetary[customer];
    result.totalAmount[group] += summary.revenue[customerIndex[customer]];
  }
  for (let group = 0; group < groups; group += 1) result.monetary[group] /= result.customers[group];
  return result;
}
