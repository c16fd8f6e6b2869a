import { outputText } from "../../src/cli/outputText";
import * as fs from "node:fs";
import { runAnalyzeCommand, type CommandIo } from "../../src/cli/analyzeCommand";
import { cohortLines, LISTED_COHORTS } from "../../src/cli/cohortText";
import { analyzeTransactions } from "../../src/core/analysis/analyzeTransactions";
import { buildReport } from "../../src/core/report/buildReport";
import { daysFromCivil } from "../../src/core/read/civilDate";
import { simulateTransactionLog } from "../../src/core/simulate/simulateTransactionLog";
import { cdnowLog } from "../core/summary/cdnowLog";
import { standardSettings } from "../support/analysisSettings";
import { fixturePath } from "../support/fixtures";

describe("cohortLines", () => {
  const log = cdnowLog();

  it("shows each cohort's active share and revenue per customer at 1, 3, 6 and 12 months, projected ones marked ≈", () => {
    const analysis = analyzeTransactions(log, { ...standardSettings, observationEndDay: daysFromCivil(1997, 12, 31) });
    const lines = cohortLines(buildReport(analysis), "en");
    expect(lines[0]).toMatch(/^Cohorts by month of the first purchase: .*1, 3, 6, 12 months.*revenue.*≈ projected by (BG|MBG|Pareto)\/NBD/);
    const [header, january, february, march] = lines[1].split("\n");
    expect(header.split(/\s{2,}/)).toEqual(["Cohort", "Customers", "Active m1", "Active m3", "Active m6", "Active m12", "Rev. m1", "Rev. m3", "Rev. m6", "Rev. m12"]);
    // 124 of January's 781 customers bought in February (15.9 %); month 12 (January 1998) is after the data: projected.
    const cells = january.split(/\s{2,}/);
    expect(cells.slice(0, 3)).toEqual(["1997-01", "781", "15.9 %"]);
    expect(cells[5]).toMatch(/^≈ \d+\.\d %$/);
    expect(cells[9]).toMatch(/^≈ \d+\.\d\d$/);
    expect(february.split(/\s{2,}/)[5]).toMatch(/^≈ /);
    expect(march.startsWith("1997-03")).toBe(true);
    expect(lines).toHaveLength(2);
    // All cohorts: 2,357 customers; in month 1 every cohort is observed, so the pooled share is the customers-weighted one.
    const all = lines[1].split("\n")[4].split(/\s{2,}/);
    const cohorts = analysis.cohorts!.table.cohorts;
    const pooled = cohorts.reduce((sum, cohort) => sum + cohort.active[1], 0) / 2357;
    expect(all.slice(0, 3)).toEqual(["All cohorts", "2357", `${(100 * pooled).toFixed(1)} %`]);
  });

  it("marks the month counted so far with *, words Danish, and counts the cohorts it leaves out", () => {
    const analysis = analyzeTransactions(log, { ...standardSettings, observationEndDay: daysFromCivil(1997, 4, 15) });
    const danish = cohortLines(buildReport(analysis), "da");
    expect(danish[0]).toMatch(/^Kohorter efter måned for første køb/);
    // The data end on 15 April: the March cohort's month 1 is April, counted so far.
    const march = danish[1].split("\n")[3].split(/\s{2,}/);
    expect(march[0]).toBe("1997-03");
    expect(march[2]).toMatch(/^\d+,\d %\*$/);

    const many = simulateTransactionLog(
      { bgnbd: { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, gammaGamma: { p: 6, q: 3.8, v: 15 } },
      { customers: 3000, seed: 2, cohortStartDay: daysFromCivil(2023, 1, 2), cohortDays: 210, endDay: daysFromCivil(2023, 12, 31) },
    );
    const weekly = cohortLines(buildReport(analyzeTransactions(many, { ...standardSettings, cohortPeriod: "week" })), "en");
    // The header, the latest cohorts, and the all-cohorts row (every cohort pooled, also those not listed).
    expect(weekly[1].split("\n")).toHaveLength(1 + LISTED_COHORTS + 1);
    expect(weekly[1].split("\n").at(-1)).toMatch(/^All cohorts +3000 /);
    expect(weekly[1].split("\n")[0]).toContain("Active w13");
    expect(weekly[2]).toBe("… and 6 earlier cohorts: all are in --json and on the Cohorts sheet.");
  });
});

describe("kundevaerdi analyze --cohorts", () => {
  function run(argv: string[]) {
    let stdout = "";
    const io: CommandIo = { readFile: (file) => fs.readFileSync(file), stdout: (output) => (stdout += outputText([output])), stderr: () => undefined };
    expect(runAnalyzeCommand(argv, io, "en")).toBe(0);
    return stdout;
  }

  it("prints the cohorts by the period asked, in the JSON and the text", () => {
    const json = JSON.parse(run(["analyze", fixturePath("cdnowElog.csv"), "--customer", "sampleid", "--as-of", "1997-09-30", "--cohorts", "quarter", "--json"]));
    expect(json.cohorts.period).toBe("quarter");
    expect(json.cohorts.cohorts.map((cohort: { cohort: string; customers: number }) => [cohort.cohort, cohort.customers])).toEqual([["1997-Q1", 2357]]);
    // Quarter 0 is 1997-Q1 (everyone), 1 is Q2, 2 is Q3 (ends on 30 September: complete); Q3 1998's quarters up to the 12-month horizon are projected.
    expect(json.cohorts.cohorts[0].observed.activeRate[0]).toBe(1);
    expect(json.cohorts.cohorts[0].observed.activeRate).toHaveLength(3);
    expect(json.cohorts.cohorts[0].projected.activeRate).toHaveLength(4);
    expect(json.cohorts.projectedBy).toBe(json.purchaseModel.used);
    const text = run(["analyze", fixturePath("cdnowElog.csv"), "--customer", "sampleid", "--cohorts", "week"]);
    expect(text).toContain("Cohorts by week of the first purchase");
    expect(text).toMatch(/\n1997-W13 +\d+ /);
  });
});
