import type { PurchaseAnalysis } from "../../../src/core/analysis/analyzeTransactions";
import { buildReport } from "../../../src/core/report/buildReport";
import type { ReportTable } from "../../../src/core/report/reportModel";
import { columnReader, figures, keySuffix, numberCell, optionalReportTable, reportedClvMethod, reportedFit, reportedPurchaseModel, reportedRetention, reportTable } from "../../../src/core/report/reportReader";
import { cdnowAnalysis, customerAverageAnalysis, fewCustomersAnalysis, unconvergedAnalysis } from "./sampleAnalyses";

const analyses: [string, PurchaseAnalysis][] = [
  ["CDNOW (both models fitted)", cdnowAnalysis],
  ["three customers (neither model fitted)", fewCustomersAnalysis],
  ["customer-average spend (Gamma-Gamma unavailable)", customerAverageAnalysis],
  ["BG/NBD not converged", unconvergedAnalysis()],
];

describe.each(analyses)("reading back the report of %s", (_name, analysis) => {
  const report = buildReport(analysis);

  it.each(["purchase", "gammaGamma"] as const)("gives the %s model's fit the analysis found: estimates and convergence, or the reason", (field) => {
    const outcome = analysis.value[field];
    const model = field === "gammaGamma" ? "gammaGamma" : reportedPurchaseModel(report);
    if (!outcome.ok) {
      expect(reportedFit(report, model)).toEqual({ ok: false, reason: outcome.reason });
      return;
    }
    const { parameters, logLikelihood, convergence } = outcome.fit;
    expect(reportedFit(report, model)).toEqual({ ok: true, estimates: { ...parameters, logLikelihood }, convergence });
  });

  it("gives the CLV method the analysis used", () => {
    expect(reportedClvMethod(report)).toEqual(analysis.value.method);
  });

  it("gives the retention by month the analysis found, the month as YYYY-MM", () => {
    const retention = analysis.retention!;
    expect(reportedRetention(report)).toEqual({
      averageRetentionRate: retention.averageRetentionRate,
      averageChurnRate: retention.averageChurnRate,
      months: retention.months.map(({ year, month, ...rest }) => ({ month: `${year}-${String(month).padStart(2, "0")}`, ...rest })),
    });
  });
});

describe("report reader", () => {
  const report = buildReport(fewCustomersAnalysis);
  const headline = reportTable(report, "headline");

  it("finds a table on any sheet by id, and names a missing one", () => {
    expect(reportTable(report, "customers").rows).toHaveLength(3);
    expect(() => reportTable(report, "noSuchTable")).toThrow('"noSuchTable"');
    expect(optionalReportTable(report, "customers")).toBe(reportTable(report, "customers"));
    expect(optionalReportTable(report, "noSuchTable")).toBeUndefined();
  });

  it("reads the incomplete last month as such, and no retention from a report without its tables (a per-customer table)", () => {
    expect(reportedRetention(report)?.months.map((month) => [month.month, month.complete])).toEqual([
      ["2024-01", true],
      ["2024-02", true],
      ["2024-03", true],
      ["2024-04", false],
    ]);
    expect(reportedRetention(buildReport({ ...fewCustomersAnalysis, retention: undefined }))).toBeNull();
  });

  it("reads a figure table's values by name, and names a missing figure", () => {
    expect(figures(headline)("customers")).toBe(3);
    expect(figures(headline)("customerEquityLow")).toBeNull();
    expect(() => figures(headline)("noSuchFigure")).toThrow('"noSuchFigure"');
  });

  it("reads figures named in another column, the value still in the last", () => {
    const fit = reportTable(report, "modelFit");
    const bgnbd: ReportTable = { ...fit, rows: fit.rows.filter((row) => row[0] === "bgnbd") };
    expect(figures(bgnbd, 1)("minimum")).toBe(30);
  });

  it("reads a row's cells by column key, and names a missing column", () => {
    const customers = reportTable(report, "customers");
    const cell = columnReader(customers);
    expect(customers.rows.map((row) => cell(row, "customer"))).toEqual(["A", "B", "C"]);
    expect(() => cell(customers.rows[0], "noSuchColumn")).toThrow('"noSuchColumn"');
  });

  it("takes a number cell as it is and refuses anything else", () => {
    expect(numberCell(2.5)).toBe(2.5);
    expect(() => numberCell(null)).toThrow("null");
    expect(() => numberCell("2.5")).toThrow('"2.5"');
  });

  it("takes the value out of a prefixed label key and refuses another key", () => {
    expect(keySuffix("timeUnit_week", "timeUnit_")).toBe("week");
    expect(() => keySuffix("scheme_rfm", "timeUnit_")).toThrow('"timeUnit_"');
    expect(() => keySuffix(null, "timeUnit_")).toThrow("null");
  });

  it("refuses a CLV method that its model fits contradict", () => {
    const contradicting = {
      sheets: report.sheets.map((sheet) => ({
        ...sheet,
        tables: sheet.tables.map((table) => (table.id === "headline" ? { ...table, rows: table.rows.map((row) => (row[0] === "clvMethod" ? ["clvMethod", "method_customerAverage"] : row)) } : table)),
      })),
    };
    expect(() => reportedClvMethod(contradicting)).toThrow('"method_customerAverage"');
  });
});
