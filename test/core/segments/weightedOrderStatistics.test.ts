import { weightedOrderStatistics, weightTotal } from "../../../src/core/segments/weightedOrderStatistics";
import { orderStatistics } from "../../../src/core/segments/orderStatistics";
import { quintileCuts } from "../../../src/core/segments/quintileScores";

/** Property that must hold: a weighted column gives the order statistics of the column written out. */
describe("weightedOrderStatistics", () => {
  it("equals the order statistics of the expanded column (hand example: 1, 1, 1, 5, 5)", () => {
    expect(weightedOrderStatistics(Float64Array.of(5, 1), Float64Array.of(2, 3), [0, 2, 3, 4])).toEqual([1, 1, 5, 5]);
  });

  it("leaves out excluded rows and rows of weight 0", () => {
    expect(weightedOrderStatistics(Float64Array.of(9, 2, 7), Float64Array.of(1, 0, 2), [0, 1], Uint8Array.of(0, 1, 1))).toEqual([7, 7]);
    expect(weightTotal(Float64Array.of(1, 0, 2), Uint8Array.of(0, 1, 1))).toBe(2);
  });

  it("matches orderStatistics and quintileCuts on 500 random groups written out", () => {
    let seed = 11;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const values = Float64Array.from({ length: 500 }, () => Math.floor(next() * 40));
    const weights = Float64Array.from({ length: 500 }, () => 1 + Math.floor(next() * 9));
    const expanded: number[] = [];
    values.forEach((value, i) => {
      for (let k = 0; k < weights[i]; k += 1) expanded.push(value);
    });
    const positions = [0, 17, Math.floor(expanded.length / 2), expanded.length - 1];
    expect(weightedOrderStatistics(values, weights, positions)).toEqual(orderStatistics(Float64Array.from(expanded), positions));
    expect(quintileCuts(values, "higherIsBetter", undefined, weights)).toEqual(quintileCuts(Float64Array.from(expanded), "higherIsBetter"));
    expect(quintileCuts(values, "lowerIsBetter", undefined, weights)).toEqual(quintileCuts(Float64Array.from(expanded), "lowerIsBetter"));
  });

  it("says so when a rank is beyond the values", () => {
    expect(() => weightedOrderStatistics(Float64Array.of(1), Float64Array.of(2), [2])).toThrow(RangeError);
  });
});
