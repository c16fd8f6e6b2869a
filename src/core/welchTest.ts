import { abs, min, sqrt } from "./hotGlobals";
import { InputError } from "./inputError";

// Hand-written rather than @stdlib/stats-ttest2: the t quantile and CDF come from the caller (loaded on first use), and
// constant groups get an exact answer instead of NaN.

/**
 * Student's t distribution as the caller gives it: its quantile and its CDF (both are large modules, which the
 * worksheet functions load on first use, so core takes them as arguments).
 */
export interface StudentT {
  quantile(p: number, degreesOfFreedom: number): number;
  cdf(t: number, degreesOfFreedom: number): number;
}

/** A group's count, mean, sample variance (n − 1), sample skewness and whether every value is the same. */
export interface SampleMoments {
  n: number;
  mean: number;
  /** Σ(x − mean)² / (n − 1); NaN for a single value, exactly 0 when every value is the same. */
  variance: number;
  /** Excel's SKEW: n / ((n − 1)(n − 2)) · Σ((x − mean)/s)³; NaN below 3 values or when every value is the same. */
  skewness: number;
  constant: boolean;
}

/**
 * The moments of one group's values (finite numbers, read as the caller's range readers give them), by the corrected
 * two-pass algorithm; a group whose values are all the same has that value as its mean and variance 0 exactly. No
 * values at all is a `noValues` error on `argument`. Plain loops: a whole column (1,048,576 values) is fine.
 * Source: Chan, Golub & LeVeque (1983), "Algorithms for computing the sample variance", The American Statistician
 * 37(3), eq. 1.7 (corrected two-pass); the skewness is the adjusted Fisher–Pearson G1 that Excel's SKEW computes.
 * @example sampleMoments([1, 2, 6], "valuesA") // { n: 3, mean: 3, variance: 7, skewness: 1.4579, constant: false }
 */
export function sampleMoments(values: ArrayLike<number>, argument: string): SampleMoments {
  const n = values.length;
  if (n === 0) throw new InputError("noValues", argument, {});
  let sum = 0;
  let lowest = values[0];
  let highest = values[0];
  for (let index = 0; index < n; index += 1) {
    const value = values[index];
    sum += value;
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }
  if (lowest === highest) return { n, mean: lowest, variance: n < 2 ? Number.NaN : 0, skewness: Number.NaN, constant: true };
  const roughMean = sum / n;
  let deviations = 0;
  let squares = 0;
  for (let index = 0; index < n; index += 1) {
    const deviation = values[index] - roughMean;
    deviations += deviation;
    squares += deviation * deviation;
  }
  const mean = roughMean + deviations / n;
  const variance = (squares - (deviations * deviations) / n) / (n - 1);
  let cubes = 0;
  for (let index = 0; index < n; index += 1) {
    const deviation = values[index] - mean;
    cubes += deviation * deviation * deviation;
  }
  const skewness = n < 3 ? Number.NaN : ((n / ((n - 1) * (n - 2))) * cubes) / (variance * sqrt(variance));
  return { n, mean, variance, skewness, constant: false };
}

/** Welch's comparison of two means: B − A with its interval, test statistic, degrees of freedom and p-value. */
export interface WelchTest {
  meanA: number;
  meanB: number;
  nA: number;
  nB: number;
  /** meanB − meanA, always given. */
  difference: number;
  /** The interval of the difference; NaN when a group has a single value (no variance to estimate). */
  low: number;
  high: number;
  /** √(s²A/nA + s²B/nB); 0 when both groups are constant, NaN with a single value. */
  standardError: number;
  /** difference / standardError; NaN when that is 0/0 or a group has a single value. */
  statistic: number;
  /** Welch–Satterthwaite degrees of freedom; NaN when both groups are constant or a group has a single value. */
  degreesOfFreedom: number;
  /** Two-sided p-value of no difference; NaN with a single value. */
  pValue: number;
}

/**
 * Welch's unequal-variances t interval and test of meanB − meanA from the two groups' moments: standard error
 * √(s²A/nA + s²B/nB), Welch–Satterthwaite degrees of freedom ν = se⁴ / ((s²A/nA)²/(nA − 1) + (s²B/nB)²/(nB − 1)),
 * interval difference ± t(1 − (1 − confidence)/2, ν)·se and two-sided p-value 2·F_t(−|difference/se|, ν).
 * `confidence` is strictly between 0 and 1. Edge cases: a group with one value has no variance, so every field but
 * the means and the difference is NaN (the caller shows #N/A); when both groups are constant the difference is exact:
 * standard error 0, low = high = difference, p-value 1 if the means are equal and 0 if not, statistic and degrees of
 * freedom NaN (no t distribution applies).
 * Source: Welch (1947), "The generalization of 'Student's' problem when several different population variances are
 * involved", Biometrika 34(1/2); Satterthwaite (1946), Biometrics Bulletin 2(6).
 * @example welchInterval(sampleMoments(sleepGroup1, "valuesA"), sampleMoments(sleepGroup2, "valuesB"), 0.95, { quantile, cdf }) // difference 1.58, low −0.2055, high 3.3655, df 17.776, p 0.0794 (R's t.test on the sleep data, signs swapped as B − A)
 */
export function welchInterval(a: SampleMoments, b: SampleMoments, confidence: number, student: StudentT): WelchTest {
  const difference = b.mean - a.mean;
  const common = { meanA: a.mean, meanB: b.mean, nA: a.n, nB: b.n, difference };
  if (a.n < 2 || b.n < 2) {
    return { ...common, low: Number.NaN, high: Number.NaN, standardError: Number.NaN, statistic: Number.NaN, degreesOfFreedom: Number.NaN, pValue: Number.NaN };
  }
  const shareA = a.variance / a.n;
  const shareB = b.variance / b.n;
  const squaredError = shareA + shareB;
  if (squaredError === 0) {
    return { ...common, low: difference, high: difference, standardError: 0, statistic: Number.NaN, degreesOfFreedom: Number.NaN, pValue: difference === 0 ? 1 : 0 };
  }
  const standardError = sqrt(squaredError);
  const degreesOfFreedom = (squaredError * squaredError) / ((shareA * shareA) / (a.n - 1) + (shareB * shareB) / (b.n - 1));
  const margin = student.quantile(1 - (1 - confidence) / 2, degreesOfFreedom) * standardError;
  const statistic = difference / standardError;
  const pValue = min(1, 2 * student.cdf(-abs(statistic), degreesOfFreedom));
  return { ...common, low: difference - margin, high: difference + margin, standardError, statistic, degreesOfFreedom, pValue };
}

/**
 * Welch's t interval and test of the difference in means B − A of two groups of values (see welchInterval).
 * Source: Welch (1947), Biometrika 34(1/2).
 * @example welchTest([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0, 2], [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4], 0.95, { quantile, cdf }).pValue // 0.07939
 */
export function welchTest(valuesA: ArrayLike<number>, valuesB: ArrayLike<number>, confidence: number, student: StudentT): WelchTest {
  return welchInterval(sampleMoments(valuesA, "valuesA"), sampleMoments(valuesB, "valuesB"), confidence, student);
}
