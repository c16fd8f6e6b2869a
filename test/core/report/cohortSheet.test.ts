import { analyzeTransactions } from "../../../src/core/analysis/analyzeTransactions";
import { cohortMeasureRow } from "../../../src/core/cohorts/cohortMeasure";
import { cohortTable } from "../../../src/core/cohorts/cohortTable";
import { CHART_COHORTS, cohortSheet } from "../../../src/core/report/cohortSheet";
import type { ReportTable } from "../../../src/core/report/reportModel";
import { daysFromCivil } from "../../../src/core/read/civilDate";
import { simulateTransactionLog } from "../../../src/core/simulate/simulateTransactionLog";
import { cdnowLog } from "../summary/cdnowLog";
import { standardSettings } from "../../support/analysisSettings";
import { logOf } from "../summary/logOf";

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
    // Without a model check the miss is the assumed one, and the sentence says so.
    expect(sheet?.lead?.map((sentence) => sentence.key)).toEqual(["lead_cohorts", "lead_cohortProjectionAssumed", "lead_cohortRevenue"]);
  });

  it("colours the observed active rates on one scale from 0 to the highest rate after the first month", () => {
    const { heatMap } = table(sheet, "cohortActiveRate");
    const cohorts = complete.cohorts!.table.cohorts;
    expect(heatMap?.runs).toEqual(cohorts.map((cohort, row) => ({ row, column: 2, columns: cohort.active.length })));
    // The top of the scale: the rate that 95 % of the customer-weighted rates after month 0 do not exceed.
    const weighted = cohorts.flatMap((cohort) => Array.from(cohort.active.slice(1), (active) => ({ rate: active / cohort.customers, weight: cohort.customers })));
    const total = weighted.reduce((sum, { weight }) => sum + weight, 0);
    const atOrBelow = (rate: number) => weighted.filter((candidate) => candidate.rate <= rate).reduce((sum, { weight }) => sum + weight, 0);
    const highest = heatMap!.highest;
    expect(heatMap?.lowest).toBe(0);
    expect(atOrBelow(highest)).toBeGreaterThanOrEqual(0.95 * total);
    expect(atOrBelow(highest) - weighted.filter((candidate) => candidate.rate === highest).reduce((sum, { weight }) => sum + weight, 0)).toBeLessThan(0.95 * total);
    expect(weighted.some((candidate) => candidate.rate > highest)).toBe(true);
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

  it("keeps a one-customer cohort's 100 % from setting the top of the heat map's scale", () => {
    // 40 customers won in January, 4 of whom buy again in February; 1 won in February who buys again in March.
    const rows: [string, number, number][] = [];
    for (let c = 0; c < 40; c += 1) rows.push([`c${c}`, daysFromCivil(2024, 1, 10), 10]);
    for (let c = 0; c < 4; c += 1) rows.push([`c${c}`, daysFromCivil(2024, 2, 10), 10]);
    rows.push(["lone", daysFromCivil(2024, 2, 12), 10], ["lone", daysFromCivil(2024, 3, 12), 10]);
    const cohorts = { table: cohortTable(logOf(rows), { observationEndDay: daysFromCivil(2024, 3, 31) }) };
    const heatMap = table(cohortSheet({ ...complete, cohorts }), "cohortActiveRate").heatMap!;
    // January's month-1 and month-2 rates (10 %, 0 %) carry 80 of the 81 customer-weights; the lone 100 % only 1.
    expect(heatMap.highest).toBeCloseTo(0.1, 12);
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
    // Amounts: each period's revenue pooled over the cohorts observed whole through it, summed period by period.
    const revenue = table(sheet, "cohortRevenue");
    const pooledPeriod = (age: number, members: number[]) => members.reduce((sum, c) => sum + cohorts[c].revenue[age], 0) / members.reduce((sum, c) => sum + cohorts[c].customers, 0);
    expect(revenue.footer?.cells[1 + 2]).toBeCloseTo(pooledPeriod(0, [0, 1, 2]) + pooledPeriod(1, [0, 1, 2]) + pooledPeriod(2, [0, 1, 2]), 9);
    let running = 0;
    for (let age = 0; age <= 16; age += 1) running += pooledPeriod(age, age <= 14 ? [0, 1, 2] : age === 15 ? [0, 1] : [0]);
    expect(revenue.footer?.cells[1 + 16]).toBeCloseTo(running, 9);
    expect(table(sheet, "cohortActive").footer).toBeUndefined();
  });

  it("never lets the cumulative row fall while revenue is positive, though young high-value cohorts leave the pool", () => {
    // January: a and b spend 50 each, a 10 more in February; February: c and d spend 100 each; e buys for 1 on
    // 31 March. Pooling the cumulative values would give 60.2, 77.5, then 55 (January's alone); pooling each month's
    // revenue gives 60.2, 60.2 + (10 + 0) / 4 = 62.7, then + 0 / 2 = 62.7.
    const log = logOf([
      ["a", daysFromCivil(2024, 1, 5), 50],
      ["b", daysFromCivil(2024, 1, 6), 50],
      ["a", daysFromCivil(2024, 2, 5), 10],
      ["c", daysFromCivil(2024, 2, 7), 100],
      ["d", daysFromCivil(2024, 2, 8), 100],
      ["e", daysFromCivil(2024, 3, 31), 1],
    ]);
    const cohorts = { table: cohortTable(log, { observationEndDay: daysFromCivil(2024, 3, 31) }) };
    const run = analyzeTransactions(cdnowLog(), standardSettings);
    const small = cohortSheet({ ...run, cohorts });
    const footer = table(small, "cohortRevenue").footer!.cells.slice(1) as number[];
    expect(footer[0]).toBeCloseTo((50 + 50 + 100 + 100 + 1) / 5, 12);
    expect(footer[1]).toBeCloseTo(footer[0] + 10 / 4, 12);
    expect(footer[2]).toBeCloseTo(footer[1], 12);
    for (let age = 1; age < footer.length; age += 1) expect(footer[age]).toBeGreaterThanOrEqual(footer[age - 1]);
  });
});

describe("cohortSheet's projection sentence and horizon", () => {
  const log = cdnowLog();

  it("gives the miss measured by the model check when there was one", () => {
    const checked = analyzeTransactions(log, { ...standardSettings, observationEndDay: daysFromCivil(1998, 6, 30), calibrationEndDay: daysFromCivil(1997, 9, 30) });
    const equity = checked.value.customerEquity;
    expect("modelError" in equity && equity.modelError.source).toBe("holdout");
    const sentence = cohortSheet(checked)?.lead?.find((candidate) => candidate.key === "lead_cohortProjection");
    expect(sentence?.values.error).toEqual({ value: "modelError" in equity ? equity.modelError.relative : NaN, format: "percent" });
  });

  it("projects only periods that end within the horizon, and says so when none does", () => {
    // Data to 1 April 1998 by quarter with 12 months: Q3 1998 … Q1 1999 end by 1 April 1999; Q2 1999 would not.
    const quarters = analyzeTransactions(log, { ...standardSettings, observationEndDay: daysFromCivil(1998, 4, 1), cohortPeriod: "quarter" });
    expect(quarters.cohorts?.projection?.periods).toBe(3);
    // A 1-month horizon from 15 June 1998 ends before July does: nothing projected, no ≈ marks, no legend line.
    const short = analyzeTransactions(log, { ...standardSettings, observationEndDay: daysFromCivil(1998, 6, 15), horizonMonths: 1 });
    expect(short.cohorts?.projection?.periods).toBe(0);
    const sheet = cohortSheet(short);
    expect(sheet?.lead?.find((sentence) => sentence.key === "lead_cohortHorizonShort")?.values).toEqual({ months: { value: 1, format: "integer" }, period: { label: "cohortPeriod_month" } });
    expect(table(sheet, "cohortActiveRate").marks?.some((mark) => mark.kind === "projected")).toBe(false);
    expect(sheet?.notes).not.toContain("note_cohortProjected");
  });
});
