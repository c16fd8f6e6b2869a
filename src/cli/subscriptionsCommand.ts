import { splitDelimitedText } from "../core/read/delimitedText";
import { decodeText } from "../core/read/textDecoding";
import { analyzeSubscriptions } from "../core/subscriptions/analyzeSubscriptions";
import { readSubscriptionData, type SubscriptionData } from "../core/subscriptions/readSubscriptionData";
import { SubscriptionDataError } from "../core/subscriptions/subscriptionDataError";
import { renderInputError } from "../i18n/errorMessages";
import type { Language } from "../i18n/language";
import { renderSubscriptionUsageProblem, subscriptionCliText } from "../i18n/subscriptionCliText";
import { renderSubscriptionCellProblem, renderSubscriptionDataError, subscriptionDataName } from "../i18n/subscriptionMessages";
import type { CommandIo } from "./analyzeCommand";
import { languageOption } from "./options";
import { renderSubscriptionsJson } from "./subscriptionsJson";
import { parseSubscriptionsOptions, SubscriptionsUsageError, type SubscriptionsOptions } from "./subscriptionsOptions";
import { renderSubscriptionsText } from "./subscriptionsText";

/** Cells listed when some cannot be used. */
const LISTED_PROBLEMS = 10;

/** The first line prefixed with the command's name, the others (details, advice) indented under it; exit code 1. */
function refuse(io: CommandIo, lines: string[]): number {
  io.stderr(lines.map((line, index) => (index === 0 ? `kundevaerdi: ${line}` : `  ${line}`)).join("\n") + "\n");
  return 1;
}

/** Why the data read cannot be analysed (cells that cannot be used, no customer to fit), or undefined when it can. */
function unusable(data: SubscriptionData, file: string, language: Language): string[] | undefined {
  const count = (value: number) => new Intl.NumberFormat({ en: "en-GB", da: "da-DK", sv: "sv-SE" }[language]).format(value);
  if (data.problems.length > 0) {
    const listed = data.problems.slice(0, LISTED_PROBLEMS).map((problem) => renderSubscriptionCellProblem(problem, language));
    const more = data.problems.length - listed.length;
    return [
      subscriptionCliText(language, "cellProblems", { count: count(data.problems.length), file }),
      ...listed,
      ...(more > 0 ? [subscriptionCliText(language, "moreProblems", { count: count(more) })] : []),
      subscriptionCliText(language, "fixCells"),
    ];
  }
  if (data.cohorts.every((cohort) => cohort.data.customers === 0)) {
    if (data.firstPeriodCustomers > 0) return [subscriptionCliText(language, "onlyFirstPeriod", { count: count(data.firstPeriodCustomers), file })];
    return [subscriptionCliText(language, "headerOnly", { file })];
  }
  return undefined;
}

/**
 * `kundevaerdi subscriptions FILE [options]`: reads contract renewals (one row per customer — periods stayed and still
 * active — or a survivors curve; any of UTF-8, UTF-16 and Windows-1252, any common delimiter), fits the sBG model to
 * each cohort and prints the report as text or (with --json) JSON. Mistakes go to stderr in the command's language
 * with the row and column and what to do, exit code 2 (usage) or 1 (data, or no cohort could be fitted). The language
 * is --language, else `defaultLanguage` (the environment's locale).
 * @example runSubscriptionsCommand(["subscriptions", "renewals.csv", "--json"], io) // 0, with the JSON on io.stdout
 */
export function runSubscriptionsCommand(argv: readonly string[], io: CommandIo, defaultLanguage: Language = "en"): number {
  let language = languageOption(argv) ?? defaultLanguage;
  let options: SubscriptionsOptions | "help";
  try {
    options = parseSubscriptionsOptions(argv);
  } catch (error) {
    if (!(error instanceof SubscriptionsUsageError)) throw error;
    io.stderr(`kundevaerdi: ${renderSubscriptionUsageProblem(error.problem, language)}\n${subscriptionCliText(language, "seeHelp")}\n`);
    return 2;
  }
  if (options === "help") {
    io.stdout(`${subscriptionCliText(language, "usage")}\n`);
    return 0;
  }
  language = options.language ?? language;
  const { file } = options;

  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    return refuse(io, [subscriptionCliText(language, "cannotRead", { file, reason: (error as Error).message })]);
  }
  const decoded = decodeText(bytes);
  const split = splitDelimitedText(decoded.text);
  let data: SubscriptionData;
  try {
    data = readSubscriptionData(split.rows, { columns: options.columns, rowNumbers: split.lineNumbers });
  } catch (error) {
    if (!(error instanceof SubscriptionDataError)) throw error;
    const advice = error.code === "noData" || error.code === "noHeader" ? [] : [subscriptionCliText(language, "columnAdvice")];
    return refuse(io, [`${file}: ${renderSubscriptionDataError(error, language)}`, ...advice]);
  }
  const notReady = unusable(data, file, language);
  if (notReady) return refuse(io, notReady);

  const settings = { projectPeriods: options.projectPeriods, discountRate: options.discountRate, valuePerPeriod: options.valuePerPeriod };
  const analysis = analyzeSubscriptions(data.cohorts, settings, subscriptionDataName(data.columns, language));
  if (analysis.cohorts.every((cohort) => !cohort.fit)) {
    return refuse(io, [
      subscriptionCliText(language, "noneFitted", { file }),
      ...analysis.cohorts.map((cohort) => (cohort.refusal ? renderInputError(cohort.refusal, language) : "")),
    ]);
  }
  const facts = { file, encoding: decoded.encoding, delimiter: split.delimiter };
  io.stdout(options.json ? renderSubscriptionsJson(analysis, data, facts, language) : renderSubscriptionsText(analysis, data, file, language));
  return 0;
}
