import type { Language } from "../i18n/language";
import { subscriptionCliText } from "../i18n/subscriptionCliText";
import { runAnalyzeCommand, type CommandIo } from "./analyzeCommand";
import { languageOption } from "./options";
import { runSubscriptionsCommand } from "./subscriptionsCommand";
import { runSqlCommand } from "./sqlCommand";
import { sqlCliText } from "../i18n/sqlCliText";

/**
 * Runs the command `argv` names: `kundevaerdi subscriptions FILE …` (contract renewals), `kundevaerdi sql …` (the
 * summary query for a database) or `kundevaerdi analyze FILE …` (purchases, also for anything else, which it words as
 * a usage mistake). The general help (`--help` without a
 * command) names both commands.
 * @example runCommand(["subscriptions", "renewals.csv"], io, "da") // runs runSubscriptionsCommand
 */
export function runCommand(argv: readonly string[], io: CommandIo, language: Language): number {
  if (argv[0] === "subscriptions") return runSubscriptionsCommand(argv, io, language);
  if (argv[0] === "sql") return runSqlCommand(argv, io, language);
  const code = runAnalyzeCommand(argv, io, language);
  if (code === 0 && argv[0]?.startsWith("-") && argv.includes("--help")) {
    const helpLanguage = languageOption(argv) ?? language;
    io.stdout(`\n${subscriptionCliText(helpLanguage, "otherCommand")}\n${sqlCliText(helpLanguage, "otherCommand")}\n`);
  }
  return code;
}
