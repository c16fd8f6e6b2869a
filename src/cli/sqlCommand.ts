import { SQL_DIALECTS, summarySql, type SqlDialect, type SummaryView } from "../core/sql/summarySql";
import { dayOfIsoDateText } from "../core/read/civilDate";
import type { TimeUnit } from "../core/transactionLog";
import type { Language } from "../i18n/language";
import { renderSqlUsageProblem, sqlCliText, type SqlUsageProblem } from "../i18n/sqlCliText";
import type { CommandIo } from "./analyzeCommand";
import { languageOption } from "./options";
import { parseCommandArgs } from "./commandArgs";

/** A mistake on the command line of `kundevaerdi sql`. */
class SqlUsageError extends Error {
  constructor(readonly problem: SqlUsageProblem) {
    super(renderSqlUsageProblem(problem, "en"));
  }
}


/** A choice among `allowed`, or `fallback` when not given. */
function choice<T extends string>(option: string, given: string | undefined, allowed: readonly T[], fallback: T): T {
  if (given === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(given)) throw new SqlUsageError({ code: "invalidValue", option, given, allowed: allowed.join(", ") });
  return given as T;
}

/** A name the query needs (a table or a column). */
function required(option: string, given: string | undefined): string {
  if (given === undefined || given.trim() === "") throw new SqlUsageError({ code: "missingOption", option });
  return given;
}

/** Parses `sql [options]` into summarySql's options, or "help". */
function parseSqlOptions(argv: readonly string[]): Parameters<typeof summarySql>[0] | "help" {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      dialect: { type: "string" },
      table: { type: "string" },
      customer: { type: "string" },
      date: { type: "string" },
      amount: { type: "string" },
      "as-of": { type: "string" },
      "holdout-until": { type: "string" },
      view: { type: "string" },
      "time-unit": { type: "string" },
      grouped: { type: "boolean", default: false },
      language: { type: "string" },
      help: { type: "boolean", default: false },
    },
    (problem) => new SqlUsageError(problem),
  );
  if (values.help) return "help";
  if (positionals.length > 1) throw new SqlUsageError({ code: "unexpectedArgument", argument: positionals[1] });
  const asOf = values["as-of"];
  const holdoutUntil = values["holdout-until"];
  for (const [option, date] of [["as-of", asOf], ["holdout-until", holdoutUntil]] as const) {
    if (date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || dayOfIsoDateText(date) === undefined)) {
      throw new SqlUsageError({ code: "invalidValue", option, given: date, allowed: "YYYY-MM-DD" });
    }
  }
  if (asOf !== undefined && holdoutUntil !== undefined && holdoutUntil > asOf) {
    throw new SqlUsageError({ code: "holdoutAfterEnd", holdoutUntil, asOf });
  }
  return {
    dialect: choice<SqlDialect>("dialect", values.dialect, SQL_DIALECTS, "duckdb"),
    table: required("table", values.table),
    customer: required("customer", values.customer),
    date: required("date", values.date),
    amount: values.amount,
    asOf,
    holdoutUntil,
    view: choice<SummaryView>("view", values.view, ["table", "model"], "table"),
    timeUnit: choice<TimeUnit>("time-unit", values["time-unit"], ["day", "week"], "week"),
    grouped: values.grouped,
  };
}

/**
 * `kundevaerdi sql --table T --customer C --date D [--amount A] [options]`: prints the SQL that computes the
 * per-customer summary in the database (summarySql), for DuckDB or PostgreSQL. A mistake goes to stderr in the
 * command's language with what to write, exit code 2.
 * @example runSqlCommand(["sql", "--table", "orders", "--customer", "customer_id", "--date", "order_date", "--amount", "total"], io) // 0
 */
export function runSqlCommand(argv: readonly string[], io: CommandIo, defaultLanguage: Language = "en"): number {
  const language = languageOption(argv) ?? defaultLanguage;
  try {
    const options = parseSqlOptions(argv);
    io.stdout(options === "help" ? sqlCliText(language, "usage") : summarySql(options));
    return 0;
  } catch (error) {
    if (!(error instanceof SqlUsageError)) throw error;
    io.stderr(`kundevaerdi: ${renderSqlUsageProblem(error.problem, language)}\n${sqlCliText(language, "seeHelp")}\n`);
    return 2;
  }
}
