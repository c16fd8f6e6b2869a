import { averageOrderValue } from "../../src/core/averageOrderValue";
import { expectInputError } from "./expectInputError";

// Average order value = revenue / orders (the standard definition). By hand.

describe("averageOrderValue", () => {
  it("divides revenue by the number of orders", () => {
    // 125 000/500 = 250
    expect(averageOrderValue({ revenue: 125_000, orders: 500 })).toBe(250);
    // 1000/3 = 333.33…
    expect(averageOrderValue({ revenue: 1000, orders: 3 })).toBeCloseTo(333.3333333, 6);
    expect(averageOrderValue({ revenue: 0, orders: 3 })).toBe(0);
  });

  it("rejects negative revenue and zero orders", () => {
    expectInputError(() => averageOrderValue({ revenue: -1, orders: 3 }), "mustBeNonNegative", "revenue");
    expect(expectInputError(() => averageOrderValue({ revenue: 100, orders: 0 }), "mustBePositive", "orders").params).toEqual({ value: 0 });
  });

  it("reports a result too large for a number instead of returning Infinity", () => {
    expectInputError(() => averageOrderValue({ revenue: 1e300, orders: 1e-300 }), "resultTooLarge", "revenue, orders");
  });
});
