import { analyzeTransactions } from "../../../src/core/analysis/analyzeTransactions";
import { cohortMeasureRow } from "../../../src/core/cohorts/cohortMeasure";
import { cohortTable } from "../../../src/core/cohorts/cohortTable";
import { CHART_COHORTS, cohortSheet } from "../../../src/core/report/cohortSheet";
import type { ReportTable } from "../../../src/core/report/reportModel";
import { daysFromCivil } from "../../../src/core/read/civilDate";
import { simulateTransactionLog } from "../../../src/core/simulate/simulateTransactionLog";
import { cdnowLog } from "../summary/cdnowLog";
import { standardSettings } from "../../support/analysisSettings";

function table(sheet: ReturnType<typeof cohortSheet>, id: string): ReportTable {
  const found = sheet?.tables.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

describe("cohortSheet", () => {
  const log = cdnowLog();
  const complete = analyzeTransactions(log, { ...standardSettings, observationEndDay: daysFromCivil(1998, 6, 30) });
  const sheet = cohortSheet(complete);

  it("lays out CDNOW's three monthly cohorts: observed months, then 12 projected months marked, no incomplete month", () => {
    expect(sheet?.tables.map((t) => t.id)).toEqual(["cohortActiveRate", "cohortRevenue", "cohortActive", "cohortChartData"]);
    const rates = table(sheet, "cohortActiveRate");
    expect(rates.title).toBe("cohortActiveRate_month");
    // Jan 1997 is observed for 18 months (0–17) and projected for 12 more: 30 period columns after the name and size.
    expect(rates.columns).toHaveLength(2 + 30);
    expect(rates.columns.slice(2).map((column) => column.heading)).toEqual(Array.from({ length: 30 }, (_, age) => age));
    const cohorts = complete.cohorts!.table.cohorts;
    rates.rows.forEach((row, c) => {
      const observed = cohorts[c].active.length;
      expect(row.slice(0, 2)).toEqual([cohorts[c].label, cohorts[c].customers]);
      expect(row.slice(2, 2 + observed)).toEqual(Array.from(cohortMeasureRow(cohorts[c], "activeRate")));
      // Projected: the expected active customers over the cohort's size; then nothing past the horizon.
      expect(row[2 + observed]).toBeCloseTo(complete.cohorts!.projection!.active[c][0] / cohorts[c].customers, 12);
      expect(row.slice(2 + observed + 12).every((cell) => cell === null)).toBe(true);
    });
    expect(rates.marks).toEqual(cohorts.map((cohort, c) => ({ kind: "projected", row: c, column: 2 + cohort.active.length, columns: 12 })));
    expect(sheet?.lead?.map((sentence) => sentence.key)).toEqual(["lead_cohorts", "lead_cohortProjection", "lead_cohortRevenue"]);
  });

  it("colours the observed active rates on one scale from 0 to the highest rate after the first month", () => {
    const { heatMap } = table(sheet, "cohortActiveRate");
    const cohorts = complete.cohorts!.table.cohorts;
    expect(heatMap?.runs).toEqual(cohorts.map((cohort, row) => ({ row, column: 2, columns: cohort.active.length })));
    let highest = 0;
    for (const cohort of cohorts) for (let age = 1; age < cohort.active.length; age += 1) highest = Math.max(highest, cohort.active[age] / cohort.customers);
    expect(heatMap?.lowest).toBe(0);
    expect(heatMap?.highest).toBe(highest);
    expect(highest).toBeGreaterThan(0.1);
    expect(highest).toBeLessThan(1);
  });

  it("continues the cumulative revenue per customer with the projected revenue to each month's end", () => {
    const revenue = table(sheet, "cohortRevenue");
    const { table: cohortTable, projection } = complete.cohorts!;
    cohortTable.cohorts.forEach((cohort, c) => {
      const observed = cohortMeasureRow(cohort, "cumulativeRevenuePerCustomer");
      const last = observed[observed.length - 1];
      const row = revenue.rows[c];
      for (let j = 0; j < 12; j += 1) {
        expect(row[2 + observed.length + j]).toBeCloseTo(last + projection!.revenueToEnd[c][j] / cohort.customers, 9);
        // Cumulative: never falls.
        expect(row[2 + observed.length + j] as number).toBeGreaterThanOrEqual(j === 0 ? last : (row[1 + observed.length + j] as number));
      }
    });
    const chart = sheet?.charts[0];
    expect(chart).toMatchObject({ kind: "line", title: "cohortChartRevenue", table: "cohortChartData", categoryColumn: "periodsSinceAcquisition" });
    const data = table(sheet, "cohortChartData");
    expect(data.columns.slice(1).map((column) => column.heading)).toEqual(["1997-01", "1997-02", "1997-03"]);
    expect(data.rows[17]).toEqual([17, table(sheet, "cohortRevenue").rows[0][2 + 17], null, null]);
  });

  it("marks the month the data end inside, leaves it out of the heat map and says so; applies the margin", () => {
    const observationEndDay = daysFromCivil(1998, 6, 15);
    const partial = analyzeTransactions(log, { ...standardSettings, observationEndDay, grossMargin: 0.3 });
    const partialSheet = cohortSheet(partial);
    const rates = table(partialSheet, "cohortActiveRate");
    const cohorts = partial.cohorts!.table.cohorts;
    expect(rates.marks?.filter((mark) => mark.kind === "incomplete")).toEqual(cohorts.map((cohort, row) => ({ kind: "incomplete", row, column: 2 + cohort.active.length - 1, columns: 1 })));
    expect(rates.heatMap?.runs.map((run) => run.columns)).toEqual(cohorts.map((cohort) => cohort.active.length - 1));
    expect(partialSheet?.lead?.map((sentence) => sentence.key)).toContain("lead_cohortIncomplete");
    expect(partialSheet?.lead?.find((sentence) => sentence.key === "lead_cohortIncomplete")?.values).toMatchObject({
      start: { value: daysFromCivil(1998, 6, 1), format: "date" },
      end: { value: observationEndDay, format: "date" },
    });
    expect(partialSheet?.notes).toContain("note_cohortIncomplete");
    const margin = table(partialSheet, "cohortRevenue");
    expect(margin.title).toBe("cohortMargin_month");
    expect(margin.rows[0][2]).toBeCloseTo((0.3 * cohorts[0].revenue[0]) / cohorts[0].customers, 9);
    expect(partialSheet?.lead?.find((sentence) => sentence.key === "lead_cohortMargin")?.values.margin).toEqual({ value: 0.3, format: "percent" });
    // The chart draws whole months only: June 1998 is not in it.
    expect(table(partialSheet, "cohortChartData").rows).toHaveLength(17);
  });

  it("projects nothing and says why when no purchase model was used; draws 8 of many cohorts", () => {
    const small = simulateTransactionLog(
      { bgnbd: { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, gammaGamma: { p: 6, q: 3.8, v: 15 } },
      { customers: 25, seed: 5, cohortStartDay: daysFromCivil(2023, 1, 1), cohortDays: 365, endDay: daysFromCivil(2024, 6, 30) },
    );
    const run = analyzeTransactions(small, { ...standardSettings, observationEndDay: daysFromCivil(2024, 6, 30) });
    expect(run.value.method.kind).toBe("simple");
    const simpleSheet = cohortSheet(run);
    expect(simpleSheet?.lead?.map((sentence) => sentence.key)).toContain("lead_cohortNoProjection");
    expect(table(simpleSheet, "cohortActiveRate").marks).toEqual([]);
    expect(simpleSheet?.notes).not.toContain("note_cohortProjected");
    const count = run.cohorts!.table.cohorts.length;
    expect(count).toBeGreaterThan(CHART_COHORTS);
    const headings = table(simpleSheet, "cohortChartData").columns.slice(1).map((column) => column.heading);
    expect(headings).toHaveLength(CHART_COHORTS);
    expect(headings[0]).toBe(run.cohorts!.table.cohorts[0].label);
    expect(headings[CHART_COHORTS - 1]).toBe(run.cohorts!.table.cohorts[count - 1].label);
    expect(simpleSheet?.notes).toContain("note_cohortChartSample");
  });

  it("shows quarters or weeks as asked, and only active customers for a log without amounts", () => {
    const quarters = cohortSheet(analyzeTransactions(log, { ...standardSettings, cohortPeriod: "quarter" }));
    expect(table(quarters, "cohortActiveRate").rows.map((row) => row[0])).toEqual(["1997-Q1"]);
    // A log without amounts (a run's other stages need amounts, so only the cohorts are swapped in).
    const noAmounts = { ...log, amount: new Float64Array(log.length).fill(Number.NaN), hasAmounts: false };
    const counted = cohortSheet({ ...complete, cohorts: { table: cohortTable(noAmounts, { period: "week" }) } });
    expect(counted?.tables.map((t) => t.id)).toEqual(["cohortActiveRate", "cohortActive"]);
    expect(counted?.charts).toEqual([]);
    expect(table(counted, "cohortActiveRate").title).toBe("cohortActiveRate_week");
    // 1998-06-30 is a Tuesday: the last ISO week is counted so far.
    expect(counted?.lead?.map((sentence) => sentence.key)).toEqual(["lead_cohorts", "lead_cohortNoProjection", "lead_cohortIncomplete"]);
  });
});

describe("cohortSheet's all-cohorts rows", () => {
  it("pool the cohorts observed whole through each period, each by its size (CDNOW, by hand from the counts)", () => {
    const log = cdnowLog();
    const partial = analyzeTransactions(log, { ...standardSettings, observationEndDay: daysFromCivil(1998, 6, 15) });
    const sheet = cohortSheet(partial);
    const cohorts = partial.cohorts!.table.cohorts;
    const rates = table(sheet, "cohortActiveRate");
    expect(rates.footer?.label).toBe("cohortAllCohorts");
    expect(rates.footer?.cells[0]).toBe(781 + 857 + 719);
    // Period 1: all three cohorts observed whole — (active in period 1) / 2,357.
    expect(rates.footer?.cells[2]).toBeCloseTo((cohorts[0].active[1] + cohorts[1].active[1] + cohorts[2].active[1]) / 2357, 12);
    // Period 16: June 1998 is incomplete, so only the January and February cohorts (complete through May 1998: 16 and 15).
    expect(rates.footer?.cells[1 + 15]).toBeCloseTo((cohorts[0].active[15] + cohorts[1].active[15]) / (781 + 857), 12);
    expect(rates.footer?.cells[1 + 16]).toBeCloseTo(cohorts[0].active[16] / 781, 12);
    // Period 17 is June 1998 for January's cohort: counted so far only, so no cohort has it whole.
    expect(rates.footer?.cells[1 + 17]).toBeNull();
    const revenue = table(sheet, "cohortRevenue");
    const cumulative = (c: number, age: number) => cohorts[c].revenue.slice(0, age + 1).reduce((a, b) => a + b, 0);
    expect(revenue.footer?.cells[1 + 2]).toBeCloseTo((cumulative(0, 2) + cumulative(1, 2) + cumulative(2, 2)) / 2357, 9);
    expect(table(sheet, "cohortActive").footer).toBeUndefined();
  });
});
