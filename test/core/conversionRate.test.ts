import { conversionRate } from "../../src/core/conversionRate";
import { expectInputError } from "./expectInputError";

// Conversion rate = conversions / visitors (Farris, Bendle, Pfeifer & Reibstein 2010, Marketing Metrics). By hand.

describe("conversionRate", () => {
  it("divides conversions by visitors", () => {
    // 45/1500 = 0.03
    expect(conversionRate({ conversions: 45, visitors: 1500 })).toBe(0.03);
    expect(conversionRate({ conversions: 0, visitors: 10 })).toBe(0);
    expect(conversionRate({ conversions: 10, visitors: 10 })).toBe(1);
  });

  it("rejects impossible counts", () => {
    expectInputError(() => conversionRate({ conversions: 1, visitors: 0 }), "mustBePositive", "visitors");
    expectInputError(() => conversionRate({ conversions: -1, visitors: 10 }), "mustBeNonNegative", "conversions");
    const error = expectInputError(() => conversionRate({ conversions: 11, visitors: 10 }), "mustNotExceed", "conversions");
    expect(error.params).toEqual({ value: 11, limit: 10, limitArgument: "visitors" });
  });
});
