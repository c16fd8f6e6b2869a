import type { CustomerSummary } from "./customerSummary";

/** The base KPIs of a customer base over the observation period (up to the summary's observation end). */
export interface BaseKpis {
  /** Customers with a purchase in the period (the summary's included customers). */
  customers: number;
  /** Purchases: distinct customer purchase days. */
  purchases: number;
  /**
   * Net revenue, returns included: also the returns of excluded customers without a purchase in the period (a
   * customer with only returns is not a customer, but their returns are not lost); NaN when the log has no amounts.
   */
  revenue: number;
  /** Customers with at least one repeat purchase (x ≥ 1). */
  repeatCustomers: number;
  /** repeatCustomers / customers. */
  repeatPurchaseRate: number;
  /** revenue / purchases. */
  averageOrderValue: number;
  /** purchases / customers. */
  purchaseFrequency: number;
}

/**
 * The base KPIs from a per-customer summary, over its included customers (a grouped table's rows each count their
 * customersInRow); revenue also counts the `revenue` an
 * excluded customer has in the summary (the net returns of a customer without a purchase, see summarizeCustomers),
 * so that it is the net of every amount up to the observation end. The ratios are NaN when there is
 * nothing to divide by (no customers in the period, e.g. an observation end before the first purchase:
 * the caller reports that from `customers` = 0 and the summary's exclusion counts).
 *
 * Source: the standard definitions (docs/ARCHITECTURE.md, "KPIs"): repeat-purchase rate = share of customers who bought
 * again; average order value = revenue / orders; purchase frequency = orders / customers (as in
 * src/core/averageOrderValue.ts and purchaseFrequency.ts), with a purchase = one customer-day.
 * @example baseKpis(summarizeCustomers(cdnowLog, { timeUnit: "week", observationEndDay: end1997_09_30 }))
 * // { customers: 2357, repeatCustomers: 946, repeatPurchaseRate: 946 / 2357 ≈ 0.401, … }
 */
export function baseKpis(summary: CustomerSummary): BaseKpis {
  const { included, purchases, revenue, frequency, customersInRow } = summary;
  let customers = 0;
  let purchaseCount = 0;
  let revenueTotal = 0;
  let repeatCustomers = 0;
  for (let index = 0; index < included.length; index += 1) {
    if (included[index] === 0) {
      // An excluded customer's revenue is NaN, or their returns when they had rows but no purchase.
      if (revenue[index] === revenue[index]) revenueTotal += revenue[index];
      continue;
    }
    const weight = customersInRow ? customersInRow[index] : 1;
    customers += weight;
    purchaseCount += weight * purchases[index];
    revenueTotal += weight * revenue[index];
    if (frequency[index] >= 1) repeatCustomers += weight;
  }
  return {
    customers,
    purchases: purchaseCount,
    revenue: revenueTotal,
    repeatCustomers,
    repeatPurchaseRate: customers === 0 ? Number.NaN : repeatCustomers / customers,
    averageOrderValue: purchaseCount === 0 ? Number.NaN : revenueTotal / purchaseCount,
    purchaseFrequency: customers === 0 ? Number.NaN : purchaseCount / customers,
  };
}
