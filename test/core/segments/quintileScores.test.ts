import fc from "fast-check";
import { quintileCuts, quintileScore, quintileScores, scoreAgainstPopulation } from "../../../src/core/segments/quintileScores";
import { expectInputError } from "../expectInputError";

/** The rule itself, by brute force: 1 + ⌊5 × (number of values strictly worse) / n⌋, at most 5 for a value beyond the population. */
function bruteForceScore(value: number, population: readonly number[], higherIsBetter: boolean): number {
  const worse = population.filter((other) => (higherIsBetter ? other < value : other > value)).length;
  return Math.min(5, 1 + Math.floor((5 * worse) / population.length));
}

const scoresOf = (values: readonly number[], higherIsBetter = true) =>
  Array.from(quintileScores(values, quintileCuts(values, higherIsBetter ? "higherIsBetter" : "lowerIsBetter")));

describe("quintile scores", () => {
  it("puts 20 % of distinct values in each score", () => {
    expect(scoresOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(quintileCuts([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], "higherIsBetter").cuts).toEqual([2, 4, 6, 8]);
    const hundred = Array.from({ length: 100 }, (_, index) => (index * 37) % 100);
    const counts = [1, 2, 3, 4, 5].map((score) => scoresOf(hundred).filter((value) => value === score).length);
    expect(counts).toEqual([20, 20, 20, 20, 20]);
  });

  it("gives 5 to the most recent when lower is better", () => {
    expect(scoresOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], false)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(scoreAgainstPopulation(30, [5, 12, 30, 45, 90, 200], "lowerIsBetter")).toBe(3);
  });

  it("never splits a tie, and a tied group takes the score of its lowest rank", () => {
    // 6 of 10 customers with one purchase: all score 1; two purchases: 1 + ⌊5 × 6/10⌋ = 4; three: 1 + ⌊5 × 8/10⌋ = 5.
    expect(scoresOf([1, 1, 1, 1, 1, 1, 2, 2, 3, 3])).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    expect(scoresOf([7, 7, 7, 7])).toEqual([1, 1, 1, 1]);
    // One value below a big tie: the tie is 1 + ⌊5 × 1/10⌋ = 1 too; the single best is 1 + ⌊5 × 9/10⌋ = 5.
    expect(scoresOf([1, 2, 2, 2, 2, 2, 2, 2, 2, 3])).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 5]);
    expect(scoresOf([1, 1, 2, 2, 2, 2, 2, 2, 2, 2])).toEqual([1, 1, 2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it("scores small populations: n = 1 scores 1; n < 5 uses some scores only", () => {
    expect(scoresOf([42])).toEqual([1]);
    expect(scoresOf([1, 2])).toEqual([1, 3]);
    expect(scoresOf([1, 2, 3])).toEqual([1, 2, 4]);
    expect(scoresOf([1, 2, 3, 4])).toEqual([1, 2, 3, 4]);
    expect(scoresOf([1, 2, 3, 4, 5])).toEqual([1, 2, 3, 4, 5]);
  });

  it("equals the rule 1 + ⌊5 × worse / n⌋ for any population and any value (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: -2, max: 14 }),
        fc.boolean(),
        (population, value, higherIsBetter) => {
          const cuts = quintileCuts(population, higherIsBetter ? "higherIsBetter" : "lowerIsBetter");
          expect(quintileScore(value, cuts)).toBe(bruteForceScore(value, population, higherIsBetter));
          expect(scoresOf(population, higherIsBetter)).toEqual(population.map((member) => bruteForceScore(member, population, higherIsBetter)));
        },
      ),
      { numRuns: 500, seed: 42 },
    );
  });

  it("never gives a better value a lower score (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), (population) => {
        const scores = scoresOf(population);
        population.forEach((value, index) => {
          population.forEach((other, otherIndex) => {
            if (value < other) expect(scores[index]).toBeLessThanOrEqual(scores[otherIndex]);
            if (value === other) expect(scores[index]).toBe(scores[otherIndex]);
          });
        });
      }),
      { numRuns: 200, seed: 43 },
    );
  });

  it("scores a value beyond the population 1 or 5", () => {
    const cuts = quintileCuts([10, 20, 30], "higherIsBetter");
    expect(quintileScore(-1, cuts)).toBe(1);
    expect(quintileScore(1000, cuts)).toBe(5);
  });

  it("counts only included values and scores excluded ones 0", () => {
    const included = Uint8Array.of(1, 0, 1, 1, 0);
    const cuts = quintileCuts([1, 100, 2, 3, -100], "higherIsBetter", included);
    expect(cuts.populationSize).toBe(3);
    expect(Array.from(quintileScores([1, 100, 2, 3, -100], cuts, included))).toEqual([1, 0, 2, 4, 0]);
  });

  it("rejects an empty population and values that are not finite numbers", () => {
    expectInputError(() => quintileCuts([], "higherIsBetter"), "noValues", "values");
    expectInputError(() => quintileCuts([1, Number.NaN], "higherIsBetter"), "notANumber", "values");
    expectInputError(() => quintileScore(Number.POSITIVE_INFINITY, quintileCuts([1], "higherIsBetter")), "notANumber", "value");
  });
});
