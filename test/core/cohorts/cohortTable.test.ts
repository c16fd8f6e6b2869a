import { cohortTable } from "../../../src/core/cohorts/cohortTable";
import { daysFromCivil } from "../../../src/core/read/civilDate";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { cdnowData } from "../../cli/cdnowData";
import { readFixture } from "../../support/fixtures";
import { logOf } from "../summary/logOf";

/**
 * The CDNOW cohort matrix counted independently: a plain loop over the raw lines of test/fixtures/cdnowElog.csv
 * (sampleid, date as yyyymmdd, sales), no project code. Same customer and date = one purchase, as everywhere; a day
 * is a purchase when its sales add up to more than 0 or are all 0 (a purchase without spend; CDNOW has such rows).
 */
function plainCdnowCohorts(): Map<string, { customers: number; active: number[]; revenue: number[] }> {
  const lines = readFixture("cdnowElog.csv").trim().split("\n").slice(1);
  const days = new Map<string, Map<string, number>>();
  const spent = new Set<string>();
  for (const line of lines) {
    const [, customer, date, , sales] = line.split(",");
    const customerDays = days.get(customer) ?? new Map<string, number>();
    customerDays.set(date, (customerDays.get(date) ?? 0) + Number(sales));
    days.set(customer, customerDays);
    if (Number(sales) !== 0) spent.add(`${customer} ${date}`);
  }
  const monthNumber = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(4, 6)) - 1;
  const cohorts = new Map<string, { customers: number; active: number[]; revenue: number[] }>();
  for (const [customer, customerDays] of days) {
    const dates = [...customerDays.keys()].sort();
    const first = dates[0];
    const label = `${first.slice(0, 4)}-${first.slice(4, 6)}`;
    const cohort = cohorts.get(label) ?? { customers: 0, active: new Array(18 - (monthNumber(first) - 1997 * 12)).fill(0), revenue: new Array(18 - (monthNumber(first) - 1997 * 12)).fill(0) };
    cohort.customers += 1;
    const activeMonths = new Set<number>();
    for (const date of dates) {
      const age = monthNumber(date) - monthNumber(first);
      cohort.revenue[age] += customerDays.get(date) ?? 0;
      const net = customerDays.get(date) ?? 0;
      if (net > 0 || (net === 0 && !spent.has(`${customer} ${date}`))) activeMonths.add(age);
    }
    for (const age of activeMonths) cohort.active[age] += 1;
    cohorts.set(label, cohort);
  }
  return cohorts;
}

describe("cohortTable", () => {
  it("matches a plain count of the raw CDNOW lines: size, active customers and revenue, month by month", () => {
    const { log } = cdnowData();
    const table = cohortTable(log, { observationEndDay: daysFromCivil(1998, 6, 30) });
    const expected = plainCdnowCohorts();
    expect(table.cohorts.map((cohort) => cohort.label)).toEqual(["1997-01", "1997-02", "1997-03"]);
    expect(table.lastPeriodComplete).toBe(true);
    for (const cohort of table.cohorts) {
      const plain = expected.get(cohort.label)!;
      expect(cohort.customers).toBe(plain.customers);
      expect(Array.from(cohort.active)).toEqual(plain.active);
      Array.from(cohort.revenue).forEach((value, age) => expect(value).toBeCloseTo(plain.revenue[age], 6));
    }
    // Every one of the 2,357 customers in one cohort; period 0 is everyone's first purchase.
    expect(table.cohorts.reduce((sum, cohort) => sum + cohort.customers, 0)).toBe(2357);
    for (const cohort of table.cohorts) expect(cohort.active[0]).toBe(cohort.customers);
  });

  it("adds up to the summary's revenue and purchase-day customers, returns and all", () => {
    const log = logOf([
      ["a", daysFromCivil(2024, 1, 5), 100],
      ["a", daysFromCivil(2024, 1, 5), -30],
      ["a", daysFromCivil(2024, 3, 2), 50],
      ["a", daysFromCivil(2024, 3, 2), -50], // a full return: not a purchase day, though its amounts count in revenue
      ["b", daysFromCivil(2023, 12, 30), -20], // a return before b's first purchase counts in period 0
      ["b", daysFromCivil(2024, 2, 10), 80],
      ["c", daysFromCivil(2024, 2, 11), -10], // only returns: no purchase, in no cohort
      ["d", daysFromCivil(2024, 2, 28), 40],
      ["d", daysFromCivil(2024, 4, 1), 40], // after the observation end: left out
    ]);
    const observationEndDay = daysFromCivil(2024, 3, 15);
    const table = cohortTable(log, { observationEndDay });
    expect(table.lastPeriodComplete).toBe(false);
    expect(table.cohorts.map(({ label, customers }) => [label, customers])).toEqual([
      ["2024-01", 1],
      ["2024-02", 2],
    ]);
    expect(Array.from(table.cohorts[0].active)).toEqual([1, 0, 0]);
    expect(Array.from(table.cohorts[0].revenue)).toEqual([70, 0, 0]);
    expect(Array.from(table.cohorts[1].active)).toEqual([2, 0]);
    expect(Array.from(table.cohorts[1].revenue)).toEqual([100, 0]);
    expect(Array.from(table.cohortOfCustomer)).toEqual([0, 1, -1, 1]);
    const summary = summarizeCustomers(log, { timeUnit: "day", observationEndDay });
    let revenue = 0;
    for (let i = 0; i < summary.included.length; i += 1) if (summary.included[i] === 1) revenue += summary.revenue[i];
    const cohortRevenue = table.cohorts.reduce((sum, cohort) => sum + cohort.revenue.reduce((a, b) => a + b, 0), 0);
    expect(cohortRevenue).toBeCloseTo(revenue, 9);
  });

  it("counts quarters and ISO weeks, and a log without amounts by rows", () => {
    const log = logOf(
      [
        ["a", daysFromCivil(2024, 3, 31)],
        ["a", daysFromCivil(2024, 4, 1)],
        ["a", daysFromCivil(2024, 4, 2)],
        ["b", daysFromCivil(2024, 4, 7)],
      ]
    );
    const quarters = cohortTable(log, { period: "quarter", observationEndDay: daysFromCivil(2024, 6, 30) });
    expect(quarters.cohorts.map((cohort) => [cohort.label, cohort.customers, Array.from(cohort.active)])).toEqual([
      ["2024-Q1", 1, [1, 1]],
      ["2024-Q2", 1, [1]],
    ]);
    expect(quarters.hasAmounts).toBe(false);
    expect(quarters.cohorts[0].revenue.every(Number.isNaN)).toBe(true);
    // 2024-03-31 is a Sunday (W13); 04-01 and 04-02 are W14; 04-07 (Sunday) W14 too.
    const weeks = cohortTable(log, { period: "week", observationEndDay: daysFromCivil(2024, 4, 7) });
    expect(weeks.cohorts.map((cohort) => [cohort.label, cohort.customers, Array.from(cohort.active)])).toEqual([
      ["2024-W13", 1, [1, 1]],
      ["2024-W14", 1, [1]],
    ]);
    expect(weeks.lastPeriodComplete).toBe(true);
  });

  it("has no cohort when nobody bought by the observation end", () => {
    const log = logOf([["a", daysFromCivil(2024, 5, 1), 10]]);
    const table = cohortTable(log, { observationEndDay: daysFromCivil(2024, 4, 30) });
    expect(table.cohorts).toEqual([]);
    expect(Array.from(table.cohortOfCustomer)).toEqual([-1]);
  });
});
