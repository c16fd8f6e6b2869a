import type { Cohort } from "./cohortTable";

/** What a cohort matrix shows per period since acquisition. */
export type CohortMeasure = "activeRate" | "revenuePerCustomer" | "cumulativeRevenuePerCustomer" | "activeCustomers";

/** Every cohort measure, in the order the sheet and the function's documentation list them. */
export const COHORT_MEASURES: readonly CohortMeasure[] = ["activeRate", "revenuePerCustomer", "cumulativeRevenuePerCustomer", "activeCustomers"];

/**
 * One cohort's row of a measure, per period since acquisition as observed: active rate = active customers ÷ customers
 * won; revenue per customer = the period's net revenue × margin ÷ customers won (per *acquired* customer, so it falls
 * as customers drop away); cumulative = its running sum; active customers as counted. `margin` is the share of revenue
 * to show (1: revenue itself).
 * Source: the cohort definitions of docs/ARCHITECTURE.md ("Cohorts").
 * @example cohortMeasureRow({ customers: 4, active: Int32Array.of(4, 1), revenue: Float64Array.of(100, 30) } as Cohort, "cumulativeRevenuePerCustomer") // [25, 32.5]
 */
export function cohortMeasureRow(cohort: Pick<Cohort, "customers" | "active" | "revenue">, measure: CohortMeasure, margin = 1): Float64Array {
  const { customers, active, revenue } = cohort;
  const row = new Float64Array(active.length);
  let cumulative = 0;
  for (let age = 0; age < row.length; age += 1) {
    if (measure === "activeCustomers") row[age] = active[age];
    else if (measure === "activeRate") row[age] = active[age] / customers;
    else {
      const perCustomer = (revenue[age] * margin) / customers;
      cumulative += perCustomer;
      row[age] = measure === "revenuePerCustomer" ? perCustomer : cumulative;
    }
  }
  return row;
}
