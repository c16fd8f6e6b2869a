import fc from "fast-check";
import { assignSegments } from "../../../src/core/segments/assignSegments";
import { defaultSegmentRules } from "../../../src/core/segments/defaultSegmentMap";
import { rfmScores } from "../../../src/core/segments/rfmScores";
import { aggregateSegments } from "../../../src/core/segments/segmentAggregates";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { logOf } from "../summary/logOf";
import { summaryArbitrary } from "./randomSummary";

describe("aggregateSegments", () => {
  const summary = summarizeCustomers(
    logOf([["a", 1, 100], ["a", 5, 50], ["b", 2, 30], ["c", 3, 20], ["c", 4, 20], ["c", 4, -5]], ["never"]),
    { timeUnit: "day" },
  );
  const assignment = { segments: ["one", "two", "empty"] as const, code: Uint8Array.of(0, 1, 0, 255) };

  it("sums customers, revenue and purchases per segment and derives the ratios", () => {
    const [one, two, empty] = aggregateSegments(assignment, summary);
    expect(one).toEqual({ segment: "one", customers: 2, share: 2 / 3, revenue: 185, purchases: 4, averageOrderValue: 185 / 4, repeatRate: 1 });
    expect(two).toEqual({ segment: "two", customers: 1, share: 1 / 3, revenue: 30, purchases: 1, averageOrderValue: 30, repeatRate: 0 });
    expect(empty).toMatchObject({ segment: "empty", customers: 0, share: 0, revenue: 0 });
    expect(empty.averageOrderValue).toBeNaN();
  });

  it("adds CLV, equity share, P(alive) of the repeat buyers and the chance of buying again when the models give them", () => {
    const clv = Float64Array.of(300, 100, 100, Number.NaN);
    const pAlive = Float64Array.of(0.9, 1, 0.7, Number.NaN);
    const purchaseChance = Float64Array.of(0.6, 0.3, 0.4, Number.NaN);
    const [one, two] = aggregateSegments(assignment, summary, { clv, pAlive, purchaseChance });
    expect(one).toMatchObject({ totalClv: 400, averageClv: 200, equityShare: 0.8 });
    // a and c both bought again: (0.9 + 0.7) / 2.
    expect(one.averagePAlive).toBeCloseTo(0.8, 12);
    expect(one.averagePurchaseChance).toBeCloseTo(0.5, 12);
    // b bought once: the model's P(alive) = 1 is an assumption, so segment two has no average P(alive).
    expect(two).toMatchObject({ totalClv: 100, averageClv: 100, equityShare: 0.2, averagePurchaseChance: 0.3 });
    expect(two.averagePAlive).toBeNaN();
    expect("totalClv" in aggregateSegments(assignment, summary)[0]).toBe(false);
  });

  it("refuses a CLV that is not a finite number for an assigned customer", () => {
    expect(() => aggregateSegments(assignment, summary, { clv: Float64Array.of(1, Number.NaN, 1, 1) })).toThrow("CLV of customer 1 is NaN");
  });

  it("has shares and equity shares summing to 1 and totals equal to the sums over customers (fast-check)", () => {
    fc.assert(
      fc.property(summaryArbitrary, fc.integer({ min: 1, max: 1000 }), (random, seed) => {
        if (random.includedCustomers === 0) return;
        const segments = assignSegments(rfmScores(random), defaultSegmentRules);
        const clv = Float64Array.from(random.included, (_, index) => ((index * seed) % 97) + 1);
        const aggregates = aggregateSegments(segments, random, { clv });
        const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
        expect(sum(aggregates.map((aggregate) => aggregate.share))).toBeCloseTo(1, 12);
        expect(sum(aggregates.map((aggregate) => aggregate.equityShare ?? Number.NaN))).toBeCloseTo(1, 12);
        expect(sum(aggregates.map((aggregate) => aggregate.customers))).toBe(random.includedCustomers);
        const included = (values: ArrayLike<number>) => Array.from(values).filter((_, index) => random.included[index] === 1);
        expect(sum(aggregates.map((aggregate) => aggregate.revenue))).toBeCloseTo(sum(included(random.revenue)), 9);
        expect(sum(aggregates.map((aggregate) => aggregate.purchases))).toBe(sum(included(random.purchases)));
        expect(sum(aggregates.map((aggregate) => aggregate.totalClv ?? Number.NaN))).toBeCloseTo(sum(included(clv)), 9);
      }),
      { numRuns: 200, seed: 81 },
    );
  });
});
