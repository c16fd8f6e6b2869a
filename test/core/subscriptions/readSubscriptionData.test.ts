import type { SbgData } from "../../../src/core/models/sbgData";
import { readSubscriptionData, type SubscriptionData } from "../../../src/core/subscriptions/readSubscriptionData";
import { SubscriptionDataError } from "../../../src/core/subscriptions/subscriptionDataError";
import { PAPER_SURVIVORS, sbgPaperCohorts } from "../models/sbgPaperCohorts";
import { paperCustomerRows, paperFileRows, paperSurvivorRows } from "../../support/subscriptionPaperRows";

/** A cohort's data as plain arrays, sorted by period, to compare two readings. */
function plain(data: SbgData): { customers: number; churners: number; byPeriod: Record<number, [number, number]> } {
  const byPeriod: Record<number, [number, number]> = {};
  data.periods.forEach((t, k) => (byPeriod[t] = [data.cancelled[k], data.active[k]]));
  return { customers: data.customers, churners: data.churners, byPeriod };
}

/** The problems as row, column header, code and argument. */
function problems(data: SubscriptionData): Array<[number, string | undefined, string, string]> {
  return data.problems.map((problem) => [problem.row, problem.column.header, problem.error.code, problem.error.argument]);
}

describe("readSubscriptionData on the paper's cohorts (Fader & Hardie 2007)", () => {
  const expected = sbgPaperCohorts();

  it("reads the file's recency and T as the periods each customer stayed and whether still active", () => {
    const data = readSubscriptionData(paperFileRows());
    expect(data.layout).toBe("recency");
    expect(data.cohorts.map((cohort) => cohort.name)).toEqual(["highend", "regular"]);
    expect(data.rowsRead).toBe(2000);
    expect(data.problems).toEqual([]);
    for (const cohort of data.cohorts) {
      const name = cohort.name as "highend" | "regular";
      // Cancelled 1000 − 491 (high end) and 1000 − 241 (regular), the 491 and 241 still active after 7 years (Table 1).
      expect(plain(cohort.data)).toEqual(plain(readSubscriptionData([["Perioder", "Aktiv"], ...Array.from(expected[name].periods, (t, i) => [t, expected[name].active[i]])]).cohorts[0].data));
      expect(cohort.data.churners).toBe(1000 - PAPER_SURVIVORS[name][7]);
    }
  });

  it("reads the same customers from one row per customer with Danish headers and ja/nej, and the same survivors from the curves", () => {
    const file = readSubscriptionData(paperFileRows());
    const danish = readSubscriptionData(paperCustomerRows("da"));
    expect(danish.layout).toBe("customers");
    expect(danish.cohorts.map((cohort) => plain(cohort.data))).toEqual(file.cohorts.map((cohort) => plain(cohort.data)));
    const curves = readSubscriptionData(paperSurvivorRows());
    expect(curves.layout).toBe("survivors");
    expect(curves.cohorts.map((cohort) => [cohort.name, cohort.data.customers, cohort.data.churners])).toEqual([
      ["highend", 1000, 509],
      ["regular", 1000, 759],
    ]);
  });
});

describe("readSubscriptionData", () => {
  it("numbers rows as the user sees them: a file's lines, or the sheet row of the first row on", () => {
    const rows = [["Periods", "Active"], [3, "maybe"], [], [2, "yes"]];
    expect(problems(readSubscriptionData(rows, { rowNumbers: [1, 2, 4, 5] }))).toEqual([[2, "Active", "notYesNo", "Active"]]);
    expect(problems(readSubscriptionData(rows, { firstRowNumber: 10 }))).toEqual([[11, "Active", "notYesNo", "Active"]]);
    expect(readSubscriptionData(rows).emptyRows).toBe(1);
  });

  it("lists every cell that cannot be used with its row and column, and builds no cohort then", () => {
    const data = readSubscriptionData([
      ["Kunde", "Perioder", "Aktiv", "Kohorte"],
      ["A", "", "ja", "x"],
      ["B", "tre", "ja", "x"],
      ["C", 2.5, "nej", "x"],
      ["D", 2, "måske", "x"],
      ["E", 2, "", "x"],
      ["F", 2, "ja", ""],
      ["G", 0, "nej", "x"],
    ]);
    expect(problems(data)).toEqual([
      [2, "Perioder", "required", "Perioder"],
      [3, "Perioder", "notANumber", "Perioder"],
      [4, "Perioder", "mustBePositiveWholeNumber", "Perioder"],
      [5, "Aktiv", "notYesNo", "Aktiv"],
      [6, "Aktiv", "notYesNo", "Aktiv"],
      [7, "Kohorte", "required", "Kohorte"],
      [8, "Perioder", "mustBePositiveWholeNumber", "Perioder"],
    ]);
    expect(data.problems[1].error.params).toEqual({ value: "tre" });
    expect(data.problems[4].error.params).toEqual({ value: "" });
    expect(data.cohorts).toEqual([]);
  });

  it("leaves customers still in their first period (0 periods, active) out and counts them: they have neither renewed nor cancelled", () => {
    const data = readSubscriptionData([["Tenure", "Active"], [0, "yes"], [1, "no"], [2, "yes"]]);
    expect(data.firstPeriodCustomers).toBe(1);
    expect(plain(data.cohorts[0].data)).toEqual({ customers: 2, churners: 1, byPeriod: { 1: [1, 0], 2: [0, 1] } });
    expect(readSubscriptionData([["recency", "T"], [1, 1], [1, 3], [3, 3]]).firstPeriodCustomers).toBe(1);
  });

  it("reads yes under a Churn header as cancelled", () => {
    const data = readSubscriptionData([["Tenure", "Churn"], [1, "Yes"], [4, "No"]]);
    expect(plain(data.cohorts[0].data)).toEqual({ customers: 2, churners: 1, byPeriod: { 1: [1, 0], 4: [0, 1] } });
  });

  it("reads pymc-marketing's recency = T as still active after T − 1 periods, and refuses a recency above T", () => {
    const data = readSubscriptionData([["recency", "T"], [2, 5], [5, 5]]);
    expect(plain(data.cohorts[0].data)).toEqual({ customers: 2, churners: 1, byPeriod: { 2: [1, 0], 4: [0, 1] } });
    const wrong = readSubscriptionData([["recency", "T"], [6, 5]]);
    expect(problems(wrong)).toEqual([[2, "recency", "mustNotExceed", "recency"]]);
    expect(wrong.problems[0].error.params).toEqual({ value: 6, limit: 5, limitArgument: "T" });
  });

  it("reads survivors grouped in thousands, per cohort in row order, and names a count that grows with its period", () => {
    const data = readSubscriptionData([["Plan", "Aktive kunder"], ["Basis", "1.000"], ["Plus", 500], ["Basis", "631"], ["Plus", 450], ["Basis", 468]]);
    expect(data.cohorts.map((cohort) => [cohort.name, Array.from(cohort.data.cancelled), Array.from(cohort.data.active)])).toEqual([
      ["Basis", [369, 163], [0, 468]],
      ["Plus", [50], [450]],
    ]);
    const growing = readSubscriptionData([["Survivors"], [100], [80], [90]]);
    expect(problems(growing)).toEqual([[4, "Survivors", "survivorsIncrease", "Survivors"]]);
    expect(growing.problems[0].error.params).toEqual({ period: 2, survivors: 90, previous: 80 });
  });

  it("refuses data without rows or without a header row", () => {
    const code = (rows: unknown[][]) => {
      try {
        readSubscriptionData(rows);
      } catch (error) {
        if (error instanceof SubscriptionDataError) return [error.code, error.params];
      }
      return undefined;
    };
    expect(code([])).toEqual(["noData", {}]);
    expect(code([[""], [null]])).toEqual(["noData", {}]);
    expect(code([[], [3, true], [1, false]])).toEqual(["noHeader", { row: 2 }]);
  });
});
