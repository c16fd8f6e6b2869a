import { supportedAnalyses } from "../core/read/analysisSupport";
import type { PurchaseData } from "../core/read/readPurchaseData";
import type { Language } from "../i18n/language";
import { renderAnalysisSupport } from "../i18n/rowProblems";
import { wizardText } from "../i18n/wizardStrings";

/**
 * Whether the data read can be analysed (customer value needs amounts; a per-customer table needs the number of
 * purchases and an amount, for the simple CLV at least), and if not, why, in the user's language. Checked in the
 * Columns step before anything is computed, and again by every run.
 * @example analysisReadiness(readPurchaseData([["Kunde", "Antal køb"], ["Anna", 3]]), "en")
 * // { ready: false, message: "The table has no amounts, so spend cannot be computed; …" }
 */
export function analysisReadiness(data: PurchaseData, language: Language): { ready: true } | { ready: false; message: string } {
  if (data.layout === "transactions") {
    if (!data.log.hasAmounts) return { ready: false, message: wizardText(language, "blockedNoAmount") };
    if (data.log.length === 0) return { ready: false, message: wizardText(language, "blockedNoRows") };
    return { ready: true };
  }
  const support = supportedAnalyses(data).find((candidate) => candidate.analysis === "simpleClv");
  const why = support && renderAnalysisSupport(support, language);
  if (why) return { ready: false, message: why };
  if (data.table.length === 0) return { ready: false, message: wizardText(language, "blockedNoRows") };
  return { ready: true };
}
