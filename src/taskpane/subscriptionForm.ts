import { SBG_MINIMUM_DISCOUNT_RATE } from "../core/models/sbgPredictions";
import { DEFAULT_PROJECT_PERIODS, DEFAULT_SUBSCRIPTION_DISCOUNT_RATE, type SubscriptionSettings } from "../core/subscriptions/analyzeSubscriptions";
import type { Language } from "../i18n/language";
import { subscriptionText } from "../i18n/subscriptionStrings";
import { formatDecimal } from "./displayFormats";
import { decimalOf, wholeNumberOf } from "./typedNumber";

/** The Subscriptions path's Analysis step as typed: periods to project, discount rate per period in %, value per period (may be empty). */
export interface SubscriptionForm {
  projectPeriods: string;
  discountPercent: string;
  valuePerPeriod: string;
}

/** A field of the form. */
export type SubscriptionField = keyof SubscriptionForm;

/**
 * The form's defaults in the user's language: 5 periods, 10 % a period (Fader & Hardie 2010), no value.
 * @example defaultSubscriptionForm("da") // { projectPeriods: "5", discountPercent: "10", valuePerPeriod: "" }
 */
export function defaultSubscriptionForm(language: Language): SubscriptionForm {
  return {
    projectPeriods: String(DEFAULT_PROJECT_PERIODS),
    discountPercent: formatDecimal(DEFAULT_SUBSCRIPTION_DISCOUNT_RATE * 100, language, 4),
    valuePerPeriod: "",
  };
}

/**
 * Checks the form: a whole number of periods from 1 to 600, a discount rate from 0 to 100 % (0, or at least the
 * smallest rate the residual lifetime can be computed at), a value per period of 0 or more or none. The settings, or a
 * message in the user's language under each wrong field.
 * @example validateSubscriptionForm({ projectPeriods: "5", discountPercent: "10", valuePerPeriod: "99,50" }, "da") // { ok: true, settings: { projectPeriods: 5, discountRate: 0.1, valuePerPeriod: 99.5 } }
 */
export function validateSubscriptionForm(
  form: SubscriptionForm,
  language: Language,
): { ok: true; settings: SubscriptionSettings } | { ok: false; problems: Partial<Record<SubscriptionField, string>> } {
  const problems: Partial<Record<SubscriptionField, string>> = {};
  const project = wholeNumberOf(form.projectPeriods, language);
  if (!(project >= 1 && project <= 600)) problems.projectPeriods = subscriptionText(language, "projectInvalid");
  const percent = decimalOf(form.discountPercent, language);
  const rate = percent / 100;
  if (!(rate === 0 || (rate >= SBG_MINIMUM_DISCOUNT_RATE && rate <= 1))) problems.discountPercent = subscriptionText(language, "discountInvalid");
  const value = form.valuePerPeriod.trim() === "" ? undefined : decimalOf(form.valuePerPeriod, language);
  if (value !== undefined && !(value >= 0)) problems.valuePerPeriod = subscriptionText(language, "valueInvalid");
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, settings: { projectPeriods: project, discountRate: rate, ...(value === undefined ? {} : { valuePerPeriod: value }) } };
}
