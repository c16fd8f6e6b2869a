import { countPurchaseDays, emptyCustomerDay, isPurchaseDay, readCustomerDay } from "../../../src/core/summary/purchaseDay";
import { customerDayOrder } from "../../../src/core/summary/customerDayOrder";
import { logOf } from "./logOf";

describe("isPurchaseDay", () => {
  it.each([
    [0, 0, true, "only zero-amount rows: a purchase with no spend"],
    [30, 30, true, "a plain purchase"],
    [30, 50, true, "+40 and −10: net 30"],
    [0, 100, false, "+50 and −50 cancel"],
    [-10, 10, false, "only a return"],
    [-5, 5, false, "a zero-amount row and a return of 5"],
    [0.1 + 0.2 - 0.3, 0.6, false, "rounding noise of a full return"],
    [0.01, 9e6, true, "a cent left of a large day is still a purchase"],
    [0.01, 1e7, false, "…up to 10⁷ gross (0.01 ≤ 10⁻⁹ × 10⁷)"],
  ])("net %p, gross %p → %p (%s)", (net, gross, expected) => {
    expect(isPurchaseDay(net, gross)).toBe(expected);
  });
});

describe("countPurchaseDays", () => {
  it("counts the purchase days among one customer's sorted rows", () => {
    const log = logOf([["a", 1, 10], ["a", 1, -10], ["a", 2, 0], ["a", 3, 5], ["a", 3, 1]]);
    const order = customerDayOrder(log);
    expect(countPurchaseDays(order, true, 0, 5)).toBe(2);
    expect(countPurchaseDays(order, true, 2, 5)).toBe(2);
    expect(countPurchaseDays(order, false, 0, 5)).toBe(3);
    expect(countPurchaseDays(order, true, 0, 0)).toBe(0);
  });
});

describe("readCustomerDay", () => {
  it("reads one customer-day at a time: its day, its net, whether it is a purchase, where the next day starts", () => {
    // Day 1: +10 −10 (no purchase); day 2: a zero-amount row (a purchase with spend 0); day 3: +5 +1.
    const log = logOf([["a", 1, 10], ["a", 1, -10], ["a", 2, 0], ["a", 3, 5], ["a", 3, 1]]);
    const order = customerDayOrder(log);
    const day = emptyCustomerDay();
    const read: [number, number, boolean, number][] = [];
    for (let position = 0; position < 5; position = day.next) {
      readCustomerDay(order, true, position, 5, day);
      read.push([day.day, day.net, day.purchase, day.next]);
    }
    expect(read).toEqual([
      [1, 0, false, 2],
      [2, 0, true, 3],
      [3, 6, true, 5],
    ]);
    // Without amounts every day with a row is a purchase.
    expect(readCustomerDay(order, false, 0, 5, day).purchase).toBe(true);
  });

});
