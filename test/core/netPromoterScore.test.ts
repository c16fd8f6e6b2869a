import { netPromoterScore } from "../../src/core/netPromoterScore";
import { expectInputError } from "./expectInputError";
import { forEachCase } from "./seededRandom";

// NPS = % promoters (9–10) − % detractors (0–6), in points: Reichheld (2003), "The One Number You Need to
// Grow", Harvard Business Review 81(12). Values computed by hand.

describe("netPromoterScore", () => {
  it("subtracts the percentage of detractors from the percentage of promoters", () => {
    // promoters 10, 9, 9, 10 = 4/8 = 50 %; detractors 3, 6 = 2/8 = 25 %; passives 8, 7 → 25
    expect(netPromoterScore([[10, 9, 9, 8, 7, 3, 10, 6]])).toBe(25);
    // 1 promoter, 3 detractors of 4: 25 − 75 = −50
    expect(netPromoterScore([[0, 0], [5, 9]])).toBe(-50);
    // 1 promoter, 0 detractors, 2 passives of 3: 33.33
    expect(netPromoterScore([[9], [8], [7]])).toBeCloseTo(33.3333333, 6);
  });

  it("spans −100 to 100", () => {
    expect(netPromoterScore([[9, 10, 10]])).toBe(100);
    expect(netPromoterScore([[0, 6, 3]])).toBe(-100);
    expect(netPromoterScore([[7, 8]])).toBe(0);
  });

  it("puts the boundaries 6/7 and 8/9 in the right groups", () => {
    expect(netPromoterScore([[6]])).toBe(-100);
    expect(netPromoterScore([[7]])).toBe(0);
    expect(netPromoterScore([[8]])).toBe(0);
    expect(netPromoterScore([[9]])).toBe(100);
  });

  it("skips blank cells but counts 0 as a detractor's answer", () => {
    // answers 10, 10, 9, 0: 75 % − 25 % = 50
    expect(netPromoterScore([[10, null], [10, 9], [0, null]])).toBe(50);
  });

  it("stays within −100…100 and equals the definition on random answers", () => {
    forEachCase(300, 31, (random) => Array.from({ length: random.integer(1, 40) }, () => [random.integer(0, 10)]), (scores) => {
      const answers = scores.flat();
      const promoters = answers.filter((score) => score >= 9).length;
      const detractors = answers.filter((score) => score <= 6).length;
      const nps = netPromoterScore(scores);
      expect(nps).toBeCloseTo((100 * promoters) / answers.length - (100 * detractors) / answers.length, 9);
      expect(Math.abs(nps)).toBeLessThanOrEqual(100);
    });
  });

  describe("wrong input", () => {
    it("names the row and column of an answer that is not a whole number from 0 to 10", () => {
      expect(expectInputError(() => netPromoterScore([[9, 8], [7, 11]]), "invalidScore", "scores").params).toEqual({ value: 11, row: 2, column: 2 });
      expect(expectInputError(() => netPromoterScore([[9], [8], [7.5]]), "invalidScore", "scores").params).toEqual({ value: 7.5, row: 3, column: 1 });
      expectInputError(() => netPromoterScore([[-1]]), "invalidScore", "scores");
      expectInputError(() => netPromoterScore([[Number.NaN]]), "invalidScore", "scores");
    });

    it("needs at least one answer", () => {
      expectInputError(() => netPromoterScore([[null, null]]), "noValues", "scores");
      expectInputError(() => netPromoterScore([]), "noValues", "scores");
    });
  });
});
