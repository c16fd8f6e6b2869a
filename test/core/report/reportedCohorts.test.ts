import { analyzeTransactions } from "../../../src/core/analysis/analyzeTransactions";
import { buildReport } from "../../../src/core/report/buildReport";
import { reportedCohorts } from "../../../src/core/report/reportedCohorts";
import { daysFromCivil } from "../../../src/core/read/civilDate";
import { cdnowLog } from "../summary/cdnowLog";
import { standardSettings } from "../../support/analysisSettings";

describe("reportedCohorts", () => {
  const log = cdnowLog();

  it("reads the Cohorts sheet back by cohort, observed and projected apart", () => {
    const analysis = analyzeTransactions(log, { ...standardSettings, observationEndDay: daysFromCivil(1997, 12, 31) });
    const read = reportedCohorts(buildReport(analysis));
    expect(read?.period).toBe("month");
    expect(read?.amounts).toBe("revenue");
    expect(read?.projectedBy).toBe(analysis.value.modelChoice.chosen);
    const [january] = read!.cohorts;
    // CDNOW: 781 customers first bought in January 1997, 124 of them bought again in February (periodRetention's
    // retained customers of 1997-02: everyone active in January was won in January).
    expect(january.cohort).toBe("1997-01");
    expect(january.customers).toBe(781);
    expect(january.observed.activeRate[1]).toBeCloseTo(124 / 781, 12);
    expect(january.observed.activeRate).toHaveLength(12);
    expect(january.observed.activeCustomers[1]).toBe(124);
    expect(january.lastPeriodIncomplete).toBe(false);
    const projection = analysis.cohorts!.projection!;
    expect(january.projected?.activeCustomers).toEqual(Array.from(projection.active[0]));
    expect(january.projected?.activeRate).toHaveLength(12);
    expect(read!.cohorts.map((cohort) => cohort.observed.activeRate.length)).toEqual([12, 11, 10]);
    // All cohorts pooled: 2,357 customers; period 11 only January's cohort is observed whole (December 1997).
    expect(read?.allCohorts.customers).toBe(2357);
    expect(read?.allCohorts.activeRate[11]).toBeCloseTo(january.observed.activeRate[11]!, 12);
    expect(read?.allCohorts.activeRate[12]).toBeNull();
  });

  it("flags the period counted so far, reads the margin, and is null without a Cohorts sheet", () => {
    const analysis = analyzeTransactions(log, { ...standardSettings, observationEndDay: daysFromCivil(1997, 12, 15), grossMargin: 0.5 });
    const read = reportedCohorts(buildReport(analysis));
    expect(read?.amounts).toBe("margin");
    expect(read?.cohorts.every((cohort) => cohort.lastPeriodIncomplete)).toBe(true);
    const report = buildReport(analysis);
    expect(reportedCohorts({ ...report, sheets: report.sheets.filter((sheet) => sheet.id !== "cohorts") })).toBeNull();
  });
});
