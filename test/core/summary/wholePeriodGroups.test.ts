import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { wholePeriodGroups, type WholePeriodGroups } from "../../../src/core/summary/wholePeriodGroups";
import type { TimeUnit } from "../../../src/core/transactionLog";
import { logOf } from "./logOf";

/** Observation end: day 20. Every expected value below is a hand calculation from these rows. */
const log = logOf([
  ["a", 0, 10], ["a", 10, 30], // purchases 2, m̄ 30, revenue 40
  ["b", 1, 5], ["b", 12, 15], ["b", 12, -5], // day 12 nets to 10: purchases 2, m̄ 10, revenue 15
  ["c", 20, 7], // purchases 1, m̄ 0, revenue 7
  ["d", 15, 9], ["d", 19, -9], // day 19 is a return, not a purchase: purchases 1, m̄ 0, revenue 0
  ["e", 3, 20], ["e", 6, 4], ["e", 13, 8], // purchases 3, m̄ (4 + 8) / 2 = 6, revenue 32
  ["g", 13, 5], ["g", 14, 5], // one day apart across a week boundary: purchases 2, m̄ 5, revenue 10
  ["f", 30, 100], // after the observation end: not included
]);

function rows(groups: WholePeriodGroups): number[][] {
  return Array.from(groups.frequency, (_, k) => [groups.frequency[k], groups.recency[k], groups.T[k], groups.customers[k], groups.monetary[k], groups.totalAmount[k]]);
}

function groupsOf(timeUnit: TimeUnit, summaryUnit: TimeUnit = timeUnit): WholePeriodGroups {
  return wholePeriodGroups(summarizeCustomers(log, { timeUnit: summaryUnit, observationEndDay: 20 }), timeUnit);
}

describe("wholePeriodGroups", () => {
  it("groups weeks by whole periods back from the observation end (hand calculation)", () => {
    // k(day) = floor((20 − day) / 7): k(0) = 2, k(1) = 2, k(3) = 2, k(10) = 1, k(12) = 1, k(13) = 1, k(14) = 0, k(15) = 0, k(20) = 0.
    // a: T 2, recency 2 − 1 = 1; b: T 2, recency 1 (same group as a); c and d: 0, 0; e: T 2, recency 2 − 1 = 1;
    // g: T 1, recency 1 − 0 = 1 (its exact recency is 1/7 week).
    expect(rows(groupsOf("week"))).toEqual([
      // frequency, recency, T, customers, mean m̄, Σ revenue
      [0, 0, 0, 2, 0, 7], // c, d
      [1, 1, 1, 1, 5, 10], // g
      [1, 1, 2, 2, 20, 55], // a, b: m̄ (30 + 10) / 2, revenue 40 + 15
      [2, 1, 2, 1, 6, 32], // e
    ]);
  });

  it("groups days by the whole days themselves (hand calculation)", () => {
    // k(day) = 20 − day: T = 20 − first, recency = last − first.
    expect(rows(groupsOf("day"))).toEqual([
      [0, 0, 0, 1, 0, 7], // c
      [0, 0, 5, 1, 0, 0], // d
      [1, 1, 7, 1, 5, 10], // g
      [1, 10, 20, 1, 30, 40], // a
      [1, 11, 19, 1, 10, 15], // b
      [2, 10, 17, 1, 6, 32], // e
    ]);
  });

  it("takes its unit from the argument, not from the summary's own unit", () => {
    expect(groupsOf("week", "day")).toEqual(groupsOf("week"));
  });

  it("counts every included customer once, and gives NaN amounts for a log without amounts", () => {
    const plain = logOf([["a", 0], ["a", 10], ["b", 1], ["b", 12], ["c", 20]]);
    const groups = wholePeriodGroups(summarizeCustomers(plain, { timeUnit: "week", observationEndDay: 20 }), "week");
    expect(Array.from(groups.customers)).toEqual([1, 2]);
    expect(Array.from(groups.monetary).every(Number.isNaN)).toBe(true);
    expect(Array.from(groups.totalAmount).every(Number.isNaN)).toBe(true);
  });
});
