import quantile from "@stdlib/stats-base-dists-normal-quantile";
import { sqrt } from "./hotGlobals";
import type { NetPromoterCounts } from "./netPromoterScore";

/** An NPS with its confidence interval, in points from −100 to 100. */
export interface NetPromoterInterval {
  /** The NPS itself: % promoters − % detractors. */
  score: number;
  low: number;
  high: number;
}

/** The adjusted-Wald NPS of counts (as a fraction) and the variance of that estimate. */
export interface AdjustedNetPromoter {
  adjusted: number;
  variance: number;
}

/**
 * The adjusted-Wald estimate of an NPS: ¾ added to the promoters and to the detractors and 3 to the answers, then the
 * variance of a difference of two proportions of one sample, (p₊ + p₋ − (p₊ − p₋)²) / n, on the adjusted counts.
 * Source: Rocks (2016), "Interval Estimation for the 'Net Promoter Score'", The American Statistician 70(4), the
 * adjusted Wald with the best coverage; as Lewis & Sauro (MeasuringU, 2021) apply it.
 * @example adjustedNetPromoter({ promoters: 4, detractors: 2, answers: 8 }) // { adjusted: 2/11 = 0.1818, variance: 0.05898 }
 */
export function adjustedNetPromoter({ promoters, detractors, answers }: NetPromoterCounts): AdjustedNetPromoter {
  const n = answers + 3;
  const promoterShare = (promoters + 0.75) / n;
  const detractorShare = (detractors + 0.75) / n;
  const adjusted = promoterShare - detractorShare;
  return { adjusted, variance: (promoterShare + detractorShare - adjusted * adjusted) / n };
}

/**
 * The NPS of counts with its adjusted-Wald confidence interval at `confidence` (0.95 = 95 %), clamped to −100…100.
 * Source: see adjustedNetPromoter.
 * @example netPromoterInterval({ promoters: 4, detractors: 2, answers: 8 }, 0.95) // { score: 25, low: −29.42, high: 65.78 }
 */
export function netPromoterInterval(counts: NetPromoterCounts, confidence: number): NetPromoterInterval {
  const { adjusted, variance } = adjustedNetPromoter(counts);
  const margin = quantile(1 - (1 - confidence) / 2, 0, 1) * sqrt(variance);
  return {
    score: (100 * (counts.promoters - counts.detractors)) / counts.answers,
    low: Math.max(-100, 100 * (adjusted - margin)),
    high: Math.min(100, 100 * (adjusted + margin)),
  };
}
