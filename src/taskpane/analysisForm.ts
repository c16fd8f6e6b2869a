import type { DataPeriod } from "../core/read/purchasePeriod";
import { dayOfIsoDateText, isoDateText } from "../core/read/civilDate";
import type { StoredRun } from "../excel/runSettingsStore";
import type { Language } from "../i18n/language";
import { wizardText } from "../i18n/wizardStrings";
import { formatDay, formatDecimal } from "./displayFormats";
import { localeOf } from "./locale";
import { decimalOf, wholeNumberOf } from "./typedNumber";

/**
 * The analysis choices of a run, as stored in the workbook (null observation end = the last purchase in the data).
 */
export type AnalysisChoices = StoredRun["analysis"];

/**
 * The Analysis step's fields as the user typed them (numbers as text, the date as the ISO text of a date input).
 */
export interface AnalysisForm {
  observationEnd: string;
  horizonMonths: string;
  discountPercent: string;
  marginPercent: string;
  newCustomers: string;
  segmentScheme: "rfm" | "valueTiers";
  holdout: boolean;
}

/**
 * The fields that can be wrong.
 */
export type AnalysisField = "observationEnd" | "horizonMonths" | "discountPercent" | "marginPercent" | "newCustomers";

/** The longest horizon and the most new customers the form accepts. */
const maxHorizonMonths = 120;
const maxNewCustomers = 100_000_000;

/**
 * The defaults: observation end at the last purchase, 12 months, 10 % a year, 100 % margin, no new customers,
 * the R×F map, and the holdout check on when the data is a transaction log.
 * @example defaultAnalysisForm({ firstDay: 9862, lastDay: 10407 }, true).observationEnd // "1998-06-30"
 */
export function defaultAnalysisForm(period: DataPeriod, holdoutPossible: boolean): AnalysisForm {
  return {
    observationEnd: isoDateText(period.lastDay),
    horizonMonths: "12",
    discountPercent: "10",
    marginPercent: "100",
    newCustomers: "0",
    segmentScheme: "rfm",
    holdout: holdoutPossible,
  };
}

/** A number as the user types it in their language: no thousands groups, the language's decimal separator, no float noise. */
function typedText(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { useGrouping: false, maximumFractionDigits: 6 }).format(value);
}

/**
 * The form filled in with the choices of a saved analysis (the workbook's stored run, or the run just made), for
 * data with the given purchase period: a fixed observation end keeps its day (unless it is before the data's first
 * purchase, where it could not be used), an end at the last purchase (null) becomes this data's last purchase;
 * percentages are typed in the user's language ("45,5" in Danish); the holdout check stays on only when the data
 * can have it.
 * @example savedAnalysisForm({ ...choices, horizonMonths: 24, grossMargin: 0.3 }, period, true, "da") // { horizonMonths: "24", marginPercent: "30", … }
 */
export function savedAnalysisForm(choices: AnalysisChoices, period: DataPeriod, holdoutPossible: boolean, language: Language): AnalysisForm {
  const endDay = choices.observationEndDay !== null && choices.observationEndDay >= period.firstDay ? choices.observationEndDay : period.lastDay;
  return {
    observationEnd: isoDateText(endDay),
    horizonMonths: typedText(choices.horizonMonths, language),
    discountPercent: typedText(choices.annualDiscountRate * 100, language),
    marginPercent: typedText(choices.grossMargin * 100, language),
    newCustomers: typedText(choices.newCustomers, language),
    segmentScheme: choices.segmentScheme,
    holdout: holdoutPossible && choices.holdout,
  };
}

/**
 * The Analysis step's form and where it came from: `fromSaved` while it started from the saved analysis's choices
 * (the step then says so and offers the defaults), false once it holds the defaults.
 */
export interface AnalysisDraft {
  form: AnalysisForm;
  fromSaved: boolean;
}

/**
 * Where the Analysis step starts: the saved analysis's choices when there are any, else the defaults.
 * @example startingDraft(stored?.analysis, period, true, "da").fromSaved // true when the workbook has a saved run
 */
export function startingDraft(saved: AnalysisChoices | undefined, period: DataPeriod, holdoutPossible: boolean, language: Language): AnalysisDraft {
  return saved
    ? { form: savedAnalysisForm(saved, period, holdoutPossible, language), fromSaved: true }
    : { form: defaultAnalysisForm(period, holdoutPossible), fromSaved: false };
}

/**
 * Checks the form and turns it into the run's choices, or says what is wrong with each field in the user's
 * language. The observation end must be a date on or after the first purchase; it is stored as null when it is
 * the last purchase day, so Refresh on grown data ends at the new last purchase. Percentages are stored as fractions.
 * Numbers are read in the user's language ({@link wholeNumberOf}, {@link decimalOf}): Danish "10.000" is ten thousand.
 * @example validateAnalysisForm({ ...form, horizonMonths: "0" }, period, "en") // { ok: false, problems: { horizonMonths: "Enter a whole number from 1 to 120." } }
 */
export function validateAnalysisForm(
  form: AnalysisForm,
  period: DataPeriod,
  language: Language,
): { ok: true; choices: AnalysisChoices } | { ok: false; problems: Partial<Record<AnalysisField, string>> } {
  const problems: Partial<Record<AnalysisField, string>> = {};
  const wholeNumber = (field: AnalysisField, min: number, max: number): number => {
    const value = wholeNumberOf(form[field] as string, language);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems[field] = wizardText(language, "errorWholeNumber", { min: formatDecimal(min, language, 0), max: formatDecimal(max, language, 0) });
    }
    return value;
  };
  const endDay = dayOfIsoDateText(form.observationEnd);
  if (endDay === undefined) problems.observationEnd = wizardText(language, "errorDate", { example: isoDateText(period.lastDay) });
  else if (endDay < period.firstDay) problems.observationEnd = wizardText(language, "errorBeforeFirstPurchase", { date: formatDay(period.firstDay, language) });
  const horizonMonths = wholeNumber("horizonMonths", 1, maxHorizonMonths);
  const newCustomers = wholeNumber("newCustomers", 0, maxNewCustomers);
  const discount = decimalOf(form.discountPercent, language);
  if (!(discount >= 0 && discount <= 100)) problems.discountPercent = wizardText(language, "errorPercent", { min: "0", max: "100" });
  const margin = decimalOf(form.marginPercent, language);
  if (!(margin > 0 && margin <= 100)) problems.marginPercent = wizardText(language, "errorMargin");
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    choices: {
      timeUnit: "week",
      observationEndDay: endDay === period.lastDay ? null : (endDay as number),
      horizonMonths,
      annualDiscountRate: discount / 100,
      grossMargin: margin / 100,
      newCustomers,
      segmentScheme: form.segmentScheme,
      holdout: form.holdout,
    },
  };
}
