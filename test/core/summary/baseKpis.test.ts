import { baseKpis } from "../../../src/core/summary/baseKpis";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { cdnowLog, dayNumber } from "./cdnowLog";
import { logOf } from "./logOf";

describe("baseKpis", () => {
  it("computes the KPIs of a small base by hand", () => {
    // a: purchases on days 1 and 5 (100 + 50), a return of 30 on day 6; b: one purchase of 60; c: only a return
    // (not a customer, but the return counts in revenue): 120 + 60 − 10 = 170.
    const summary = summarizeCustomers(logOf([["a", 1, 100], ["a", 5, 50], ["a", 6, -30], ["b", 3, 60], ["c", 2, -10]]), { timeUnit: "day" });
    expect(baseKpis(summary)).toEqual({
      customers: 2,
      purchases: 3,
      revenue: 170,
      repeatCustomers: 1,
      repeatPurchaseRate: 0.5,
      averageOrderValue: 170 / 3,
      purchaseFrequency: 1.5,
    });
  });

  it("counts the returns of customers without a purchase in revenue, so no amount disappears", () => {
    // A 100 + 100, B 50; C only a return of 80; D a purchase of 60 returned the same day (net 0, no purchase).
    const rows = [["A", 4, 100], ["A", 35, 100], ["B", 9, 50], ["C", 60, -80], ["D", 0, 60], ["D", 0, -60]] as const;
    const summary = summarizeCustomers(logOf(rows), { timeUnit: "day" });
    const kpis = baseKpis(summary);
    expect(kpis.customers).toBe(2);
    expect(summary.customersWithoutPurchase).toBe(2);
    expect(kpis.revenue).toBe(170);
    expect(kpis.revenue).toBe(rows.reduce((total, [, , amount]) => total + amount, 0));
    // Returns after the observation end are not in its revenue.
    expect(baseKpis(summarizeCustomers(logOf(rows), { timeUnit: "day", observationEndDay: 40 })).revenue).toBe(250);
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
