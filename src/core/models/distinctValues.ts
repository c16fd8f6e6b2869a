import { floor, imul } from "../hotGlobals";

/**
 * The distinct values of a column and, for each entry, the index of its value: the lookup tables the model
 * code uses to compute a term once per distinct value (e.g. ln Γ(r + x) once per distinct x, ln(α + T) once per
 * distinct T) instead of once per customer.
 */
export interface DistinctValues {
  /** The distinct values, in order of first appearance. */
  values: Float64Array;
  /** For each entry of the column, the index of its value in `values`. */
  index: Int32Array;
}

/** Whole numbers up to max(2^20, 4 × entries) use a direct table (at most 16 bytes of table per entry). */
const DIRECT_LIMIT = 1 << 20;
const bits = new Float64Array(1);
const bitWords = new Uint32Array(bits.buffer);

/**
 * Groups equal values of a column (−0 and 0 are the same value; the column must hold no NaN). Whole numbers
 * from 0 to max(2^20, 4 × entries) (days, counts, small keys) use a direct table; other values an open-addressing
 * hash on their bits.
 * @example distinctValues(Float64Array.of(3, 1, 3)) // { values: [3, 1], index: [0, 1, 0] }
 */
export function distinctValues(column: ArrayLike<number>): DistinctValues {
  return allSmallWholeNumbers(column) ? directDistinct(column) : hashedDistinct(column);
}

function allSmallWholeNumbers(column: ArrayLike<number>): boolean {
  const limit = DIRECT_LIMIT > 4 * column.length ? DIRECT_LIMIT : 4 * column.length;
  for (let row = 0; row < column.length; row += 1) {
    const value = column[row];
    if (!(value >= 0 && value <= limit && floor(value) === value)) return false;
  }
  return true;
}

function directDistinct(column: ArrayLike<number>): DistinctValues {
  let largest = 0;
  for (let row = 0; row < column.length; row += 1) if (column[row] > largest) largest = column[row];
  const slot = new Int32Array(largest + 1).fill(-1);
  const index = new Int32Array(column.length);
  const values: number[] = [];
  for (let row = 0; row < column.length; row += 1) {
    const value = column[row];
    let position = slot[value];
    if (position < 0) {
      position = values.length;
      slot[value] = position;
      values.push(value);
    }
    index[row] = position;
  }
  return { values: Float64Array.from(values), index };
}

function hashedDistinct(column: ArrayLike<number>): DistinctValues {
  let capacity = 1024;
  let slots: Int32Array = new Int32Array(capacity).fill(-1);
  let values: Float64Array = new Float64Array(256);
  let count = 0;
  const index = new Int32Array(column.length);
  for (let row = 0; row < column.length; row += 1) {
    const value = column[row] + 0;
    let position = hashOf(value) & (capacity - 1);
    for (;;) {
      const found = slots[position];
      if (found < 0) {
        if (count === values.length) values = grow(values);
        values[count] = value;
        slots[position] = count;
        index[row] = count;
        count += 1;
        if (count * 2 > capacity) {
          capacity *= 4;
          slots = rehash(values, count, capacity);
        }
        break;
      }
      if (values[found] === value) {
        index[row] = found;
        break;
      }
      position = (position + 1) & (capacity - 1);
    }
  }
  return { values: values.slice(0, count), index };
}

function hashOf(value: number): number {
  bits[0] = value;
  const mixed = imul(bitWords[0] ^ imul(bitWords[1], 0x9e3779b1), 0x85ebca6b);
  return (mixed ^ (mixed >>> 15)) >>> 0;
}

function rehash(values: Float64Array, count: number, capacity: number): Int32Array {
  const slots = new Int32Array(capacity).fill(-1);
  for (let position = 0; position < count; position += 1) {
    let slot = hashOf(values[position]) & (capacity - 1);
    while (slots[slot] >= 0) slot = (slot + 1) & (capacity - 1);
    slots[slot] = position;
  }
  return slots;
}

function grow(values: Float64Array): Float64Array {
  const larger = new Float64Array(values.length * 2);
  larger.set(values);
  return larger;
}
