import { analyzeCustomerTable } from "../../../src/core/analysis/analyzeCustomerTable";
import type { AnalysisSettings } from "../../../src/core/analysis/analyzeTransactions";
import { readPurchaseData } from "../../../src/core/read/readPurchaseData";
import { buildReport } from "../../../src/core/report/buildReport";
import { CustomerTableError } from "../../../src/core/summary/customerTableError";
import { renderCustomerTableError } from "../../../src/i18n/customerTableMessages";
import { cdnowCalibrationEnd, cdnowCustomerTableRows } from "../summary/cdnowCustomerTable";
import { standardSettings } from "../../support/analysisSettings";

/**
 * The engine on the CDNOW sample given as a per-customer table (one row per customer: purchase days, first and
 * last purchase, average amount; see cdnowCustomerTable.ts), calibration end 1997-09-30 as in Fader, Hardie & Lee
 * (2005): the BG/NBD needs only x, t_x and T, so the published fit must come out of a table as out of the log.
 */
const settings: AnalysisSettings = { ...standardSettings, observationEndDay: cdnowCalibrationEnd };

const data = readPurchaseData(cdnowCustomerTableRows());
if (data.layout !== "customerTable") throw new Error("the CDNOW table must be read as a per-customer table");
const analysis = analyzeCustomerTable(data.table, settings);

describe("analyzeCustomerTable on the CDNOW per-customer table", () => {
  it("fits the published BG/NBD (test/fixtures/README.md: r 0.2426, α 4.4135, a 0.7929, b 2.4258, LL −9582.43)", () => {
    const { bgnbd, gammaGamma } = analysis.value;
    if (!bgnbd.ok) throw new Error("the CDNOW BG/NBD fit must succeed");
    expect(bgnbd.fit.parameters.r).toBeCloseTo(0.2426, 3);
    expect(bgnbd.fit.parameters.alpha).toBeCloseTo(4.4135, 2);
    expect(bgnbd.fit.parameters.a).toBeCloseTo(0.7929, 3);
    expect(bgnbd.fit.parameters.b).toBeCloseTo(2.4258, 2);
    expect(bgnbd.fit.logLikelihood).toBeCloseTo(-9582.43, 1);
    // The spend model sees the average of all purchases (first included), so it is fitted but not FHL's p, q, v.
    expect(gammaGamma.ok).toBe(true);
  });

  it("values and segments every customer, with the log's KPIs and no holdout", () => {
    expect(analysis.kpis).toMatchObject({ customers: 2357, repeatCustomers: 946 });
    expect(analysis.holdout).toBeUndefined();
    const { clv, clvLow, clvHigh, probabilityAlive } = analysis.predictions;
    let total = 0;
    for (let i = 0; i < clv.length; i += 1) {
      expect(Number.isFinite(clv[i])).toBe(true);
      expect(clvLow[i]).toBeLessThanOrEqual(clvHigh[i]);
      expect(probabilityAlive[i]).toBeGreaterThan(0);
      expect(probabilityAlive[i]).toBeLessThanOrEqual(1);
      total += clv[i];
    }
    expect(analysis.value.customerEquity.value).toBeCloseTo(total, 6);
    expect(analysis.segmentFigures.reduce((sum, figures) => sum + figures.customers, 0)).toBe(2357);
  });

  it("gives a report buildReport can lay out: four sheets, one customer row each, finite numbers", () => {
    const report = buildReport(analysis);
    expect(report.sheets.map((sheet) => sheet.id)).toEqual(["overview", "segments", "customers", "segmentRules"]);
    for (const sheet of report.sheets) {
      for (const table of sheet.tables) {
        for (const row of table.rows) {
          expect(row).toHaveLength(table.columns.length);
          for (const value of row) if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
        }
      }
    }
    expect(report.sheets[2].tables[0].rows).toHaveLength(2357);
    const headline = report.sheets[0].tables.find((table) => table.id === "headline")!;
    expect(headline.rows.find((row) => row[0] === "customers")![1]).toBe(2357);
    expect(report.sheets[0].tables.some((table) => table.id === "holdout")).toBe(false);
  });
});

describe("analyzeCustomerTable on a table lacking facts", () => {
  const lacking = readPurchaseData([["Kundenavn", "Købsbeløb", "Antal køb"], ["Anna", 500, 2], ["Bo", 100, 1]]);
  if (lacking.layout !== "customerTable") throw new Error("expected a per-customer table");

  it("throws a CustomerTableError the pane words in en, da and sv", () => {
    let error: unknown;
    try {
      analyzeCustomerTable(lacking.table, settings);
    } catch (thrown) {
      error = thrown;
    }
    if (!(error instanceof CustomerTableError)) throw new Error("expected a CustomerTableError");
    expect(error.params).toEqual({ support: { analysis: "predictiveClv", supported: false, missing: ["firstPurchase", "lastPurchase"] } });
    expect(renderCustomerTableError(error, "en")).toBe(
      "The table has no first or last purchase dates, so recency cannot be computed; Predictive CLV needs a transaction log or numbers of purchases, first and last purchase dates and amounts. " +
        "Choose or add columns with the first and last purchase dates, or use a transaction log (one row per purchase).",
    );
    expect(renderCustomerTableError(error, "da")).toMatch(/^Tabellen har ingen datoer for første eller seneste køb, så recency/);
    expect(renderCustomerTableError(error, "sv")).toMatch(/^Tabellen har inga datum för första eller senaste köp, så recency/);
  });
});
