import { civilFromDays, daysFromCivil, daysInMonth } from "../read/civilDate";
import type { TransactionLog } from "../transactionLog";
import { observedOrder, type CustomerDayOrder } from "./customerDayOrder";
import { emptyCustomerDay, readCustomerDay } from "./purchaseDay";
import { floor, min } from "../hotGlobals";

/** Options of periodRetention. */
export interface PeriodRetentionOptions {
  /** Last observed day, inclusive, in whole days since 1970-01-01 UTC. Default: the last day in the log. */
  observationEndDay?: number;
  /** The log's rows already grouped by customerDayOrder(log), to share one sort with summarizeCustomers. */
  order?: CustomerDayOrder;
}

/** One calendar month of the purchase log. */
export interface MonthRetention {
  year: number;
  /** 1–12. */
  month: number;
  /** Customers with at least one purchase day in the month. */
  active: number;
  /** Customers whose first purchase day is in the month. */
  newCustomers: number;
  /** Customers active in the month and in the month before. */
  retained: number;
  /** retained / active in the month before; null for the first month or after a month without active customers. */
  retentionRate: number | null;
  /** (active in the month before − retained) / active in the month before, i.e. 1 − retentionRate; null likewise. */
  churnRate: number | null;
  /** False for the last month when the observation end is not its last day: its rates count only part of it. */
  complete: boolean;
}

/** Customers active, new and retained month by month, and the average monthly retention over the complete months. */
export interface PeriodRetention {
  /** From the month of the first purchase to the month of the observation end, none skipped; empty without purchases. */
  months: MonthRetention[];
  /** Σ retained / Σ active in the month before over the complete months with a rate (customer-weighted); null if none. */
  averageRetentionRate: number | null;
  /** Σ (active in the month before − retained) / Σ active in the month before over the same months; null if none. */
  averageChurnRate: number | null;
}

/** A customer's previous active month before their first purchase (never adjacent to a real month index). */
const NO_MONTH = -2;

/** The first day of the month `offset` months after year-month (month 1–12), in days since 1970-01-01. */
function monthStartDay(year: number, month: number, offset: number): number {
  const months = year * 12 + month - 1 + offset;
  return daysFromCivil(floor(months / 12), (months % 12) + 1, 1);
}

/**
 * Month-by-month retention of a purchase log: per calendar month the customers active (≥ 1 purchase day), new
 * (first purchase day) and retained (active in the month and the month before); retention rate = retained / active
 * in the month before, churn rate = the rest of them / active in the month before. A purchase is a purchase day as
 * summarizeCustomers counts it (isPurchaseDay, days up to the observation end only). The last month is incomplete
 * when the observation end is not its last day. The average is customer-weighted, Σ retained / Σ active in the month
 * before, over the complete months. One pass over the rows grouped by customer (customerDayOrder), typed arrays only.
 *
 * Source: Farris, Bendle, Pfeifer & Reibstein (2010), Marketing Metrics, 2nd ed., §5.3 (retention = retained / at
 * risk), with "a customer" = active in a calendar month: KV.RETENTIONRATE(S, E, N) with S = active in the month
 * before, E = active in the month, N = E − retained (new and returning customers), and KV.CHURNRATE(S, S − retained).
 * @example periodRetention(cdnowLog, { observationEndDay: Date.UTC(1998, 5, 30) / 86400000 }).months[1]
 * // CDNOW 1997-02: active 981, new 857, retained 124, retentionRate 124 / 781 ≈ 0.159
 */
export function periodRetention(log: TransactionLog, options: PeriodRetentionOptions = {}): PeriodRetention {
  const { observationEndDay, order: sorted } = observedOrder(log, options);
  const { start, day } = sorted;
  const customers = log.customerIds.length;
  const { hasAmounts } = log;

  // Each customer's rows are sorted by day, so their earliest day is their first row.
  let firstDay = Infinity;
  for (let index = 0; index < customers; index += 1) {
    if (start[index] < start[index + 1] && day[start[index]] < firstDay) firstDay = day[start[index]];
  }
  if (firstDay > observationEndDay) return { months: [], averageRetentionRate: null, averageChurnRate: null };

  const first = civilFromDays(firstDay);
  const end = civilFromDays(observationEndDay);
  const monthCount = (end.year - first.year) * 12 + (end.month - first.month) + 1;
  const baseDay = daysFromCivil(first.year, first.month, 1);
  const monthOfDay = new Int32Array(observationEndDay - baseDay + 1);
  for (let month = 0; month < monthCount; month += 1) {
    const from = monthStartDay(first.year, first.month, month);
    const to = min(monthStartDay(first.year, first.month, month + 1), observationEndDay + 1);
    monthOfDay.fill(month, from - baseDay, to - baseDay);
  }

  const active = new Int32Array(monthCount);
  const newCustomers = new Int32Array(monthCount);
  const retained = new Int32Array(monthCount);
  const current = emptyCustomerDay();
  for (let index = 0; index < customers; index += 1) {
    const to = start[index + 1];
    let position = start[index];
    let previousMonth = NO_MONTH;
    for (; position < to && day[position] <= observationEndDay; position = current.next) {
      if (!readCustomerDay(sorted, hasAmounts, position, to, current).purchase) continue;
      const month = monthOfDay[current.day - baseDay];
      if (month === previousMonth) continue;
      active[month] += 1;
      if (previousMonth === NO_MONTH) newCustomers[month] += 1;
      else if (previousMonth === month - 1) retained[month] += 1;
      previousMonth = month;
    }
  }

  let firstActive = 0;
  while (firstActive < monthCount && active[firstActive] === 0) firstActive += 1;
  const lastComplete = end.day === daysInMonth(end.year, end.month);
  const months: MonthRetention[] = [];
  let retainedTotal = 0;
  let atRiskTotal = 0;
  for (let month = firstActive; month < monthCount; month += 1) {
    const atRisk = month > firstActive ? active[month - 1] : 0;
    const complete = month < monthCount - 1 || lastComplete;
    if (complete && atRisk > 0) {
      retainedTotal += retained[month];
      atRiskTotal += atRisk;
    }
    const calendar = civilFromDays(monthStartDay(first.year, first.month, month));
    months.push({
      year: calendar.year,
      month: calendar.month,
      active: active[month],
      newCustomers: newCustomers[month],
      retained: retained[month],
      retentionRate: atRisk > 0 ? retained[month] / atRisk : null,
      churnRate: atRisk > 0 ? (atRisk - retained[month]) / atRisk : null,
      complete,
    });
  }
  return {
    months,
    averageRetentionRate: atRiskTotal > 0 ? retainedTotal / atRiskTotal : null,
    averageChurnRate: atRiskTotal > 0 ? (atRiskTotal - retainedTotal) / atRiskTotal : null,
  };
}
