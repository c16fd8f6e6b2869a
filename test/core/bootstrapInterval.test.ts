import {
  BOOTSTRAP_DRAW_BUDGET,
  BOOTSTRAP_REPLICATES,
  MINIMUM_BOOTSTRAP_REPLICATES,
  bootstrapInterval,
  bootstrapMeanDifferences,
  bootstrapReplicateCount,
  percentileInterval,
} from "../../src/core/bootstrapInterval";
import { RandomStream } from "../../src/core/random/randomStream";

/** The exact bootstrap distribution of mean(B*) − mean(A*): every ordered resample of A and of B, equally likely. */
function exactBootstrap(a: readonly number[], b: readonly number[]): Map<number, number> {
  const sums = (values: readonly number[]): number[] => {
    let partial = [0];
    for (let draw = 0; draw < values.length; draw += 1) partial = partial.flatMap((sum) => values.map((value) => sum + value));
    return partial;
  };
  const sumsA = sums(a);
  const sumsB = sums(b);
  const probability = 1 / (sumsA.length * sumsB.length);
  const atoms = new Map<number, number>();
  // Integer values, so every sum is exact and each difference is the same double the bootstrap computes.
  for (const sumA of sumsA) for (const sumB of sumsB) {
    const difference = sumB / b.length - sumA / a.length;
    atoms.set(difference, (atoms.get(difference) ?? 0) + probability);
  }
  return atoms;
}

describe("percentileInterval", () => {
  it("takes the k-th smallest and k-th largest replicate, k = ⌊(B + 1)α⌋ (Efron & Tibshirani 1993, §12.5)", () => {
    const ranks = Float64Array.from({ length: 10_000 }, (_, index) => index + 1);
    expect(percentileInterval(ranks, 0.95)).toEqual({ low: 250, high: 9751 });
    expect(percentileInterval(ranks, 0.9)).toEqual({ low: 500, high: 9501 });
    // B = 9,999 at 90 %: (B + 1)α = 500 exactly, though (1 − 0.9)/2 is 0.04999… in floating point.
    expect(percentileInterval(ranks.subarray(0, 9_999), 0.9)).toEqual({ low: 500, high: 9500 });
    // B = 19 at 90 %: k = ⌊20 · 0.05⌋ = 1, the smallest and the largest; B = 39 at 95 %: k = ⌊40 · 0.025⌋ = 1.
    expect(percentileInterval(Float64Array.from({ length: 19 }, (_, index) => index), 0.9)).toEqual({ low: 0, high: 18 });
    expect(percentileInterval(Float64Array.from({ length: 39 }, (_, index) => index), 0.95)).toEqual({ low: 0, high: 38 });
    // Too few replicates for the level: still the smallest and the largest.
    expect(percentileInterval(Float64Array.of(3, 4, 5), 0.95)).toEqual({ low: 3, high: 5 });
  });
});

describe("bootstrapMeanDifferences", () => {
  it("draws the exact bootstrap distribution: 3 vs 2 customers, all 3³ · 2² = 108 resamples enumerated", () => {
    const a = [1, 2, 7];
    const b = [3, 10];
    const exact = exactBootstrap(a, b);
    const replicates = 200_000;
    const differences = bootstrapMeanDifferences(Float64Array.from(a), Float64Array.from(b), replicates, new RandomStream(11));
    const counts = new Map<number, number>();
    for (const difference of differences) counts.set(difference, (counts.get(difference) ?? 0) + 1);
    expect([...counts.keys()].filter((difference) => !exact.has(difference))).toEqual([]);
    // Each atom's share within 5 binomial standard errors of its exact probability.
    for (const [difference, probability] of exact) {
      const share = (counts.get(difference) ?? 0) / replicates;
      expect(Math.abs(share - probability)).toBeLessThan(5 * Math.sqrt((probability * (1 - probability)) / replicates));
    }
    // The percentile ends equal the exact bootstrap quantiles (the smallest atom whose CDF reaches α, and 1 − α)
    // at levels where no CDF step lies within 0.002 (4 Monte Carlo standard errors, √(0.05 · 0.95 / 200,000) = 0.0005)
    // of α or 1 − α, so the order statistics cannot land on a neighbouring atom.
    const atoms = [...exact].sort(([x], [y]) => x - y);
    const quantile = (p: number): number => {
      let cumulative = 0;
      for (const [value, probability] of atoms) {
        cumulative += probability;
        if (Math.abs(cumulative - p) < 0.002) throw new Error(`a CDF step at ${cumulative} is too close to ${p}`);
        if (cumulative >= p) return value;
      }
      return atoms[atoms.length - 1][0];
    };
    differences.sort();
    for (const confidence of [0.95, 0.7, 0.5]) {
      const tail = (1 - confidence) / 2;
      expect(percentileInterval(differences, confidence)).toEqual({ low: quantile(tail), high: quantile(1 - tail) });
    }
  });

  it("resamples nothing from a constant group: its value is every replicate's mean", () => {
    const differences = bootstrapMeanDifferences(Float64Array.of(0.1, 0.1, 0.1), Float64Array.of(2, 2), 50, new RandomStream(1));
    expect(new Set(differences)).toEqual(new Set([2 - 0.1]));
  });
});

describe("bootstrapReplicateCount", () => {
  it("keeps the total draws within the budget, down to a floor of resamples", () => {
    expect(BOOTSTRAP_REPLICATES).toBe(10_000);
    expect(bootstrapReplicateCount(10_000, 2_000)).toBe(10_000);
    expect(bootstrapReplicateCount(10_000, 200_000)).toBe(BOOTSTRAP_DRAW_BUDGET / 200_000);
    expect(bootstrapReplicateCount(10_000, 2 * 1_048_576)).toBe(MINIMUM_BOOTSTRAP_REPLICATES);
    expect(bootstrapReplicateCount(50, 2 * 1_048_576)).toBe(50);
    expect(bootstrapReplicateCount(10_000, 0)).toBe(10_000);
  });
});

describe("bootstrapInterval", () => {
  const revenueA = [0, 0, 12, 15, 18, 22, 25, 30, 35, 40, 60, 95, 150, 340];
  const revenueB = [0, 14, 16, 20, 24, 28, 38, 44, 55, 70, 110, 480, 1250];

  it("is reproducible: the same seed gives the same interval, another seed a slightly different one", () => {
    const first = bootstrapInterval(revenueA, revenueB, 0.95);
    expect(bootstrapInterval(revenueA, revenueB, 0.95)).toEqual(first);
    expect(bootstrapInterval(Float64Array.from(revenueA), Float64Array.from(revenueB), 0.95)).toEqual(first);
    const other = bootstrapInterval(revenueA, revenueB, 0.95, { seed: 2 });
    expect(other.low).not.toBe(first.low);
    expect(Math.abs(other.low - first.low)).toBeLessThan(4 * first.monteCarloError * Math.SQRT2);
    expect(Math.abs(other.high - first.high)).toBeLessThan(4 * first.monteCarloError * Math.SQRT2);
    expect(first.replicates).toBe(10_000);
  });

  it("reports the bootstrap standard error near the plug-in one, √(σ̂²A/nA + σ̂²B/nB) with σ̂² = SS/n", () => {
    const plugIn = (values: number[]): number => {
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length / values.length;
    };
    const expected = Math.sqrt(plugIn(revenueA) + plugIn(revenueB));
    // The standard deviation of 10,000 replicates is within 3 % of it (its relative standard error is about 1/√(2B) = 0.7 %,
    // a little more with this skew).
    expect(Math.abs(bootstrapInterval(revenueA, revenueB, 0.95).standardError / expected - 1)).toBeLessThan(0.03);
  });

  it("has no interval when a group has a single value, and a point when both groups are constant", () => {
    const single = bootstrapInterval([40], revenueB, 0.95);
    expect(single.low).toBeNaN();
    expect(single.high).toBeNaN();
    expect(single.replicates).toBe(0);
    expect(bootstrapInterval([3, 3, 3], [5, 5], 0.95)).toEqual({ low: 2, high: 2, replicates: 10_000, standardError: 0, monteCarloError: 0 });
  });

  it("rejects a number of resamples that is not a whole number ≥ 1, and empty groups", () => {
    expect(() => bootstrapInterval(revenueA, revenueB, 0.95, { replicates: 0 })).toThrow(expect.objectContaining({ code: "mustBePositiveWholeNumber", argument: "replicates" }));
    expect(() => bootstrapInterval(revenueA, revenueB, 0.95, { replicates: 2.5 })).toThrow(expect.objectContaining({ code: "mustBePositiveWholeNumber" }));
    expect(() => bootstrapInterval([], revenueB, 0.95)).toThrow(expect.objectContaining({ code: "noValues", argument: "valuesA" }));
  });

  it("handles a whole column (1,048,576 customers) with plain loops", () => {
    const random = new RandomStream(5);
    const column = new Float64Array(1_048_576);
    for (let index = 0; index < column.length; index += 1) column[index] = random.exponential() * 50;
    const interval = bootstrapInterval(column, revenueB, 0.95, { replicates: 3 });
    expect(interval.replicates).toBe(3);
    expect(Number.isFinite(interval.low) && interval.low <= interval.high).toBe(true);
  });
});
