import { cacPaybackMonths } from "../../src/core/cacPayback";
import { expectInputError } from "./expectInputError";

// Months to recover CAC = CAC / (monthly revenue per customer × gross margin): Skok, "SaaS Metrics 2.0".
// Values computed by hand.

describe("cacPaybackMonths", () => {
  it("divides the acquisition cost by the monthly gross margin per customer", () => {
    // 600/(100 × 0.4) = 600/40 = 15
    expect(cacPaybackMonths({ acquisitionCost: 600, monthlyRevenuePerCustomer: 100, grossMargin: 0.4 })).toBeCloseTo(15, 12);
    // 500/(120 × 0.35) = 500/42 = 11.9048
    expect(cacPaybackMonths({ acquisitionCost: 500, monthlyRevenuePerCustomer: 120, grossMargin: 0.35 })).toBeCloseTo(11.9047619, 6);
    // margin 1: 300/150 = 2
    expect(cacPaybackMonths({ acquisitionCost: 300, monthlyRevenuePerCustomer: 150, grossMargin: 1 })).toBe(2);
  });

  it("is 0 when there is nothing to recover", () => {
    expect(cacPaybackMonths({ acquisitionCost: 0, monthlyRevenuePerCustomer: 100, grossMargin: 0.4 })).toBe(0);
    expect(cacPaybackMonths({ acquisitionCost: 0, monthlyRevenuePerCustomer: 1e-200, grossMargin: 1e-200 })).toBe(0);
  });

  it("rejects inputs that can never pay back or are impossible", () => {
    expectInputError(() => cacPaybackMonths({ acquisitionCost: -1, monthlyRevenuePerCustomer: 100, grossMargin: 0.4 }), "mustBeNonNegative", "acquisitionCost");
    expectInputError(() => cacPaybackMonths({ acquisitionCost: 600, monthlyRevenuePerCustomer: 0, grossMargin: 0.4 }), "mustBePositive", "monthlyRevenuePerCustomer");
    expectInputError(() => cacPaybackMonths({ acquisitionCost: 600, monthlyRevenuePerCustomer: 100, grossMargin: 0 }), "mustBePositive", "grossMargin");
    expectInputError(() => cacPaybackMonths({ acquisitionCost: 600, monthlyRevenuePerCustomer: 100, grossMargin: 40 }), "rateLooksLikePercent", "grossMargin");
    expectInputError(() => cacPaybackMonths({ acquisitionCost: 600, monthlyRevenuePerCustomer: 100, grossMargin: 1000 }), "fractionRange", "grossMargin");
  });

  it("reports a result too large for a number instead of returning Infinity", () => {
    expectInputError(
      () => cacPaybackMonths({ acquisitionCost: 1e300, monthlyRevenuePerCustomer: 1e-300, grossMargin: 0.5 }),
      "resultTooLarge",
      "acquisitionCost, monthlyRevenuePerCustomer, grossMargin",
    );
  });
});
