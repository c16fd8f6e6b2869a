import fc from "fast-check";
import { quintileScore } from "../../../src/core/segments/quintileScores";
import { rfmCuts, rfmScoreOf, rfmScores } from "../../../src/core/segments/rfmScores";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { cdnowLog, dayNumber } from "../summary/cdnowLog";
import { logOf } from "../summary/logOf";
import { summaryArbitrary } from "./randomSummary";

describe("rfmScores", () => {
  // Ten customers, one purchase each on days 1 … 10 of 10 × 10 kr … 100 kr; end day 10.
  const rows = Array.from({ length: 10 }, (_, index) => [`c${index + 1}`, index + 1, 10 * (index + 1)] as const);
  const summary = summarizeCustomers(logOf(rows, ["never"]), { timeUnit: "day", observationEndDay: 10 });

  it("scores R on days since the last purchase (5 = most recent), F on purchases, M on revenue", () => {
    const scores = rfmScores(summary);
    expect(Array.from(scores.recency)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0]);
    expect(Array.from(scores.frequency)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]); // one purchase each: one tie
    expect(Array.from(scores.monetary)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0]);
    expect(scores.cuts.recency.cuts).toEqual([8, 6, 4, 2]); // days since last: < 8 scores ≥ 2, …, < 2 scores 5
    expect(scores.cuts.monetary?.cuts).toEqual([20, 40, 60, 80]);
  });

  it("scores one customer's values against the base's cuts (for KV.SEGMENT)", () => {
    expect(rfmScoreOf({ daysSinceLastPurchase: 0, purchases: 3, revenue: 75 }, rfmCuts(summary))).toEqual({ r: 5, f: 5, m: 4 });
    expect(rfmScoreOf({ daysSinceLastPurchase: 100, purchases: 1 }, rfmCuts(summary))).toEqual({ r: 1, f: 1, m: 0 });
  });

  it("leaves M unscored (0) in a log without amounts", () => {
    const noAmounts = summarizeCustomers(logOf([["a", 1], ["b", 2], ["b", 3]]), { timeUnit: "day" });
    const scores = rfmScores(noAmounts);
    expect(scores.cuts.monetary).toBeUndefined();
    expect(Array.from(scores.monetary)).toEqual([0, 0]);
    expect(Array.from(scores.frequency)).toEqual([1, 3]);
  });

  it("scores a single customer 1 in every dimension", () => {
    const scores = rfmScores(summarizeCustomers(logOf([["only", 5, 100]]), { timeUnit: "day" }));
    expect([scores.recency[0], scores.frequency[0], scores.monetary[0]]).toEqual([1, 1, 1]);
  });

  it("gives CDNOW's 1,411 one-time buyers F = 1 and two-time buyers 1 + ⌊5 × 1411/2357⌋ = 3", () => {
    const cdnow = summarizeCustomers(cdnowLog(), { timeUnit: "week", observationEndDay: dayNumber(1997, 9, 30) });
    const scores = rfmScores(cdnow);
    const oneTime = Array.from(cdnow.purchases).filter((purchases) => purchases === 1).length;
    expect(oneTime).toBe(2357 - 946);
    cdnow.purchases.forEach((purchases, index) => {
      if (purchases === 1) expect(scores.frequency[index]).toBe(1);
      if (purchases === 2) expect(scores.frequency[index]).toBe(3);
    });
  });

  it("equals scoring each customer's values against the included customers (fast-check)", () => {
    fc.assert(
      fc.property(summaryArbitrary, (random) => {
        if (random.includedCustomers === 0) return;
        const scores = rfmScores(random);
        random.included.forEach((included, index) => {
          if (!included) {
            expect([scores.recency[index], scores.frequency[index], scores.monetary[index]]).toEqual([0, 0, 0]);
            return;
          }
          const base = (values: ArrayLike<number>) => Array.from(values).filter((_, other) => random.included[other] === 1);
          const worse = (values: ArrayLike<number>, better: (a: number, b: number) => boolean) =>
            base(values).filter((other) => better(values[index], other)).length;
          const n = random.includedCustomers;
          expect(scores.recency[index]).toBe(1 + Math.floor((5 * worse(random.daysSinceLastPurchase, (a, b) => a < b)) / n));
          expect(scores.frequency[index]).toBe(1 + Math.floor((5 * worse(random.purchases, (a, b) => a > b)) / n));
          expect(scores.monetary[index]).toBe(1 + Math.floor((5 * worse(random.revenue, (a, b) => a > b)) / n));
          expect(scores.recency[index]).toBe(quintileScore(random.daysSinceLastPurchase[index], scores.cuts.recency));
        });
      }),
      { numRuns: 200, seed: 51 },
    );
  });
});
