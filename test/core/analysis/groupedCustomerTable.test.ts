/**
 * The engine on a grouped per-customer table (one row per group of customers with the same purchases and whole-week
 * dates, with a number-of-customers column, as `kundevaerdi sql --grouped --view table --time-unit week` writes it)
 * against the same table with each group written out as that many customer rows. Property that must hold: a row
 * standing for n equal customers is n of them, so every total, share, segment figure and fitted parameter is the
 * same (parameters to 1e-9); only the equity range's parameter-uncertainty part comes from a different subsample.
 */
import { analyzeCustomerTable } from "../../../src/core/analysis/analyzeCustomerTable";
import type { AnalysisSettings, PurchaseAnalysis } from "../../../src/core/analysis/analyzeTransactions";
import { isoDateText } from "../../../src/core/read/civilDate";
import { readPurchaseData } from "../../../src/core/read/readPurchaseData";
import { detectColumns } from "../../../src/core/read/detectColumns";
import { buildReport } from "../../../src/core/report/buildReport";
import { reportTable } from "../../../src/core/report/reportReader";
import { cdnowCalibrationEnd } from "../summary/cdnowCustomerTable";
import { cdnowGroupedTableRows, cdnowWeekGroups } from "../summary/cdnowGroupedTable";
import { standardSettings } from "../../support/analysisSettings";

const end = cdnowCalibrationEnd;

const groups = cdnowWeekGroups();
const groupedRows = cdnowGroupedTableRows(["Customer group", "Purchases", "First purchase", "Last purchase", "Number of customers", "Total amount"], groups);
const expandedRows: unknown[][] = [["Customer", "Purchases", "First purchase", "Last purchase", "Total amount"]];
groups.forEach((g, i) => {
  for (let k = 0; k < g.customers; k += 1) expandedRows.push([`G${i + 1}-${k}`, g.purchases, isoDateText(g.first), isoDateText(g.last), g.total / g.customers]);
});

function analysed(rows: unknown[][], settings: AnalysisSettings): PurchaseAnalysis {
  const data = readPurchaseData(rows);
  if (data.layout !== "customerTable") throw new Error("expected a per-customer table");
  return analyzeCustomerTable(data.table, settings);
}

function close(actual: number, expected: number, relative = 1e-9): void {
  if (Number.isNaN(expected)) return expect(actual).toBeNaN();
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}

describe.each([
  ["R×F segments", { ...standardSettings, observationEndDay: end } as AnalysisSettings],
  ["value tiers", { ...standardSettings, observationEndDay: end, segmentScheme: "valueTiers", newCustomers: 500 } as AnalysisSettings],
])("a grouped CDNOW table equals its customers written out (%s)", (_, settings) => {
  const grouped = analysed(groupedRows, settings);
  const expanded = analysed(expandedRows, settings);

  it("reads the number-of-customers column: 2,357 customers in far fewer rows", () => {
    const data = readPurchaseData(groupedRows);
    if (data.layout !== "customerTable") throw new Error("expected a per-customer table");
    expect(data.columns.roles.customerCount?.header).toBe("Number of customers");
    expect(groups.length).toBeLessThan(1200);
    expect(grouped.kpis.customers).toBe(2357);
  });

  it("has the same KPIs", () => {
    expect(grouped.kpis.customers).toBe(expanded.kpis.customers);
    expect(grouped.kpis.repeatCustomers).toBe(expanded.kpis.repeatCustomers);
    expect(grouped.kpis.purchases).toBe(expanded.kpis.purchases);
    close(grouped.kpis.revenue, expanded.kpis.revenue);
  });

  it("fits the same purchase and spend models (parameters to 1e-9 relative)", () => {
    const a = grouped.value;
    const b = expanded.value;
    expect(a.modelChoice.chosen).toBe(b.modelChoice.chosen);
    if (!a.purchase.ok || !b.purchase.ok) throw new Error("the purchase model must fit");
    for (const [name, value] of Object.entries(b.purchase.fit.parameters)) close((a.purchase.fit.parameters as unknown as Record<string, number>)[name], value as number);
    // The spend model is fitted or refused alike (here refused: with each group's average spend, p is undetermined).
    expect(a.gammaGamma.ok ? "fitted" : a.gammaGamma.reason).toEqual(b.gammaGamma.ok ? "fitted" : b.gammaGamma.reason);
    if (a.gammaGamma.ok && b.gammaGamma.ok) {
      for (const [name, value] of Object.entries(b.gammaGamma.fit.parameters)) close((a.gammaGamma.fit.parameters as unknown as Record<string, number>)[name], value as number);
    }
    expect(a.spendIndependence.repeatBuyers).toBe(b.spendIndependence.repeatBuyers);
    close(a.spendIndependence.correlation ?? NaN, b.spendIndependence.correlation ?? NaN);
  });

  it("values the whole base: the same customer equity, and a range within a few per cent", () => {
    const a = grouped.value.customerEquity;
    const b = expanded.value.customerEquity;
    close(a.value, b.value);
    close(a.existingCustomersValue, b.existingCustomersValue);
    if (!("low" in a) || !("low" in b)) throw new Error("a model equity has a range");
    expect(Math.abs(a.low / b.low - 1)).toBeLessThan(0.03);
    expect(Math.abs(a.high / b.high - 1)).toBeLessThan(0.03);
  });

  it("gives every customer of a group the group's CLV", () => {
    const expandedClv = new Map(expanded.summary.customerIds.map((id, index) => [id, expanded.predictions.clv[index]]));
    grouped.summary.customerIds.forEach((id, index) => close(grouped.predictions.clv[index], expandedClv.get(`${id}-0`) ?? NaN));
    // The intervals too: the simulated groups of similar customers average over customers, not rows.
    const position = new Map(expanded.summary.customerIds.map((id, index) => [id, index]));
    grouped.summary.customerIds.forEach((id, index) => {
      const other = position.get(`${id}-0`) ?? -1;
      close(grouped.predictions.clvLow[index], expanded.predictions.clvLow[other]);
      close(grouped.predictions.clvHigh[index], expanded.predictions.clvHigh[other]);
    });
  });

  it("has the same segments with the same figures", () => {
    expect(grouped.segmentFigures.map((s) => s.segment)).toEqual(expanded.segmentFigures.map((s) => s.segment));
    grouped.segmentFigures.forEach((segment, index) => {
      const other = expanded.segmentFigures[index];
      expect(segment.customers).toBe(other.customers);
      expect(segment.purchases).toBe(other.purchases);
      close(segment.revenue, other.revenue);
      close(segment.totalClv ?? NaN, other.totalClv ?? NaN);
      close(segment.share, other.share);
      if (other.averagePAlive !== undefined) close(segment.averagePAlive ?? NaN, other.averagePAlive);
    });
    expect(grouped.scores.cuts).toEqual(expanded.scores.cuts);
  });
});

describe("a grouped table's report", () => {
  const analysis = analysed(groupedRows, { ...standardSettings, observationEndDay: end });
  const report = buildReport(analysis);

  it("lists groups, not customers, with each group's customers, and says so", () => {
    const customers = reportTable(report, "customers");
    expect(customers.columns.slice(0, 2)).toEqual([
      { key: "customer", format: "text", label: "customerGroup" },
      { key: "customersInGroup", format: "integer" },
    ]);
    expect(customers.rows).toHaveLength(groups.length);
    expect(customers.rows.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(2357);
    expect(report.sheets.find((sheet) => sheet.id === "customers")?.notes).toContain("note_groupedRows");
  });

  it("counts every customer in the headline and says the spend model saw group averages", () => {
    const headline = reportTable(report, "headline");
    expect(headline.rows.find((row) => row[0] === "customers")?.[1]).toBe(2357);
    expect(report.sheets.find((sheet) => sheet.id === "overview")?.notes).toContain("note_groupedSpend");
  });

  it.each([
    ["en", "Number of customers"],
    ["da", "Antal kunder"],
    ["sv", "Antal kunder"],
    ["sv", "Kundantal"],
    ["en", "number_of_customers"],
  ])("recognises the %s header %s as the number of customers", (_, title) => {
    const detection = detectColumns([["Kundegruppe", "Antal køb", "Første køb", "Seneste køb", title], ["G1", 2, "2024-01-01", "2024-02-01", 10]]);
    expect(detection.layout).toBe("customerTable");
    if (detection.layout === "customerTable") expect(detection.roles.customerCount?.header).toBe(title);
  });

  it.each([
    [["Customers", "Date", "Amount"], "transactions"],
    [["Kunder", "Dato", "Beløb"], "transactions"],
    [["Customers ID", "Date", "Amount"], "transactions"],
    [["Customers", "Orders", "Total spent"], "customerTable"],
    [["Kunder", "Antal køb", "Samlet beløb"], "customerTable"],
  ])("still reads %j as the customer column (a %s), not as a number of customers", (header, layout) => {
    const detection = detectColumns([header, ["A", header[1] === "Date" || header[1] === "Dato" ? "2024-01-05" : 2, 100]]);
    expect(detection.layout).toBe(layout);
    expect(detection.roles.customer.header).toBe(header[0]);
    expect("customerCount" in detection.roles && detection.roles.customerCount).toBeFalsy();
  });
});

describe("a grouped table without first purchase dates (the simple CLV) equals its customers written out", () => {
  const withoutFirst = (rows: unknown[][]): unknown[][] => rows.map((row) => row.filter((_, column) => column !== 2));
  const settings: AnalysisSettings = { ...standardSettings, observationEndDay: end, newCustomers: 100 };
  const grouped = analysed(withoutFirst(groupedRows), settings);
  const expanded = analysed(withoutFirst(expandedRows), settings);

  it("values by the simple formula, with the same customer equity, KPIs and segment figures", () => {
    expect(grouped.value.method.kind).toBe("simple");
    expect(grouped.kpis.customers).toBe(2357);
    close(grouped.value.customerEquity.value, expanded.value.customerEquity.value);
    close(grouped.value.customerEquity.existingCustomersValue, expanded.value.customerEquity.existingCustomersValue);
    expect(grouped.value.spendOutliers).toBe(expanded.value.spendOutliers);
    grouped.segmentFigures.forEach((segment, index) => {
      expect(segment.customers).toBe(expanded.segmentFigures[index].customers);
      close(segment.totalClv ?? NaN, expanded.segmentFigures[index].totalClv ?? NaN);
    });
  });
});

describe("implausible spend on a grouped table is judged against the customers' median, not the rows'", () => {
  // Review case: 1,000 customers spending 10 a purchase in one row, two spending 20,000 each in rows of their own.
  // Among the 1,002 customers the median is 10, so the two are implausible (> 1,000 × 10); among the 3 rows it would be 20,000.
  const header = ["Customer group", "Purchases", "Last purchase", "Number of customers", "Total amount"];
  const groupedRows = [header, ["G1", 2, "2024-01-01", 1000, 20000], ["G2", 2, "2024-01-02", 1, 40000], ["G3", 2, "2024-01-03", 1, 40000]];
  const expandedRows = [
    header.filter((_, column) => column !== 3),
    ...Array.from({ length: 1000 }, (_, k) => [`G1-${k}`, 2, "2024-01-01", 20]),
    ["G2-0", 2, "2024-01-02", 40000],
    ["G3-0", 2, "2024-01-03", 40000],
  ];
  const settings: AnalysisSettings = { ...standardSettings, observationEndDay: 20000, newCustomers: 100 };

  it("leaves the same two customers out and values new customers alike", () => {
    const grouped = analysed(groupedRows, settings);
    const expanded = analysed(expandedRows, settings);
    expect(expanded.value.spendOutliers).toBe(2);
    expect(grouped.value.spendOutliers).toBe(2);
    close(grouped.value.customerEquity.value, expanded.value.customerEquity.value);
  });
});
