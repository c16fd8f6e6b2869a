import { retentionClv } from "../../src/core/retentionClv";
import { expectInputError } from "./expectInputError";
import { forEachCase } from "./seededRandom";

// Reference: Gupta & Lehmann (2003), "Customers as assets", Journal of Interactive Marketing 17(1), and
// Gupta & Lehmann (2005), Managing Customers as Investments: CLV = m·r/(1 + i − r), where r/(1 + i − r) is
// the "margin multiple" they tabulate for retention 60–90 % and discount 10–16 %. The values below are
// computed by hand from that formula and from the finite sum Σ_{t=1}^{n} m·r^t/(1+d)^t.

describe("retentionClv", () => {
  describe("infinite horizon: m·r/(1 + d − r)", () => {
    it("matches hand-computed margin multiples", () => {
      // 100 × 0.8/(1 + 0.12 − 0.8) = 100 × 0.8/0.32 = 250 (margin multiple 2.5)
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.12 })).toBeCloseTo(250, 10);
      // 0.9/(1.1 − 0.9) = 4.5; 0.6/(1.1 − 0.6) = 1.2; 0.7/(1.12 − 0.7) = 1.6667
      expect(retentionClv({ marginPerPeriod: 1, retentionRate: 0.9, discountRate: 0.1 })).toBeCloseTo(4.5, 10);
      expect(retentionClv({ marginPerPeriod: 1, retentionRate: 0.6, discountRate: 0.1 })).toBeCloseTo(1.2, 10);
      expect(retentionClv({ marginPerPeriod: 1, retentionRate: 0.7, discountRate: 0.12 })).toBeCloseTo(1.6666667, 6);
    });

    it("is a perpetuity m/d when every customer stays", () => {
      // r = 1, d = 0.1: 100 × 1/0.1 = 1000
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0.1 })).toBeCloseTo(1000, 9);
    });

    it("is the geometric series m·r/(1 − r) without discounting", () => {
      // 100 × 0.5/0.5 = 100
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 0.5, discountRate: 0 })).toBe(100);
    });

    it("is 0 with retention 0 or margin 0", () => {
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 0, discountRate: 0.1 })).toBe(0);
      expect(retentionClv({ marginPerPeriod: 0, retentionRate: 0.8, discountRate: 0.1 })).toBe(0);
    });
  });

  describe("finite horizon: Σ_{t=1}^{n} m·r^t/(1+d)^t", () => {
    it("matches the hand-computed sum", () => {
      // q = 0.8/1.12 = 0.7142857; 100 × (q + q² + q³) = 71.4286 + 51.0204 + 36.4431 = 158.8921
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.12, periods: 3 })).toBeCloseTo(158.8921283, 6);
      // n = 1: 100 × 0.8/1.12 = 71.4286
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.12, periods: 1 })).toBeCloseTo(71.4285714, 6);
      // r = 1, d = 0.1, n = 2: 100/1.1 + 100/1.21 = 90.9091 + 82.6446 = 173.5537
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0.1, periods: 2 })).toBeCloseTo(173.553719, 5);
    });

    it("handles q = 1 (retention 1, no discounting): m per period", () => {
      // 100 × 5 = 500
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0, periods: 5 })).toBe(500);
    });

    it("is 0 for 0 periods or retention 0", () => {
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.1, periods: 0 })).toBe(0);
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0, periods: 0 })).toBe(0);
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 0, discountRate: 0.1, periods: 4 })).toBe(0);
    });

    it("stays accurate when q is within rounding of 1", () => {
      // r = 1, d = 1e-15: each period is worth 100·(1+d)^−t ≈ 100, so 10 periods ≈ 1000
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 1, discountRate: 1e-15, periods: 10 })).toBeCloseTo(1000, 9);
      // r = 1 − 1e-12, d = 0: 10 periods ≈ 100 × 10 − 100 × 55e-12
      expect(retentionClv({ marginPerPeriod: 100, retentionRate: 1 - 1e-12, discountRate: 0, periods: 10 })).toBeCloseTo(1000, 7);
    });
  });

  describe("properties", () => {
    const draw = (random: { uniform(low: number, high: number): number; integer(low: number, high: number): number }) => ({
      marginPerPeriod: random.uniform(0, 1000),
      retentionRate: random.uniform(0, 0.99),
      discountRate: random.uniform(0, 0.5),
      periods: random.integer(0, 60),
    });

    it("matches the period-by-period sum of the definition", () => {
      forEachCase(500, 11, draw, (input) => {
        let expected = 0;
        for (let t = 1; t <= input.periods; t += 1) {
          expected += (input.marginPerPeriod * input.retentionRate ** t) / (1 + input.discountRate) ** t;
        }
        expect(retentionClv(input)).toBeCloseTo(expected, 7);
      });
    });

    it("grows with the number of periods towards the infinite-horizon value", () => {
      forEachCase(500, 12, draw, (input) => {
        const infinite = retentionClv({ ...input, periods: undefined });
        const finite = retentionClv(input);
        const longer = retentionClv({ ...input, periods: input.periods + 1 });
        expect(longer).toBeGreaterThanOrEqual(finite);
        expect(finite).toBeLessThanOrEqual(infinite * (1 + 1e-12));
        // q ≤ 0.99, so after 5000 periods q^n < 1e-21: the finite sum equals the infinite formula
        expect(retentionClv({ ...input, periods: 5000 })).toBeCloseTo(infinite, 8);
      });
    });

    it("is never increased by discounting", () => {
      forEachCase(500, 13, draw, (input) => {
        expect(retentionClv(input)).toBeLessThanOrEqual(retentionClv({ ...input, discountRate: 0 }) * (1 + 1e-12));
      });
    });
  });

  describe("wrong input", () => {
    it("refuses the infinite value of retention 1 without discounting and asks for periods", () => {
      const error = expectInputError(
        () => retentionClv({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0 }),
        "infiniteValue",
        "periods",
      );
      expect(error.params).toEqual({ retentionRate: 1, discountRate: 0 });
    });

    it("rejects rates outside 0–1, suggesting a percentage typed as a whole number", () => {
      expectInputError(() => retentionClv({ marginPerPeriod: 100, retentionRate: 80, discountRate: 0.1 }), "rateLooksLikePercent", "retentionRate");
      expectInputError(() => retentionClv({ marginPerPeriod: 100, retentionRate: -0.1, discountRate: 0.1 }), "fractionRange", "retentionRate");
      expectInputError(() => retentionClv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 12 }), "rateLooksLikePercent", "discountRate");
      expectInputError(() => retentionClv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: -0.01 }), "fractionRange", "discountRate");
    });

    it("rejects a negative margin and periods that are not whole numbers ≥ 0", () => {
      expectInputError(() => retentionClv({ marginPerPeriod: -5, retentionRate: 0.8, discountRate: 0.1 }), "mustBeNonNegative", "marginPerPeriod");
      expectInputError(() => retentionClv({ marginPerPeriod: 5, retentionRate: 0.8, discountRate: 0.1, periods: 2.5 }), "mustBeWholeNumber", "periods");
      expectInputError(() => retentionClv({ marginPerPeriod: 5, retentionRate: 0.8, discountRate: 0.1, periods: -1 }), "mustBeWholeNumber", "periods");
    });

    it("reports a result too large for a number instead of returning Infinity", () => {
      expectInputError(
        () => retentionClv({ marginPerPeriod: 1e300, retentionRate: 1, discountRate: 1e-300 }),
        "resultTooLarge",
        "marginPerPeriod, retentionRate, discountRate",
      );
    });
  });
});
