import type { PurchaseModelRequest } from "../core/models/purchaseModelChoice";
import type { CohortPeriod } from "../core/cohorts/calendarPeriod";
import { DEFAULT_LIFETIME_YEARS } from "../core/models/simpleCustomerValue";
import type { Currency } from "../core/read/amountText";
import { reportCurrency } from "../core/report/moneyFormat";
import type { AnalysisScope } from "../core/analysis/analysisScope";
import { dayFromDateParts, emptyDateTextParts, scanDateText, type DateOrder } from "../core/read/dateText";
import type { StoredRun } from "../excel/runSettingsStore";
import type { Language } from "../i18n/language";
import { wizardText } from "../i18n/wizardStrings";
import { formatDateField, formatDay, formatDecimal } from "./displayFormats";
import { localeOf } from "./locale";
import { decimalOf, wholeNumberOf } from "./typedNumber";

/**
 * The analysis choices of a run, as stored in the workbook (null observation end = the last purchase in the data).
 */
export type AnalysisChoices = StoredRun["analysis"];

/**
 * The Analysis step's fields as the user typed them: numbers as text, the date as text in the user's language
 * ("30-06-1998" in Danish, "1998-06-30" in Swedish, "30/06/1998" in English; see {@link dayOfTypedDate}).
 */
export interface AnalysisForm {
  observationEnd: string;
  horizonMonths: string;
  discountPercent: string;
  marginPercent: string;
  newCustomers: string;
  segmentScheme: "rfm" | "valueTiers";
  holdout: boolean;
  /** The currency money is shown in, or "none". */
  currency: Currency | "none";
  /** The purchase model: chosen on the data, or one by name. */
  purchaseModel: PurchaseModelRequest;
  /** The period of the Cohorts sheet (a log only). */
  cohortPeriod: CohortPeriod;
  /** The simple CLV's lifetime: in years, or by a yearly retention rate. */
  lifetimeKind: "years" | "retention";
  lifetimeYears: string;
  retentionPercent: string;
  /** The months a table without first purchase dates covers. */
  periodMonths: string;
}

/**
 * The fields that can be wrong.
 */
export type AnalysisField = "observationEnd" | "horizonMonths" | "discountPercent" | "marginPercent" | "newCustomers" | "lifetimeYears" | "retentionPercent" | "periodMonths";

/** The retention rate first shown when the user switches the simple CLV's lifetime to a retention rate. */
const defaultRetentionPercent = 60;

/** The longest horizon and the most new customers the form accepts. */
const maxHorizonMonths = 120;
const maxNewCustomers = 100_000_000;
const maxLifetimeYears = 50;
const maxPeriodMonths = 1200;

/** The order of day and month in a date typed in each language's date field (English is British English, as localeOf). */
const typedDateOrder: Record<Language, DateOrder> = { en: "dmy", da: "dmy", sv: "dmy" };

/**
 * The day (days since 1970-01-01) of a date typed in the user's language, read by the project's own date reading
 * (core/read/dateText): day first in English and Danish (30/06/1998, 30-06-1998, 30.06.1998), and in every language
 * the ISO form (1998-06-30); a two-digit year is completed as Excel does. Undefined when the text is no calendar date.
 * @example dayOfTypedDate("30-06-1998", "da") // 10407
 */
export function dayOfTypedDate(text: string, language: Language): number | undefined {
  const parts = emptyDateTextParts();
  const shape = scanDateText(text, parts);
  if (shape === "serial" || shape === "unreadable") return undefined;
  const day = dayFromDateParts(shape, parts, typedDateOrder[language]);
  return Number.isNaN(day) ? undefined : day;
}

/**
 * The defaults: observation end at the last purchase (written as the user's language writes a date), 12 months,
 * 10 % a year, 100 % margin, no new customers, the R×F map where the data allows it (else the value tiers), the
 * holdout check on for a transaction log, and for the simple CLV a lifetime of 3 years and the period the table's
 * dates span (else 12 months).
 * @example defaultAnalysisForm(analysisScope(readPurchaseData(cdnowRows)), "da").observationEnd // "30-06-1998"
 */
export function defaultAnalysisForm(scope: AnalysisScope, language: Language): AnalysisForm {
  return {
    observationEnd: scope.period ? formatDateField(scope.period.lastDay, language) : "",
    horizonMonths: "12",
    discountPercent: "10",
    marginPercent: "100",
    newCustomers: "0",
    segmentScheme: scope.rfmPossible ? "rfm" : "valueTiers",
    holdout: scope.holdoutPossible,
    lifetimeKind: "years",
    lifetimeYears: String(DEFAULT_LIFETIME_YEARS),
    retentionPercent: String(defaultRetentionPercent),
    periodMonths: String(scope.defaultPeriodMonths),
    currency: reportCurrency(scope.dataCurrency, language) ?? "none",
    purchaseModel: "auto",
    cohortPeriod: "month",
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
 * the date and the percentages are typed in the user's language ("30-06-1998", "45,5" in Danish); the holdout check
 * stays on only when the data can have it.
 * @example savedAnalysisForm({ ...choices, horizonMonths: 24, grossMargin: 0.3 }, scope, "da") // { horizonMonths: "24", marginPercent: "30", … }
 */
export function savedAnalysisForm(choices: AnalysisChoices, scope: AnalysisScope, language: Language): AnalysisForm {
  const { period } = scope;
  const endDay = !period ? undefined : choices.observationEndDay !== null && choices.observationEndDay >= period.firstDay ? choices.observationEndDay : period.lastDay;
  const defaults = defaultAnalysisForm(scope, language);
  const lifetime = choices.customerLifetime;
  return {
    observationEnd: endDay === undefined ? "" : formatDateField(endDay, language),
    horizonMonths: typedText(choices.horizonMonths, language),
    discountPercent: typedText(choices.annualDiscountRate * 100, language),
    marginPercent: typedText(choices.grossMargin * 100, language),
    newCustomers: typedText(choices.newCustomers, language),
    segmentScheme: scope.rfmPossible ? choices.segmentScheme : "valueTiers",
    holdout: scope.holdoutPossible && choices.holdout,
    lifetimeKind: lifetime?.kind ?? defaults.lifetimeKind,
    lifetimeYears: lifetime?.kind === "years" ? typedText(lifetime.years, language) : defaults.lifetimeYears,
    retentionPercent: lifetime?.kind === "retention" ? typedText(lifetime.rate * 100, language) : defaults.retentionPercent,
    periodMonths: choices.periodMonths === undefined ? defaults.periodMonths : typedText(choices.periodMonths, language),
    currency: choices.currency === undefined ? defaults.currency : (choices.currency ?? "none"),
    purchaseModel: choices.purchaseModel ?? "auto",
    cohortPeriod: choices.cohortPeriod ?? "month",
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
 * @example startingDraft(stored?.analysis, scope, "da").fromSaved // true when the workbook has a saved run
 */
export function startingDraft(saved: AnalysisChoices | undefined, scope: AnalysisScope, language: Language): AnalysisDraft {
  return saved ? { form: savedAnalysisForm(saved, scope, language), fromSaved: true } : { form: defaultAnalysisForm(scope, language), fromSaved: false };
}

/**
 * Checks the form and turns it into the run's choices, or says what is wrong with each field in the user's
 * language. The observation end must be a date ({@link dayOfTypedDate}) on or after the first purchase; it is stored as null when it is
 * the last purchase day (or the data has no dates), so Refresh on grown data ends at the new last purchase.
 * Percentages are stored as fractions. For the simple CLV: the lifetime in years (above 0, at most 50) or the yearly
 * retention rate (0 to under 100 %), and the months the table covers (1 to 1,200).
 * Numbers are read in the user's language ({@link wholeNumberOf}, {@link decimalOf}): Danish "10.000" is ten thousand.
 * @example validateAnalysisForm({ ...form, horizonMonths: "0" }, scope, "en") // { ok: false, problems: { horizonMonths: "Enter a whole number from 1 to 120." } }
 */
export function validateAnalysisForm(
  form: AnalysisForm,
  scope: AnalysisScope,
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
  const { period } = scope;
  const simple = scope.valuation === "simple";
  const endDay = period ? dayOfTypedDate(form.observationEnd, language) : undefined;
  if (period && endDay === undefined) problems.observationEnd = wizardText(language, "errorDate", { example: formatDateField(period.lastDay, language) });
  else if (period && endDay !== undefined && endDay < period.firstDay) problems.observationEnd = wizardText(language, "errorBeforeFirstPurchase", { date: formatDay(period.firstDay, language) });
  const horizonMonths = wholeNumber("horizonMonths", 1, maxHorizonMonths);
  const newCustomers = wholeNumber("newCustomers", 0, maxNewCustomers);
  const discount = decimalOf(form.discountPercent, language);
  if (!(discount >= 0 && discount <= 100)) problems.discountPercent = wizardText(language, "errorPercent", { min: "0", max: "100" });
  const margin = decimalOf(form.marginPercent, language);
  if (!(margin > 0 && margin <= 100)) problems.marginPercent = wizardText(language, "errorMargin");
  const simpleChoices = simple ? simpleValuationChoices(form, language, problems, wholeNumber) : {};
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    choices: {
      timeUnit: "week",
      observationEndDay: !period || endDay === period.lastDay ? null : (endDay as number),
      horizonMonths,
      annualDiscountRate: discount / 100,
      grossMargin: margin / 100,
      newCustomers,
      segmentScheme: scope.rfmPossible ? form.segmentScheme : "valueTiers",
      holdout: scope.holdoutPossible && form.holdout,
      // Stored only when it differs from the default (the data's, else the language's), so Refresh on other data follows it.
      ...(form.currency === (reportCurrency(scope.dataCurrency, language) ?? "none") ? {} : { currency: form.currency === "none" ? null : form.currency }),
      ...(simple || form.purchaseModel === "auto" ? {} : { purchaseModel: form.purchaseModel }),
      ...(!scope.cohortsPossible || form.cohortPeriod === "month" ? {} : { cohortPeriod: form.cohortPeriod }),
      ...simpleChoices,
    },
  };
}

/** The simple CLV's lifetime (years above 0, or a retention rate from 0 to under 100 %) and the period in months. */
function simpleValuationChoices(
  form: AnalysisForm,
  language: Language,
  problems: Partial<Record<AnalysisField, string>>,
  wholeNumber: (field: AnalysisField, min: number, max: number) => number,
): Pick<AnalysisChoices, "customerLifetime" | "periodMonths"> {
  const periodMonths = wholeNumber("periodMonths", 1, maxPeriodMonths);
  if (form.lifetimeKind === "years") {
    const years = decimalOf(form.lifetimeYears, language);
    if (!(years > 0 && years <= maxLifetimeYears)) problems.lifetimeYears = wizardText(language, "errorLifetimeYears", { max: String(maxLifetimeYears) });
    return { customerLifetime: { kind: "years", years }, periodMonths };
  }
  const retention = decimalOf(form.retentionPercent, language);
  if (!(retention >= 0 && retention < 100)) problems.retentionPercent = wizardText(language, "errorRetention");
  return { customerLifetime: { kind: "retention", rate: retention / 100 }, periodMonths };
}
