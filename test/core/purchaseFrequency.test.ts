import { purchaseFrequency } from "../../src/core/purchaseFrequency";
import { expectInputError } from "./expectInputError";

// Purchase frequency = orders / distinct customers (the standard definition). By hand.

describe("purchaseFrequency", () => {
  it("divides orders by customers", () => {
    // 1000/400 = 2.5; 1800/600 = 3
    expect(purchaseFrequency({ orders: 1000, customers: 400 })).toBe(2.5);
    expect(purchaseFrequency({ orders: 1800, customers: 600 })).toBe(3);
    expect(purchaseFrequency({ orders: 0, customers: 600 })).toBe(0);
  });

  it("rejects negative orders and zero customers", () => {
    expectInputError(() => purchaseFrequency({ orders: -1, customers: 3 }), "mustBeNonNegative", "orders");
    expectInputError(() => purchaseFrequency({ orders: 5, customers: 0 }), "mustBePositive", "customers");
  });

  it("reports a result too large for a number instead of returning Infinity", () => {
    expectInputError(() => purchaseFrequency({ orders: 1e300, customers: 1e-300 }), "resultTooLarge", "orders, customers");
  });
});
