import { analysisStages, analyzeTransactions } from "../../../src/core/analysis/analyzeTransactions";
import { buildReport } from "../../../src/core/report/buildReport";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { periodRetention } from "../../../src/core/summary/periodRetention";
import { cdnowLog, dayNumber } from "../summary/cdnowLog";
import { cdnowCalibrationSettings } from "../../support/analysisSettings";

/**
 * The whole engine on the CDNOW sample (test/fixtures/cdnowElog.csv), calibration to 1997-09-30 as in
 * Fader, Hardie & Lee (2005): the published BG/NBD and Gamma-Gamma fits must come out of the pipeline,
 * not only out of the model functions.
 */
const settings = cdnowCalibrationSettings;

const log = cdnowLog();
const analysis = analyzeTransactions(log, { ...settings });

describe("analyzeTransactions on CDNOW (calibration period to 1997-09-30)", () => {
  it("fits the published BG/NBD and Gamma-Gamma parameters (test/fixtures/README.md: r 0.2426, α 4.4135, a 0.7929, b 2.4258, LL −9582.43; p 6.2488, q 3.7446, v 15.4477)", () => {
    const { purchase: bgnbd, gammaGamma } = analysis.value;
    // Auto keeps the BG/NBD on CDNOW: the MBG/NBD leads by 0.3 in log-likelihood only (LIKELIHOOD_EVIDENCE).
    if (!bgnbd.ok || bgnbd.fit.name !== "bgnbd" || !gammaGamma.ok) throw new Error("the CDNOW fits must succeed with the BG/NBD");
    expect(analysis.value.modelChoice.by).toBe("tie");
    expect(bgnbd.fit.parameters.r).toBeCloseTo(0.2426, 3);
    expect(bgnbd.fit.parameters.alpha).toBeCloseTo(4.4135, 2);
    expect(bgnbd.fit.parameters.a).toBeCloseTo(0.7929, 3);
    expect(bgnbd.fit.parameters.b).toBeCloseTo(2.4258, 2);
    expect(bgnbd.fit.logLikelihood).toBeCloseTo(-9582.43, 1);
    expect(gammaGamma.fit.parameters.p).toBeCloseTo(6.2488, 2);
    expect(gammaGamma.fit.parameters.q).toBeCloseTo(3.7446, 2);
    expect(gammaGamma.fit.parameters.v).toBeCloseTo(15.4477, 1);
  });

  it("values every customer: finite CLV inside its interval, P(alive) a probability; equity is the sum", () => {
    const { clv, clvLow, clvHigh, probabilityAlive } = analysis.predictions;
    expect(analysis.kpis.customers).toBe(2357);
    let total = 0;
    for (let i = 0; i < clv.length; i += 1) {
      expect(Number.isFinite(clv[i])).toBe(true);
      expect(clvLow[i]).toBeLessThanOrEqual(clvHigh[i]);
      expect(probabilityAlive[i]).toBeGreaterThan(0);
      expect(probabilityAlive[i]).toBeLessThanOrEqual(1);
      total += clv[i];
    }
    const equity = analysis.value.customerEquity;
    expect(equity.value).toBeCloseTo(total, 6);
    if (!("low" in equity)) throw new Error("the model method gives an equity interval");
    expect(equity.low).toBeLessThan(equity.value);
    expect(equity.high).toBeGreaterThan(equity.value);
  });

  it("puts every customer in exactly one segment, and the segment figures add up to the whole", () => {
    const customers = analysis.segmentFigures.reduce((sum, figures) => sum + figures.customers, 0);
    const clv = analysis.segmentFigures.reduce((sum, figures) => sum + (figures.totalClv ?? 0), 0);
    expect(customers).toBe(2357);
    expect(clv).toBeCloseTo(analysis.value.customerEquity.existingCustomersValue, 6);
  });

  it("uses the value tiers when asked", () => {
    const tiers = analyzeTransactions(log, { ...settings, segmentScheme: "valueTiers" });
    expect(tiers.segmentFigures.map((figures) => figures.segment)).toEqual(["loyalCustomers", "potentialBigSpenders", "oneTimeBuyers", "otherCustomers"]);
    // Customers with x = 0 in the calibration period: 2,357 − 946 repeaters (test/fixtures/README.md). The tiers
    // are checked in order, so a one-time buyer with a top-quintile order value is a potential big spender instead.
    const oneTime = tiers.segments.segments.indexOf("oneTimeBuyers");
    const bigSpender = tiers.segments.segments.indexOf("potentialBigSpenders");
    let oneTimeOrBigSpender = 0;
    for (let i = 0; i < tiers.summary.frequency.length; i += 1) {
      if (tiers.segments.code[i] === oneTime) expect(tiers.summary.frequency[i]).toBe(0);
      if (tiers.summary.frequency[i] === 0) {
        expect([oneTime, bigSpender]).toContain(tiers.segments.code[i]);
        oneTimeOrBigSpender += 1;
      }
    }
    expect(oneTimeOrBigSpender).toBe(2357 - 946);
  });

  it("checks the model on a holdout: FHL 2005 calibrate to 1997-09-30 and predict the next 39 weeks", () => {
    const withHoldout = analyzeTransactions(log, { ...settings, observationEndDay: dayNumber(1998, 6, 30), calibrationEndDay: dayNumber(1997, 9, 30) });
    if (!withHoldout.holdout?.ok) throw new Error("the holdout fit must succeed");
    const { report } = withHoldout.holdout;
    // Actual holdout repeat purchases, counted straight from the log: distinct customer-days after 1997-09-30.
    const calibrationEnd = dayNumber(1997, 9, 30);
    const holdoutDays = new Set<string>();
    for (let i = 0; i < log.length; i += 1) if (log.day[i] > calibrationEnd) holdoutDays.add(`${log.customer[i]}:${log.day[i]}`);
    expect(report.customers).toBe(2357);
    expect(report.actualTotal).toBe(holdoutDays.size);
    // Predicted 1,653 vs actual 1,882 (our figures, not published ones): the BG/NBD under-forecasts this holdout
    // total, and the by-group means in report.groups show where (1–2 calibration purchases). The bound keeps it there.
    expect(Math.abs(report.relativeError!)).toBeLessThan(0.15);
  });
});

describe("analyzeTransactions' monthly retention", () => {
  it("is periodRetention of the log up to the summary's observation end (1997-09-30: January–September 1997)", () => {
    expect(analysis.retention).toEqual(periodRetention(log, { observationEndDay: settings.observationEndDay }));
    expect(analysis.retention?.months.map((month) => `${month.year}-${month.month}`)).toEqual(["1997-1", "1997-2", "1997-3", "1997-4", "1997-5", "1997-6", "1997-7", "1997-8", "1997-9"]);
  });

  it("ends at the last day in the log when no observation end is given", () => {
    const toLastDay = analyzeTransactions(log, { ...settings, observationEndDay: undefined });
    expect(toLastDay.retention?.months.at(-1)).toMatchObject({ year: 1998, month: 6, complete: true });
  });
});

describe("analysisStages", () => {
  it("is every stage of analyzeTransactions after the summary: the same analysis on the log's summary, without a holdout or the log's monthly retention and cohorts", () => {
    const summary = summarizeCustomers(log, { timeUnit: settings.timeUnit, observationEndDay: settings.observationEndDay });
    const staged = analysisStages(summary, settings);
    expect("holdout" in staged).toBe(false);
    expect("retention" in staged).toBe(false);
    expect("cohorts" in staged).toBe(false);
    expect({ ...staged, holdout: undefined, retention: analysis.retention, cohorts: analysis.cohorts }).toEqual(analysis);
    // The published BG/NBD fit (r 0.2426) came through the stages, and every customer has a segment.
    expect(staged.value.purchase.ok && staged.value.purchase.fit.parameters.r).toBeCloseTo(0.2426, 3);
    expect(staged.segments.code).toHaveLength(2357);
  });
});

describe("buildReport", () => {
  const report = buildReport(analysis);

  it("has the five sheets (the Cohorts sheet last), a customers table with one row per customer and consistent columns", () => {
    expect(report.sheets.map((sheet) => sheet.id)).toEqual(["overview", "segments", "customers", "segmentRules", "cohorts"]);
    for (const sheet of report.sheets) {
      for (const table of sheet.tables) {
        for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
        for (const row of table.rows) for (const value of row) if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
      }
      for (const chart of sheet.charts) {
        const table = sheet.tables.find((candidate) => candidate.id === chart.table)!;
        const keys = table.columns.map((column) => column.key);
        expect(keys).toContain(chart.categoryColumn);
        for (const column of chart.valueColumns) expect(keys).toContain(column);
      }
    }
    const customers = report.sheets[2].tables[0];
    expect(customers.rows).toHaveLength(2357);
  });

  it("reports the headline figures the engine computed", () => {
    const headline = report.sheets[0].tables.find((table) => table.id === "headline")!;
    const figure = (name: string) => headline.rows.find((row) => row[0] === name)![1];
    expect(figure("customers")).toBe(2357);
    expect(figure("customerEquity")).toBeCloseTo(analysis.value.customerEquity.value, 6);
    // CDNOW calibration-period revenue (purchases up to 1997-09-30) equals the summary's revenue total.
    expect(figure("revenue")).toBeCloseTo(analysis.kpis.revenue, 6);
    expect(headline.rowFormats).toHaveLength(headline.rows.length);
  });
});
