/**
 * The entries of a column at the given indices, in their order: `column[indices[k]]` at k. A plain loop, because
 * Float64Array.from with a mapping function goes through the iterator protocol (ten times slower on a million entries).
 * @example gathered(Float64Array.of(5, 6, 7), Int32Array.of(2, 0)) // Float64Array [7, 5]
 */
export function gathered(column: ArrayLike<number>, indices: Int32Array): Float64Array {
  const values = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k += 1) values[k] = column[indices[k]];
  return values;
}
