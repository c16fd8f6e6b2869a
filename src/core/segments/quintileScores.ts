import { InputError } from "../inputError";
import { orderStatistics, populationRange } from "./orderStatistics";
import { weightedOrderStatistics, weightTotal } from "./weightedOrderStatistics";
import { isFiniteNumber } from "../hotGlobals";

/** Which end of a dimension is good: more purchases and revenue are better, fewer days since the last purchase are. */
export type ScoreDirection = "higherIsBetter" | "lowerIsBetter";

/**
 * A population's quintile cut points, enough to score any value against it without the population:
 * score = 1 + the number of cuts the value beats (value > cut when higher is better, value < cut when lower
 * is better). `cuts` are in the values' own units, from the cut to score 2 up to the cut to score 5.
 */
export interface QuintileCuts {
  direction: ScoreDirection;
  /** Number of values the cuts were taken from. */
  populationSize: number;
  cuts: readonly [number, number, number, number];
}

/**
 * The quintile cuts of a population for 1–5 scores by the rule
 *   score(v) = 1 + ⌊5 × w(v) / n⌋, w(v) = the number of population values strictly worse than v.
 * Equal values always get the same score (a tie is never split across scores), scores never fall as values
 * improve, and without ties each score holds n/5 values (±1). With heavy ties a tied group takes the score
 * of its lowest rank and the scores its ranks would have spanned are skipped: when 60 % of customers have one
 * purchase they all score F = 1 and two purchases already score 1 + ⌊5 × 0.6⌋ = 4. The worst value always
 * scores 1, so n = 1 scores 1, and n < 5 uses only some scores (n = 2: 1 and 3; n = 4: 1, 2, 3, 4).
 * A value scored against a population it is not part of scores at most 5 (better than every member: 5).
 * Computed from four order statistics: w(v) ≥ k ⇔ v beats the k-th worst value, so cut j (to score j + 1) is
 * the ⌈j·n/5⌉-th worst value; orderStatistics finds the four in O(n). `included` (1 = counted) masks the values;
 * `weights` (a grouped summary: customers per row) make each value count that many times (n = Σ weights).
 * Throws InputError `noValues` for an empty population and `notANumber` for a NaN or infinite value.
 *
 * Source: quintile RFM scoring (Hughes 1994, "Strategic Database Marketing"), with min-rank ties as in
 * the standard competition ranking ("1224"), so a score depends only on the value, never on row order.
 * @example quintileCuts(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), "higherIsBetter")
 * // cuts [2, 4, 6, 8]: 1–2 score 1, 3–4 score 2, …, 9–10 score 5
 */
export function quintileCuts(values: ArrayLike<number>, direction: ScoreDirection, included?: Uint8Array, weights?: ArrayLike<number>): QuintileCuts {
  const range = populationRange(values, included);
  const size = weights ? weightTotal(weights, included) : range.size;
  if (size === 0) throw new InputError("noValues", "values", {});
  if (!range.finite) throw new InputError("notANumber", "values", { value: firstNotFinite(values, included) });
  // Cut j is the ⌈j·n/5⌉-th worst value: that many from the bottom when higher is better, from the top when lower is.
  const worstRanks = [1, 2, 3, 4].map((cut) => Math.ceil((cut * size) / 5) - 1);
  const positions = direction === "higherIsBetter" ? worstRanks : worstRanks.map((rank) => size - 1 - rank);
  const [second, third, fourth, fifth] = weights ? weightedOrderStatistics(values, weights, positions, included) : orderStatistics(values, positions, included, range);
  return { direction, populationSize: size, cuts: [second, third, fourth, fifth] };
}

/**
 * The 1–5 score of one value against a population's cuts (see quintileCuts): 1 + the number of cuts it beats.
 * Throws InputError `notANumber` for NaN or an infinite value.
 *
 * Source: the rule of quintileCuts.
 * @example quintileScore(7, { direction: "higherIsBetter", populationSize: 10, cuts: [2, 4, 6, 8] }) // 4
 * @example quintileScore(3, { direction: "lowerIsBetter", populationSize: 10, cuts: [80, 40, 20, 5] }) // 5
 */
export function quintileScore(value: number, quintiles: QuintileCuts): number {
  if (!isFiniteNumber(value)) throw new InputError("notANumber", "value", { value: String(value) });
  const [second, third, fourth, fifth] = quintiles.cuts;
  if (quintiles.direction === "higherIsBetter") {
    return 1 + (value > second ? 1 : 0) + (value > third ? 1 : 0) + (value > fourth ? 1 : 0) + (value > fifth ? 1 : 0);
  }
  return 1 + (value < second ? 1 : 0) + (value < third ? 1 : 0) + (value < fourth ? 1 : 0) + (value < fifth ? 1 : 0);
}

/**
 * The 1–5 scores of all values against the cuts, in one pass; values masked out by `included` score 0.
 * Values must be finite where included (as quintileCuts checks).
 *
 * Source: the rule of quintileCuts.
 * @example quintileScores(Float64Array.of(1, 9, 5), { direction: "higherIsBetter", populationSize: 10, cuts: [2, 4, 6, 8] })
 * // Uint8Array [1, 5, 3]
 */
export function quintileScores(values: ArrayLike<number>, quintiles: QuintileCuts, included?: Uint8Array): Uint8Array {
  const scores = new Uint8Array(values.length);
  const [second, third, fourth, fifth] = quintiles.cuts;
  const higherIsBetter = quintiles.direction === "higherIsBetter";
  for (let index = 0; index < values.length; index += 1) {
    if (included !== undefined && included[index] === 0) continue;
    const value = values[index];
    scores[index] = higherIsBetter
      ? 1 + (value > second ? 1 : 0) + (value > third ? 1 : 0) + (value > fourth ? 1 : 0) + (value > fifth ? 1 : 0)
      : 1 + (value < second ? 1 : 0) + (value < third ? 1 : 0) + (value < fourth ? 1 : 0) + (value < fifth ? 1 : 0);
  }
  return scores;
}

/**
 * The 1–5 score of a single value against a whole population (for KV.SEGMENT with a column of values):
 * quintileScore(value, quintileCuts(population, direction)). For many values compute the cuts once.
 *
 * Source: the rule of quintileCuts.
 * @example scoreAgainstPopulation(30, [5, 12, 30, 45, 90, 200], "lowerIsBetter") // 1 + ⌊5 × 3/6⌋ = 3
 */
export function scoreAgainstPopulation(value: number, population: ArrayLike<number>, direction: ScoreDirection): number {
  return quintileScore(value, quintileCuts(population, direction));
}

/** The first counted value that is not a finite number, as text for the error message. */
function firstNotFinite(values: ArrayLike<number>, included?: Uint8Array): string {
  for (let index = 0; index < values.length; index += 1) {
    if ((included === undefined || included[index] === 1) && !isFiniteNumber(values[index])) return String(values[index]);
  }
  return "";
}
