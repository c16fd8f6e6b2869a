import fc from "fast-check";
import { NO_SEGMENT } from "../../../src/core/segments/segmentRules";
import { rfmScores } from "../../../src/core/segments/rfmScores";
import { assignValueTiers, defaultValueTierRules, valueTierIds } from "../../../src/core/segments/valueTiers";
import { summarizeCustomers, type CustomerSummary } from "../../../src/core/summary/customerSummary";
import { logOf, type Row } from "../summary/logOf";
import { summaryArbitrary } from "./randomSummary";

const tiersOf = (summary: CustomerSummary, pAlive?: Float64Array) => {
  const assignment = assignValueTiers(summary, rfmScores(summary).frequency, { pAlive });
  return Array.from(assignment.code, (code) => (code === NO_SEGMENT ? "none" : assignment.segments[code]));
};

describe("assignValueTiers", () => {
  // Ten customers: [purchases, amount of each purchase]. F scores (n = 10): 1 purchase → 1, 2 → 3, 3 → 4, 4–5 → 5.
  // Average order values sorted: 20 25 30 40 45 50 60 500 900 1000, so only 900 and 1000 score 5.
  const customers: [number, number][] = [[5, 50], [4, 60], [1, 1000], [1, 20], [1, 30], [1, 40], [1, 500], [2, 25], [2, 900], [3, 45]];
  const rows: Row[] = customers.flatMap(([purchases, amount], index) => Array.from({ length: purchases }, (_, day) => [`c${index + 1}`, day * 10, amount] as const));
  const summary = summarizeCustomers(logOf(rows, ["never"]), { timeUnit: "day", observationEndDay: 100 });

  it("puts frequent repeat buyers in loyal, high single purchases with low frequency in big spenders, one purchase in one-time", () => {
    expect(tiersOf(summary)).toEqual([
      "loyalCustomers", // 5 purchases
      "loyalCustomers", // 4
      "potentialBigSpenders", // one purchase of 1000
      "oneTimeBuyers",
      "oneTimeBuyers",
      "oneTimeBuyers",
      "oneTimeBuyers", // 500 scores 4 only
      "otherCustomers", // 2 purchases of 25
      "potentialBigSpenders", // 2 purchases of 900, F = 3
      "loyalCustomers", // 3 purchases: F = 4
      "none", // no purchase
    ]);
  });

  it("uses P(alive) when given: a frequent buyer who has probably left is not loyal; NaN is ignored", () => {
    const pAlive = Float64Array.from({ length: 11 }, () => 0.9);
    pAlive[0] = 0.2;
    pAlive[1] = Number.NaN;
    const tiers = tiersOf(summary, pAlive);
    expect(tiers[0]).toBe("otherCustomers");
    expect(tiers[1]).toBe("loyalCustomers");
  });

  it("follows edited rules and requires a last rule without conditions", () => {
    const rules = [{ tier: "repeat", minPurchases: 2 }, { tier: "rest" }];
    const assignment = assignValueTiers(summary, rfmScores(summary).frequency, { rules });
    expect(assignment.segments).toEqual(["repeat", "rest"]);
    expect(Array.from(assignment.code).slice(0, 3)).toEqual([0, 0, 1]);
    expect(() => assignValueTiers(summary, rfmScores(summary).frequency, { rules: [{ tier: "repeat", minPurchases: 2 }] })).toThrow(RangeError);
    expect(() => assignValueTiers(summary, rfmScores(summary).frequency, { rules: [] })).toThrow(RangeError);
  });

  it("has no big spenders in a log without amounts", () => {
    // b's two purchases beat 3 of 4 customers: F = 1 + ⌊5 × 3/4⌋ = 4.
    const noAmounts = summarizeCustomers(logOf([["a", 1], ["c", 2], ["d", 3], ["b", 1], ["b", 5]]), { timeUnit: "day" });
    expect(tiersOf(noAmounts)).toEqual(["oneTimeBuyers", "oneTimeBuyers", "oneTimeBuyers", "loyalCustomers"]);
  });

  it("defines its tiers as data ending in a catch-all", () => {
    expect(defaultValueTierRules.map((rule) => rule.tier)).toEqual([...valueTierIds]);
    expect(Object.keys(defaultValueTierRules[defaultValueTierRules.length - 1])).toEqual(["tier"]);
  });

  it("puts every included customer in exactly one tier (fast-check)", () => {
    fc.assert(
      fc.property(summaryArbitrary, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), (random, alive) => {
        if (random.includedCustomers === 0) return;
        const pAlive = alive === undefined ? undefined : new Float64Array(random.included.length).fill(alive);
        const tiers = tiersOf(random, pAlive);
        random.included.forEach((included, index) => {
          if (!included) expect(tiers[index]).toBe("none");
          else expect(valueTierIds).toContain(tiers[index]);
          if (included && random.purchases[index] === 1 && tiers[index] !== "potentialBigSpenders") expect(tiers[index]).toBe("oneTimeBuyers");
        });
      }),
      { numRuns: 200, seed: 71 },
    );
  });
});
