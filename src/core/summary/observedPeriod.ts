import { civilFromDays } from "../read/civilDate";
import type { CustomerSummary } from "./customerSummary";

/** Days in a year: 365.25, as a month is 365.25 / 12 days (docs/ARCHITECTURE.md, "Months and discounting"). */
const DAYS_PER_YEAR = 365.25;

/** The period a table without first purchase dates is taken to cover when nothing says otherwise. */
export const DEFAULT_PERIOD_MONTHS = 12;

/**
 * The calendar months from the month of `firstDay` to the month of `lastDay`, both counted: what an export's dates
 * suggest it covers (an export with purchases from 3 January to 28 December covers 12 months).
 * @example calendarMonthsSpanned(19725, 20085) // 2024-01-03 … 2024-12-28: 12
 */
export function calendarMonthsSpanned(firstDay: number, lastDay: number): number {
  const first = civilFromDays(firstDay);
  const last = civilFromDays(lastDay);
  return (last.year - first.year) * 12 + (last.month - first.month) + 1;
}

/**
 * The years the summary's purchases were made in, which turn purchases into purchases per year: with first
 * purchase dates, from the earliest first purchase to the observation end, both days counted; otherwise the
 * `periodMonths` the user states (a table cannot say when its customers began), by default DEFAULT_PERIOD_MONTHS.
 * @example observedYears(summary) // CDNOW 1997-01-01 … 1998-06-30: 546 days = 1.4949 years
 */
export function observedYears(summary: CustomerSummary, periodMonths = DEFAULT_PERIOD_MONTHS): number {
  if (summary.knownDates !== "firstAndLast") return periodMonths / 12;
  let earliest = Infinity;
  for (let i = 0; i < summary.included.length; i += 1) if (summary.included[i] === 1 && summary.firstPurchaseDay[i] < earliest) earliest = summary.firstPurchaseDay[i];
  return Number.isFinite(earliest) ? (summary.observationEndDay - earliest + 1) / DAYS_PER_YEAR : periodMonths / 12;
}
