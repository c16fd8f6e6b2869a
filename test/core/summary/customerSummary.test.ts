import fc from "fast-check";
import { customerDayOrder } from "../../../src/core/summary/customerDayOrder";
import { summarizeCustomers, type CustomerSummary } from "../../../src/core/summary/customerSummary";
import { isPurchaseDay } from "../../../src/core/summary/purchaseDay";
import type { TimeUnit } from "../../../src/core/transactionLog";
import { expectInputError } from "../expectInputError";
import { readFixture } from "../../support/fixtures";
import { cdnowLog, cdnowReferenceSummary, dayNumber } from "./cdnowLog";
import { logOf, type Row } from "./logOf";

/** One customer's summary as a plain object, for readable comparisons. */
function customerOf(summary: CustomerSummary, id: string) {
  const index = summary.customerIds.indexOf(id);
  return {
    included: summary.included[index],
    frequency: summary.frequency[index],
    recency: summary.recency[index],
    T: summary.T[index],
    monetary: summary.monetary[index],
    daysSinceLastPurchase: summary.daysSinceLastPurchase[index],
    purchases: summary.purchases[index],
    revenue: summary.revenue[index],
    firstPurchaseDay: summary.firstPurchaseDay[index],
    lastPurchaseDay: summary.lastPurchaseDay[index],
    averageOrderValue: summary.averageOrderValue[index],
    averageDaysBetweenPurchases: summary.averageDaysBetweenPurchases[index],
    expectedNextPurchaseDay: summary.expectedNextPurchaseDay[index],
  };
}

describe("summarizeCustomers", () => {
  describe("CDNOW reference (lifetimes' cdnow_customers_summary_with_transactions.csv, test/fixtures/README.md)", () => {
    // Calibration end 1997-09-30 inclusive, weeks; the file's x, t_x, T and zbar are rounded to 2 decimals.
    const log = cdnowLog();
    const end = dayNumber(1997, 9, 30);
    const summary = summarizeCustomers(log, { timeUnit: "week", observationEndDay: end });
    const reference = cdnowReferenceSummary();

    it("has every one of the 2,357 customers, all first purchasing in Q1 1997", () => {
      expect(reference).toHaveLength(2357);
      expect(summary.customerIds).toHaveLength(2357);
      expect(summary.includedCustomers).toBe(2357);
      expect(summary.customersFirstPurchasingAfterEnd).toBe(0);
      expect(summary.customersWithoutPurchase).toBe(0);
      expect(summary.observationEndDay).toBe(end);
      expect(summary.timeUnit).toBe("week");
    });

    it("reproduces x exactly and t_x, T and zbar to 2 decimals for every customer", () => {
      const mismatches = reference.filter((row) => {
        const ours = customerOf(summary, row.id);
        return (
          ours.frequency !== row.x ||
          Math.abs(ours.recency - row.tx) > 0.005 + 1e-9 ||
          Math.abs(ours.T - row.T) > 0.005 + 1e-9 ||
          Math.abs(ours.monetary - row.zbar) > 0.005 + 1e-9
        );
      });
      expect(mismatches).toEqual([]);
    });

    it("matches the README's repeat-buyer statistics: 946 with x > 0, zbar mean 35.08, median 27.4975", () => {
      const zbar = Array.from(summary.monetary).filter((_, index) => summary.frequency[index] > 0);
      expect(zbar).toHaveLength(946);
      const mean = zbar.reduce((total, value) => total + value, 0) / zbar.length;
      expect(mean).toBeCloseTo(35.08, 2);
      const sorted = [...zbar].sort((left, right) => left - right);
      expect((sorted[472] + sorted[473]) / 2).toBeCloseTo(27.4975, 6);
      expect(sorted[0]).toBeCloseTo(2.99, 6);
      expect(sorted[945]).toBeCloseTo(299.63, 2); // the README rounds the max to the cent
    });

    it("gives T = 38.86 weeks for a first purchase on 1997-01-01 (README)", () => {
      expect(customerOf(summary, "1").T).toBeCloseTo(272 / 7, 12);
      expect(customerOf(summary, "1").T.toFixed(2)).toBe("38.86");
    });

    it("ignores and counts the rows after the observation end", () => {
      const datesAfter = readFixture("cdnowElog.csv")
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .filter((line) => Number(line.split(",")[2]) >= 19971001).length;
      expect(datesAfter).toBeGreaterThan(0);
      expect(summary.rowsAfterObservationEnd).toBe(datesAfter);
    });

    it("defaults the observation end to the last day in the data (1998-06-30)", () => {
      const whole = summarizeCustomers(log, { timeUnit: "day" });
      expect(whole.observationEndDay).toBe(dayNumber(1998, 6, 30));
      expect(whole.rowsAfterObservationEnd).toBe(0);
      // The README: 6,696 distinct customer-days, no returns, so 6,696 purchases over the whole period.
      expect(Array.from(whole.purchases).reduce((total, value) => total + value, 0)).toBe(6696);
      // The README's dollar total: 244,091.94
      expect(Array.from(whole.revenue).reduce((total, value) => total + value, 0)).toBeCloseTo(244091.94, 6);
    });
  });

  describe("returns and zero amounts (the same-day rule, src/core/summary/purchaseDay.ts)", () => {
    it("nets a return into its day: a day with net > 0 is a purchase of the net", () => {
      const summary = summarizeCustomers(logOf([["a", 1, 100], ["a", 1, -30], ["a", 8, 50]]), { timeUnit: "day", observationEndDay: 10 });
      expect(customerOf(summary, "a")).toMatchObject({ purchases: 2, frequency: 1, revenue: 120, monetary: 50, averageOrderValue: 60 });
    });

    it("does not count a day whose returns bring the net to 0 or below", () => {
      const summary = summarizeCustomers(
        logOf([["a", 1, 40], ["a", 3, 100], ["a", 3, -100], ["a", 5, 10], ["a", 5, -25], ["a", 7, 20]]),
        { timeUnit: "day", observationEndDay: 10 },
      );
      // Purchases on days 1 and 7 only; revenue nets everything: 40 + 0 − 15 + 20 = 45.
      expect(customerOf(summary, "a")).toMatchObject({ purchases: 2, frequency: 1, recency: 6, monetary: 20, revenue: 45, averageOrderValue: 22.5 });
    });

    it("counts a day of only zero-amount rows as a purchase with no spend", () => {
      const summary = summarizeCustomers(logOf([["a", 1, 30], ["a", 4, 0], ["a", 4, 0], ["b", 2, 0]]), { timeUnit: "day", observationEndDay: 10 });
      expect(customerOf(summary, "a")).toMatchObject({ purchases: 2, frequency: 1, monetary: 0, revenue: 30 });
      expect(customerOf(summary, "b")).toMatchObject({ included: 1, purchases: 1, frequency: 0, monetary: 0, revenue: 0, averageOrderValue: 0 });
    });

    it("does not let a zero-amount row rescue a day that a return cancels", () => {
      const summary = summarizeCustomers(logOf([["a", 1, 0], ["a", 1, -5], ["a", 2, 10]]), { timeUnit: "day", observationEndDay: 10 });
      expect(customerOf(summary, "a")).toMatchObject({ purchases: 1, firstPurchaseDay: 2, revenue: 5 });
    });

    it("treats rounding noise of a full return as 0, not as a tiny purchase", () => {
      expect(0.1 + 0.2 - 0.3).toBeGreaterThan(0);
      const summary = summarizeCustomers(logOf([["a", 1, 0.1], ["a", 1, 0.2], ["a", 1, -0.3], ["a", 5, 9]]), { timeUnit: "day" });
      expect(customerOf(summary, "a")).toMatchObject({ purchases: 1, firstPurchaseDay: 5 });
      expect(isPurchaseDay(0.1 + 0.2 - 0.3, 0.6)).toBe(false);
    });

    it("excludes and counts a customer with only returns", () => {
      const summary = summarizeCustomers(logOf([["a", 1, 10], ["b", 2, -10], ["c", 3, 5], ["c", 3, -5]]), { timeUnit: "day" });
      expect(summary.includedCustomers).toBe(1);
      expect(summary.customersWithoutPurchase).toBe(2);
      expect(customerOf(summary, "b")).toMatchObject({ included: 0, purchases: 0, frequency: 0 });
      expect(customerOf(summary, "b").T).toBeNaN();
      // Their returns stay in revenue (for the base's revenue); every other column is empty.
      expect(customerOf(summary, "b").revenue).toBe(-10);
      expect(customerOf(summary, "c").revenue).toBe(0);
      expect(customerOf(summary, "b").averageOrderValue).toBeNaN();
    });
  });

  describe("observation end", () => {
    const log = logOf(
      [["a", 10, 5], ["a", 20, 5], ["a", 40, 7], ["b", 35, 3], ["c", 25, -4], ["c", 31, 6]],
      ["d"],
    );
    const summary = summarizeCustomers(log, { timeUnit: "day", observationEndDay: 30 });

    it("ignores rows after it and counts them", () => {
      expect(summary.rowsAfterObservationEnd).toBe(3);
      expect(customerOf(summary, "a")).toMatchObject({ purchases: 2, frequency: 1, recency: 10, T: 20, daysSinceLastPurchase: 10 });
    });

    it("excludes customers first purchasing after it, and those who never purchase, each counted", () => {
      expect(summary.includedCustomers).toBe(1);
      expect(summary.customersFirstPurchasingAfterEnd).toBe(2); // b (day 35) and c (a return before, a purchase on day 31)
      expect(summary.customersWithoutPurchase).toBe(1); // d has no rows
      expect(Array.from(summary.included)).toEqual([1, 0, 0, 0]);
    });

    it("counts a purchase on the observation end day itself", () => {
      expect(customerOf(summarizeCustomers(log, { timeUnit: "day", observationEndDay: 35 }), "b")).toMatchObject({ included: 1, T: 0, daysSinceLastPurchase: 0 });
    });

    it("rejects a non-integer day and an empty log without an end", () => {
      expect(() => summarizeCustomers(log, { timeUnit: "day", observationEndDay: 30.5 })).toThrow(RangeError);
      expectInputError(() => summarizeCustomers(logOf([]), { timeUnit: "day" }), "noValues", "transactions");
      expect(summarizeCustomers(logOf([], ["x"]), { timeUnit: "day", observationEndDay: 0 })).toMatchObject({ includedCustomers: 0, customersWithoutPurchase: 1 });
    });
  });

  describe("the marketer's RFM view", () => {
    it("gives days since the last purchase, gaps and the expected next purchase day", () => {
      // Purchases on days 100, 110, 130 (two rows on day 110), end 150.
      const summary = summarizeCustomers(logOf([["a", 130, 30], ["a", 100, 10], ["a", 110, 15], ["a", 110, 5]]), { timeUnit: "week", observationEndDay: 150 });
      expect(customerOf(summary, "a")).toEqual({
        included: 1,
        frequency: 2,
        recency: 30 / 7,
        T: 50 / 7,
        monetary: 25,
        daysSinceLastPurchase: 20,
        purchases: 3,
        revenue: 60,
        firstPurchaseDay: 100,
        lastPurchaseDay: 130,
        averageOrderValue: 20,
        averageDaysBetweenPurchases: 15,
        expectedNextPurchaseDay: 145,
      });
    });

    it("leaves the gap and the next purchase undefined (NaN) for a one-time buyer", () => {
      const one = customerOf(summarizeCustomers(logOf([["a", 5, 10]]), { timeUnit: "day", observationEndDay: 9 }), "a");
      expect(one).toMatchObject({ frequency: 0, recency: 0, T: 4, monetary: 0, daysSinceLastPurchase: 4, averageOrderValue: 10 });
      expect(one.averageDaysBetweenPurchases).toBeNaN();
      expect(one.expectedNextPurchaseDay).toBeNaN();
    });
  });

  it("counts every customer-day as a purchase in a log without amounts, with NaN money", () => {
    const log = logOf([["a", 1], ["a", 1], ["a", 4], ["b", 2]]);
    expect(log.hasAmounts).toBe(false);
    const summary = summarizeCustomers(log, { timeUnit: "day" });
    const a = customerOf(summary, "a");
    expect(a).toMatchObject({ purchases: 2, frequency: 1, recency: 3, T: 3 });
    expect(a.monetary).toBeNaN();
    expect(a.revenue).toBeNaN();
    expect(a.averageOrderValue).toBeNaN();
    expect(summary.hasAmounts).toBe(false);
  });

  it("rejects a broken log: customer index out of range, non-finite amount", () => {
    const outOfRange = { ...logOf([["a", 1, 1]]), customer: Int32Array.of(3) };
    expect(() => summarizeCustomers(outOfRange, { timeUnit: "day" })).toThrow(/row 0: customer index 3/);
    const notFinite = { ...logOf([["a", 1, 1]]), amount: Float64Array.of(Number.NaN) };
    expect(() => summarizeCustomers(notFinite, { timeUnit: "day" })).toThrow(/row 0: amount NaN/);
  });

  it("shares one sort between summaries, and refuses the sort of another log", () => {
    const log = logOf([["a", 1, 5], ["a", 3, 5], ["b", 2, 7]]);
    const order = customerDayOrder(log);
    expect(summarizeCustomers(log, { timeUnit: "day", order })).toEqual(summarizeCustomers(log, { timeUnit: "day" }));
    expect(() => summarizeCustomers(logOf([["a", 1, 5]]), { timeUnit: "day", order })).toThrow(/different TransactionLog/);
  });

  it("sorts a customer with many rows (the typed-array sort path)", () => {
    const rows: Row[] = Array.from({ length: 500 }, (_, index) => ["a", 499 - index, (index % 7) + 1] as const);
    const summary = summarizeCustomers(logOf(rows), { timeUnit: "day" });
    expect(customerOf(summary, "a")).toMatchObject({ purchases: 500, firstPurchaseDay: 0, lastPurchaseDay: 499, recency: 499, T: 499 });
    // Repeat days are every day except day 0 (row 499, amount (499 % 7) + 1 = 3).
    const total = rows.reduce((sum, row) => sum + (row[2] ?? 0), 0);
    expect(customerOf(summary, "a").monetary).toBeCloseTo((total - 3) / 499, 12);
  });

  describe("properties (fast-check)", () => {
    const customerIds = ["c0", "c1", "c2", "c3", "c4", "c5"];
    /** Amounts in quarters, so every sum is exact and results compare bit for bit; zeros and returns common. */
    const amountArbitrary = fc.oneof(fc.constant(0), fc.integer({ min: -40, max: 400 }).map((quarters) => quarters / 4));
    const rowArbitrary = fc.tuple(fc.constantFrom(...customerIds), fc.integer({ min: 0, max: 60 }), amountArbitrary);
    const rowsArbitrary = fc.array(rowArbitrary, { maxLength: 60 });
    const endArbitrary = fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined });
    const unitArbitrary = fc.constantFrom<TimeUnit>("day", "week");
    const summarize = (rows: readonly Row[], end: number | undefined, timeUnit: TimeUnit = "day") =>
      summarizeCustomers(logOf(rows, customerIds), { timeUnit, observationEndDay: end ?? (rows.length === 0 ? 0 : undefined) });
    /** Per customer id, comparable across logs whose ids come in a different order. */
    const byId = (summary: CustomerSummary) => Object.fromEntries(summary.customerIds.map((id) => [id, customerOf(summary, id)]));

    it("matches a direct implementation of the definitions", () => {
      fc.assert(
        fc.property(rowsArbitrary, endArbitrary, unitArbitrary, (rows, end, timeUnit) => {
          const summary = summarize(rows, end, timeUnit);
          const unitDays = timeUnit === "week" ? 7 : 1;
          for (const id of customerIds) {
            const days = new Map<number, number[]>();
            for (const [rowId, day, amount] of rows) if (rowId === id && day <= summary.observationEndDay) days.set(day, [...(days.get(day) ?? []), amount]);
            const purchaseDays = [...days.entries()]
              .filter(([, amounts]) => amounts.every((amount) => amount === 0) || amounts.reduce((sum, amount) => sum + amount, 0) > 0)
              .map(([day, amounts]) => ({ day, spend: amounts.reduce((sum, amount) => sum + amount, 0) }))
              .sort((left, right) => left.day - right.day);
            const ours = customerOf(summary, id);
            if (purchaseDays.length === 0) {
              expect(ours.included).toBe(0);
              continue;
            }
            const first = purchaseDays[0].day;
            const last = purchaseDays[purchaseDays.length - 1].day;
            const x = purchaseDays.length - 1;
            const revenue = [...days.values()].flat().reduce((sum, amount) => sum + amount, 0);
            expect(ours).toMatchObject({
              included: 1,
              frequency: x,
              recency: (last - first) / unitDays,
              T: (summary.observationEndDay - first) / unitDays,
              monetary: x === 0 ? 0 : purchaseDays.slice(1).reduce((sum, purchase) => sum + purchase.spend, 0) / x,
              purchases: x + 1,
              revenue,
              daysSinceLastPurchase: summary.observationEndDay - last,
              averageOrderValue: revenue / (x + 1),
            });
          }
        }),
        { numRuns: 300, seed: 31 },
      );
    });

    it("has 0 ≤ recency ≤ T", () => {
      fc.assert(
        fc.property(rowsArbitrary, endArbitrary, unitArbitrary, (rows, end, timeUnit) => {
          const summary = summarize(rows, end, timeUnit);
          summary.included.forEach((included, index) => {
            if (!included) return;
            expect(summary.recency[index]).toBeGreaterThanOrEqual(0);
            expect(summary.recency[index]).toBeLessThanOrEqual(summary.T[index]);
          });
        }),
        { numRuns: 300, seed: 32 },
      );
    });

    it("has frequency = distinct purchase days − 1 when there are no returns", () => {
      fc.assert(
        fc.property(rowsArbitrary, (rows) => {
          const purchasesOnly = rows.map(([id, day, amount]) => [id, day, Math.abs(amount)] as const);
          const summary = summarize(purchasesOnly, undefined);
          for (const id of customerIds) {
            const distinctDays = new Set(purchasesOnly.filter(([rowId]) => rowId === id).map(([, day]) => day)).size;
            if (distinctDays > 0) expect(customerOf(summary, id).frequency).toBe(distinctDays - 1);
          }
        }),
        { numRuns: 300, seed: 33 },
      );
    });

    it("does not depend on the order of the rows, bit for bit", () => {
      const shuffled = rowsArbitrary.chain((rows) =>
        fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
      );
      fc.assert(
        fc.property(shuffled, endArbitrary, ([rows, permuted], end) => {
          const decimals = (list: readonly Row[]) => list.map(([id, day, amount]) => [id, day, (amount ?? 0) * 1.01] as const);
          expect(byId(summarize(decimals(permuted), end))).toEqual(byId(summarize(decimals(rows), end)));
        }),
        { numRuns: 300, seed: 34 },
      );
    });

    it("does not change when a row's amount is split over several rows of the same day", () => {
      fc.assert(
        fc.property(rowsArbitrary, endArbitrary, fc.integer({ min: 1, max: 3 }), (rows, end, parts) => {
          // Quarter amounts: `parts` copies of a sum exactly to a × parts, so the comparison is exact.
          const whole = rows.map(([id, day, amount]) => [id, day, amount * parts] as const);
          const split = rows.flatMap((row) => Array.from({ length: parts }, () => row));
          expect(byId(summarize(split, end))).toEqual(byId(summarize(whole, end)));
        }),
        { numRuns: 300, seed: 35 },
      );
    });

    it("gives weeks as days / 7 and the same counts and money", () => {
      fc.assert(
        fc.property(rowsArbitrary, endArbitrary, (rows, end) => {
          const days = summarize(rows, end, "day");
          const weeks = summarize(rows, end, "week");
          days.included.forEach((included, index) => {
            if (!included) return;
            expect(weeks.recency[index]).toBe(days.recency[index] / 7);
            expect(weeks.T[index]).toBe(days.T[index] / 7);
          });
          expect(weeks.frequency).toEqual(days.frequency);
          expect(weeks.monetary).toEqual(days.monetary);
          expect(weeks.daysSinceLastPurchase).toEqual(days.daysSinceLastPurchase);
        }),
        { numRuns: 200, seed: 36 },
      );
    });
  });
});
