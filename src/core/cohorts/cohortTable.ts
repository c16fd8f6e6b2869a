import type { TransactionLog } from "../transactionLog";
import { observedOrder, type CustomerDayOrder } from "../summary/customerDayOrder";
import { emptyCustomerDay, readCustomerDay, type CustomerDay } from "../summary/purchaseDay";
import { periodLabel, periodOfDay, periodStartDay, type CohortPeriod } from "./calendarPeriod";
import { max, min } from "../hotGlobals";

/** Options of cohortTable. */
export interface CohortTableOptions {
  /** The calendar period of acquisition and of the columns; default "month". */
  period?: CohortPeriod;
  /** Last observed day, inclusive, in whole days since 1970-01-01 UTC. Default: the last day in the log. */
  observationEndDay?: number;
  /** The log's rows already grouped by customerDayOrder(log), to share one sort with the other summaries. */
  order?: CustomerDayOrder;
}

/** The customers first buying in one period, and what they did in each period since. */
export interface Cohort {
  /** The acquisition period's number (periodOfDay). */
  period: number;
  /** Its name, e.g. "1997-01" (periodLabel). */
  label: string;
  /** Customers whose first purchase day is in the period. */
  customers: number;
  /** Per period since acquisition (0 = the acquisition period) up to the observation end's: customers with a purchase day in it. */
  active: Int32Array;
  /** Per period since acquisition: the net amount of the cohort's rows in it (returns subtract); NaN without amounts. */
  revenue: Float64Array;
}

/** A purchase log as cohorts by acquisition period: who bought, and how much, in each period since. */
export interface CohortTable {
  period: CohortPeriod;
  observationEndDay: number;
  /** The number of the period the observation end falls in: each cohort is observed up to it. */
  lastPeriod: number;
  /** Whether the observation end is the last day of its period; if not, that period is counted so far only. */
  lastPeriodComplete: boolean;
  hasAmounts: boolean;
  /** In period order; periods without a new customer have no cohort. */
  cohorts: Cohort[];
  /** Per customer of the log: the index of their cohort, −1 for a customer without a purchase by the observation end. */
  cohortOfCustomer: Int32Array;
}

/**
 * A purchase log as cohorts: each customer belongs to the calendar period (month, quarter or ISO week) of their first
 * purchase day, period 0 of their cohort; per period since then the cohort's active customers (a purchase day in it)
 * and its net revenue. Purchases are purchase days as summarizeCustomers counts them (rows of a customer and day netted,
 * isPurchaseDay), up to the observation end; revenue is every row's amount up to the observation end, returns
 * included, so a cohort's revenue adds up to its customers' revenue in the summary (a return on a day before a
 * customer's first purchase counts in period 0). Customers with no purchase day are in no cohort.
 *
 * Source: the cohort definitions of docs/ARCHITECTURE.md ("Cohorts"); calendar periods as calendarPeriod.ts.
 * @example cohortTable(cdnowLog, { observationEndDay: daysFromCivil(1998, 6, 30) }).cohorts[0] // 1997-01: 781 customers
 */
export function cohortTable(log: TransactionLog, options: CohortTableOptions = {}): CohortTable {
  const period = options.period ?? "month";
  const { observationEndDay, order: sorted } = observedOrder(log, options);
  const { start, day } = sorted;
  const { hasAmounts } = log;
  const customerCount = log.customerIds.length;
  const lastPeriod = periodOfDay(period, observationEndDay);
  const lastPeriodComplete = periodStartDay(period, lastPeriod + 1) === observationEndDay + 1;

  // Each day's period from a table over the log's days (no date arithmetic per row).
  let firstDay = observationEndDay;
  for (let position = 0; position < day.length; position += 1) if (day[position] < firstDay) firstDay = day[position];
  const periodAt = new Int32Array(observationEndDay - firstDay + 1);
  for (let index = periodOfDay(period, firstDay); index <= lastPeriod; index += 1) {
    const from = max(periodStartDay(period, index), firstDay) - firstDay;
    const to = min(periodStartDay(period, index + 1) - 1, observationEndDay) - firstDay;
    periodAt.fill(index, from, to + 1);
  }

  // First pass: each customer's acquisition period.
  const current = emptyCustomerDay();
  const acquiredIn = new Int32Array(customerCount);
  let firstPeriod = lastPeriod + 1;
  for (let customer = 0; customer < customerCount; customer += 1) {
    const acquisitionDay = firstPurchaseDay(sorted, hasAmounts, customer, observationEndDay, current);
    acquiredIn[customer] = acquisitionDay === undefined ? lastPeriod + 1 : periodAt[acquisitionDay - firstDay];
    if (acquiredIn[customer] < firstPeriod) firstPeriod = acquiredIn[customer];
  }
  const width = lastPeriod - firstPeriod + 1;
  if (width <= 0) return { period, observationEndDay, lastPeriod, lastPeriodComplete, hasAmounts, cohorts: [], cohortOfCustomer: new Int32Array(customerCount).fill(-1) };

  // Cohorts with at least one customer, each with a row as long as the periods it has been observed.
  const size = new Int32Array(width);
  for (let customer = 0; customer < customerCount; customer += 1) if (acquiredIn[customer] <= lastPeriod) size[acquiredIn[customer] - firstPeriod] += 1;
  const cohorts: Cohort[] = [];
  const cohortIndex = new Int32Array(width).fill(-1);
  for (let offset = 0; offset < width; offset += 1) {
    if (size[offset] === 0) continue;
    cohortIndex[offset] = cohorts.length;
    cohorts.push({
      period: firstPeriod + offset,
      label: periodLabel(period, firstPeriod + offset),
      customers: size[offset],
      active: new Int32Array(width - offset),
      revenue: new Float64Array(width - offset).fill(hasAmounts ? 0 : Number.NaN),
    });
  }

  // Second pass: per cohort and period since acquisition, active customers and revenue.
  for (let customer = 0; customer < customerCount; customer += 1) {
    if (acquiredIn[customer] > lastPeriod) continue;
    const cohort = cohorts[cohortIndex[acquiredIn[customer] - firstPeriod]];
    let lastActive = -1;
    const to = start[customer + 1];
    for (let position = start[customer]; position < to && day[position] <= observationEndDay; position = current.next) {
      readCustomerDay(sorted, hasAmounts, position, to, current);
      // A return before the first purchase counts in period 0.
      const age = max(0, periodAt[current.day - firstDay] - cohort.period);
      if (hasAmounts) cohort.revenue[age] += current.net;
      if (current.purchase && age !== lastActive) {
        cohort.active[age] += 1;
        lastActive = age;
      }
    }
  }

  const cohortOfCustomer = new Int32Array(customerCount);
  for (let customer = 0; customer < customerCount; customer += 1) {
    cohortOfCustomer[customer] = acquiredIn[customer] <= lastPeriod ? cohortIndex[acquiredIn[customer] - firstPeriod] : -1;
  }
  return { period, observationEndDay, lastPeriod, lastPeriodComplete, hasAmounts, cohorts, cohortOfCustomer };
}

/** A customer's first purchase day up to the observation end (as summarizeCustomers finds it), or undefined. */
function firstPurchaseDay(order: CustomerDayOrder, hasAmounts: boolean, customer: number, observationEndDay: number, current: CustomerDay): number | undefined {
  const to = order.start[customer + 1];
  for (let position = order.start[customer]; position < to && order.day[position] <= observationEndDay; position = current.next) {
    if (readCustomerDay(order, hasAmounts, position, to, current).purchase) return current.day;
  }
  return undefined;
}
