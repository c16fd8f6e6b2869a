import { parseArgs } from "node:util";
import type { TimeUnit } from "../core/transactionLog";

/** Everything `kundevaerdi analyze` can be told on the command line. */
export interface AnalyzeOptions {
  file: string;
  customerColumn?: string;
  dateColumn?: string;
  amountColumn?: string;
  /** Observation end as YYYY-MM-DD; default: the last purchase date in the data. */
  asOf?: string;
  timeUnit: TimeUnit;
  horizonMonths: number;
  annualDiscountRate: number;
  grossMargin: number;
  expectedNewCustomers: number;
  json: boolean;
}

/** A command-line mistake, worded for the person who typed it. */
export class UsageError extends Error {}

export const usage = `Usage: kundevaerdi analyze FILE [options]

Reads a purchase log (CSV: customer, date, amount; delimiter and decimal comma are detected) and prints
customer lifetime value, customer equity and segments.

Options:
  --customer COL          customer column (header text or 1-based number); default: detected
  --date COL              purchase date column; default: detected
  --amount COL            amount column; default: detected
  --as-of YYYY-MM-DD      observation end; default: the last purchase date in the file
  --time-unit day|week    time unit of recency, T and the model parameters (default: week)
  --horizon-months N      CLV horizon in months (default: 12)
  --annual-discount R     annual discount rate as a fraction, 0.1 = 10 % (default: 0.1)
  --margin M              gross margin as a fraction, 0.3 = 30 % (default: 1: revenue)
  --new-customers N       expected new customers, for customer equity (default: 0)
  --json                  print one JSON object instead of a readable report
  --help                  show this help`;

function numberOption(name: string, text: string | undefined, fallback: number, check: (value: number) => boolean, rule: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || !check(value)) {
    throw new UsageError(`--${name} must be ${rule}; got "${text}".`);
  }
  return value;
}

/**
 * Parses `analyze FILE [options]`; throws UsageError with a plain-words message on a mistake.
 * @example parseAnalyzeOptions(["analyze", "sales.csv", "--margin", "0.3"]).grossMargin // 0.3
 */
export function parseAnalyzeOptions(argv: readonly string[]): AnalyzeOptions | "help" {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          customer: { type: "string" },
          date: { type: "string" },
          amount: { type: "string" },
          "as-of": { type: "string" },
          "time-unit": { type: "string" },
          "horizon-months": { type: "string" },
          "annual-discount": { type: "string" },
          margin: { type: "string" },
          "new-customers": { type: "string" },
          json: { type: "boolean", default: false },
          help: { type: "boolean", default: false },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  if (values.help) return "help";
  const [command, file, ...extra] = positionals;
  if (command !== "analyze") throw new UsageError(command ? `Unknown command "${command}".` : "No command given.");
  if (!file) throw new UsageError("No input file given.");
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  const asOf = values["as-of"];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of must be a date as YYYY-MM-DD; got "${asOf}".`);
  const timeUnit = values["time-unit"] ?? "week";
  if (timeUnit !== "day" && timeUnit !== "week") throw new UsageError(`--time-unit must be day or week; got "${timeUnit}".`);
  return {
    file,
    customerColumn: values.customer,
    dateColumn: values.date,
    amountColumn: values.amount,
    asOf,
    timeUnit,
    horizonMonths: numberOption("horizon-months", values["horizon-months"], 12, (v) => Number.isInteger(v) && v >= 1 && v <= 600, "a whole number of months from 1 to 600"),
    annualDiscountRate: numberOption("annual-discount", values["annual-discount"], 0.1, (v) => v >= 0 && v <= 1, "a fraction from 0 to 1 (0.1 = 10 %)"),
    grossMargin: numberOption("margin", values.margin, 1, (v) => v > 0 && v <= 1, "a fraction above 0 and at most 1 (0.3 = 30 %)"),
    expectedNewCustomers: numberOption("new-customers", values["new-customers"], 0, (v) => v >= 0, "a number ≥ 0"),
    json: values.json ?? false,
  };
}
