/**
 * Calendar dates as day numbers: whole days since 1970-01-01 in the proleptic Gregorian calendar, the
 * `day` of TransactionLog. Hand-written rather than through `Date.UTC` because it runs once per row
 * (plain integer arithmetic, no object) and because `Date.UTC` silently maps years 0–99 to 1900–1999.
 * Algorithms: Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms" (days_from_civil,
 * civil_from_days), https://howardhinnant.github.io/date_algorithms.html.
 */

/**
 * A calendar date; `month` is 1–12.
 */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Days since 1970-01-01 of the date year-month-day (month 1–12); the arguments are not validated.
 * @example daysFromCivil(2024, 1, 31) // 19753
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The calendar date of a day number (days since 1970-01-01).
 * @example civilFromDays(19753) // { year: 2024, month: 1, day: 31 }
 */
export function civilFromDays(days: number): CivilDate {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Whether year-month-day names a real day (month 1–12, day within the month, leap years counted).
 * @example isCalendarDate(2024, 2, 29) // true
 * @example isCalendarDate(2023, 2, 29) // false
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (day <= 28) return true;
  return day <= daysInMonth(year, month);
}

/**
 * The number of days in a month (1–12) of a Gregorian year.
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A day number written as ISO 8601 text, YYYY-MM-DD.
 * @example isoDateText(19753) // "2024-01-31"
 */
export function isoDateText(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The day number of an ISO 8601 date text, YYYY-MM-DD (surrounding spaces allowed), or undefined when it is not
 * that format or not a calendar date.
 * @example dayOfIsoDateText("2024-01-31") // 19753
 * @example dayOfIsoDateText("2024-02-30") // undefined
 */
export function dayOfIsoDateText(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? daysFromCivil(year, month, day) : undefined;
}
