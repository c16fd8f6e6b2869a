import { civilFromDays } from "../core/read/civilDate";
import type { Language } from "../i18n/language";
import { localeOf } from "./locale";

const millisecondsPerDay = 86_400_000;

/**
 * A whole number in the user's language: 6,919 / 6.919 / 6 919.
 * @example formatCount(6919, "da") // "6.919"
 */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 }).format(value);
}

/**
 * A money amount in the user's language, with `digits` decimals (the data's currency is not known to Intl,
 * so no symbol is added).
 * @example formatAmount(68813.27, "en", 0) // "68,813"
 */
export function formatAmount(value: number, language: Language, digits: number): string {
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/**
 * A fraction as a percentage in the user's language, with one decimal.
 * @example formatPercent(0.3813, "sv") // "38,1 %"
 */
export function formatPercent(fraction: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fraction);
}

/**
 * A number with up to `digits` decimals in the user's language.
 * @example formatDecimal(1788.8, "da", 1) // "1.788,8"
 */
export function formatDecimal(value: number, language: Language, digits: number): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: digits }).format(value);
}

/**
 * A worked example's figure in the user's language: two decimals from 1 up, four significant digits below, so that a
 * p-value of 0.00003 is not shown as 0.
 * @example formatExampleFigure(1989.482, "da") // "1.989,48"
 * @example formatExampleFigure(0.0000312, "en") // "0.0000312"
 */
export function formatExampleFigure(value: number, language: Language): string {
  const options = Math.abs(value) >= 1 || value === 0 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 4 };
  return new Intl.NumberFormat(localeOf(language), options).format(value);
}

/**
 * A day (days since 1970-01-01 UTC) as a date in the user's language.
 * @example formatDay(10407, "en") // "30 Jun 1998"
 */
export function formatDay(day: number, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(day * millisecondsPerDay));
}

/** How each language writes a date in a field: Danish day-month-year with dashes (as Excel's da-DK short date), Swedish ISO, British day/month/year. */
const dateFieldOrder: Record<Language, { separator: string; yearFirst: boolean }> = {
  en: { separator: "/", yearFirst: false },
  da: { separator: "-", yearFirst: false },
  sv: { separator: "-", yearFirst: true },
};

/**
 * A day (days since 1970-01-01 UTC) as the user types a date in their language: the text a date field shows and
 * reads back (analysisForm's dayOfTypedDate).
 * @example formatDateField(10407, "da") // "30-06-1998"
 */
export function formatDateField(day: number, language: Language): string {
  const date = civilFromDays(day);
  const year = String(date.year).padStart(4, "0");
  const month = String(date.month).padStart(2, "0");
  const dayOfMonth = String(date.day).padStart(2, "0");
  const { separator, yearFirst } = dateFieldOrder[language];
  return yearFirst ? [year, month, dayOfMonth].join(separator) : [dayOfMonth, month, year].join(separator);
}
