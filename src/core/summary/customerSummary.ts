import { daysPerUnit, type TimeUnit, type TransactionLog } from "../transactionLog";
import { observedOrder, type CustomerDayOrder } from "./customerDayOrder";
import { countPurchaseDays, emptyCustomerDay, readCustomerDay } from "./purchaseDay";
import { emptySummaryColumns, includeCustomer } from "./summaryColumns";

/** Options of summarizeCustomers. */
export interface SummaryOptions {
  /** Unit of recency and T (and so of every model parameter fitted on them). */
  timeUnit: TimeUnit;
  /** Last observed day, inclusive, in whole days since 1970-01-01 UTC. Default: the last day in the log. */
  observationEndDay?: number;
  /** The log's rows already grouped by customerDayOrder(log), to share one sort between several summaries. */
  order?: CustomerDayOrder;
}

/** Which purchase dates a summary knows (see CustomerSummary.knownDates). */
export type KnownDates = "firstAndLast" | "last" | "none";

/**
 * One entry per customer of the log, column-wise: entry i belongs to `customerIds[i]`, the log's own ids.
 *
 * A customer is in the summary (`included[i]` = 1) when they made a purchase on or before the observation
 * end. Excluded customers keep their place so that ids line up; their integer columns hold 0 and their
 * floating-point columns NaN, so always check `included` (the NaN makes a forgotten check loud).
 *
 * Two views, named apart (docs/ARCHITECTURE.md, "Two views of a customer"):
 * - the lifetimes/BTYD view in `timeUnit`: frequency, recency, T, monetary;
 * - the marketer's RFM view in days: daysSinceLastPurchase, purchases, revenue, first/last purchase day,
 *   averageOrderValue, averageDaysBetweenPurchases, expectedNextPurchaseDay.
 */
export interface CustomerSummary {
  timeUnit: TimeUnit;
  /** The observation end used (inclusive), in days since 1970-01-01 UTC. */
  observationEndDay: number;
  /** The log's customer ids; index i of every column belongs to customerIds[i]. */
  customerIds: readonly string[];
  /** False when the log had no amount column: revenue, monetary and averageOrderValue are then NaN. */
  hasAmounts: boolean;
  /**
   * Which purchase dates the data gives: a log and a full per-customer table both ("firstAndLast"); a table with
   * only a last purchase date "last" (recency, T, first purchase and the gaps are then NaN or 0 and not shown);
   * a table without dates "none" (nor days since the last purchase, and the observation end is NaN).
   */
  knownDates: KnownDates;
  /** 1 when the customer has a purchase on or before the observation end, else 0. */
  included: Uint8Array;
  /** Number of rows with included = 1 (customers; groups of customers in a grouped table). */
  includedCustomers: number;
  /**
   * A grouped per-customer table (customers with equal histories in one row): how many customers each row stands
   * for. Every per-customer column then holds the values of one customer of the group; totals weigh rows by this.
   */
  customersInRow?: Float64Array;

  /** x: repeat purchases = distinct purchase days − 1. */
  frequency: Int32Array;
  /** t_x: time from the first to the last purchase, in timeUnit; 0 when x = 0. */
  recency: Float64Array;
  /** T: time from the first purchase to the observation end, in timeUnit. */
  T: Float64Array;
  /** Mean spend of the repeat purchase days (first purchase excluded); 0 when x = 0. */
  monetary: Float64Array;

  /** Classic RFM recency: whole days from the last purchase to the observation end. */
  daysSinceLastPurchase: Int32Array;
  /** Distinct purchase days (x + 1). */
  purchases: Int32Array;
  /** Net revenue: Σ amount of every row up to the observation end, returns included. */
  revenue: Float64Array;
  firstPurchaseDay: Int32Array;
  lastPurchaseDay: Int32Array;
  /** revenue / purchases. */
  averageOrderValue: Float64Array;
  /** (last − first purchase day) / x, in days; NaN when x = 0 (no gap has been seen). */
  averageDaysBetweenPurchases: Float64Array;
  /** lastPurchaseDay + averageDaysBetweenPurchases (may be fractional or before the end: overdue); NaN when x = 0. */
  expectedNextPurchaseDay: Float64Array;

  /** Rows dated after the observation end: ignored. */
  rowsAfterObservationEnd: number;
  /** Customers excluded because their first purchase is after the observation end. */
  customersFirstPurchasingAfterEnd: number;
  /** Customers excluded because no day of theirs is a purchase (no rows, or only returns netting to ≤ 0). */
  customersWithoutPurchase: number;
}

/**
 * The per-customer summary of a transaction log: the lifetimes/BTYD statistics (x, t_x, T, monetary)
 * and the marketer's RFM view, in one pass over the rows grouped by customer and day.
 *
 * The definitions are those of docs/ARCHITECTURE.md ("Purchases", "Two views of a customer"); rows after the
 * observation end are ignored and counted, customers who first buy after it or never buy are excluded and
 * counted; an excluded customer with rows up to the end (only returns) keeps their net amount in `revenue`, so
 * that the base's revenue (baseKpis) counts their returns. O(rows + customers) with typed arrays only. Throws an
 * InputError `noValues` for an empty log without an observation end, a RangeError for a broken log or a
 * non-integer observation end.
 *
 * Source: the BTYD summary of Fader, Hardie & Lee (2005), as computed by lifetimes'
 * summary_data_from_transaction_data; reproduces lifetimes' cdnow_customers_summary_with_transactions.csv.
 * @example summarizeCustomers(log, { timeUnit: "week", observationEndDay: Date.UTC(1997, 8, 30) / 86400000 })
 * // CDNOW customer 1 (purchases 1997-01-01, -01-18, -08-02): frequency 2, recency 30.43, T 38.86, monetary 22.35
 */
export function summarizeCustomers(log: TransactionLog, options: SummaryOptions): CustomerSummary {
  const { observationEndDay, order: sorted } = observedOrder(log, options);
  const { start, day } = sorted;
  const unitDays = daysPerUnit[options.timeUnit];
  const { hasAmounts } = log;
  const customers = log.customerIds.length;

  const columns = emptySummaryColumns(customers);
  let includedCustomers = 0;
  let rowsAfterObservationEnd = 0;
  let customersFirstPurchasingAfterEnd = 0;
  let customersWithoutPurchase = 0;
  const current = emptyCustomerDay();

  for (let index = 0; index < customers; index += 1) {
    const to = start[index + 1];
    let position = start[index];
    let purchaseDays = 0;
    let first = 0;
    let last = 0;
    let repeatSpend = 0;
    let net = 0;
    for (; position < to && day[position] <= observationEndDay; position = current.next) {
      readCustomerDay(sorted, hasAmounts, position, to, current);
      net += current.net;
      if (!current.purchase) continue;
      if (purchaseDays === 0) first = current.day;
      else repeatSpend += current.net;
      last = current.day;
      purchaseDays += 1;
    }
    rowsAfterObservationEnd += to - position;

    if (purchaseDays === 0) {
      if (countPurchaseDays(sorted, hasAmounts, position, to) > 0) customersFirstPurchasingAfterEnd += 1;
      else customersWithoutPurchase += 1;
      // Returns without a purchase in the period still count in revenue; every other column stays empty.
      if (hasAmounts && position > start[index]) columns.revenue[index] = net;
      continue;
    }
    const repeats = purchaseDays - 1;
    includedCustomers += 1;
    const monetary = !hasAmounts ? Number.NaN : repeats === 0 ? 0 : repeatSpend / repeats;
    includeCustomer(columns, index, { purchases: purchaseDays, firstDay: first, lastDay: last, revenue: hasAmounts ? net : Number.NaN, monetary }, observationEndDay, unitDays);
  }

  return {
    timeUnit: options.timeUnit,
    observationEndDay,
    customerIds: log.customerIds,
    hasAmounts,
    knownDates: "firstAndLast",
    includedCustomers,
    ...columns,
    rowsAfterObservationEnd,
    customersFirstPurchasingAfterEnd,
    customersWithoutPurchase,
  };
}
