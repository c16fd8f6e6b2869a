import { weightedOrderStatistics, weightTotal } from "./segments/weightedOrderStatistics";
import { selectInPlace } from "./segments/orderStatistics";

/**
 * How many times the typical amount an amount may be, in size, before it is implausible (a typing or export error,
 * like 10^15 or −10^15): 1,000. Real spend is heavy-tailed, but far less: on CDNOW the largest customer's mean
 * repeat spend is 11 times the median customer's.
 */
export const IMPLAUSIBLE_AMOUNT_FACTOR = 1000;

/** At most this many values are looked at for the median: a systematic sample is exact enough for a factor of 1,000. */
const MEDIAN_SAMPLE = 100_001;

/**
 * The limit above which the size |amount| of an amount is implausible: IMPLAUSIBLE_AMOUNT_FACTOR × the median size
 * of the non-zero values among the first `length` (those with `counted[i]` = 1 when given; of a systematic sample
 * of 100,001 of them when there are more), so that a huge return is caught like a huge purchase; Infinity when every
 * value is 0. For spend (only positive values) this is 1,000 × the median spend. With `weights` (a grouped table's
 * customers per row) each value counts that many times, and the median is exact.
 * @example implausibleAmountLimit(Float64Array.of(20, 30, 1e15, 0), 4) // 30000 (1,000 × the median 30)
 * @example implausibleAmountLimit(Float64Array.of(20, -30, -1e15), 3) // 30000: an amount is implausible when |amount| > 30000
 */
export function implausibleAmountLimit(values: ArrayLike<number>, length: number, counted?: ArrayLike<number>, weights?: ArrayLike<number>): number {
  if (weights) return IMPLAUSIBLE_AMOUNT_FACTOR * weightedMedianSize(values, length, counted, weights);
  let nonZero = 0;
  for (let i = 0; i < length; i += 1) if (values[i] !== 0 && values[i] === values[i] && (counted === undefined || counted[i] === 1)) nonZero += 1;
  if (nonZero === 0) return Number.POSITIVE_INFINITY;
  const stride = Math.ceil(nonZero / MEDIAN_SAMPLE);
  const sample = new Float64Array(Math.ceil(nonZero / stride));
  let seen = 0;
  let next = 0;
  for (let i = 0; i < length; i += 1) {
    const value = values[i];
    if (!(value !== 0 && value === value && (counted === undefined || counted[i] === 1))) continue;
    if (seen % stride === 0) sample[next++] = value < 0 ? -value : value;
    seen += 1;
  }
  const size = next;
  const middle = (size - 1) >> 1;
  let median = selectInPlace(sample, middle, 0, size);
  if (size % 2 === 0) median = (median + selectInPlace(sample, middle + 1, middle + 1, size)) / 2;
  return IMPLAUSIBLE_AMOUNT_FACTOR * median;
}

/** The median |value| of the counted non-zero values, each counting `weights[i]` times; Infinity when there are none. */
function weightedMedianSize(values: ArrayLike<number>, length: number, counted: ArrayLike<number> | undefined, weights: ArrayLike<number>): number {
  const sizes = new Float64Array(length);
  const kept = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) {
    sizes[i] = values[i] < 0 ? -values[i] : values[i];
    kept[i] = values[i] !== 0 && values[i] === values[i] && (counted === undefined || counted[i] === 1) ? 1 : 0;
  }
  const total = weightTotal(Array.from(kept, (keep, i) => keep * weights[i]));
  if (total === 0) return Number.POSITIVE_INFINITY;
  const [lower, upper] = weightedOrderStatistics(sizes, weights, [Math.floor((total - 1) / 2), Math.floor(total / 2)], kept);
  return (lower + upper) / 2;
}
