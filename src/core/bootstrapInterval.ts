import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { exp, floor, max, min, sqrt } from "./hotGlobals";
import { InputError } from "./inputError";
import { RandomStream } from "./random/randomStream";

// Hand-written: no installed package resamples; this one draws from the project's seeded RandomStream, reproducibly.

/** Resamples drawn when the caller asks for no other number (Efron & Tibshirani 1993 ask for 1,000 or more for percentiles). */
export const BOOTSTRAP_REPLICATES = 10_000;

/** The seed of the resampling, fixed so that the same data always give the same interval. */
export const BOOTSTRAP_SEED = 20_251_006;

/**
 * The most values drawn in one bootstrap (resamples × draws per resample), about half a second at Node 20's 6 ns a
 * draw: two groups of 100,000 customers get 400 resamples instead of 10,000, larger groups fewer still, down to the
 * minimum below. The minimum is a floor, not a budget: two whole columns, 2 × 1,048,576 customers, still draw
 * 200 × 2,097,152 = 420 million values, and with 8 MB of values a group nearly every draw misses the cache (about 22 ns),
 * so they take about 9.5 seconds (measured), not the budget's half second.
 */
export const BOOTSTRAP_DRAW_BUDGET = 80_000_000;

/** The fewest resamples the draw budget may leave; with them, each percentile is still the 5th or more from its end. */
export const MINIMUM_BOOTSTRAP_REPLICATES = 200;

/** A percentile bootstrap interval with how many resamples made it and how precise its ends are. */
export interface BootstrapInterval {
  low: number;
  high: number;
  replicates: number;
  /** The standard deviation of the resampled differences: the bootstrap's standard error of the difference. */
  standardError: number;
  /**
   * The Monte Carlo standard error of each end (what another seed would change): a sample quantile's asymptotic
   * standard error √(p(1 − p)/B) / f(q_p), with the density f taken as normal, se · √(p(1 − p)/B) / φ(z_p), at
   * p = (1 − confidence)/2 (Serfling 1980, "Approximation Theorems of Mathematical Statistics", §2.3).
   */
  monteCarloError: number;
}

/**
 * How many resamples a bootstrap draws when each takes `drawsPerReplicate` values (nA + nB, less a constant group's,
 * whose resampled mean is always its value): `requested`, but no more than BOOTSTRAP_DRAW_BUDGET draws in all allow
 * and no fewer than MINIMUM_BOOTSTRAP_REPLICATES (or `requested`, if fewer).
 * @example bootstrapReplicateCount(10_000, 200_000) // 400
 */
export function bootstrapReplicateCount(requested: number, drawsPerReplicate: number): number {
  if (drawsPerReplicate === 0) return requested;
  return min(requested, max(MINIMUM_BOOTSTRAP_REPLICATES, floor(BOOTSTRAP_DRAW_BUDGET / drawsPerReplicate)));
}

/**
 * `replicates` bootstrap differences in means: each resamples nA values from A and nB from B with replacement (A's
 * draws first, then B's, from `random`) and gives mean(B*) − mean(A*), in the order drawn. A constant group
 * contributes its value without draws. Plain loops over Float64Arrays: groups of 1,048,576 values are fine.
 * Source: Efron & Tibshirani (1993), "An Introduction to the Bootstrap", §8.3 (the two-sample problem).
 * @example bootstrapMeanDifferences(Float64Array.of(1, 2), Float64Array.of(5), 3, new RandomStream(1)) // Float64Array [3.5, 3, 3.5]
 */
export function bootstrapMeanDifferences(valuesA: Float64Array, valuesB: Float64Array, replicates: number, random: RandomStream): Float64Array {
  const nA = valuesA.length;
  const nB = valuesB.length;
  const fixedA = isConstant(valuesA) ? valuesA[0] : Number.NaN;
  const fixedB = isConstant(valuesB) ? valuesB[0] : Number.NaN;
  const differences = new Float64Array(replicates);
  for (let replicate = 0; replicate < replicates; replicate += 1) {
    const meanA = Number.isNaN(fixedA) ? resampledMean(valuesA, nA, random) : fixedA;
    const meanB = Number.isNaN(fixedB) ? resampledMean(valuesB, nB, random) : fixedB;
    differences[replicate] = meanB - meanA;
  }
  return differences;
}

function resampledMean(values: Float64Array, n: number, random: RandomStream): number {
  let sum = 0;
  for (let draw = 0; draw < n; draw += 1) sum += values[random.below(n)];
  return sum / n;
}

function isConstant(values: Float64Array): boolean {
  const first = values[0];
  for (let index = 1; index < values.length; index += 1) if (values[index] !== first) return false;
  return true;
}

/**
 * The percentile interval from sorted bootstrap replicates: with α = (1 − confidence)/2 and k = ⌊(B + 1)α⌋ (at least
 * 1), the k-th smallest and the k-th largest of the B replicates, so both ends are placed alike.
 * Source: Efron & Tibshirani (1993), §13.3 (percentile interval) and §12.5 (the (B + 1)α rule when Bα is not whole).
 * @example percentileInterval(Float64Array.from({ length: 10_000 }, (_, i) => i + 1), 0.95) // { low: 250, high: 9751 }
 */
export function percentileInterval(sorted: Float64Array, confidence: number): { low: number; high: number } {
  const count = sorted.length;
  // The nudge keeps a whole (B + 1)α whole: (1 − 0.9)/2 is 0.04999…, and 10,000 × 0.04999… would floor to 499.
  const k = max(1, min(count, floor((count + 1) * ((1 - confidence) / 2) + 1e-9)));
  return { low: sorted[k - 1], high: sorted[count - k] };
}

/**
 * The percentile bootstrap interval of the difference in means B − A (see bootstrapMeanDifferences and
 * percentileInterval), with `replicates` resamples (default 10,000, fewer for large groups: bootstrapReplicateCount)
 * from a RandomStream seeded with `seed` (default BOOTSTRAP_SEED), so the same data always give the same interval.
 * A group with a single value has nothing to resample from: every field but `replicates` is NaN. `confidence` is
 * strictly between 0 and 1; `replicates` a whole number ≥ 1, else `mustBePositiveWholeNumber`; empty groups,
 * `noValues`.
 * Source: Efron & Tibshirani (1993), "An Introduction to the Bootstrap", Chapman & Hall, ch. 8 and 13.
 * @example bootstrapInterval([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0, 2], [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4], 0.95) // { low: -0.04, high: 3.18, replicates: 10000, standardError: 0.82, monteCarloError: 0.022 }
 */
export function bootstrapInterval(
  valuesA: ArrayLike<number>,
  valuesB: ArrayLike<number>,
  confidence: number,
  options: { replicates?: number; seed?: number } = {},
): BootstrapInterval {
  const requested = options.replicates ?? BOOTSTRAP_REPLICATES;
  if (!(Number.isInteger(requested) && requested >= 1)) throw new InputError("mustBePositiveWholeNumber", "replicates", { value: requested });
  if (valuesA.length === 0) throw new InputError("noValues", "valuesA", {});
  if (valuesB.length === 0) throw new InputError("noValues", "valuesB", {});
  if (valuesA.length < 2 || valuesB.length < 2) return { low: Number.NaN, high: Number.NaN, replicates: 0, standardError: Number.NaN, monteCarloError: Number.NaN };
  const a = asFloat64(valuesA);
  const b = asFloat64(valuesB);
  const draws = (isConstant(a) ? 0 : a.length) + (isConstant(b) ? 0 : b.length);
  const replicates = bootstrapReplicateCount(requested, draws);
  const differences = bootstrapMeanDifferences(a, b, replicates, new RandomStream(options.seed ?? BOOTSTRAP_SEED));
  const standardError = standardDeviation(differences);
  differences.sort();
  const { low, high } = percentileInterval(differences, confidence);
  const tail = (1 - confidence) / 2;
  const z = normalQuantile(tail, 0, 1);
  const density = exp(-0.5 * z * z) / sqrt(2 * Math.PI);
  const monteCarloError = (sqrt((tail * (1 - tail)) / replicates) * standardError) / density;
  return { low, high, replicates, standardError, monteCarloError };
}

function asFloat64(values: ArrayLike<number>): Float64Array {
  if (values instanceof Float64Array) return values;
  const copy = new Float64Array(values.length);
  for (let index = 0; index < values.length; index += 1) copy[index] = values[index];
  return copy;
}

function standardDeviation(values: Float64Array): number {
  const count = values.length;
  if (count < 2) return 0;
  let sum = 0;
  for (let index = 0; index < count; index += 1) sum += values[index];
  const mean = sum / count;
  let squares = 0;
  for (let index = 0; index < count; index += 1) squares += (values[index] - mean) * (values[index] - mean);
  return sqrt(squares / (count - 1));
}
