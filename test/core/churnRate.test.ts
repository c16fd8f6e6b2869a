import { churnRate } from "../../src/core/churnRate";
import { expectInputError } from "./expectInputError";

// Churn rate = customers lost / customers at the start of the period: Farris, Bendle, Pfeifer & Reibstein
// (2010), Marketing Metrics, 2nd ed., §5.3. Values computed by hand.

describe("churnRate", () => {
  it("divides the customers lost by the customers at the start", () => {
    // 150/1000 = 0.15
    expect(churnRate({ customersAtStart: 1000, customersLost: 150 })).toBe(0.15);
    // 90/1200 = 0.075
    expect(churnRate({ customersAtStart: 1200, customersLost: 90 })).toBeCloseTo(0.075, 12);
  });

  it("is 0 with no losses and 1 when every customer left", () => {
    expect(churnRate({ customersAtStart: 50, customersLost: 0 })).toBe(0);
    expect(churnRate({ customersAtStart: 50, customersLost: 50 })).toBe(1);
  });

  it("rejects impossible counts", () => {
    expectInputError(() => churnRate({ customersAtStart: 0, customersLost: 0 }), "mustBePositive", "customersAtStart");
    expectInputError(() => churnRate({ customersAtStart: -10, customersLost: 1 }), "mustBePositive", "customersAtStart");
    expectInputError(() => churnRate({ customersAtStart: 100, customersLost: -1 }), "mustBeNonNegative", "customersLost");
    const error = expectInputError(() => churnRate({ customersAtStart: 120, customersLost: 150 }), "mustNotExceed", "customersLost");
    expect(error.params).toEqual({ value: 150, limit: 120, limitArgument: "customersAtStart" });
  });
});
