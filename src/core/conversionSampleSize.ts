import quantile from "@stdlib/stats-base-dists-normal-quantile";
import { requireFraction } from "./argumentChecks";
import { ceil, sqrt } from "./hotGlobals";
import { InputError } from "./inputError";

/**
 * Visitors needed in each group of an A/B test to detect a conversion rate of baselineRate + uplift against
 * baselineRate with the given power, at a two-sided `confidence`:
 * n = [z₁₋α/₂·√(2p̄q̄) + z₁₋β·√(p₁q₁ + p₂q₂)]² / (p₂ − p₁)², rounded up, p̄ the mean of the two rates.
 * Source: Fleiss, Levin & Paik (2003), "Statistical Methods for Rates and Proportions", 3rd ed., eq. 4.14
 * (without the continuity correction).
 * @example conversionSampleSize(0.1, 0.02, 0.8, 0.95) // 3841
 */
export function conversionSampleSize(baselineRate: number, uplift: number, power: number, confidence: number): number {
  const p1 = requireFraction(baselineRate, "baselineRate");
  const p2 = p1 + uplift;
  if (!(p1 > 0 && p1 < 1)) throw new InputError("fractionRange", "baselineRate", { value: p1 });
  if (uplift === 0) throw new InputError("mustBePositive", "minimumUplift", { value: uplift });
  if (p2 >= 1) throw new InputError("mustNotExceed", "minimumUplift", { value: uplift, limit: 1 - p1, limitArgument: "1 − baselineRate" });
  if (p2 <= 0) throw new InputError("mustNotExceed", "minimumUplift", { value: -uplift, limit: p1, limitArgument: "baselineRate" });
  const zAlpha = quantile(1 - (1 - confidence) / 2, 0, 1);
  const zBeta = quantile(requireFraction(power, "power"), 0, 1);
  const mean = (p1 + p2) / 2;
  const numerator = zAlpha * sqrt(2 * mean * (1 - mean)) + zBeta * sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return ceil((numerator * numerator) / (uplift * uplift));
}
