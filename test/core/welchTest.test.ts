import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { sampleMoments, welchInterval, welchTest } from "../../src/core/welchTest";

const student = { quantile: tQuantile, cdf: tCdf };

// R's `sleep` data (Cushny & Peebles 1905, as in Student 1908): extra hours of sleep under two drugs.
const sleepGroup1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const sleepGroup2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe("sampleMoments", () => {
  it("gives n, mean, sample variance and Excel's SKEW (hand calculation)", () => {
    // Mean 3; deviations −2, −1, 3: squares 14 → variance 7; cubes 18 → SKEW = 3/(2·1) · 18 / 7^1.5 = 1.4578630.
    const moments = sampleMoments([1, 2, 6], "valuesA");
    expect(moments).toMatchObject({ n: 3, mean: 3, variance: 7, constant: false });
    expect(moments.skewness).toBeCloseTo(1.457863, 6);
  });

  it("gives a constant group its value as the mean and variance 0 exactly, with no skewness", () => {
    // 0.1 + 0.1 + 0.1 = 0.30000000000000004: a mean from the sum would leave a variance of about 1e-35.
    expect(sampleMoments([0.1, 0.1, 0.1], "valuesA")).toEqual({ n: 3, mean: 0.1, variance: 0, skewness: Number.NaN, constant: true });
    expect(sampleMoments([5], "valuesA")).toEqual({ n: 1, mean: 5, variance: Number.NaN, skewness: Number.NaN, constant: true });
    expect(sampleMoments([4, 6], "valuesA").skewness).toBeNaN();
  });

  it("names the argument of an empty group (noValues)", () => {
    expect(() => sampleMoments([], "revenueB")).toThrow(expect.objectContaining({ code: "noValues", argument: "revenueB" }));
  });

  it("stays exact on a whole column of large values (1,048,576 in a Float64Array; two-pass, no cancellation)", () => {
    // 1e9 + (0 or 1) alternately: mean 1e9 + 0.5, variance 0.25 · n/(n − 1); one pass over Σx² would lose every digit.
    const n = 1_048_576;
    const values = new Float64Array(n);
    for (let index = 0; index < n; index += 1) values[index] = 1e9 + (index % 2);
    const moments = sampleMoments(values, "valuesA");
    expect(moments.mean).toBe(1e9 + 0.5);
    expect(moments.variance).toBeCloseTo((0.25 * n) / (n - 1), 12);
    expect(moments.skewness).toBeCloseTo(0, 10);
  });
});

describe("welchTest", () => {
  it("matches R's Welch t-test on the sleep data: t.test(extra ~ group, data = sleep)", () => {
    // R 4.x prints (group 1 − group 2): t = -1.8608, df = 17.776, p-value = 0.07939,
    // 95 percent confidence interval: -3.3654832 0.2054832; means 0.75 and 2.33. Here B − A, so the signs turn.
    // By hand: sums 7.5 and 23.3 → means 0.75, 2.33; squared deviations 28.805 and 36.081 → variances 3.2005556 and
    // 4.009; s²/n = 0.32005556 and 0.4009 → se² = 0.72095556, se = 0.8490910; t = 1.58 / 0.8490910 = 1.860813;
    // ν = 0.72095556² / (0.32005556²/9 + 0.4009²/9) = 0.51977691 / 0.02923960 = 17.776474;
    // t(0.975, 17.776) = 2.102817 → margin 1.785483 → 1.58 ± 1.785483 = −0.205483 … 3.365483.
    const welch = welchTest(sleepGroup1, sleepGroup2, 0.95, student);
    expect(welch.meanA).toBeCloseTo(0.75, 12);
    expect(welch.meanB).toBeCloseTo(2.33, 12);
    expect(welch.difference).toBeCloseTo(1.58, 12);
    expect(welch.statistic).toBeCloseTo(1.8608, 4);
    expect(welch.degreesOfFreedom).toBeCloseTo(17.776, 3);
    expect(welch.pValue).toBeCloseTo(0.07939, 5);
    expect(welch.low).toBeCloseTo(-0.2054832, 7);
    expect(welch.high).toBeCloseTo(3.3654832, 7);
    expect(welch.standardError).toBeCloseTo(0.849091, 6);
    expect(welch).toMatchObject({ nA: 10, nB: 10 });
  });

  it("turns every sign when the groups are swapped", () => {
    const forward = welchTest(sleepGroup1, sleepGroup2, 0.9, student);
    const backward = welchTest(sleepGroup2, sleepGroup1, 0.9, student);
    expect(backward.difference).toBeCloseTo(-forward.difference, 12);
    expect(backward.low).toBeCloseTo(-forward.high, 12);
    expect(backward.high).toBeCloseTo(-forward.low, 12);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
    expect(backward.degreesOfFreedom).toBeCloseTo(forward.degreesOfFreedom, 12);
  });

  it("is Student's pooled test when the groups have equal sizes and variances (ν = nA + nB − 2)", () => {
    // A = 1…5 and B = 3…7: both variances 2.5, se = √(2·2.5/5) = 1, ν = 8, t = 2 → p = 0.08051624 (pt(-2, 8)·2).
    const welch = welchTest([1, 2, 3, 4, 5], [3, 4, 5, 6, 7], 0.95, student);
    expect(welch.degreesOfFreedom).toBeCloseTo(8, 12);
    expect(welch.statistic).toBeCloseTo(2, 12);
    expect(welch.pValue).toBeCloseTo(0.08051624, 7);
    expect(welch.high - welch.difference).toBeCloseTo(tQuantile(0.975, 8), 12);
  });

  it("is the one-sample t interval of B when A is constant (ν = nB − 1)", () => {
    const welch = welchTest([10, 10, 10], [8, 12, 13, 15], 0.95, student);
    expect(welch.degreesOfFreedom).toBeCloseTo(3, 12);
    // B: mean 12, variance 26/3 → se = √(26/12) = 1.4719601.
    expect(welch.standardError).toBeCloseTo(Math.sqrt(26 / 12), 12);
    expect(welch.low).toBeCloseTo(2 - tQuantile(0.975, 3) * Math.sqrt(26 / 12), 12);
  });

  it("gives no interval, statistic or p-value when a group has a single value (the caller shows #N/A)", () => {
    const welch = welchTest([100], [80, 120, 95], 0.95, student);
    expect(welch).toMatchObject({ meanA: 100, meanB: 98.33333333333333, nA: 1, nB: 3 });
    expect(welch.difference).toBeCloseTo(-5 / 3, 12);
    for (const field of ["low", "high", "standardError", "statistic", "degreesOfFreedom", "pValue"] as const) expect(welch[field]).toBeNaN();
  });

  it("gives the exact difference when both groups are constant: a point interval, p-value 0 or 1, no t", () => {
    const different = welchTest([20, 20, 20], [25, 25], 0.95, student);
    expect(different).toMatchObject({ difference: 5, low: 5, high: 5, standardError: 0, pValue: 0 });
    expect(different.statistic).toBeNaN();
    expect(different.degreesOfFreedom).toBeNaN();
    const zeros = welchTest([0, 0, 0, 0], [0, 0], 0.95, student);
    expect(zeros).toMatchObject({ difference: 0, low: 0, high: 0, standardError: 0, pValue: 1 });
  });

  it("is computed from moments alike (welchInterval)", () => {
    const welch = welchInterval(sampleMoments(sleepGroup1, "valuesA"), sampleMoments(sleepGroup2, "valuesB"), 0.95, student);
    expect(welch).toEqual(welchTest(sleepGroup1, sleepGroup2, 0.95, student));
  });
});
