import { sbgDataFromSurvivors } from "../../../src/core/models/sbgData";
import { analyzeSubscriptions } from "../../../src/core/subscriptions/analyzeSubscriptions";
import { buildSubscriptionReport } from "../../../src/core/subscriptions/buildSubscriptionReport";
import { readSubscriptionData } from "../../../src/core/subscriptions/readSubscriptionData";
import type { ReportTable } from "../../../src/core/report/reportModel";
import { paperFileRows } from "../../support/subscriptionPaperRows";

const cohorts = readSubscriptionData(paperFileRows()).cohorts;

/** A figure table's rows as { name: [value, format] }. */
function figures(table: ReportTable): Record<string, [unknown, string | undefined]> {
  return Object.fromEntries(table.rows.map((row, r) => [row[0], [row[1], table.rowFormats?.[r]]]));
}

describe("buildSubscriptionReport", () => {
  it("writes one Subscriptions sheet: the assumptions, then per cohort the model, the survival table and a line chart", () => {
    const report = buildSubscriptionReport(analyzeSubscriptions(cohorts, { projectPeriods: 5, discountRate: 0.1 }, "recency"));
    expect(report.sheets.map((sheet) => sheet.id)).toEqual(["subscriptions"]);
    const [sheet] = report.sheets;
    expect(sheet.tables.map((table) => [table.id, table.subject])).toEqual([
      ["subscriptionAssumptions", undefined],
      ["subscriptionFit_1", "highend"],
      ["subscriptionSurvival_1", "highend"],
      ["subscriptionFit_2", "regular"],
      ["subscriptionSurvival_2", "regular"],
    ]);
    expect(sheet.charts).toEqual([
      { id: "survivalChart_1", kind: "line", title: "survivalChart", subject: "highend", table: "subscriptionSurvival_1", categoryColumn: "period", valueColumns: ["observedSurvival", "modelSurvival"] },
      { id: "survivalChart_2", kind: "line", title: "survivalChart", subject: "regular", table: "subscriptionSurvival_2", categoryColumn: "period", valueColumns: ["observedSurvival", "modelSurvival"] },
    ]);
    expect(sheet.notes).toEqual(["note_subscriptionModel", "note_subscriptionRising", "note_subscriptionProjected", "note_subscriptionUnbounded"]);
    expect(report.currency).toBeUndefined();
  });

  it("gives α and β with standard errors to three decimals, and 'unbounded' for a new customer's further periods when α ≤ 1", () => {
    const report = buildSubscriptionReport(analyzeSubscriptions(cohorts, { projectPeriods: 5, discountRate: 0.1 }, "recency"));
    const regular = figures(report.sheets[0].tables[3]);
    expect(regular.subscriptionCustomers).toEqual([1000, "integer"]);
    expect(regular.cancelledCustomers).toEqual([759, "integer"]);
    expect(regular.periodsObserved).toEqual([7, "integer"]);
    expect(regular.sbgAlpha[1]).toBe("parameter");
    expect(Math.abs((regular.sbgAlpha[0] as number) - 0.704)).toBeLessThan(0.0005);
    expect(Math.abs((regular.sbgBeta[0] as number) - 1.182)).toBeLessThan(0.0005);
    expect(regular.sbgAlphaStandardError[0]).toBeGreaterThan(0);
    expect(regular.expectedRemainingPeriods).toEqual(["unbounded", "label"]);
    expect(regular.activeCustomersValue).toBeUndefined();
  });

  it("marks each row of the survival table as in the data or projected, model columns beside the observed", () => {
    const report = buildSubscriptionReport(analyzeSubscriptions(cohorts, { projectPeriods: 3, discountRate: 0.1 }, "recency"));
    const table = report.sheets[0].tables[4];
    expect(table.columns.map((column) => [column.key, column.format])).toEqual([
      ["period", "integer"],
      ["basis", "label"],
      ["stillActiveCustomers", "integer"],
      ["observedSurvival", "percent"],
      ["modelSurvival", "percent"],
      ["observedRetention", "percent"],
      ["modelRetention", "percent"],
    ]);
    expect(table.rows.map((row) => row[1])).toEqual([...Array(8).fill("observed"), "projected", "projected", "projected"]);
    expect(table.rows[1].slice(0, 4)).toEqual([1, "observed", 631, 0.631]);
    expect(table.rows[10].slice(0, 4)).toEqual([10, "projected", null, null]);
  });

  it("adds the value of future renewals by renewals made, and of the active customers, with a value per period, in the currency", () => {
    const report = buildSubscriptionReport(analyzeSubscriptions(cohorts, { projectPeriods: 5, discountRate: 0.1, valuePerPeriod: 100 }, "recency"), "DKK");
    const [sheet] = report.sheets;
    expect(sheet.tables.map((table) => table.id)).toContain("subscriptionValue_1");
    const value = sheet.tables.find((table) => table.id === "subscriptionValue_1")!;
    expect(value.columns.map((column) => column.key)).toEqual(["renewals", "activeWithRenewals", "renewalChance", "discountedRemainingPeriods", "residualValue"]);
    // High end after 7 renewals at 10 %: DERL 7.530, so 753 per customer at 100 a period; 491 such customers.
    expect(value.rows[7][0]).toBe(7);
    expect(value.rows[7][1]).toBe(491);
    expect(value.rows[7][4] as number).toBeCloseTo(753, 0);
    expect(figures(sheet.tables[1]).activeCustomersValue[1]).toBe("currency");
    expect(figures(sheet.tables[0]).valuePerPeriod).toEqual([100, "currency"]);
    expect(sheet.notes).toContain("note_subscriptionResidual");
    expect(report.currency).toBe("DKK");
  });

  it("shows a cohort the model refuses with its reason, its observed curve charted alone", () => {
    const report = buildSubscriptionReport(analyzeSubscriptions([{ name: "Pilot", data: sbgDataFromSurvivors(Float64Array.of(40, 40, 40)) }], { projectPeriods: 2, discountRate: 0.1, valuePerPeriod: 5 }, "x"));
    const [sheet] = report.sheets;
    expect(figures(sheet.tables[1]).subscriptionModel).toEqual(["refusal_noChurners", "label"]);
    expect(sheet.tables.map((table) => table.id)).toEqual(["subscriptionAssumptions", "subscriptionFit_1", "subscriptionSurvival_1"]);
    expect(sheet.charts[0].valueColumns).toEqual(["observedSurvival"]);
    expect(sheet.notes).toEqual(["note_subscriptionModel", "note_subscriptionRising", "note_subscriptionProjected", "note_subscriptionResidual"]);
  });
});
