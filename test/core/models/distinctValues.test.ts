import { distinctValues } from "../../../src/core/models/distinctValues";
import { forEachCase } from "../seededRandom";

describe("distinctValues", () => {
  it("indexes whole numbers and fractions alike, in order of first appearance", () => {
    expect(distinctValues(Float64Array.of(3, 1, 3, 0))).toEqual({ values: Float64Array.of(3, 1, 0), index: Int32Array.of(0, 1, 0, 2) });
    expect(distinctValues(Float64Array.of(38.86, 1.71, 38.86, -0, 0))).toEqual({
      values: Float64Array.of(38.86, 1.71, 0),
      index: Int32Array.of(0, 1, 0, 2, 2),
    });
  });

  it("maps every entry back to its value on random columns (hash path with growth)", () => {
    forEachCase(5, 3, (random) => Float64Array.from({ length: 5000 }, () => Math.round(random.uniform(0, 3000)) / 7), (column) => {
      const { values, index } = distinctValues(column);
      column.forEach((value, row) => expect(values[index[row]]).toBe(value));
      expect(new Set(values).size).toBe(values.length);
    });
  });
});
