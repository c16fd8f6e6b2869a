import { civilFromDays, daysFromCivil } from "../read/civilDate";
import { floor } from "../hotGlobals";

/** The calendar periods cohorts are counted in: calendar months, calendar quarters, or ISO weeks (Monday to Sunday). */
export type CohortPeriod = "month" | "quarter" | "week";

/** Every cohort period, in the order the pane and the command line offer them. */
export const COHORT_PERIODS: readonly CohortPeriod[] = ["month", "quarter", "week"];

/** Days from 1970-01-01 (a Thursday) back to the Monday that starts its ISO week. */
const THURSDAY_TO_MONDAY = 3;

/**
 * The number of the calendar period a day falls in, counted from the period holding 1970-01-01 (= 0), so that
 * consecutive periods have consecutive numbers: months and quarters of the calendar, ISO weeks from Monday.
 * Source: ISO 8601 (weeks start on Monday).
 * @example periodOfDay("month", daysFromCivil(1997, 3, 15)) // 326 (27 years × 12 + 2)
 */
export function periodOfDay(period: CohortPeriod, day: number): number {
  if (period === "week") return floor((day + THURSDAY_TO_MONDAY) / 7);
  const { year, month } = civilFromDays(day);
  const months = (year - 1970) * 12 + month - 1;
  return period === "month" ? months : floor(months / 3);
}

/**
 * The first day (days since 1970-01-01) of a period numbered as periodOfDay numbers them.
 * @example periodStartDay("quarter", 109) // daysFromCivil(1997, 4, 1)
 */
export function periodStartDay(period: CohortPeriod, index: number): number {
  if (period === "week") return index * 7 - THURSDAY_TO_MONDAY;
  const months = period === "month" ? index : index * 3;
  return daysFromCivil(1970 + floor(months / 12), (((months % 12) + 12) % 12) + 1, 1);
}

/**
 * A period's name in ISO 8601 notation, the same in every language: "1997-03", "1997-Q1", "1997-W09" (the ISO week's
 * year is the year of its Thursday, so 2024-12-30 is in 2025-W01).
 * @example periodLabel("week", periodOfDay("week", daysFromCivil(2024, 12, 30))) // "2025-W01"
 */
export function periodLabel(period: CohortPeriod, index: number): string {
  const start = periodStartDay(period, index);
  if (period === "week") {
    const thursday = civilFromDays(start + 3);
    const week = floor((start + 3 - daysFromCivil(thursday.year, 1, 1)) / 7) + 1;
    return `${thursday.year}-W${String(week).padStart(2, "0")}`;
  }
  const { year, month } = civilFromDays(start);
  return period === "month" ? `${year}-${String(month).padStart(2, "0")}` : `${year}-Q${(month + 2) / 3}`;
}
