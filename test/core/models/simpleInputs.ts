import type { SimpleValueInputs } from "../../../src/core/models/customerValue";
import type { SpendHistory } from "../../../src/core/models/purchaseHistory";
import { daysPerUnit, type TimeUnit } from "../../../src/core/transactionLog";

/**
 * The simple CLV's inputs for a history without a log behind it: each customer's revenue taken as m̄ × (x + 1),
 * over the oldest customer's age, valued over `years` (default 1) at the given margin and rate.
 * @example analyzeCustomerValue(history, settings, simpleInputsOf(history, settings))
 */
export function simpleInputsOf(
  history: SpendHistory,
  settings: { timeUnit: TimeUnit; grossMargin: number; annualDiscountRate: number },
  years = 1,
): SimpleValueInputs {
  let oldest = 0;
  for (const age of history.T) if (age > oldest) oldest = age;
  return {
    revenue: history.monetary.map((monetary, i) => monetary * (history.frequency[i] + 1)),
    valuation: {
      observedYears: Math.max(oldest * daysPerUnit[settings.timeUnit], 1) / 365.25,
      lifetime: { kind: "years", years },
      grossMargin: settings.grossMargin,
      annualDiscountRate: settings.annualDiscountRate,
    },
  };
}
