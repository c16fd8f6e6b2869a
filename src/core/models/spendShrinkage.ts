import { weightedOrderStatistics, weightTotal } from "../segments/weightedOrderStatistics";
import { selectInPlace } from "../segments/orderStatistics";

/**
 * Weight of the population centre in a shrunk spend, in purchases: a customer's own mean counts x times, the centre
 * this many times. One purchase is the Gamma-Gamma weight (q − 1)/p at p ≈ q − 1 (e.g. p 6.25, q 3.74 on CDNOW gives
 * 0.44; heavier tails give less), so a customer with one repeat purchase is valued halfway to the centre.
 */
export const CENTRE_WEIGHT_PURCHASES = 1;

/** Expected spend per purchase without a spend model, and the centre it shrinks toward. */
export interface ShrunkSpend {
  /** Per customer: (x·m̄ + k·centre)/(x + k) for repeat buyers with spend, the centre for everyone else. */
  expectedSpend: Float64Array;
  /** The median of the mean repeat spend over the typical repeat buyers with spend (0 when there are none). */
  centre: number;
  /** k: the centre's weight in purchases. */
  centreWeight: number;
}

/**
 * Each customer's expected spend per future purchase when the Gamma-Gamma model cannot be used: their own mean repeat
 * spend m̄ shrunk toward the median over the repeat buyers, (x·m̄ + k·median)/(x + k) with k = 1 purchase (the
 * credibility-weighted mean of Bühlmann 1967, "Experience rating and credibility", ASTIN Bulletin 4(3), with the
 * median as a robust centre for heavy-tailed spend); one-time buyers get the median. The median is taken over
 * `typicalMonetary` (implausible spenders set to 0 are left out), each customer's own m̄ from `monetary`.
 * @example shrunkSpend(Float64Array.of(0, 1, 3), Float64Array.of(0, 100, 20)) // expectedSpend [60, 80, 30], centre 60
 */
export function shrunkSpend(frequency: Float64Array, monetary: Float64Array, typicalMonetary: Float64Array = monetary, customersInRow?: Float64Array): ShrunkSpend {
  const centre = customersInRow ? weightedMedianRepeatSpend(frequency, typicalMonetary, customersInRow) : medianRepeatSpend(frequency, typicalMonetary);
  const k = CENTRE_WEIGHT_PURCHASES;
  const expectedSpend = new Float64Array(frequency.length);
  for (let i = 0; i < frequency.length; i += 1) {
    const x = frequency[i];
    expectedSpend[i] = x > 0 && monetary[i] > 0 ? (x * monetary[i] + k * centre) / (x + k) : centre;
  }
  return { expectedSpend, centre, centreWeight: k };
}

/** The median of m̄ over customers with x > 0 and m̄ > 0 (the mean of the two middle values for an even count); 0 for none. */
function medianRepeatSpend(frequency: Float64Array, monetary: Float64Array): number {
  let count = 0;
  for (let i = 0; i < frequency.length; i += 1) if (frequency[i] > 0 && monetary[i] > 0) count += 1;
  if (count === 0) return 0;
  const values = new Float64Array(count);
  let next = 0;
  for (let i = 0; i < frequency.length; i += 1) if (frequency[i] > 0 && monetary[i] > 0) values[next++] = monetary[i];
  const upper = selectInPlace(values, count >> 1, 0, count);
  if (count % 2 === 1) return upper;
  return (selectInPlace(values, (count >> 1) - 1, 0, count >> 1) + upper) / 2;
}

/** The median repeat spend of a grouped summary, each row counting its customersInRow. */
function weightedMedianRepeatSpend(frequency: Float64Array, monetary: Float64Array, customersInRow: Float64Array): number {
  const repeatBuyers = Uint8Array.from(frequency, (x, i) => (x > 0 && monetary[i] > 0 ? 1 : 0));
  const count = weightTotal(customersInRow, repeatBuyers);
  if (count === 0) return 0;
  const [lower, upper] = weightedOrderStatistics(monetary, customersInRow, [Math.floor((count - 1) / 2), Math.floor(count / 2)], repeatBuyers);
  return (lower + upper) / 2;
}
