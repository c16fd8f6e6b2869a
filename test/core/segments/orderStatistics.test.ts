import fc from "fast-check";
import { orderStatistics, populationRange, selectInPlace } from "../../../src/core/segments/orderStatistics";

describe("selectInPlace", () => {
  it("finds the k-th smallest and partitions around it", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 80 }), fc.nat(), (list, seed) => {
        const k = seed % list.length;
        const values = Float64Array.from(list);
        const expected = [...list].sort((left, right) => left - right)[k];
        expect(selectInPlace(values, k, 0, values.length)).toBe(expected);
        for (let index = 0; index < values.length; index += 1) {
          if (index < k) expect(values[index]).toBeLessThanOrEqual(expected);
          if (index > k) expect(values[index]).toBeGreaterThanOrEqual(expected);
        }
        expect([...values].sort((left, right) => left - right)).toEqual([...list].sort((left, right) => left - right));
      }),
      { numRuns: 500, seed: 41 },
    );
  });

  it("selects within a sub-range only", () => {
    const values = Float64Array.of(9, 4, 1, 3, 8, 0);
    expect(selectInPlace(values, 2, 1, 5)).toBe(3); // positions 1–4 sorted: 1, 3, 4, 8
    expect(values[0]).toBe(9);
    expect(values[5]).toBe(0);
  });

  it("handles a million tied values in linear time", () => {
    const values = new Float64Array(1_000_000).fill(1);
    values[7] = 2;
    expect(selectInPlace(values, 999_999, 0, values.length)).toBe(2);
  });

  it("rejects a position outside the range", () => {
    expect(() => selectInPlace(Float64Array.of(1, 2), 2, 0, 2)).toThrow(RangeError);
  });
});

describe("orderStatistics", () => {
  const sortedOf = (values: readonly number[]) => [...values].sort((left, right) => left - right);

  it("equals reading a full sort at the positions, for any values and mask (fast-check)", () => {
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(1e300, -1e300, 5e-324));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, fc.boolean()), { minLength: 1, maxLength: 300 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (entries, picks) => {
        const values = Float64Array.from(entries, ([number]) => number);
        const included = Uint8Array.from(entries, ([, counted]) => Number(counted));
        const counted = entries.filter(([, isCounted]) => isCounted).map(([number]) => number + 0);
        if (counted.length === 0) return;
        const positions = picks.map((pick) => pick % counted.length);
        expect(orderStatistics(values, positions, included)).toEqual(positions.map((position) => sortedOf(counted)[position]));
        expect(orderStatistics(values, positions.map((pick) => pick % values.length))).toEqual(
          positions.map((pick) => sortedOf(Array.from(values, (number) => number + 0))[pick % values.length]),
        );
      }),
      { numRuns: 500, seed: 44 },
    );
  });

  it("works on integer columns and when the range overflows", () => {
    expect(orderStatistics(Int32Array.of(3, 1, 1, 1, 2), [0, 3, 4])).toEqual([1, 2, 3]);
    expect(orderStatistics(Float64Array.of(1.7e308, -1.7e308, 0), [0, 1, 2])).toEqual([-1.7e308, 0, 1.7e308]);
  });

  it("refuses positions outside the population and values that are not finite", () => {
    expect(() => orderStatistics(Float64Array.of(1, 2), [2])).toThrow(RangeError);
    expect(() => orderStatistics(Float64Array.of(1, 2), [0.5])).toThrow(RangeError);
    expect(() => orderStatistics(Float64Array.of(1, Number.NaN), [0])).toThrow(RangeError);
  });
});

describe("populationRange", () => {
  it("counts, bounds and checks the counted values", () => {
    expect(populationRange(Float64Array.of(3, 1, 2))).toEqual({ size: 3, minimum: 1, maximum: 3, finite: true });
    expect(populationRange(Float64Array.of(3, 1, Number.POSITIVE_INFINITY), Uint8Array.of(1, 0, 1))).toMatchObject({ size: 2, finite: false });
    expect(populationRange(Float64Array.of(Number.NaN, 4), Uint8Array.of(0, 1))).toEqual({ size: 1, minimum: 4, maximum: 4, finite: true });
  });
});
