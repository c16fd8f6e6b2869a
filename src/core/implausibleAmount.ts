import { selectInPlace } from "./segments/orderStatistics";

/**
 * How many times the typical amount an amount may be before it is implausible (a typing or export error, like
 * 10^15): 1,000. Real spend is heavy-tailed, but far less: on CDNOW the largest customer's mean repeat spend is
 * 11 times the median customer's.
 */
export const IMPLAUSIBLE_AMOUNT_FACTOR = 1000;

/** At most this many positive values are looked at for the median: a systematic sample is exact enough for a factor of 1,000. */
const MEDIAN_SAMPLE = 100_001;

/**
 * The limit above which an amount is implausible: IMPLAUSIBLE_AMOUNT_FACTOR × the median of the positive values
 * among the first `length` (those with `counted[i]` = 1 when given; of a systematic sample of 100,001 of them when
 * there are more); Infinity when there is no positive value.
 * @example implausibleAmountLimit(Float64Array.of(20, 30, 1e15, 0), 4) // 30000 (1,000 × the median 30)
 */
export function implausibleAmountLimit(values: ArrayLike<number>, length: number, counted?: ArrayLike<number>): number {
  let positives = 0;
  for (let i = 0; i < length; i += 1) if (values[i] > 0 && (counted === undefined || counted[i] === 1)) positives += 1;
  if (positives === 0) return Number.POSITIVE_INFINITY;
  const stride = Math.ceil(positives / MEDIAN_SAMPLE);
  const sample = new Float64Array(Math.ceil(positives / stride));
  let seen = 0;
  let next = 0;
  for (let i = 0; i < length; i += 1) {
    if (!(values[i] > 0 && (counted === undefined || counted[i] === 1))) continue;
    if (seen % stride === 0) sample[next++] = values[i];
    seen += 1;
  }
  const size = next;
  const middle = (size - 1) >> 1;
  let median = selectInPlace(sample, middle, 0, size);
  if (size % 2 === 0) median = (median + selectInPlace(sample, middle + 1, middle + 1, size)) / 2;
  return IMPLAUSIBLE_AMOUNT_FACTOR * median;
}
