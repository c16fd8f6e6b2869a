import { baseKpis } from "../../../src/core/summary/baseKpis";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { cdnowLog, dayNumber } from "./cdnowLog";
import { logOf } from "./logOf";

describe("baseKpis", () => {
  it("computes the KPIs of a small base by hand", () => {
    // a: purchases on days 1 and 5 (100 + 50), a return of 30 on day 6; b: one purchase of 60; c: only a return (excluded).
    const summary = summarizeCustomers(logOf([["a", 1, 100], ["a", 5, 50], ["a", 6, -30], ["b", 3, 60], ["c", 2, -10]]), { timeUnit: "day" });
    expect(baseKpis(summary)).toEqual({
      customers: 2,
      purchases: 3,
      revenue: 180,
      repeatCustomers: 1,
      repeatPurchaseRate: 0.5,
      averageOrderValue: 60,
      purchaseFrequency: 1.5,
    });
  });

  it("gives CDNOW's repeat-purchase rate 946 / 2357 (test/fixtures/README.md: 946 customers with x > 0)", () => {
    const kpis = baseKpis(summarizeCustomers(cdnowLog(), { timeUnit: "week", observationEndDay: dayNumber(1997, 9, 30) }));
    expect(kpis.customers).toBe(2357);
    expect(kpis.repeatCustomers).toBe(946);
    expect(kpis.repeatPurchaseRate).toBeCloseTo(946 / 2357, 12);
    expect(kpis.purchaseFrequency).toBeCloseTo(kpis.purchases / 2357, 12);
    expect(kpis.averageOrderValue).toBeCloseTo(kpis.revenue / kpis.purchases, 12);
  });

  it("gives NaN ratios, not a crash, when nobody has purchased yet", () => {
    const kpis = baseKpis(summarizeCustomers(logOf([["a", 10, 5]]), { timeUnit: "day", observationEndDay: 5 }));
    expect(kpis).toMatchObject({ customers: 0, purchases: 0, revenue: 0, repeatCustomers: 0 });
    expect(kpis.repeatPurchaseRate).toBeNaN();
    expect(kpis.averageOrderValue).toBeNaN();
  });
});
