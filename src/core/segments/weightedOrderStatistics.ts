/**
 * Order statistics of a column whose entries stand for several equal values each (a grouped summary's rows, each
 * `weights[i]` customers): the k-th smallest of the expanded column for each k of `positions` (0-based ranks among
 * Σ weights), without expanding it. Entries with `included[i]` = 0 or weight 0 are left out.
 * Source: the definition of an order statistic applied to the multiset the weights describe.
 * @example weightedOrderStatistics(Float64Array.of(5, 1), Float64Array.of(2, 3), [0, 3]) // [1, 5] (of 1, 1, 1, 5, 5)
 */
export function weightedOrderStatistics(values: ArrayLike<number>, weights: ArrayLike<number>, positions: readonly number[], included?: ArrayLike<number>): number[] {
  const kept: number[] = [];
  for (let index = 0; index < values.length; index += 1) {
    if ((included === undefined || included[index] === 1) && weights[index] > 0) kept.push(index);
  }
  const order = Int32Array.from(kept).sort((a, b) => values[a] - values[b]);
  return positions.map((position) => {
    let below = 0;
    for (const index of order) {
      below += weights[index];
      if (position < below) return values[index];
    }
    throw new RangeError(`weightedOrderStatistics: rank ${position} is beyond the ${below} values`);
  });
}

/**
 * Σ weights over the included entries: the number of values the weighted column stands for.
 * @example weightTotal(Float64Array.of(2, 3), Uint8Array.of(1, 0)) // 2
 */
export function weightTotal(weights: ArrayLike<number>, included?: ArrayLike<number>): number {
  let total = 0;
  for (let index = 0; index < weights.length; index += 1) if (included === undefined || included[index] === 1) total += weights[index];
  return total;
}
