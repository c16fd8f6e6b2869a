import type { DecimalSeparator } from "../core/read/amountText";
import type { PurchaseModelRequest } from "../core/models/purchaseModelChoice";
import type { CohortPeriod } from "../core/cohorts/calendarPeriod";
import type { CsvFormat } from "./customersCsv";
import { dayOfIsoDateText } from "../core/read/civilDate";
import type { DateOrder } from "../core/read/dateText";
import type { TimeUnit } from "../core/transactionLog";
import { renderUsageProblem, usageText, type UsageProblem, type ValueRule } from "../i18n/cliMessages";
import type { Language } from "../i18n/language";
import { parseCommandArgs } from "./commandArgs";

/** Everything `kundevaerdi analyze` can be told on the command line. */
export interface AnalyzeOptions {
  file: string;
  customerColumn?: string;
  dateColumn?: string;
  amountColumn?: string;
  /** Per-customer tables: the columns of the number of purchases, total and average amount, first and last purchase. */
  purchasesColumn?: string;
  totalAmountColumn?: string;
  averageAmountColumn?: string;
  firstPurchaseColumn?: string;
  lastPurchaseColumn?: string;
  customerCountColumn?: string;
  /** Observation end as YYYY-MM-DD (a calendar date); default: the last purchase date in the data. */
  asOf?: string;
  /** The day/month order of dates like 03/04/2024; default: decided from the data (day first when nothing decides). */
  dateOrder?: DateOrder;
  /** The decimal separator of amounts; default: decided from the data. */
  decimalSeparator?: DecimalSeparator;
  /** The language of messages and the report; default: the caller's (the environment's locale). */
  language?: Language;
  timeUnit: TimeUnit;
  horizonMonths: number;
  annualDiscountRate: number;
  grossMargin: number;
  expectedNewCustomers: number;
  /** The simple CLV's lifetime in years, or its yearly retention rate (a fraction); at most one is given. */
  lifetimeYears?: number;
  retentionRate?: number;
  /** The months a table without first purchase dates covers. */
  periodMonths?: number;
  /** The segments: the R×F map or the value tiers; default: the R×F map when the data has last purchase dates. */
  segments?: "rfm" | "valueTiers";
  /** The purchase model: "auto" (default) or one by name. */
  model: PurchaseModelRequest;
  /** The last day of the calibration period as YYYY-MM-DD: the model is also checked on the purchases after it. */
  holdoutUntil?: string;
  /** The period of the cohort table (default "month"). */
  cohortPeriod: CohortPeriod;
  /** Where to write the per-customer table as CSV, if anywhere. */
  customersCsv?: string;
  /** The CSV's fields; default: nordic in Danish and Swedish, iso in English. */
  csvFormat?: CsvFormat;
  json: boolean;
}

/** A command-line mistake: `problem` says what it is, the message words it in English (renderUsageProblem words it in any language). */
export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(renderUsageProblem(problem, "en"));
  }
}

/**
 * The help text in English (usageText gives it in Danish and Swedish).
 * @example usage.startsWith("Usage: kundevaerdi analyze FILE") // true
 */
export const usage = usageText("en");

const choices = {
  "time-unit": ["day", "week"],
  "date-order": ["dmy", "mdy"],
  "decimal-separator": [",", "."],
  language: ["en", "da", "sv"],
  segments: ["rfm", "value-tiers"],
  model: ["auto", "bgnbd", "mbgnbd", "paretonbd"],
  cohorts: ["month", "quarter", "week"],
  "csv-format": ["nordic", "iso"],
} as const;

function choice<Name extends keyof typeof choices>(name: Name, given: string | undefined, rule: ValueRule): (typeof choices)[Name][number] | undefined {
  if (given === undefined) return undefined;
  const allowed = choices[name] as readonly string[];
  if (!allowed.includes(given)) throw new UsageError({ code: "invalidValue", option: name, given, rule });
  return given as (typeof choices)[Name][number];
}

function numberOption(name: string, text: string | undefined, fallback: number, check: (value: number) => boolean, rule: ValueRule): number;
function numberOption(name: string, text: string | undefined, fallback: undefined, check: (value: number) => boolean, rule: ValueRule): number | undefined;
function numberOption(name: string, text: string | undefined, fallback: number | undefined, check: (value: number) => boolean, rule: ValueRule): number | undefined {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || !check(value)) throw new UsageError({ code: "invalidValue", option: name, given: text, rule });
  return value;
}

function segmentsChoice(given: "rfm" | "value-tiers" | undefined): "rfm" | "valueTiers" | undefined {
  return given === "value-tiers" ? "valueTiers" : given;
}


/**
 * The language `--language` asks for, read before the other options so that mistakes in them are worded in it;
 * undefined when it is not given or not a language of the command.
 * @example languageOption(["analyze", "køb.csv", "--language", "da"]) // "da"
 */
export function languageOption(argv: readonly string[]): Language | undefined {
  let given: string | undefined;
  argv.forEach((argument, index) => {
    if (argument === "--language") given = argv[index + 1];
    else if (argument.startsWith("--language=")) given = argument.slice("--language=".length);
  });
  return given === "en" || given === "da" || given === "sv" ? given : undefined;
}

/**
 * Parses `analyze FILE [options]`; throws UsageError naming the mistake.
 * @example parseAnalyzeOptions(["analyze", "sales.csv", "--margin", "0.3"]).grossMargin // 0.3
 */
export function parseAnalyzeOptions(argv: readonly string[]): AnalyzeOptions | "help" {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      customer: { type: "string" },
      date: { type: "string" },
      amount: { type: "string" },
      purchases: { type: "string" },
      "total-amount": { type: "string" },
      "average-amount": { type: "string" },
      "first-purchase": { type: "string" },
      "last-purchase": { type: "string" },
      "customer-count": { type: "string" },
      "as-of": { type: "string" },
      "date-order": { type: "string" },
      "decimal-separator": { type: "string" },
      language: { type: "string" },
      "time-unit": { type: "string" },
      "horizon-months": { type: "string" },
      "annual-discount": { type: "string" },
      margin: { type: "string" },
      "new-customers": { type: "string" },
      "lifetime-years": { type: "string" },
      "retention-rate": { type: "string" },
      "period-months": { type: "string" },
      segments: { type: "string" },
      model: { type: "string" },
      "holdout-until": { type: "string" },
      cohorts: { type: "string" },
      "customers-csv": { type: "string" },
      "csv-format": { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    (problem) => new UsageError(problem),
  );
  if (values.help) return "help";
  const [command, file, ...extra] = positionals;
  if (!command) throw new UsageError({ code: "noCommand" });
  if (command !== "analyze") throw new UsageError({ code: "unknownCommand", command });
  if (!file) throw new UsageError({ code: "noFile" });
  if (extra.length > 0) throw new UsageError({ code: "unexpectedArgument", argument: extra[0] });
  const asOf = values["as-of"];
  if (values["lifetime-years"] !== undefined && values["retention-rate"] !== undefined) {
    throw new UsageError({ code: "conflictingOptions", option: "lifetime-years", other: "retention-rate" });
  }
  for (const [option, date] of [["as-of", asOf], ["holdout-until", values["holdout-until"]]] as const) {
    if (date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || dayOfIsoDateText(date) === undefined)) {
      throw new UsageError({ code: "invalidValue", option, given: date, rule: "isoDate" });
    }
  }
  return {
    file,
    customerColumn: values.customer,
    dateColumn: values.date,
    amountColumn: values.amount,
    purchasesColumn: values.purchases,
    totalAmountColumn: values["total-amount"],
    averageAmountColumn: values["average-amount"],
    firstPurchaseColumn: values["first-purchase"],
    lastPurchaseColumn: values["last-purchase"],
    customerCountColumn: values["customer-count"],
    asOf,
    dateOrder: choice("date-order", values["date-order"], "dateOrder"),
    decimalSeparator: choice("decimal-separator", values["decimal-separator"], "decimalSeparator"),
    language: choice("language", values.language, "language"),
    timeUnit: choice("time-unit", values["time-unit"], "timeUnit") ?? "week",
    horizonMonths: numberOption("horizon-months", values["horizon-months"], 12, (v) => Number.isInteger(v) && v >= 1 && v <= 600, "horizonMonths"),
    annualDiscountRate: numberOption("annual-discount", values["annual-discount"], 0.1, (v) => v >= 0 && v <= 1, "discountRate"),
    grossMargin: numberOption("margin", values.margin, 1, (v) => v > 0 && v <= 1, "margin"),
    expectedNewCustomers: numberOption("new-customers", values["new-customers"], 0, (v) => v >= 0, "newCustomers"),
    lifetimeYears: numberOption("lifetime-years", values["lifetime-years"], undefined, (v) => v > 0 && v <= 50, "lifetimeYears"),
    retentionRate: numberOption("retention-rate", values["retention-rate"], undefined, (v) => v >= 0 && v < 1, "retentionRate"),
    periodMonths: numberOption("period-months", values["period-months"], undefined, (v) => Number.isInteger(v) && v >= 1 && v <= 1200, "periodMonths"),
    segments: segmentsChoice(choice("segments", values.segments, "segments")),
    model: choice("model", values.model, "model") ?? "auto",
    holdoutUntil: values["holdout-until"],
    cohortPeriod: choice("cohorts", values.cohorts, "cohortPeriod") ?? "month",
    customersCsv: values["customers-csv"],
    csvFormat: choice("csv-format", values["csv-format"], "csvFormat"),
    json: values.json ?? false,
  };
}
