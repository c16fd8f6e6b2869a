import type { SubscriptionData } from "../core/subscriptions/readSubscriptionData";
import type { Language } from "../i18n/language";
import { renderSubscriptionCellProblem } from "../i18n/subscriptionMessages";
import { subscriptionText } from "../i18n/subscriptionStrings";

/**
 * Why subscription data read cannot be analysed yet, each reason a sentence in the user's language: every cell that
 * cannot be used (with its row and column), or no customer who has stayed a period; none when it can be analysed.
 * @example subscriptionDataProblems(readSubscriptionData(values), "da") // [] when every cell can be used
 */
export function subscriptionDataProblems(data: SubscriptionData, language: Language): string[] {
  if (data.problems.length > 0) return data.problems.map((problem) => renderSubscriptionCellProblem(problem, language));
  if (data.cohorts.every((cohort) => cohort.data.customers === 0)) return [subscriptionText(language, "noCustomers")];
  return [];
}
