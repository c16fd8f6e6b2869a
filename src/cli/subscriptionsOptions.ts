import { SBG_MINIMUM_DISCOUNT_RATE } from "../core/models/sbgPredictions";
import { DEFAULT_PROJECT_PERIODS, DEFAULT_SUBSCRIPTION_DISCOUNT_RATE } from "../core/subscriptions/analyzeSubscriptions";
import type { SubscriptionColumnOverrides } from "../core/subscriptions/subscriptionColumns";
import type { Language } from "../i18n/language";
import { renderSubscriptionUsageProblem, type SubscriptionUsageProblem, type SubscriptionValueRule } from "../i18n/subscriptionCliText";
import { parseCommandArgs } from "./commandArgs";

/** Everything `kundevaerdi subscriptions` can be told on the command line. */
export interface SubscriptionsOptions {
  file: string;
  /** Named columns: by header text or 0-based index; cohort null with --no-cohort. */
  columns: SubscriptionColumnOverrides;
  projectPeriods: number;
  discountRate: number;
  valuePerPeriod?: number;
  language?: Language;
  json: boolean;
}

/** A mistake on the command line of `kundevaerdi subscriptions`; `problem` says what it is (renderSubscriptionUsageProblem words it). */
export class SubscriptionsUsageError extends Error {
  constructor(readonly problem: SubscriptionUsageProblem) {
    super(renderSubscriptionUsageProblem(problem, "en"));
  }
}


function invalid(option: string, given: string, rule: SubscriptionValueRule): SubscriptionsUsageError {
  return new SubscriptionsUsageError({ code: "invalidValue", option, given, rule });
}

/** A number option: undefined when not given; the value when it passes `check`; otherwise a usage error. */
function numberOption(option: string, text: string | undefined, check: (value: number) => boolean, rule: SubscriptionValueRule): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || !check(value)) throw invalid(option, text, rule);
  return value;
}

/** A column given as digits is a 1-based position (0-based here); anything else is header text. */
function columnOption(option: string, text: string | undefined): string | number | undefined {
  if (text === undefined) return undefined;
  if (text.trim() === "" || text.trim() === "0") throw invalid(option, text, "column");
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) - 1 : text;
}

/**
 * Parses `subscriptions FILE [options]`; throws SubscriptionsUsageError naming the mistake.
 * @example parseSubscriptionsOptions(["subscriptions", "renewals.csv", "--project", "10"]).projectPeriods // 10
 */
export function parseSubscriptionsOptions(argv: readonly string[]): SubscriptionsOptions | "help" {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      "periods-column": { type: "string" },
      "active-column": { type: "string" },
      "survivors-column": { type: "string" },
      "cohort-column": { type: "string" },
      "no-cohort": { type: "boolean", default: false },
      project: { type: "string" },
      discount: { type: "string" },
      "value-per-period": { type: "string" },
      language: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    (problem) => new SubscriptionsUsageError(problem),
  );
  if (values.help) return "help";
  const [, file, ...extra] = positionals;
  if (!file) throw new SubscriptionsUsageError({ code: "noFile" });
  if (extra.length > 0) throw new SubscriptionsUsageError({ code: "unexpectedArgument", argument: extra[0] });
  if (values["no-cohort"] && values["cohort-column"] !== undefined) {
    throw new SubscriptionsUsageError({ code: "conflictingOptions", option: "cohort-column", other: "no-cohort" });
  }
  const language = values.language;
  if (language !== undefined && language !== "en" && language !== "da" && language !== "sv") throw invalid("language", language, "language");
  const columns: SubscriptionColumnOverrides = {};
  const periods = columnOption("periods-column", values["periods-column"]);
  const active = columnOption("active-column", values["active-column"]);
  const survivors = columnOption("survivors-column", values["survivors-column"]);
  const cohort = values["no-cohort"] ? null : columnOption("cohort-column", values["cohort-column"]);
  if (periods !== undefined) columns.periods = periods;
  if (active !== undefined) columns.active = active;
  if (survivors !== undefined) columns.survivors = survivors;
  if (cohort !== undefined) columns.cohort = cohort;
  return {
    file,
    columns,
    projectPeriods: numberOption("project", values.project, (v) => Number.isInteger(v) && v >= 1 && v <= 600, "project") ?? DEFAULT_PROJECT_PERIODS,
    discountRate:
      numberOption("discount", values.discount, (v) => v === 0 || (v >= SBG_MINIMUM_DISCOUNT_RATE && v <= 1), "discount") ?? DEFAULT_SUBSCRIPTION_DISCOUNT_RATE,
    valuePerPeriod: numberOption("value-per-period", values["value-per-period"], (v) => v >= 0, "valuePerPeriod"),
    language,
    json: values.json ?? false,
  };
}
