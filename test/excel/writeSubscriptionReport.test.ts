/**
 * The report writer on the subscriptions report (src/core/subscriptions/buildSubscriptionReport.ts): its own sheet
 * name and words, titles naming the cohort, α and β to three decimals, a line chart per cohort, and a subscriptions run
 * beside a purchase run (each replaces only its own analysis's sheets).
 */
import { analyzeTransactions } from "../../src/core/analysis/analyzeTransactions";
import { buildReport } from "../../src/core/report/buildReport";
import { analyzeSubscriptions } from "../../src/core/subscriptions/analyzeSubscriptions";
import { buildSubscriptionReport } from "../../src/core/subscriptions/buildSubscriptionReport";
import { readSubscriptionData } from "../../src/core/subscriptions/readSubscriptionData";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { writeReport } from "../../src/excel/writeReport";
import { reportLabel } from "../../src/i18n/reportLabels";
import { subscriptionLabel } from "../../src/i18n/subscriptionLabels";
import { cdnowLog } from "../core/summary/cdnowLog";
import { cdnowCalibrationSettings } from "../support/analysisSettings";
import { paperFileRows } from "../support/subscriptionPaperRows";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";

const cohorts = readSubscriptionData(paperFileRows()).cohorts;
const subscriptions = buildSubscriptionReport(analyzeSubscriptions(cohorts, { projectPeriods: 5, discountRate: 0.1, valuePerPeriod: 100 }, "recency"), "DKK");

/** The row of the first cell in column A equal to `text`. */
function rowOf(book: WorkbookDouble, sheet: string, text: string): number {
  const { rowCount } = book.usedSize(sheet);
  for (let row = 0; row < rowCount; row += 1) if (book.getCell(sheet, row, 0) === text) return row;
  throw new Error(`no "${text}" in column A of ${sheet}`);
}

describe("writeReport with the subscriptions report", () => {
  let book: WorkbookDouble;
  beforeEach(() => (book = installWorkbook()));
  afterEach(uninstallWorkbook);

  it("writes the Abonnementer sheet in Danish: titles naming the cohort, α and β as 0.000, projected rows worded", async () => {
    const { sheets } = await writeReport(subscriptions, "da");
    expect(sheets).toEqual([{ id: "subscriptions", name: "Abonnementer" }]);
    const label = (key: string) => subscriptionLabel("da", key) as string;
    const fit = rowOf(book, "Abonnementer", `${label("subscriptionFit")}: regular`);
    expect(book.getCell("Abonnementer", fit + 1, 0)).toBe(reportLabel("da", "figure"));
    const figures = new Map<string, [unknown, string]>();
    for (let row = fit + 2; book.getCell("Abonnementer", row, 0) !== ""; row += 1) {
      figures.set(book.getCell("Abonnementer", row, 0) as string, [book.getCell("Abonnementer", row, 1), book.getNumberFormat("Abonnementer", row, 1)]);
    }
    const [alpha, alphaFormat] = figures.get("α")!;
    expect(Math.abs((alpha as number) - 0.704)).toBeLessThan(0.0005);
    expect(alphaFormat).toBe("0.000");
    expect(Math.abs((figures.get("β")![0] as number) - 1.182)).toBeLessThan(0.0005);
    expect(figures.get(label("expectedRemainingPeriods"))).toEqual([label("unbounded"), "@"]);
    expect(figures.get(label("activeCustomersValue"))![1]).toBe('#,##0.00 "kr."');

    const survival = rowOf(book, "Abonnementer", `${label("subscriptionSurvival")}: regular`);
    expect(book.getCell("Abonnementer", survival + 1, 1)).toBe(label("basis"));
    expect(book.getCell("Abonnementer", survival + 2 + 7, 1)).toBe(label("observed"));
    expect(book.getCell("Abonnementer", survival + 2 + 8, 1)).toBe(label("projected"));
    expect(book.getCell("Abonnementer", survival + 2 + 1, 2)).toBe(631);
    expect(book.getNumberFormat("Abonnementer", survival + 2 + 1, 3)).toBe("0.0%");
  });

  it("draws a line chart with markers per cohort: observed and model survival over the periods, beside its table", async () => {
    await writeReport(subscriptions, "en");
    const label = (key: string) => subscriptionLabel("en", key) as string;
    const tables = ["highend", "regular"].map((name) => rowOf(book, "Subscriptions", `${label("subscriptionSurvival")}: ${name}`));
    expect(book.charts.map((chart) => chart.type)).toEqual(["LineMarkers", "LineMarkers"]);
    book.charts.forEach((chart, i) => {
      const header = tables[i] + 1;
      const data = (column: string) => `${column}${header + 2}:${column}${header + 1 + 13}`;
      expect(chart.title).toBe(`${label("survivalChart")}: ${["highend", "regular"][i]}`);
      expect(chart.series).toEqual([
        { name: label("observedSurvival"), values: data("D"), categories: data("A") },
        { name: label("modelSurvival"), values: data("E"), categories: data("A") },
      ]);
      // 7 columns (A–G) is the widest table; one blank column, then the chart from I, at its table's title row.
      expect(chart.position?.start).toBe(`I${tables[i] + 1}`);
    });
  });

  it("leaves a purchase report in place and replaces only its own sheet; a purchase run leaves the subscriptions sheet", async () => {
    const purchases = buildReport(analyzeTransactions(cdnowLog(), cdnowCalibrationSettings));
    const first = await writeReport(purchases, "en");
    await writeReport(subscriptions, "en");
    await writeReport(subscriptions, "da");
    const purchaseNames = first.sheets.map((sheet) => sheet.name);
    expect(book.sheetNames()).toEqual(["Sheet1", ...purchaseNames, "Abonnementer"]);
    await writeReport(purchases, "en");
    expect(book.sheetNames().sort()).toEqual(["Sheet1", ...purchaseNames, "Abonnementer"].sort());
  });
});
