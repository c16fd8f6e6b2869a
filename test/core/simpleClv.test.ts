import { simpleClv } from "../../src/core/simpleClv";
import { expectInputError } from "./expectInputError";
import { forEachCase } from "./seededRandom";

// Reference values are computed by hand from the definition in src/core/simpleClv.ts:
// A = averageOrderValue × purchasesPerYear × grossMargin; CLV = A × L undiscounted, and with rate d
// CLV = Σ_{i=1}^{⌊L⌋} A/(1+d)^i + (L − ⌊L⌋)·A/(1+d)^⌈L⌉ (ordinary annuity: each year's value at year end).

describe("simpleClv", () => {
  it("is A × L without discounting", () => {
    // A = 500 × 4 × 0.4 = 800; 800 × 3 = 2400
    expect(simpleClv({ averageOrderValue: 500, purchasesPerYear: 4, lifespanYears: 3, grossMargin: 0.4 })).toBe(2400);
    // grossMargin defaults to 1: 250 × 2 × 5 = 2500
    expect(simpleClv({ averageOrderValue: 250, purchasesPerYear: 2, lifespanYears: 5 })).toBe(2500);
  });

  it("discounts each year's value at the end of the year", () => {
    // A = 800; 800/1.1 + 800/1.21 + 800/1.331 = 727.2727 + 661.1570 + 601.0518 = 1989.4815
    const clv = simpleClv({ averageOrderValue: 500, purchasesPerYear: 4, lifespanYears: 3, grossMargin: 0.4, annualDiscountRate: 0.1 });
    expect(clv).toBeCloseTo(1989.4815928, 6);
  });

  it("gives a fractional final year its share, discounted as the year it falls in", () => {
    // L = 2.5: 800/1.1 + 800/1.21 + 0.5 × 800/1.331 = 727.2727 + 661.1570 + 300.5259 = 1688.9557
    const clv = simpleClv({ averageOrderValue: 500, purchasesPerYear: 4, lifespanYears: 2.5, grossMargin: 0.4, annualDiscountRate: 0.1 });
    expect(clv).toBeCloseTo(1688.9556724, 6);
    // L = 0.5 with d = 0.2: 0.5 × 1000/1.2 = 416.6667
    expect(simpleClv({ averageOrderValue: 1000, purchasesPerYear: 1, lifespanYears: 0.5, annualDiscountRate: 0.2 })).toBeCloseTo(416.6666667, 6);
    // Undiscounted, a fractional lifespan is plain proportion: 100 × 1 × 2.25 = 225
    expect(simpleClv({ averageOrderValue: 100, purchasesPerYear: 1, lifespanYears: 2.25 })).toBe(225);
  });

  it("is 0 for a lifespan of 0, no purchases or no margin", () => {
    expect(simpleClv({ averageOrderValue: 500, purchasesPerYear: 4, lifespanYears: 0, annualDiscountRate: 0.1 })).toBe(0);
    expect(simpleClv({ averageOrderValue: 500, purchasesPerYear: 0, lifespanYears: 3 })).toBe(0);
    expect(simpleClv({ averageOrderValue: 500, purchasesPerYear: 4, lifespanYears: 3, grossMargin: 0 })).toBe(0);
  });

  it("treats a 100 % discount rate as halving each year's value again", () => {
    // d = 1: 100/2 + 100/4 = 75
    expect(simpleClv({ averageOrderValue: 100, purchasesPerYear: 1, lifespanYears: 2, annualDiscountRate: 1 })).toBe(75);
  });

  it("stays accurate for a tiny rate and fast for a very long lifespan", () => {
    // d = 1e-12 over 10 years: Σ (1+d)^−i ≈ 10 − d·55, so the result is 10 × A to 1e-9 relative
    expect(simpleClv({ averageOrderValue: 100, purchasesPerYear: 1, lifespanYears: 10, annualDiscountRate: 1e-12 })).toBeCloseTo(1000, 6);
    // L = 1e9 years at 5 %: the perpetuity value A/d = 100/0.05 = 2000
    expect(simpleClv({ averageOrderValue: 100, purchasesPerYear: 1, lifespanYears: 1e9, annualDiscountRate: 0.05 })).toBeCloseTo(2000, 9);
  });

  describe("properties", () => {
    const draw = (random: { uniform(low: number, high: number): number }) => ({
      averageOrderValue: random.uniform(0, 5000),
      purchasesPerYear: random.uniform(0, 24),
      lifespanYears: random.uniform(0, 30),
      grossMargin: random.uniform(0, 1),
      annualDiscountRate: random.uniform(0, 1),
    });

    it("equals A × L when the discount rate is 0", () => {
      forEachCase(500, 1, draw, (input) => {
        const annualValue = input.averageOrderValue * input.purchasesPerYear * input.grossMargin;
        expect(simpleClv({ ...input, annualDiscountRate: 0 })).toBe(annualValue * input.lifespanYears);
      });
    });

    it("is never increased by discounting, and falls as the rate rises", () => {
      forEachCase(500, 2, draw, (input) => {
        const undiscounted = simpleClv({ ...input, annualDiscountRate: 0 });
        const discounted = simpleClv(input);
        const moreDiscounted = simpleClv({ ...input, annualDiscountRate: Math.min(1, input.annualDiscountRate + 0.05) });
        expect(discounted).toBeLessThanOrEqual(undiscounted * (1 + 1e-12));
        expect(moreDiscounted).toBeLessThanOrEqual(discounted * (1 + 1e-12));
      });
    });

    it("matches the year-by-year sum of the definition", () => {
      forEachCase(500, 3, draw, (input) => {
        const annualValue = input.averageOrderValue * input.purchasesPerYear * input.grossMargin;
        const growth = 1 + input.annualDiscountRate;
        const wholeYears = Math.floor(input.lifespanYears);
        let expected = 0;
        for (let year = 1; year <= wholeYears; year += 1) expected += annualValue / growth ** year;
        expected += (input.lifespanYears - wholeYears) * (annualValue / growth ** (wholeYears + 1));
        expect(simpleClv(input)).toBeCloseTo(expected, 6);
      });
    });

    it("never decreases as the lifespan grows", () => {
      forEachCase(500, 4, draw, (input) => {
        expect(simpleClv({ ...input, lifespanYears: input.lifespanYears + 0.3 })).toBeGreaterThanOrEqual(simpleClv(input));
      });
    });
  });

  describe("wrong input", () => {
    const valid = { averageOrderValue: 500, purchasesPerYear: 4, lifespanYears: 3 };

    it("rejects negative amounts, counts and lifespans", () => {
      expect(expectInputError(() => simpleClv({ ...valid, averageOrderValue: -1 }), "mustBeNonNegative", "averageOrderValue").params).toEqual({ value: -1 });
      expectInputError(() => simpleClv({ ...valid, purchasesPerYear: -4 }), "mustBeNonNegative", "purchasesPerYear");
      expectInputError(() => simpleClv({ ...valid, lifespanYears: -0.5 }), "mustBeNonNegative", "lifespanYears");
    });

    it("rejects margins and rates outside 0–1, suggesting a percentage typed as a whole number", () => {
      expectInputError(() => simpleClv({ ...valid, grossMargin: 40 }), "rateLooksLikePercent", "grossMargin");
      expectInputError(() => simpleClv({ ...valid, grossMargin: -0.1 }), "fractionRange", "grossMargin");
      expectInputError(() => simpleClv({ ...valid, annualDiscountRate: 10 }), "rateLooksLikePercent", "annualDiscountRate");
      expectInputError(() => simpleClv({ ...valid, annualDiscountRate: -0.02 }), "fractionRange", "annualDiscountRate");
    });

    it("rejects NaN and infinities", () => {
      expectInputError(() => simpleClv({ ...valid, averageOrderValue: Number.NaN }), "notANumber", "averageOrderValue");
      expectInputError(() => simpleClv({ ...valid, lifespanYears: Number.POSITIVE_INFINITY }), "notANumber", "lifespanYears");
    });

    it("reports a result too large for a number instead of returning Infinity", () => {
      expectInputError(
        () => simpleClv({ averageOrderValue: 1e200, purchasesPerYear: 1e200, lifespanYears: 1 }),
        "resultTooLarge",
        "averageOrderValue, purchasesPerYear, lifespanYears",
      );
    });
  });
});
