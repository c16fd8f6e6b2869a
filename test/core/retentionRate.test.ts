import { retentionRate } from "../../src/core/retentionRate";
import { expectInputError } from "./expectInputError";

// Retention rate = (E − N)/S: customers retained / customers at risk, Farris, Bendle, Pfeifer & Reibstein
// (2010), Marketing Metrics, 2nd ed., §5.3, with retained = customers at end − new customers. By hand.

describe("retentionRate", () => {
  it("is (customers at end − new customers) / customers at start", () => {
    // (1100 − 250)/1000 = 850/1000 = 0.85
    expect(retentionRate({ customersAtStart: 1000, customersAtEnd: 1100, newCustomers: 250 })).toBe(0.85);
    // (200 − 50)/200 = 0.75
    expect(retentionRate({ customersAtStart: 200, customersAtEnd: 200, newCustomers: 50 })).toBe(0.75);
  });

  it("is 1 when everyone stayed and 0 when the base was replaced", () => {
    expect(retentionRate({ customersAtStart: 80, customersAtEnd: 100, newCustomers: 20 })).toBe(1);
    expect(retentionRate({ customersAtStart: 80, customersAtEnd: 30, newCustomers: 30 })).toBe(0);
  });

  it("rejects impossible counts", () => {
    expectInputError(() => retentionRate({ customersAtStart: 0, customersAtEnd: 10, newCustomers: 5 }), "mustBePositive", "customersAtStart");
    expectInputError(() => retentionRate({ customersAtStart: 10, customersAtEnd: -1, newCustomers: 0 }), "mustBeNonNegative", "customersAtEnd");
    expectInputError(() => retentionRate({ customersAtStart: 10, customersAtEnd: 10, newCustomers: -2 }), "mustBeNonNegative", "newCustomers");
    const moreNewThanEnd = expectInputError(
      () => retentionRate({ customersAtStart: 100, customersAtEnd: 90, newCustomers: 95 }),
      "mustNotExceed",
      "newCustomers",
    );
    expect(moreNewThanEnd.params).toEqual({ value: 95, limit: 90, limitArgument: "customersAtEnd" });
    // 130 − 10 = 120 retained, but only 100 at the start
    const moreRetainedThanStart = expectInputError(
      () => retentionRate({ customersAtStart: 100, customersAtEnd: 130, newCustomers: 10 }),
      "retainedExceedsStart",
      "customersAtEnd",
    );
    expect(moreRetainedThanStart.params).toEqual({ retained: 120, customersAtStart: 100 });
  });
});
