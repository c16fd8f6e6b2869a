import { reportFamily, type ReportSheet } from "../core/report/reportModel";
import type { Language } from "./language";
import { reportLabel } from "./reportLabels";
import { subscriptionLabel } from "./subscriptionLabels";

/**
 * The words for a key of a report sheet: on the subscriptions sheet its own words (subscriptionLabels.ts) before the
 * shared ones ("figure", "value"); on the purchase report's sheets the purchase report's words (reportLabels.ts).
 * An unknown key throws, as reportLabel does.
 * @example reportWord("da", "subscriptions", "subscriptions") // "Abonnementer"
 * @example reportWord("en", "overview", "headline") // "Key figures"
 */
export function reportWord(language: Language, sheet: ReportSheet["id"], key: string): string {
  return (reportFamily(sheet) === "subscriptions" ? subscriptionLabel(language, key) : undefined) ?? reportLabel(language, key);
}
