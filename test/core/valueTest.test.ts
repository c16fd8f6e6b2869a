import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { RandomStream } from "../../src/core/random/randomStream";
import { VALUE_TEST_TOLERANCE, testValue } from "../../src/core/valueTest";

const student = { quantile: tQuantile, cdf: tCdf };

// R's `sleep` data (see welchTest.test.ts): Welch's 95 % interval of B − A is −0.2054832 … 3.3654832.
const sleepGroup1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const sleepGroup2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

// Revenue per customer in a campaign test, 20 customers a group: mostly small amounts, a few non-buyers (0), and in
// B three big spenders (480, 1,250, 2,900) that carry most of its mean. SKEW: 2.15 in A, 3.50 in B.
const revenueA = [0, 0, 0, 0, 12, 15, 18, 22, 25, 30, 35, 40, 45, 60, 80, 95, 120, 150, 210, 340];
const revenueB = [0, 0, 0, 10, 14, 16, 20, 24, 28, 32, 38, 44, 55, 70, 90, 110, 140, 480, 1250, 2900];

/** n draws of a normal(mean, sd) from a seeded stream. */
function normalSample(random: RandomStream, n: number, mean: number, sd: number): Float64Array {
  const values = new Float64Array(n);
  for (let index = 0; index < n; index += 1) values[index] = mean + sd * random.normal();
  return values;
}

describe("testValue", () => {
  it("gives Welch's test of the sleep data (as R) and a bootstrap interval that agrees with it", () => {
    const result = testValue(sleepGroup1, sleepGroup2, 0.95, student);
    // R 4.x, t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939, 95 percent confidence
    // interval -3.3654832 0.2054832, means 0.75 and 2.33. R tests group 1 − group 2; this is B − A, so t changes sign
    // and the interval is mirrored.
    expect(result).toMatchObject({ meanA: 0.75, meanB: 2.33, nA: 10, nB: 10 });
    expect(result.difference).toBeCloseTo(1.58, 12);
    expect(result.statistic).toBeCloseTo(1.8608, 4);
    expect(result.degreesOfFreedom).toBeCloseTo(17.776, 3);
    expect(result.pValue).toBeCloseTo(0.07939, 5);
    expect(result.low).toBeCloseTo(-0.2054832, 7);
    expect(result.high).toBeCloseTo(3.3654832, 7);
    expect(result.skewnessA).toBeCloseTo(0.5809207, 6); // Excel: =SKEW(0.7, -1.6, …, 2.0)
    expect(result.replicates).toBe(10_000);
    // Mildly skewed, 10 a group: the percentile interval is a little narrower (z·√(9/10) against t(17.8)) but both
    // include 0 and each end is within 10 % of Welch's width.
    expect(result.sameConclusion).toBe(true);
    expect(result.bootstrapLow).toBeLessThan(0);
    expect(result.bootstrapHigh).toBeGreaterThan(0);
    expect(result.endpointGap).toBeLessThan(VALUE_TEST_TOLERANCE);
    expect(result.verdict).toBe("agree");
    expect(result.largerThanChance).toBe(false);
  });

  it("is reproducible: the same data and seed give the same result, another seed other bootstrap ends", () => {
    const first = testValue(revenueA, revenueB, 0.95, student);
    expect(testValue(revenueA, revenueB, 0.95, student)).toEqual(first);
    const seeded = testValue(revenueA, revenueB, 0.95, student, { seed: 9 });
    expect(testValue(revenueA, revenueB, 0.95, student, { seed: 9 })).toEqual(seeded);
    // The seed reaches the bootstrap: seed 9 resamples differently from the default seed (and from seed 10), so its ends
    // differ; Welch's interval does not depend on it.
    const another = testValue(revenueA, revenueB, 0.95, student, { seed: 10 });
    for (const other of [first, another]) {
      expect(seeded.bootstrapLow).not.toBe(other.bootstrapLow);
      expect(seeded.bootstrapHigh).not.toBe(other.bootstrapHigh);
      expect([seeded.low, seeded.high, seeded.pValue]).toEqual([other.low, other.high, other.pValue]);
    }
  });

  it("agrees with Welch on large symmetric samples: each end within 3 % of Welch's width (2,000 normal values a group)", () => {
    // Why 3 %: with ν ≈ 4,000, t(0.975) = 1.9606 against z = 1.9600 and √((n − 1)/n) = 0.99975 shift each end by
    // < 0.1 % of the width; a normal sample's skewness (SE √(6/2000) = 0.055) skews the mean by 0.055/√2000 = 0.001,
    // moving the ends by 0.12 · 0.001 ≈ 0.01 %. What is left is Monte Carlo error: each percentile end of 10,000
    // replicates has SE √(0.025 · 0.975 / 10,000) / φ(1.96) = 0.027 standard errors = 0.7 % of the width (3.92 SE),
    // so 3 % is more than 4 Monte Carlo standard errors.
    const random = new RandomStream(2024);
    const a = normalSample(random, 2000, 100, 30);
    const b = normalSample(random, 2000, 103, 35);
    const result = testValue(a, b, 0.95, student);
    const width = result.high - result.low;
    expect(result.replicates).toBe(10_000);
    expect(Math.abs(result.bootstrapLow - result.low)).toBeLessThan(0.03 * width);
    expect(Math.abs(result.bootstrapHigh - result.high)).toBeLessThan(0.03 * width);
    expect(result.verdict).toBe("agree");
  });

  it("flags a heavily skewed small sample (a few big spenders): the Welch interval is not to be trusted", () => {
    const result = testValue(revenueA, revenueB, 0.95, student);
    // Welch: 201.2 ± 321.1 (se 153.7, ν 19.6), reaching −120, a loss no resample of these customers comes near:
    // the bootstrap interval is about −24 … 534, skewed right as the big spenders make it.
    expect(result.difference).toBeCloseTo(201.2, 10);
    expect(result.low).toBeCloseTo(-119.902, 3);
    expect(result.high).toBeCloseTo(522.302, 3);
    expect(result.skewnessA).toBeCloseTo(2.1485, 4);
    expect(result.skewnessB).toBeCloseTo(3.5047, 4);
    expect(result.bootstrapLow - result.low).toBeGreaterThan(0.13 * (result.high - result.low));
    expect(result.endpointGap).toBeGreaterThan(result.allowedGap);
    expect(result.verdict).toBe("disagree");
    // And with lognormal revenue (σ = 1.5 on the log scale, 25 customers a group) drawn from a seeded stream.
    const random = new RandomStream(7);
    const lognormal = (n: number, mu: number): number[] => Array.from({ length: n }, () => Math.exp(mu + 1.5 * random.normal()));
    expect(testValue(lognormal(25, 3), lognormal(25, 3.2), 0.95, student).verdict).toBe("disagree");
  });

  it("flags conclusions that differ: one interval leaves out 0, the other does not", () => {
    // A tolerance of the whole width passes any gap between the ends: only the conclusions can disagree then.
    const result = testValue(revenueA, revenueB, 0.95, student, { tolerance: 1 });
    expect(result.sameConclusion).toBe(true);
    expect(result.verdict).toBe("agree");
    // B + 100: Welch's 301.2 ± 322.1 still reaches below 0; the bootstrap interval (about 76 … 634) does not.
    const shifted = testValue(revenueA, revenueB.map((value) => value + 100), 0.95, student, { tolerance: 1 });
    expect(shifted.low).toBeLessThan(0);
    expect(shifted.bootstrapLow).toBeGreaterThan(0);
    expect(shifted.sameConclusion).toBe(false);
    expect(shifted.verdict).toBe("disagree");
  });

  it("calls a difference larger than chance only when both intervals leave out 0 on the same side", () => {
    // Agree and both above 0: the sleep data at 90 % (Welch 0.11 … 3.05).
    expect(testValue(sleepGroup1, sleepGroup2, 0.9, student)).toMatchObject({ verdict: "agree", largerThanChance: true });
    // Both below 0 when the groups are swapped: the side is kept, not only "leaves out 0".
    expect(testValue(sleepGroup2, sleepGroup1, 0.9, student)).toMatchObject({ verdict: "agree", largerThanChance: true });
    // Disagreeing ends, both above 0 (B + 200 each: Welch 80.1 … 722.3, bootstrap about 176 … 734): an effect, its size uncertain.
    const lifted = testValue(revenueA, revenueB.map((value) => value + 200), 0.95, student);
    expect(lifted.low).toBeGreaterThan(0);
    expect(lifted.bootstrapLow).toBeGreaterThan(0);
    expect(lifted).toMatchObject({ verdict: "disagree", largerThanChance: true });
    // Welch above 0 (p 0.044) but not the bootstrap: the big spenders in A, every customer of B spending 370 to 870.
    const steady = [370, 410, 440, 470, 490, 510, 530, 550, 570, 580, 590, 610, 630, 650, 680, 710, 740, 780, 810, 870];
    const welchOnly = testValue(revenueB, steady, 0.95, student);
    expect(welchOnly.low).toBeGreaterThan(0);
    expect(welchOnly.pValue).toBeCloseTo(0.0442, 4);
    expect(welchOnly.bootstrapLow).toBeLessThan(0);
    expect(welchOnly).toMatchObject({ sameConclusion: false, verdict: "disagree", largerThanChance: false });
    // The bootstrap above 0 but not Welch (B + 100 each), and both including 0.
    expect(testValue(revenueA, revenueB.map((value) => value + 100), 0.95, student).largerThanChance).toBe(false);
    expect(testValue(revenueA, revenueB, 0.95, student).largerThanChance).toBe(false);
  });

  it("refuses a confidence of 0 or 1, which gives no interval (openFractionRange)", () => {
    for (const confidence of [0, 1]) {
      expect(() => testValue(sleepGroup1, sleepGroup2, confidence, student)).toThrow(expect.objectContaining({ code: "openFractionRange", argument: "confidence" }));
    }
  });

  it("has no interval and no verdict when a group has a single customer (NaN: the caller shows #N/A)", () => {
    const result = testValue([120], revenueB, 0.95, student);
    expect(result.difference).toBeCloseTo(266.05 - 120, 10);
    for (const field of ["low", "high", "pValue", "degreesOfFreedom", "standardError", "bootstrapLow", "bootstrapHigh", "endpointGap", "allowedGap", "skewnessA"] as const) {
      expect(result[field]).toBeNaN();
    }
    expect(result).toMatchObject({ verdict: "notAvailable", sameConclusion: false, largerThanChance: false, replicates: 0, nA: 1, nB: 20 });
  });

  it("gives the exact difference when both groups are constant, and 0 with p-value 1 when all are zero", () => {
    const constant = testValue([50, 50, 50], [65, 65, 65, 65], 0.95, student);
    expect(constant).toMatchObject({ difference: 15, low: 15, high: 15, bootstrapLow: 15, bootstrapHigh: 15, pValue: 0, endpointGap: 0, sameConclusion: true, verdict: "agree", largerThanChance: true });
    const zeros = testValue(new Float64Array(1000), new Float64Array(800), 0.95, student);
    expect(zeros).toMatchObject({ difference: 0, low: 0, high: 0, bootstrapLow: 0, bootstrapHigh: 0, pValue: 1, verdict: "agree", largerThanChance: false });
    expect(zeros.skewnessA).toBeNaN();
  });

  it("names the empty group by the caller's argument name (noValues)", () => {
    expect(() => testValue(revenueA, [], 0.95, student, { groupArguments: ["revenueA", "revenueB"] })).toThrow(
      expect.objectContaining({ code: "noValues", argument: "revenueB" }),
    );
  });

  it("tests 2 × 100,000 customers with 400 resamples, the most the draw budget allows (speed: npm run bench)", () => {
    const random = new RandomStream(3);
    const a = new Float64Array(100_000);
    const b = new Float64Array(100_000);
    for (let index = 0; index < a.length; index += 1) {
      a[index] = random.uniform() < 0.6 ? 0 : Math.exp(3 + random.normal());
      b[index] = random.uniform() < 0.58 ? 0 : Math.exp(3 + random.normal());
    }
    const result = testValue(a, b, 0.95, student);
    expect(result.replicates).toBe(400);
    // 40 % buyers with lognormal spend (SKEW ≈ 13): at n = 100,000 the mean is close to normal and the two agree.
    expect(result.verdict).toBe("agree");
  });
});
