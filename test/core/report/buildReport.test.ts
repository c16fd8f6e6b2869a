import { analyzeTransactions } from "../../../src/core/analysis/analyzeTransactions";
import { cdnowLog, dayNumber } from "../summary/cdnowLog";
import { standardSettings } from "../../support/analysisSettings";
import { buildReport } from "../../../src/core/report/buildReport";
import type { ReportTable } from "../../../src/core/report/reportModel";
import { reportTable } from "../../../src/core/report/reportReader";
import { cdnowAnalysis, customerAverageAnalysis, fewCustomersAnalysis, unconvergedAnalysis } from "./sampleAnalyses";

/** A figure table's rows with each value's format: [name, value, format]. */
function figureRows(table: ReportTable) {
  return table.rows.map((row, i) => [...row, table.rowFormats?.[i]]);
}

describe("buildReport: the Overview", () => {
  const report = buildReport(cdnowAnalysis);

  it("holds the key figures, assumptions, retention by month, model parameters, model fit and spend independence check, in that order", () => {
    expect(report.sheets[0].tables.map((table) => table.id)).toEqual([
      "headline",
      "assumptions",
      "retentionAverage",
      "retentionByMonth",
      "modelParameters",
      "modelFit",
      "modelComparison",
      "spendIndependence",
      "glossary",
    ]);
  });

  it("leads with the summary in words: the estimate with its range, the model check, the two segments worth most, the counts", () => {
    // The wizard's run on CDNOW: data to 1998-06-30, the model checked on the 9 months after 1997-09-30.
    const withHoldout = analyzeTransactions(cdnowLog(), { ...standardSettings, calibrationEndDay: dayNumber(1997, 9, 30) });
    const lead = buildReport(withHoldout).sheets[0].lead ?? [];
    expect(lead.map((sentence) => sentence.key)).toEqual(["lead_estimateModel", "lead_holdout", "lead_attention", "lead_counts"]);
    const equity = withHoldout.value.customerEquity;
    if (!("low" in equity) || !withHoldout.holdout?.ok) throw new Error("expected the model and a holdout check");
    expect(lead[0].values).toMatchObject({ equity: { value: equity.value }, low: { value: equity.low }, high: { value: equity.high } });
    // Calibration to 1997-09-30, end 1998-06-30: 273 days = 9 months; the totals as the holdout table has them.
    expect(lead[1].values).toEqual({
      months: { value: 9, format: "integer" },
      predicted: { value: withHoldout.holdout.report.predictedTotal, format: "integer" },
      actual: { value: withHoldout.holdout.report.actualTotal, format: "integer" },
    });
    // The two segments with the largest total CLV, in that order: the Segments sheet's first two rows.
    const segmentRows = reportTable(buildReport(withHoldout), "segments").rows;
    expect(lead[2].values).toMatchObject({ first: { label: segmentRows[0][0] }, second: { label: segmentRows[1][0] } });
    const totals = segmentRows.map((row) => row[8] as number);
    for (let i = 1; i < totals.length; i += 1) expect(totals[i]).toBeLessThanOrEqual(totals[i - 1]);
    expect(lead[3].values).toEqual({ customers: { value: 2357, format: "integer" }, purchases: { value: withHoldout.kpis.purchases, format: "integer" } });
  });

  it("counts the repeat customers among the key figures", () => {
    expect(figureRows(reportTable(report, "headline"))).toContainEqual(["repeatCustomers", 946, "integer"]);
  });

  it("keeps parameters and log-likelihoods in the model parameters table, and the fit's course in the model fit table", () => {
    const parameters = reportTable(report, "modelParameters");
    expect(parameters.rows.map((row) => `${row[0]}.${row[1]}`)).toEqual([
      "bgnbd.r",
      "bgnbd.alpha",
      "bgnbd.a",
      "bgnbd.b",
      "bgnbd.logLikelihood",
      "gammaGamma.p",
      "gammaGamma.q",
      "gammaGamma.v",
      "gammaGamma.logLikelihood",
    ]);
    const { purchase: bgnbd, gammaGamma } = cdnowAnalysis.value;
    if (!bgnbd.ok || !gammaGamma.ok) throw new Error("both models fit the CDNOW sample");
    const fitted = (model: string, convergence: typeof bgnbd.fit.convergence) => [
      [model, "fitStatus", "fitted", "label"],
      [model, "converged", "yes", "label"],
      [model, "iterations", convergence.iterations, "integer"],
      [model, "evaluations", convergence.evaluations, "integer"],
      [model, "gradientNorm", convergence.gradientNorm, "scientific"],
      [model, "stopReason", `stopReason_${convergence.stopReason}`, "label"],
    ];
    const fit = reportTable(report, "modelFit");
    expect(fit.columns).toEqual([
      { key: "model", format: "label" },
      { key: "figure", format: "label" },
      { key: "value", format: "decimal" },
    ]);
    expect(figureRows(fit)).toEqual([...fitted("bgnbd", bgnbd.fit.convergence), ...fitted("gammaGamma", gammaGamma.fit.convergence)]);
  });

  it("states the spend independence check: repeat buyers with spend, correlation, whether independence is questionable", () => {
    expect(figureRows(reportTable(report, "spendIndependence"))).toEqual([
      ["repeatBuyersWithSpend", 946, "integer"],
      ["spendCorrelation", cdnowAnalysis.value.spendIndependence.correlation, "decimal"],
      ["spendIndependenceQuestionable", "no", "label"],
    ]);
    const questionable = buildReport(unconvergedAnalysis({ repeatBuyers: 2, correlation: null, questionable: true }));
    expect(figureRows(reportTable(questionable, "spendIndependence"))).toEqual([
      ["repeatBuyersWithSpend", 2, "integer"],
      ["spendCorrelation", null, "decimal"],
      ["spendIndependenceQuestionable", "yes", "label"],
    ]);
  });
});

describe("buildReport: retention by month", () => {
  it("has a row per month of the analysis' retention, and its average as figures (CDNOW to 1997-09-30)", () => {
    const report = buildReport(cdnowAnalysis);
    const retention = cdnowAnalysis.retention!;
    const byMonth = reportTable(report, "retentionByMonth");
    expect(byMonth.columns.map((column) => [column.key, column.format])).toEqual([
      ["month", "text"],
      ["activeCustomers", "integer"],
      ["newInMonth", "integer"],
      ["retainedCustomers", "integer"],
      ["monthlyRetentionRate", "percent"],
      ["monthlyChurnRate", "percent"],
      ["monthNote", "label"],
    ]);
    expect(byMonth.rows.map((row) => row[0])).toEqual(["1997-01", "1997-02", "1997-03", "1997-04", "1997-05", "1997-06", "1997-07", "1997-08", "1997-09"]);
    expect(byMonth.rows).toEqual(retention.months.map((m, i) => [byMonth.rows[i][0], m.active, m.newCustomers, m.retained, m.retentionRate, m.churnRate, null]));
    expect(figureRows(reportTable(report, "retentionAverage"))).toEqual([
      ["averageMonthlyRetentionRate", retention.averageRetentionRate, "percent"],
      ["averageMonthlyChurnRate", retention.averageChurnRate, "percent"],
    ]);
  });

  it("marks the incomplete last month and shows an empty rate where there is none (three customers, data to 1 April 2024)", () => {
    const report = buildReport(fewCustomersAnalysis);
    // January: A new. February: B new, A away (0 of 1 kept). March: A back, B away (0 of 1). April 1: C new, A away.
    expect(reportTable(report, "retentionByMonth").rows).toEqual([
      ["2024-01", 1, 1, 0, null, null, null],
      ["2024-02", 1, 1, 0, 0, 1, null],
      ["2024-03", 1, 0, 0, 0, 1, null],
      ["2024-04", 1, 1, 0, 0, 1, "incompleteMonth"],
    ]);
    expect(figureRows(reportTable(report, "retentionAverage"))).toEqual([
      ["averageMonthlyRetentionRate", 0, "percent"],
      ["averageMonthlyChurnRate", 1, "percent"],
    ]);
  });

  it("explains the rates in the glossary, and has neither tables nor terms without a log's retention (a per-customer table)", () => {
    const terms = (analysis: typeof cdnowAnalysis) => reportTable(buildReport(analysis), "glossary").rows.map((row) => row[0]);
    expect(terms(cdnowAnalysis)).toEqual(expect.arrayContaining(["term_monthlyRetention", "term_monthlyChurn"]));
    const withoutRetention = { ...cdnowAnalysis, retention: undefined };
    expect(terms(withoutRetention)).not.toContain("term_monthlyRetention");
    const ids = buildReport(withoutRetention).sheets[0].tables.map((table) => table.id);
    expect(ids).not.toContain("retentionByMonth");
    expect(ids).not.toContain("retentionAverage");
  });
});

describe("buildReport: models that could not be fitted", () => {
  it("gives each unfitted model its reason as a status and the reason's numbers as figures", () => {
    expect(figureRows(reportTable(buildReport(fewCustomersAnalysis), "modelFit"))).toEqual([
      ["bgnbd", "fitStatus", "reason_tooFewCustomers", "label"],
      ["bgnbd", "customers", 3, "integer"],
      ["bgnbd", "minimum", 30, "integer"],
      // The simple formula takes each customer's own amounts: no spend model is fitted beside it.
      ["gammaGamma", "fitStatus", "reason_withoutPurchaseModel", "label"],
    ]);
    expect(reportTable(buildReport(fewCustomersAnalysis), "modelParameters").rows).toEqual([]);
  });

  it("words a stop reason as a label and shows the gradient in scientific notation (it is often ~1e-9)", () => {
    expect(figureRows(reportTable(buildReport(unconvergedAnalysis()), "modelFit")).slice(0, 4)).toEqual([
      ["bgnbd", "fitStatus", "reason_notConverged", "label"],
      ["bgnbd", "stopReason", "stopReason_iterationLimit", "label"],
      ["bgnbd", "iterations", 200, "integer"],
      ["bgnbd", "gradientNorm", 0.25, "scientific"],
    ]);
  });

  it("keeps a fitted BG/NBD beside an unfitted Gamma-Gamma", () => {
    const fit = reportTable(buildReport(customerAverageAnalysis), "modelFit");
    expect(fit.rows.filter((row) => row[1] === "fitStatus")).toEqual([
      ["bgnbd", "fitStatus", "fitted"],
      ["gammaGamma", "fitStatus", "reason_tooFewRepeatBuyersWithSpend"],
    ]);
  });
});

describe("buildReport without the per-customer rows", () => {
  it("leaves out only the Customers sheet: every other sheet is the same", () => {
    const full = buildReport(cdnowAnalysis);
    const totals = buildReport(cdnowAnalysis, { customerRows: false });
    expect(totals.sheets.map((sheet) => sheet.id)).toEqual(full.sheets.map((sheet) => sheet.id).filter((id) => id !== "customers"));
    expect(totals.sheets).toEqual(full.sheets.filter((sheet) => sheet.id !== "customers"));
  });
});
