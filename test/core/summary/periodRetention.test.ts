import { churnRate } from "../../../src/core/churnRate";
import { retentionRate } from "../../../src/core/retentionRate";
import { customerDayOrder } from "../../../src/core/summary/customerDayOrder";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { periodRetention, type MonthRetention, type PeriodRetention } from "../../../src/core/summary/periodRetention";
import { cdnowLog, dayNumber } from "./cdnowLog";
import { logOf, type Row } from "./logOf";

/** month, active, new, retained, retention rate, churn rate, complete: one row of a result, for comparing whole tables. */
type MonthLine = [month: string, active: number, newCustomers: number, retained: number, retentionRate: number | null, churnRate: number | null, complete: boolean];

function lines(result: PeriodRetention): MonthLine[] {
  return result.months.map((m) => [`${m.year}-${String(m.month).padStart(2, "0")}`, m.active, m.newCustomers, m.retained, m.retentionRate, m.churnRate, m.complete]);
}

/**
 * Five customers over January–April 2024, with the months worked out by hand below:
 * A buys in January (twice), February and April; B in January and March (a partial refund on 1 March leaves 30);
 * C in February, March and on 20 April; D's February purchase is refunded the same day (net 0: no purchase), so D's
 * first purchase is on 20 March; E only returns goods (in December 2023 and February), so E is never a customer.
 */
const handRows: Row[] = [
  ["A", dayNumber(2024, 1, 5), 100],
  ["A", dayNumber(2024, 1, 20), 50],
  ["A", dayNumber(2024, 2, 3), 30],
  ["A", dayNumber(2024, 4, 10), 20],
  ["B", dayNumber(2024, 1, 15), 80],
  ["B", dayNumber(2024, 3, 1), 40],
  ["B", dayNumber(2024, 3, 1), -10],
  ["C", dayNumber(2024, 2, 10), 60],
  ["C", dayNumber(2024, 3, 5), 10],
  ["C", dayNumber(2024, 4, 20), 15],
  ["D", dayNumber(2024, 2, 20), 50],
  ["D", dayNumber(2024, 2, 20), -50],
  ["D", dayNumber(2024, 3, 20), 25],
  ["E", dayNumber(2023, 12, 15), -20],
  ["E", dayNumber(2024, 2, 1), -20],
];

describe("periodRetention on a hand-made log", () => {
  it("counts active, new and retained customers month by month, with the rates worked out by hand", () => {
    // January: A, B active and new. February: A (retained from January), C new; D's refunded day is no purchase.
    // March: B (back after a month away), C (retained), D (new). April: A (back), C (retained).
    // Rates: February 1/2, March 1/2 (of February's A and C), April 1/3 (of March's B, C, D).
    expect(lines(periodRetention(logOf(handRows), { observationEndDay: dayNumber(2024, 4, 30) }))).toEqual([
      ["2024-01", 2, 2, 0, null, null, true],
      ["2024-02", 2, 1, 1, 1 / 2, 1 / 2, true],
      ["2024-03", 3, 1, 1, 1 / 2, 1 / 2, true],
      ["2024-04", 2, 0, 1, 1 / 3, 2 / 3, true],
    ]);
  });

  it("averages over the months weighted by customers: Σ retained / Σ active the month before", () => {
    const result = periodRetention(logOf(handRows), { observationEndDay: dayNumber(2024, 4, 30) });
    // (1 + 1 + 1) / (2 + 2 + 3), not the mean of 1/2, 1/2 and 1/3.
    expect(result.averageRetentionRate).toBe(3 / 7);
    expect(result.averageChurnRate).toBe(4 / 7);
  });

  it("takes a day whose refund nets it to 0 as no purchase, as the summary does", () => {
    const refunded = periodRetention(logOf(handRows), { observationEndDay: dayNumber(2024, 4, 30) }).months[1];
    // Were D's 20 February a purchase, February would have 3 active customers, 2 of them new.
    expect([refunded.active, refunded.newCustomers]).toEqual([2, 1]);
    const summary = summarizeCustomers(logOf(handRows), { timeUnit: "day", observationEndDay: dayNumber(2024, 4, 30) });
    expect(summary.firstPurchaseDay[3]).toBe(dayNumber(2024, 3, 20));
    expect(summary.included[4]).toBe(0);
  });

  it("marks the last month incomplete when the observation end is not its last day, and leaves it out of the average", () => {
    const result = periodRetention(logOf(handRows), { observationEndDay: dayNumber(2024, 4, 15) });
    // C's purchase on 20 April is after the end: April has only A, who was away in March.
    expect(lines(result)[3]).toEqual(["2024-04", 1, 0, 0, 0, 1, false]);
    expect(result.months.slice(0, 3).every((month) => month.complete)).toBe(true);
    expect(result.averageRetentionRate).toBe(2 / 4);
  });

  it("runs to the month of the observation end, months without purchases included", () => {
    const result = periodRetention(logOf(handRows), { observationEndDay: dayNumber(2024, 6, 30) });
    expect(lines(result).slice(3)).toEqual([
      ["2024-04", 2, 0, 1, 1 / 3, 2 / 3, true],
      ["2024-05", 0, 0, 0, 0, 1, true],
      ["2024-06", 0, 0, 0, null, null, true],
    ]);
    // May loses both of April's customers; June has nobody to lose and no rate.
    expect(result.averageRetentionRate).toBe(3 / 9);
  });

  it("defaults the observation end to the last day in the log, and counts every day with a row in a log without amounts", () => {
    const withoutAmounts = logOf(handRows.map(([customer, day]) => [customer, day] as const));
    // Every row is a purchase now: D is new in February, E in December 2023; 20 April is not April's last day.
    expect(lines(periodRetention(withoutAmounts)).map(([month, active, newCustomers, retained, , , complete]) => [month, active, newCustomers, retained, complete])).toEqual([
      ["2023-12", 1, 1, 0, true],
      ["2024-01", 2, 2, 0, true],
      ["2024-02", 4, 2, 1, true],
      ["2024-03", 3, 0, 2, true],
      ["2024-04", 2, 0, 1, false],
    ]);
  });

  it("has no months without a purchase up to the observation end, and refuses an order made from another log", () => {
    expect(periodRetention(logOf(handRows), { observationEndDay: dayNumber(2023, 11, 30) })).toEqual({ months: [], averageRetentionRate: null, averageChurnRate: null });
    expect(periodRetention(logOf([["E", dayNumber(2024, 2, 1), -20]]))).toEqual({ months: [], averageRetentionRate: null, averageChurnRate: null });
    const other = customerDayOrder(logOf(handRows.slice(0, 4)));
    expect(() => periodRetention(logOf(handRows), { order: other })).toThrow("different TransactionLog");
  });
});

/**
 * The months of the CDNOW log counted independently with maps and Date: a customer-day is a purchase when its net is
 * above 10⁻⁹ × its gross or all its amounts are 0 (docs/ARCHITECTURE.md, "Purchases").
 */
function plainLoopMonths(endDay: number): Map<string, { active: number; newCustomers: number; retained: number }> {
  const log = cdnowLog();
  const days = new Map<string, { net: number; gross: number }>();
  for (let row = 0; row < log.length; row += 1) {
    if (log.day[row] > endDay) continue;
    const key = `${log.customer[row]}:${log.day[row]}`;
    const sums = days.get(key) ?? { net: 0, gross: 0 };
    sums.net += log.amount[row];
    sums.gross += Math.abs(log.amount[row]);
    days.set(key, sums);
  }
  const monthsOf = new Map<string, Set<number>>();
  for (const [key, { net, gross }] of days) {
    if (!(gross === 0 || net > 1e-9 * gross)) continue;
    const [customer, day] = key.split(":");
    const date = new Date(Number(day) * 86_400_000);
    const months = monthsOf.get(customer) ?? new Set<number>();
    months.add(date.getUTCFullYear() * 12 + date.getUTCMonth());
    monthsOf.set(customer, months);
  }
  const counts = new Map<string, { active: number; newCustomers: number; retained: number }>();
  for (const months of monthsOf.values()) {
    const first = Math.min(...months);
    for (const month of months) {
      const name = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
      const count = counts.get(name) ?? { active: 0, newCustomers: 0, retained: 0 };
      count.active += 1;
      if (month === first) count.newCustomers += 1;
      if (months.has(month - 1)) count.retained += 1;
      counts.set(name, count);
    }
  }
  return counts;
}

describe("periodRetention on the CDNOW sample", () => {
  const log = cdnowLog();
  const endDay = dayNumber(1998, 6, 30);
  const result = periodRetention(log, { observationEndDay: endDay });

  it("counts each month as a plain loop over the rows does", () => {
    const expected = plainLoopMonths(endDay);
    expect(result.months).toHaveLength(18);
    expect(new Map(lines(result).map(([month, active, newCustomers, retained]) => [month, { active, newCustomers, retained }]))).toEqual(expected);
  });

  it("finds every customer of the summary new in the month of their first purchase", () => {
    const summary = summarizeCustomers(log, { timeUnit: "week", observationEndDay: endDay });
    const firstMonths = new Map<string, number>();
    for (let i = 0; i < summary.included.length; i += 1) {
      if (summary.included[i] === 0) continue;
      const date = new Date(summary.firstPurchaseDay[i] * 86_400_000);
      const month = `${date.getUTCFullYear()}-${date.getUTCMonth() + 1}`;
      firstMonths.set(month, (firstMonths.get(month) ?? 0) + 1);
    }
    expect(new Map(result.months.filter((m) => m.newCustomers > 0).map((m) => [`${m.year}-${m.month}`, m.newCustomers]))).toEqual(firstMonths);
    expect(result.months.reduce((sum, m) => sum + m.newCustomers, 0)).toBe(2357);
  });

  it("gives the average over all 17 months with a rate (1998-06-30 ends June), weighted by customers", () => {
    expect(result.months.every((month) => month.complete)).toBe(true);
    const atRisk = result.months.slice(0, -1).reduce((sum, m) => sum + m.active, 0);
    const retained = result.months.reduce((sum, m) => sum + m.retained, 0);
    expect(result.averageRetentionRate).toBe(retained / atRisk);
    expect(result.averageRetentionRate).toBeCloseTo(0.2362, 4);
    // February 1997: 124 of January's 781 buyers bought again (counted by the plain loop above).
    expect(lines(result)[1]).toEqual(["1997-02", 981, 857, 124, 124 / 781, 657 / 781, true]);
  });

  it("shares the summary's sort and gives the same answer with it", () => {
    expect(periodRetention(log, { observationEndDay: endDay, order: customerDayOrder(log) })).toEqual(result);
  });
});

describe("periodRetention and KV.RETENTIONRATE / KV.CHURNRATE", () => {
  /**
   * A month's rates are Farris et al.'s (2010, §5.3) with "customer" = active in the month: S = active the month
   * before, E = active this month, N = E − retained (new and returning customers), customers lost = S − retained.
   */
  function expectSameAsKv(months: MonthRetention[]): void {
    let checked = 0;
    months.forEach((month, i) => {
      if (month.retentionRate === null) return;
      const S = months[i - 1].active;
      expect(retentionRate({ customersAtStart: S, customersAtEnd: month.active, newCustomers: month.active - month.retained })).toBe(month.retentionRate);
      expect(churnRate({ customersAtStart: S, customersLost: S - month.retained })).toBe(month.churnRate);
      expect(month.retentionRate + (month.churnRate ?? Number.NaN)).toBeCloseTo(1, 12);
      checked += 1;
    });
    expect(checked).toBeGreaterThan(0);
  }

  it("equal them month by month on the hand-made log", () => {
    expectSameAsKv(periodRetention(logOf(handRows), { observationEndDay: dayNumber(2024, 4, 30) }).months);
  });

  it("equal them month by month on the CDNOW sample", () => {
    expectSameAsKv(periodRetention(cdnowLog()).months);
  });
});
