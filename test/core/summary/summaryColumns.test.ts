import { emptySummaryColumns, includeCustomer } from "../../../src/core/summary/summaryColumns";

/** Days since 1970-01-01 of a UTC calendar date. */
const day = (year: number, month: number, date: number): number => Date.UTC(year, month - 1, date) / 86_400_000;

describe("summary columns", () => {
  it("start with every customer excluded: integer columns 0, floating-point columns NaN", () => {
    const columns = emptySummaryColumns(2);
    expect([...columns.included]).toEqual([0, 0]);
    for (const integers of [columns.frequency, columns.daysSinceLastPurchase, columns.purchases, columns.firstPurchaseDay, columns.lastPurchaseDay]) {
      expect([...integers]).toEqual([0, 0]);
    }
    for (const floats of [
      columns.recency,
      columns.T,
      columns.monetary,
      columns.revenue,
      columns.averageOrderValue,
      columns.averageDaysBetweenPurchases,
      columns.expectedNextPurchaseDay,
    ]) {
      expect([...floats]).toEqual([Number.NaN, Number.NaN]);
    }
  });

  it("fill both views of an included customer: CDNOW customer 1 (1997-01-01, -01-18, -08-02; end 1997-09-30; weeks)", () => {
    const columns = emptySummaryColumns(2);
    expect([day(1997, 1, 1), day(1997, 8, 2), day(1997, 9, 30)]).toEqual([9862, 10075, 10134]);
    includeCustomer(columns, 1, { purchases: 3, firstDay: 9862, lastDay: 10075, revenue: 60, monetary: 25 }, 10134, 7);
    expect(columns.included[1]).toBe(1);
    expect(columns.frequency[1]).toBe(2);
    // lifetimes' cdnow summary: recency 30.428571, T 38.857143 weeks.
    expect(columns.recency[1]).toBeCloseTo(213 / 7, 12);
    expect(columns.T[1]).toBeCloseTo(272 / 7, 12);
    expect(columns.monetary[1]).toBe(25);
    expect(columns.daysSinceLastPurchase[1]).toBe(59);
    expect(columns.purchases[1]).toBe(3);
    expect(columns.revenue[1]).toBe(60);
    expect([columns.firstPurchaseDay[1], columns.lastPurchaseDay[1]]).toEqual([9862, 10075]);
    expect(columns.averageOrderValue[1]).toBe(20);
    expect(columns.averageDaysBetweenPurchases[1]).toBe(106.5);
    expect(columns.expectedNextPurchaseDay[1]).toBe(10181.5);
    // The other customer stays excluded.
    expect(columns.included[0]).toBe(0);
    expect(columns.recency[0]).toBeNaN();
  });

  it("give a one-time buyer no gap and no expected next purchase; days as the unit; NaN revenue stays NaN", () => {
    const columns = emptySummaryColumns(1);
    includeCustomer(columns, 0, { purchases: 1, firstDay: 100, lastDay: 100, revenue: Number.NaN, monetary: 0 }, 130, 1);
    expect([columns.frequency[0], columns.recency[0], columns.T[0], columns.daysSinceLastPurchase[0]]).toEqual([0, 0, 30, 30]);
    expect(columns.averageOrderValue[0]).toBeNaN();
    expect(columns.averageDaysBetweenPurchases[0]).toBeNaN();
    expect(columns.expectedNextPurchaseDay[0]).toBeNaN();
  });
});
