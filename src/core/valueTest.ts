import { requireOpenFraction } from "./argumentChecks";
import { bootstrapInterval } from "./bootstrapInterval";
import { abs, max } from "./hotGlobals";
import { sampleMoments, welchInterval, type StudentT, type WelchTest } from "./welchTest";

/** Whether Welch's interval can be trusted, judged by the bootstrap: "notAvailable" when a group has a single value. */
export type ValueTestVerdict = "agree" | "disagree" | "notAvailable";

/** An A/B test on value per customer: Welch's interval and test, checked against a bootstrap interval. */
export interface ValueTest extends WelchTest {
  /** Each group's sample skewness (Excel's SKEW); NaN below 3 values or for a constant group. */
  skewnessA: number;
  skewnessB: number;
  /** The percentile bootstrap interval of the difference; NaN when a group has a single value. */
  bootstrapLow: number;
  bootstrapHigh: number;
  /** Resamples drawn (fewer than asked for with large groups; 0 when a group has a single value). */
  replicates: number;
  /** Whether both intervals lie above 0, both below, or both include it. */
  sameConclusion: boolean;
  /** The larger gap between the intervals' corresponding ends, as a fraction of the Welch interval's width. */
  endpointGap: number;
  /** The largest gap taken as agreement, as a fraction of that width: the tolerance plus the bootstrap's Monte Carlo allowance. */
  allowedGap: number;
  /** "agree": same conclusion and ends within allowedGap; "disagree": the Welch interval is not to be trusted. */
  verdict: ValueTestVerdict;
  /**
   * Whether the difference is larger than chance by both checks: Welch's interval leaves out 0 and the bootstrap
   * interval leaves it out on the same side. False when either includes 0, and when a group has a single value.
   */
  largerThanChance: boolean;
}

/** The options of testValue. */
export interface ValueTestOptions {
  /** Bootstrap resamples (default 10,000; fewer for large groups, see bootstrapReplicateCount). */
  replicates?: number;
  /** The bootstrap's seed (default BOOTSTRAP_SEED): the same data and seed always give the same result. */
  seed?: number;
  /** The largest gap between corresponding ends taken as agreement, as a fraction of the Welch interval's width (default 0.1). */
  tolerance?: number;
  /** The names of the two groups' arguments, for a `noValues` error (default "valuesA", "valuesB"). */
  groupArguments?: readonly [string, string];
}

/** The default tolerance: each end of the bootstrap interval within 10 % of the Welch interval's width of Welch's end. */
export const VALUE_TEST_TOLERANCE = 0.1;

/**
 * Tests a difference in value per customer (revenue, CLV) between groups A and B: Welch's t interval and p-value of
 * meanB − meanA (welchInterval), checked against the percentile bootstrap interval of the same difference
 * (bootstrapInterval, seeded, so reproducible). They agree when both lead to the same conclusion about 0 (both above,
 * both below or both including it) and each bootstrap end is within `tolerance` × (Welch width) + 2 Monte Carlo
 * standard errors of Welch's; when they disagree, Welch's normal approximation does not hold for these data (heavy
 * skew, few customers, a few big spenders) and its interval is not to be trusted.
 *
 * What the default tolerance of 0.1 catches: skew moves both percentile ends by about γ(z² − 1)/6 standard errors,
 * 0.12·γ of Welch's width (Cornish–Fisher; γ the skewness of the difference's sampling distribution), so γ above about
 * 0.8 is flagged. For normal data the percentile interval is narrower than Welch's by the factor z·√((n − 1)/n)/t:
 * groups of 5 customers nearly always disagree, of 6 about half the time, of 8 to 20 about 1 time in 25 (mostly
 * conclusions near 0), by simulation.
 *
 * The difference is `largerThanChance` only when both checks leave out 0 on the same side: a "significant" Welch
 * interval that the bootstrap does not confirm (or the reverse) is not taken as an effect. The endpoint gap does not
 * enter: intervals of the same sign that differ in their ends say the effect is real but its size uncertain.
 *
 * Edge cases: a group with a single value has every interval field and the p-value NaN, verdict "notAvailable",
 * largerThanChance false; both groups constant give the exact difference (both intervals that point, p-value 1 or
 * 0), verdict "agree"; an empty group is `noValues`. `student` is Student's t quantile and CDF, which the caller
 * loads (large modules); `confidence` is strictly between 0 and 1, else `openFractionRange`.
 * Source: Welch (1947), Biometrika 34(1/2); Efron & Tibshirani (1993), "An Introduction to the Bootstrap", ch. 13;
 * Hall (1988), "Theoretical comparison of bootstrap confidence intervals", Annals of Statistics 16(3).
 * @example testValue([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0, 2], [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4], 0.95, { quantile: tQuantile, cdf: tCdf }) // { difference: 1.58, low: -0.2055, high: 3.3655, pValue: 0.0794, bootstrapLow: -0.04, bootstrapHigh: 3.18, verdict: "agree", largerThanChance: false, … }
 */
export function testValue(valuesA: ArrayLike<number>, valuesB: ArrayLike<number>, confidence: number, student: StudentT, options: ValueTestOptions = {}): ValueTest {
  requireOpenFraction(confidence, "confidence");
  const [argumentA, argumentB] = options.groupArguments ?? ["valuesA", "valuesB"];
  const tolerance = options.tolerance ?? VALUE_TEST_TOLERANCE;
  const a = sampleMoments(valuesA, argumentA);
  const b = sampleMoments(valuesB, argumentB);
  const welch = welchInterval(a, b, confidence, student);
  const bootstrap = bootstrapInterval(valuesA, valuesB, confidence, { replicates: options.replicates, seed: options.seed });
  const common = { ...welch, skewnessA: a.skewness, skewnessB: b.skewness, bootstrapLow: bootstrap.low, bootstrapHigh: bootstrap.high, replicates: bootstrap.replicates };
  if (Number.isNaN(welch.low) || Number.isNaN(bootstrap.low)) {
    return { ...common, sameConclusion: false, endpointGap: Number.NaN, allowedGap: Number.NaN, verdict: "notAvailable", largerThanChance: false };
  }
  const width = welch.high - welch.low;
  const gap = max(abs(bootstrap.low - welch.low), abs(bootstrap.high - welch.high));
  const endpointGap = gap === 0 ? 0 : width === 0 ? Number.POSITIVE_INFINITY : gap / width;
  const allowedGap = width === 0 ? tolerance : tolerance + (2 * bootstrap.monteCarloError) / width;
  const welchSide = side(welch.low, welch.high);
  const sameConclusion = welchSide === side(bootstrap.low, bootstrap.high);
  const verdict = sameConclusion && endpointGap <= allowedGap ? "agree" : "disagree";
  return { ...common, sameConclusion, endpointGap, allowedGap, verdict, largerThanChance: sameConclusion && welchSide !== "includes" };
}

/** Where an interval lies relative to 0. */
function side(low: number, high: number): "above" | "below" | "includes" {
  return low > 0 ? "above" : high < 0 ? "below" : "includes";
}
