import { analyzeCustomerTable } from "../../../src/core/analysis/analyzeCustomerTable";
import { analyzeTransactions, type AnalysisSettings, type PurchaseAnalysis } from "../../../src/core/analysis/analyzeTransactions";
import { readPurchaseData } from "../../../src/core/read/readPurchaseData";
import { buildReport, methodNotes } from "../../../src/core/report/buildReport";
import { reportTable } from "../../../src/core/report/reportReader";
import { CustomerTableError } from "../../../src/core/summary/customerTableError";
import { renderCustomerTableError } from "../../../src/i18n/customerTableMessages";
import { cdnowCalibrationEnd, cdnowCustomerTableRows } from "../summary/cdnowCustomerTable";
import { standardSettings } from "../../support/analysisSettings";
import { articleLogRows, articleTableRows, articleTableWithFirstPurchaseRows } from "../../support/articleCustomers";

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
    const { purchase: bgnbd, gammaGamma } = analysis.value;
    if (!bgnbd.ok || bgnbd.fit.name !== "bgnbd") throw new Error("the CDNOW BG/NBD fit must succeed");
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
  const undated = readPurchaseData([["Kundenavn", "Købsbeløb", "Antal køb"], ["Anna", 500, 2], ["Bo", 100, 1]]);
  const countsOnly = readPurchaseData([["Kundenavn", "Antal køb"], ["Anna", 2], ["Bo", 1]]);
  if (undated.layout !== "customerTable" || countsOnly.layout !== "customerTable") throw new Error("expected per-customer tables");
  const thrown = (run: () => unknown): CustomerTableError => {
    try {
      run();
    } catch (error) {
      if (error instanceof CustomerTableError) return error;
    }
    throw new Error("expected a CustomerTableError");
  };

  it("refuses the R×F segments without a last purchase date, in words the pane shows in en, da and sv", () => {
    const error = thrown(() => analyzeCustomerTable(undated.table, settings));
    expect(error.params).toEqual({ support: { analysis: "segments", supported: false, missing: ["lastPurchase"] } });
    expect(renderCustomerTableError(error, "en")).toMatch(/^The table has no last purchase dates, so recency cannot be computed; RFM segmentation needs/);
    expect(renderCustomerTableError(error, "da")).toMatch(/^Tabellen har ingen datoer for seneste køb/);
    expect(renderCustomerTableError(error, "sv")).toMatch(/^Tabellen har inga datum för senaste köp/);
  });

  it("values it by the simple CLV with the value tiers", () => {
    const analysis = analyzeCustomerTable(undated.table, { ...settings, segmentScheme: "valueTiers", customerLifetime: { kind: "years", years: 2 }, periodMonths: 6, annualDiscountRate: 0 });
    expect(analysis.value.method).toEqual({ kind: "simple", reason: { code: "noFirstPurchaseDates", model: "bgnbd" } });
    // Anna: 500 in half a year = 1,000 a year × 2 years × margin; Bo: 100 → 200 × 2.
    expect(Array.from(analysis.predictions.clv)).toEqual([2000 * settings.grossMargin, 400 * settings.grossMargin]);
  });

  it("needs an amount: a table of counts has no value to compute", () => {
    const error = thrown(() => analyzeCustomerTable(countsOnly.table, { ...settings, segmentScheme: "valueTiers" }));
    expect(error.params).toEqual({ support: { analysis: "simpleClv", supported: false, missing: ["amounts"] } });
    expect(renderCustomerTableError(error, "en")).toMatch(/^The table has no amounts, so spend cannot be computed/);
  });
});

/**
 * The founding article's export (`Kundenavn | Købsdato | Købsbeløb | Antal køb`, 40 customers of 2024; see
 * test/support/articleCustomers.ts), with and without the first purchase date, and as one row per purchase.
 */
describe("the article's table", () => {
  const simpleSettings: AnalysisSettings = {
    ...standardSettings,
    segmentScheme: "valueTiers",
    annualDiscountRate: 0.1,
    grossMargin: 1,
    newCustomers: 10,
    customerLifetime: { kind: "years", years: 3 },
    periodMonths: 12,
  };
  const perPurchase = readPurchaseData(articleTableRows("da"), { columns: { averageAmount: "Købsbeløb" } });
  if (perPurchase.layout !== "customerTable") throw new Error("expected a per-customer table");
  const analysis = analyzeCustomerTable(perPurchase.table, simpleSettings);
  const clvOf = (result: PurchaseAnalysis, name: string) => result.predictions.clv[result.summary.customerIds.indexOf(name)];

  it("gets the article's CLV: amount per purchase × purchases per year × lifetime, discounted yearly", () => {
    expect(analysis.value.method).toEqual({ kind: "simple", reason: { code: "noFirstPurchaseDates", model: "bgnbd" } });
    // Kunde A: 500 kr × 5 purchases in 12 months = 2,500 a year, over 3 years at 10 %: 2500/1.1 + 2500/1.1² + 2500/1.1³.
    expect(clvOf(analysis, "Kunde A")).toBeCloseTo(2500 / 1.1 + 2500 / 1.21 + 2500 / 1.331, 6);
    expect(clvOf(analysis, "Kunde B")).toBeCloseTo((374.53 * 6217.130) / 2500, 2);
    // Customer equity = average CLV × (existing + expected new customers), the article's formula.
    const clv = Array.from(analysis.predictions.clv);
    const average = clv.reduce((sum, value) => sum + value, 0) / 40;
    expect(analysis.value.customerEquity.value).toBeCloseTo(average * (40 + 10), 6);
    expect("low" in analysis.value.customerEquity).toBe(false);
  });

  it("says which method made the CLV and that the first purchase date would unlock the purchase model", () => {
    expect(methodNotes(analysis)).toEqual(["note_clvSimpleTable", "note_unlockFirstPurchase"]);
    const report = buildReport(analysis);
    const assumptions = reportTable(report, "assumptions").rows.map((row) => row[0]);
    expect(assumptions).toEqual(expect.arrayContaining(["customerLifetimeYears", "observedYears"]));
    expect(assumptions).not.toContain("horizonMonths");
    const columns = reportTable(report, "customers").columns.map((column) => column.key);
    expect(columns).toEqual(["customer", "lastPurchase", "purchases", "revenue", "averageOrderValue", "daysSinceLastPurchase", "rScore", "fScore", "mScore", "segment", "clv"]);
  });

  it("forms the seed's value tiers, with R×F segments possible from the last purchase date", () => {
    const tiers = new Set(analysis.segments.segments);
    expect(tiers).toEqual(new Set(["loyalCustomers", "potentialBigSpenders", "oneTimeBuyers", "otherCustomers"]));
    const tierOf = (name: string) => analysis.segments.segments[analysis.segments.code[analysis.summary.customerIds.indexOf(name)]];
    expect(tierOf("Kunde C")).toBe("potentialBigSpenders");
    expect(tierOf("Kunde B")).toBe("oneTimeBuyers");
    expect(analyzeCustomerTable(perPurchase.table, { ...simpleSettings, segmentScheme: "rfm" }).segmentFigures.length).toBe(10);
  });

  it("values the same customers alike from the full table and from the log, never a one-time buyer above a five-time buyer of more", () => {
    const full = readPurchaseData(articleTableWithFirstPurchaseRows("da"));
    const log = readPurchaseData(articleLogRows("da"));
    if (full.layout !== "customerTable" || log.layout !== "transactions") throw new Error("expected a table and a log");
    expect(log.diagnostics.rowsRead).toBe(186);
    const fromTable = analyzeCustomerTable(full.table, simpleSettings);
    const fromLog = analyzeTransactions(log.log, simpleSettings);
    // 40 customers: the purchase model's dropout parameter runs to 0 (the a = 0.0000152), so it is not used.
    expect(fromLog.value.method).toMatchObject({ kind: "simple", reason: { code: "degenerateFit", parameter: "a" } });
    expect(methodNotes(fromLog)).toEqual(["note_clvSimpleFallback"]);
    for (const name of fromLog.summary.customerIds) expect(clvOf(fromTable, name)).toBeCloseTo(clvOf(fromLog, name), 6);
    expect(clvOf(fromLog, "Kunde B")).toBeLessThan(clvOf(fromLog, "Kunde A"));
    const { purchases, averageOrderValue } = fromLog.summary;
    fromLog.summary.customerIds.forEach((_, one) => {
      if (purchases[one] !== 1) return;
      fromLog.summary.customerIds.forEach((__, five) => {
        if (purchases[five] >= 5 && averageOrderValue[five] >= averageOrderValue[one]) expect(fromLog.predictions.clv[one]).toBeLessThan(fromLog.predictions.clv[five]);
      });
    });
  });
});
