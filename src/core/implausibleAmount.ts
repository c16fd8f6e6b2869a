import { selectInPlace } from "./segments/orderStatistics";

/**
 * How many times the typical amount an amount may be before it is implausible (a typing or export error, like
 * 10^15): 1,000. Real spend is heavy-tailed, but far less: on CDNOW the largest customer's mean repeat spend is
 * 11 times the median customer's.
 */
export const IMPLAUSIBLE_AMOUNT_FACTOR = 1000;

/**
 * The limit above which an amount is implausible: IMPLAUSIBLE_AMOUNT_FACTOR × the median of the positive values
 * among the first `length` (those with `counted[i]` = 1 when given); Infinity when there is no positive value.
 * @example implausibleAmountLimit(Float64Array.of(20, 30, 1e15, 0), 4) // 30000 (1,000 × the median 30)
 */
export function implausibleAmountLimit(values: ArrayLike<number>, length: number, counted?: ArrayLike<number>): number {
  let positives = 0;
  for (let i = 0; i < length; i += 1) if (values[i] > 0 && (counted === undefined || counted[i] === 1)) positives += 1;
  if (positives === 0) return Number.POSITIVE_INFINITY;
  const sample = new Float64Array(positives);
  let next = 0;
  for (let i = 0; i < length; i += 1) if (values[i] > 0 && (counted === undefined || counted[i] === 1)) sample[next++] = values[i];
  const middle = (positives - 1) >> 1;
  let median = selectInPlace(sample, middle, 0, positives);
  if (positives % 2 === 0) median = (median + selectInPlace(sample, middle + 1, middle + 1, positives)) / 2;
  return IMPLAUSIBLE_AMOUNT_FACTOR * median;
}
