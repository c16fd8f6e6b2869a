import { customerDayOrder, observedOrder } from "../../../src/core/summary/customerDayOrder";
import { logOf } from "./logOf";

describe("customerDayOrder", () => {
  it("groups rows by customer and sorts each customer's rows by day, then amount", () => {
    const sorted = customerDayOrder(logOf([["b", 9, 1], ["a", 5, 2], ["b", 3, 3], ["b", 3, -1], ["c", 1, 0]], ["d"]));
    expect(Array.from(sorted.start)).toEqual([0, 3, 4, 5, 5]);
    expect(Array.from(sorted.day)).toEqual([3, 3, 9, 5, 1]);
    expect(Array.from(sorted.amount)).toEqual([-1, 3, 1, 2, 0]);
  });

  it("sorts large buckets like small ones", () => {
    const rows = Array.from({ length: 100 }, (_, index) => ["a", (index * 37) % 11, (index * 13) % 7] as const);
    const sorted = customerDayOrder(logOf(rows));
    const expected = rows.map(([, day, amount]) => ({ day, amount })).sort((left, right) => left.day - right.day || left.amount - right.amount);
    expect(Array.from(sorted.day)).toEqual(expected.map((entry) => entry.day));
    expect(Array.from(sorted.amount)).toEqual(expected.map((entry) => entry.amount));
  });

  it("names the row of an amount that is not a finite number, in a log with amounts only", () => {
    const log = logOf([["a", 1, 10], ["a", 1, Number.NaN]]);
    expect(() => customerDayOrder(log)).toThrow(/row 1: amount NaN is not a finite number/);
    expect(() => customerDayOrder({ ...log, hasAmounts: false })).not.toThrow();
  });

  it("rejects a log whose length exceeds its columns", () => {
    expect(() => customerDayOrder({ ...logOf([["a", 1, 1]]), length: 2 })).toThrow(RangeError);
  });
});

describe("observedOrder", () => {
  const log = logOf([["a", 5, 10], ["b", 3, 1], ["a", 9, 2]]);

  it("takes the observation end and order given, else the log's last day and a new order", () => {
    const order = customerDayOrder(log);
    expect(observedOrder(log, { observationEndDay: 7, order })).toEqual({ observationEndDay: 7, order });
    expect(observedOrder(log, {}).observationEndDay).toBe(9);
    expect(observedOrder(log, {}).order).toEqual(order);
  });

  it("refuses a fractional end and another log's order", () => {
    expect(() => observedOrder(log, { observationEndDay: 7.5 })).toThrow("observationEndDay must be a whole day number, not 7.5");
    const other = customerDayOrder(logOf([["a", 1, 1]]));
    expect(() => observedOrder(log, { order: other })).toThrow("options.order was made from a different TransactionLog");
  });
});
