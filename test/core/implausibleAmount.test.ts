import fc from "fast-check";
import { IMPLAUSIBLE_AMOUNT_FACTOR, implausibleAmountLimit } from "../../src/core/implausibleAmount";

describe("implausibleAmountLimit", () => {
  it("is 1,000 × the median size of the non-zero values (hand-counted)", () => {
    expect(implausibleAmountLimit(Float64Array.of(20, 30, 1e15, 0), 4)).toBe(30_000);
    // Sizes 5, 20, 40, 60, 1e15: median 40.
    expect(implausibleAmountLimit(Float64Array.of(20, 40, 1e15, 60, -5), 5)).toBe(40_000);
    // A huge return is measured like a huge purchase: sizes 20, 30, 1e15.
    expect(implausibleAmountLimit(Float64Array.of(20, -30, -1e15), 3)).toBe(30_000);
    expect(implausibleAmountLimit([0, 0, -1], 3)).toBe(1000);
    expect(implausibleAmountLimit([0, 0, NaN], 3)).toBe(Number.POSITIVE_INFINITY);
    expect(implausibleAmountLimit([10, 1e9, 30], 3, [1, 0, 1])).toBe(20_000);
    expect(implausibleAmountLimit([10, 20, 30, 99], 3)).toBe(20_000);
  });

  it("equals the factor times the sorted median on random data", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const n = sorted.length;
        const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        expect(implausibleAmountLimit(Float64Array.from(values), n)).toBeCloseTo(IMPLAUSIBLE_AMOUNT_FACTOR * median, 6);
      }),
    );
  });
});

describe("implausibleAmountLimit on large data", () => {
  it("takes the median of a systematic sample, close to the exact one (250,000 values, uniform 1–100: median ≈ 50.5)", () => {
    const values = Float64Array.from({ length: 250_000 }, (_, i) => 1 + ((i * 7919) % 100));
    expect(implausibleAmountLimit(values, values.length) / IMPLAUSIBLE_AMOUNT_FACTOR).toBeGreaterThanOrEqual(50);
    expect(implausibleAmountLimit(values, values.length) / IMPLAUSIBLE_AMOUNT_FACTOR).toBeLessThanOrEqual(51);
  });
});
