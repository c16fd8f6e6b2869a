import { valueAxis } from "../../src/demo/valueAxis";

describe("valueAxis", () => {
  it("runs from 0 to the first step of 1, 2 or 5 × 10ⁿ at or above the largest value", () => {
    expect(valueAxis(0, 930, 5)).toEqual({ min: 0, max: 1000, step: 200, ticks: [0, 200, 400, 600, 800, 1000], decimals: 0 });
    expect(valueAxis(120, 49_765.86, 5)).toMatchObject({ min: 0, max: 50_000, step: 10_000 });
  });

  it("keeps zero on the axis for negative values, and bounds on gridlines", () => {
    expect(valueAxis(-3, 7, 5).ticks).toEqual([-4, -2, 0, 2, 4, 6, 8]);
    expect(valueAxis(-5, -1, 4)).toMatchObject({ min: -6, max: 0, ticks: [-6, -4, -2, 0] });
  });

  it("gives decimal steps the decimals they need, without floating-point noise", () => {
    const axis = valueAxis(0.013, 0.27, 4);
    expect(axis).toMatchObject({ step: 0.1, decimals: 1, ticks: [0, 0.1, 0.2, 0.3] });
    expect(valueAxis(0, 0.7, 7).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it("draws an axis from 0 to 1 for only zeros, non-finite bounds or no room for ticks", () => {
    expect(valueAxis(0, 0, 5).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(valueAxis(Number.NaN, Number.POSITIVE_INFINITY, 5)).toMatchObject({ min: 0, max: 1 });
    expect(valueAxis(0, 100, 0)).toMatchObject({ min: 0, max: 100, step: 100, ticks: [0, 100] });
  });
});
