import type { ValueDistributions } from "./valueDistributions";
import { ceil, max, min } from "../hotGlobals";

/** Per-customer CLV intervals. */
export interface ClvIntervals {
  /** The central probability, e.g. 0.8 for the 10th–90th percentile. */
  level: number;
  low: Float64Array;
  high: Float64Array;
}

/**
 * The u-quantile of a customer's predictive distribution of future value: the mixture
 *   P(V ≤ y) = (1 − P(alive)) + P(alive) · F_W(y / scale),  y ≥ 0,
 * of an atom at 0 (dropped out) and the scaled group distribution F_W (which has its own atom at 0: alive but
 * no purchase in the horizon). The quantile is inf{y : P(V ≤ y) ≥ u}, read from the group's sorted samples in
 * O(1), so atoms are kept exactly: u ≤ 1 − P(alive) gives 0.
 * @example predictiveQuantile(distributions, distributions.groupOf[i], distributions.scale[i], pAlive[i], 0.9)
 */
export function predictiveQuantile(distributions: ValueDistributions, group: number, scale: number, probabilityAlive: number, u: number): number {
  if (u <= 1 - probabilityAlive || probabilityAlive <= 0) return 0;
  const samples = distributions.samplesPerGroup;
  const level = (u - (1 - probabilityAlive)) / probabilityAlive;
  const rank = min(samples - 1, max(0, ceil(level * samples - 1e-9) - 1));
  return scale * distributions.sortedValues[group * samples + rank];
}

/**
 * The 80 % (or `level`) CLV interval of every customer: the (1 − level)/2 and (1 + level)/2 quantiles of their
 * predictive distribution of future value (docs/ARCHITECTURE.md, "Models"; see simulateValueDistributions). Because the
 * distribution has an atom at 0, P(V < low) ≤ 10 % and P(V ≤ high) ≥ 90 %, so the interval holds the outcome at
 * least 80 % of the time; low = high = 0 when P(alive) is below 10 %.
 * @example clvIntervals(distributions, prediction.probabilityAlive) // { level: 0.8, low, high }
 */
export function clvIntervals(distributions: ValueDistributions, probabilityAlive: Float64Array, level = 0.8): ClvIntervals {
  const lowLevel = (1 - level) / 2;
  const highLevel = (1 + level) / 2;
  const count = probabilityAlive.length;
  const low = new Float64Array(count);
  const high = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const group = distributions.groupOf[i];
    const scale = distributions.scale[i];
    low[i] = predictiveQuantile(distributions, group, scale, probabilityAlive[i], lowLevel);
    high[i] = predictiveQuantile(distributions, group, scale, probabilityAlive[i], highLevel);
  }
  return { level, low, high };
}
