import cdf from "@stdlib/stats-base-dists-normal-cdf";
import quantile from "@stdlib/stats-base-dists-normal-quantile";
import { abs, sqrt } from "./hotGlobals";
import { adjustedNetPromoter } from "./netPromoterInterval";
import type { NetPromoterCounts } from "./netPromoterScore";

/** How the NPS of a later sample differs from an earlier one's, and whether the difference is larger than chance. */
export interface NetPromoterComparison {
  /** Later NPS − earlier NPS, in points. */
  change: number;
  /** The confidence interval of the change, in points (−200…200). */
  low: number;
  high: number;
  /** Two-sided p-value of no change. */
  pValue: number;
  /** Whether the interval excludes 0 (p below 1 − confidence). */
  largerThanChance: boolean;
}

/**
 * Compares two independent NPS samples: the change in NPS, its adjusted-Wald confidence interval (the two adjusted
 * estimates' variances added) and the two-sided z-test of no change on the adjusted estimates.
 * Source: Rocks (2016), The American Statistician 70(4) (adjusted Wald for one NPS); Lewis & Sauro (MeasuringU, 2021),
 * "How to statistically compare two Net Promoter Scores" (the difference of two adjusted-Wald estimates).
 * @example compareNetPromoterScores({ promoters: 40, detractors: 30, answers: 100 }, { promoters: 55, detractors: 20, answers: 100 }, 0.95).change // 25
 */
export function compareNetPromoterScores(earlier: NetPromoterCounts, later: NetPromoterCounts, confidence: number): NetPromoterComparison {
  const before = adjustedNetPromoter(earlier);
  const after = adjustedNetPromoter(later);
  const difference = after.adjusted - before.adjusted;
  const standardError = sqrt(before.variance + after.variance);
  const margin = quantile(1 - (1 - confidence) / 2, 0, 1) * standardError;
  const pValue = 2 * (1 - cdf(abs(difference) / standardError, 0, 1));
  const change = 100 * ((later.promoters - later.detractors) / later.answers - (earlier.promoters - earlier.detractors) / earlier.answers);
  const low = Math.max(-200, 100 * (difference - margin));
  const high = Math.min(200, 100 * (difference + margin));
  return { change, low, high, pValue, largerThanChance: low > 0 || high < 0 };
}
