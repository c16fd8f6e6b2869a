import { compareNetPromoterScores } from "../../src/core/netPromoterComparison";

// Two independent samples (Lewis & Sauro, MeasuringU 2021, after Rocks 2016): the difference of the adjusted-Wald
// estimates, the variances added, a two-sided z-test.
describe("compareNetPromoterScores", () => {
  const lastQuarter = { promoters: 40, detractors: 30, answers: 100 };
  const thisQuarter = { promoters: 55, detractors: 20, answers: 100 };

  it("gives the change, its interval and p-value (hand calculation)", () => {
    // Adjusted: 10/103 = 0.097087 (variance 0.0066481) and 35/103 = 0.339806 (variance 0.0060898); difference
    // 0.242718, standard error √0.0127379 = 0.112862, z = 2.1506, p = 0.0315; 95 %: 0.242718 ± 0.221206.
    const comparison = compareNetPromoterScores(lastQuarter, thisQuarter, 0.95);
    expect(comparison.change).toBeCloseTo(25, 10);
    expect(comparison.low).toBeCloseTo(2.15, 2);
    expect(comparison.high).toBeCloseTo(46.39, 2);
    expect(comparison.pValue).toBeCloseTo(0.0315, 3);
    expect(comparison.largerThanChance).toBe(true);
  });

  it("is symmetric: swapping the samples changes the sign, not the p-value", () => {
    const forward = compareNetPromoterScores(lastQuarter, thisQuarter, 0.95);
    const backward = compareNetPromoterScores(thisQuarter, lastQuarter, 0.95);
    expect(backward.change).toBeCloseTo(-forward.change, 10);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
    expect(backward.low).toBeCloseTo(-forward.high, 10);
  });

  it("does not call a change of 10 points on 40 answers each larger than chance", () => {
    const comparison = compareNetPromoterScores({ promoters: 16, detractors: 12, answers: 40 }, { promoters: 18, detractors: 10, answers: 40 }, 0.95);
    expect(comparison.change).toBeCloseTo(10, 10);
    expect(comparison.largerThanChance).toBe(false);
    expect(comparison.pValue).toBeGreaterThan(0.05);
    expect(comparison.low).toBeLessThan(0);
  });

  it("agrees with itself: larger than chance exactly when p is below 1 − confidence", () => {
    for (const later of [20, 25, 30, 35, 40, 45, 50, 55, 60]) {
      const comparison = compareNetPromoterScores(lastQuarter, { promoters: later, detractors: 30, answers: 100 }, 0.9);
      expect(comparison.largerThanChance).toBe(comparison.pValue < 0.1);
    }
  });
});
