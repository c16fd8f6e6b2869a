import { testConversion } from "../../src/core/conversionTest";

describe("testConversion", () => {
  it("gives Newcombe's hybrid score interval for the difference: 56/70 − 48/80 = 0.2, 95 % 0.0524 to 0.3339 (Newcombe 1998, Table II, method 10)", () => {
    const test = testConversion({ visitors: 80, conversions: 48 }, { visitors: 70, conversions: 56 }, 0.95);
    expect(test.rateA).toBeCloseTo(0.6, 12);
    expect(test.rateB).toBeCloseTo(0.8, 12);
    expect(test.uplift).toBeCloseTo(0.2, 12);
    expect(test.upliftLow).toBeCloseTo(0.0524, 4);
    expect(test.upliftHigh).toBeCloseTo(0.3339, 4);
    expect(test.largerThanChance).toBe(true);
  });

  it("uses the pooled two-proportion z-test on large samples (hand calculation)", () => {
    // 200/10,000 against 260/10,000: pooled 460/20,000 = 0.023, se √(0.023·0.977·2/10,000) = 0.0021200,
    // z = 0.006/0.0021200 = 2.8302, p = 2·(1 − Φ(2.8302)) = 0.004652.
    const test = testConversion({ visitors: 10_000, conversions: 200 }, { visitors: 10_000, conversions: 260 }, 0.95);
    expect(test.test).toBe("twoProportionZ");
    expect(test.pValue).toBeCloseTo(0.004652, 5);
    expect(test.relativeUplift).toBeCloseTo(0.3, 12);
    // Katz: ln(1.3) ± 1.96·√(1/260 − 1/10,000 + 1/200 − 1/10,000) = 0.262364 ± 1.959964·0.092984.
    expect(test.relativeLow).toBeCloseTo(1.3 * Math.exp(-1.959964 * Math.sqrt(1 / 260 - 1 / 10_000 + 1 / 200 - 1 / 10_000)) - 1, 6);
    expect(test.relativeLow).toBeGreaterThan(0);
  });

  it("uses Fisher's exact test when an expected count is below 5, and does not call 2 of 30 against 6 of 30 larger than chance", () => {
    // Expected conversions 8·30/60 = 4 per group (< 5): Fisher's exact test, as for the table 2 28 / 6 24.
    const test = testConversion({ visitors: 30, conversions: 2 }, { visitors: 30, conversions: 6 }, 0.95);
    expect(test.test).toBe("fisherExact");
    expect(test.pValue).toBeGreaterThan(0.1);
    expect(test.largerThanChance).toBe(false);
    expect(test.upliftLow).toBeLessThan(0);
  });

  it("handles 0 % and 100 % and refuses impossible counts", () => {
    const none = testConversion({ visitors: 50, conversions: 0 }, { visitors: 50, conversions: 0 }, 0.95);
    expect([none.rateA, none.rateB, none.uplift, none.pValue]).toEqual([0, 0, 0, 1]);
    expect(Number.isNaN(none.relativeUplift)).toBe(true);
    const all = testConversion({ visitors: 20, conversions: 20 }, { visitors: 20, conversions: 10 }, 0.95);
    expect(all.upliftHigh).toBeLessThan(0);
    expect(() => testConversion({ visitors: 10, conversions: 11 }, { visitors: 10, conversions: 1 }, 0.95)).toThrow(expect.objectContaining({ code: "mustNotExceed" }));
    expect(() => testConversion({ visitors: 0, conversions: 0 }, { visitors: 10, conversions: 1 }, 0.95)).toThrow(expect.objectContaining({ code: "mustBePositive" }));
  });

  it("does not call an uplift larger than chance when its interval and its test disagree near the edge", () => {
    // 0 of 100 against 5 of 100: Newcombe's interval 0.0033 to 0.112 leaves out 0, but Fisher's exact p is 0.0594
    // (hypergeometric, by hand: 2 × C(100,5)·C(100,0)/C(200,5) = 0.0594) — not below 0.05, so not larger than chance.
    const edge = testConversion({ visitors: 100, conversions: 0 }, { visitors: 100, conversions: 5 }, 0.95);
    expect(edge.upliftLow).toBeGreaterThan(0);
    expect(edge.pValue).toBeCloseTo(0.0594, 4);
    expect(edge.largerThanChance).toBe(false);
  });

  it("gives a relative interval around 0 when both groups converted everyone (Haldane–Anscombe 0.5 per cell)", () => {
    // 50 of 50 each: ratio 1; variance 2 × (1/50.5 − 1/51) = 0.000388, so ±1.96 × 0.0197 on the log scale
    const all = testConversion({ visitors: 50, conversions: 50 }, { visitors: 50, conversions: 50 }, 0.95);
    const logSe = Math.sqrt(2 * (1 / 50.5 - 1 / 51));
    expect(all.relativeUplift).toBe(0);
    expect(all.relativeLow).toBeCloseTo(Math.exp(-1.959964 * logSe) - 1, 6);
    expect(all.relativeHigh).toBeCloseTo(Math.exp(1.959964 * logSe) - 1, 6);
    expect(all.relativeLow).toBeLessThan(-0.03);
    expect(all.relativeHigh).toBeGreaterThan(0.03);
  });
});
