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

  it("holds the key figures, assumptions, model parameters, model fit and spend independence check, in that order", () => {
    expect(report.sheets[0].tables.map((table) => table.id)).toEqual(["headline", "assumptions", "modelParameters", "modelFit", "spendIndependence"]);
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
    const { bgnbd, gammaGamma } = cdnowAnalysis.value;
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
