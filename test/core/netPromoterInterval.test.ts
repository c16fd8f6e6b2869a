import { adjustedNetPromoter, netPromoterInterval } from "../../src/core/netPromoterInterval";
import { netPromoterCounts } from "../../src/core/netPromoterScore";

// Rocks (2016), "Interval Estimation for the 'Net Promoter Score'", The American Statistician 70(4): the adjusted Wald
// adds ¾ to promoters and detractors and 3 to the answers; variance (p₊ + p₋ − (p₊ − p₋)²) / n on the adjusted counts.
describe("adjustedNetPromoter", () => {
  it("adjusts the counts and takes the variance of a one-sample difference of proportions (hand calculation)", () => {
    // 4 promoters, 2 detractors of 8: p₊ = 4.75/11, p₋ = 2.75/11, NPS' = 2/11,
    // variance = (4.75/11 + 2.75/11 − (2/11)²) / 11 = 0.058978.
    const { adjusted, variance } = adjustedNetPromoter({ promoters: 4, detractors: 2, answers: 8 });
    expect(adjusted).toBeCloseTo(2 / 11, 12);
    expect(variance).toBeCloseTo((4.75 / 11 + 2.75 / 11 - (2 / 11) ** 2) / 11, 12);
    expect(variance).toBeCloseTo(0.058978, 6);
  });
});

describe("netPromoterInterval", () => {
  it("gives the NPS with its 95 % adjusted-Wald interval (hand calculation: 2/11 ± 1.959964 × 0.242854)", () => {
    const interval = netPromoterInterval(netPromoterCounts([[10, 9, 9, 8, 7, 3, 10, 6]]), 0.95);
    expect(interval.score).toBe(25);
    expect(interval.low).toBeCloseTo(-29.42, 2);
    expect(interval.high).toBeCloseTo(65.78, 2);
  });

  it("narrows as the answers grow and widens with the confidence asked for", () => {
    const small = netPromoterInterval({ promoters: 40, detractors: 20, answers: 100 }, 0.95);
    const large = netPromoterInterval({ promoters: 400, detractors: 200, answers: 1000 }, 0.95);
    const sure = netPromoterInterval({ promoters: 40, detractors: 20, answers: 100 }, 0.99);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    expect(sure.high - sure.low).toBeGreaterThan(small.high - small.low);
    for (const interval of [small, large, sure]) {
      expect(interval.low).toBeLessThan(interval.score);
      expect(interval.high).toBeGreaterThan(interval.score);
    }
  });

  it("stays within −100…100 for all promoters or all detractors, and is wide for a handful of answers", () => {
    const promoters = netPromoterInterval({ promoters: 5, detractors: 0, answers: 5 }, 0.95);
    expect(promoters.score).toBe(100);
    expect(promoters.high).toBe(100);
    expect(promoters.low).toBeGreaterThan(0);
    expect(promoters.low).toBeLessThan(40);
    const detractors = netPromoterInterval({ promoters: 0, detractors: 1, answers: 1 }, 0.95);
    expect(detractors.score).toBe(-100);
    expect(detractors.low).toBeGreaterThanOrEqual(-100);
    expect(detractors.low).toBeLessThan(-90);
    expect(detractors.high).toBeGreaterThan(0);
  });
});
