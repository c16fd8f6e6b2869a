/**
 * What the report sheets must hold, computed in Node without the browser or the pane: the CSV's cells as the demo
 * seeds them → readPurchaseData → analyzeTransactions (or analyzeCustomerTable) → buildReport, written by the same report writer into a
 * fresh workbook double. The end-to-end test compares the sheets the pane wrote in Chromium with these, cell by
 * cell (value and number format).
 */
import { analyzeCustomerTable } from "../../src/core/analysis/analyzeCustomerTable";
import { analyzeTransactions, type AnalysisSettings } from "../../src/core/analysis/analyzeTransactions";
import { readPurchaseData, type PurchaseData } from "../../src/core/read/readPurchaseData";
import type { Currency } from "../../src/core/read/amountText";
import { dataCurrency, reportCurrency } from "../../src/core/report/moneyFormat";
import { buildReport } from "../../src/core/report/buildReport";
import type { Report } from "../../src/core/report/reportModel";
import type { SeedCell } from "../../src/demo/seedData";
import { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { columnLetters } from "../../src/core/read/columnLetters";
import type { StoredRun } from "../../src/excel/runSettingsStore";
import { writeReport, type WrittenSheet } from "../../src/excel/writeReport";
import type { Language } from "../../src/i18n/language";
import { withWorkbookInstalled } from "../support/workbookDouble";

/** A sheet's used range from A1, as [value, number format] per cell. */
export type SheetCells = Array<Array<[SeedCell, string]>>;

/**
 * The settings a run with these stored choices analyses with — spelled out here from the documented rules, not
 * taken from the pane: observation end = the last purchase when not given; the holdout check's calibration end is
 * the middle day of first purchase … observation end (FHL 2005's 39 + 39 weeks for CDNOW).
 */
export function settingsOfRun(stored: StoredRun, days: Int32Array | Float64Array): AnalysisSettings {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const day of days) {
    if (Number.isNaN(day)) continue;
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
  }
  const choices = stored.analysis;
  const observationEndDay = choices.observationEndDay ?? (Number.isFinite(lastDay) ? lastDay : undefined);
  return {
    timeUnit: choices.timeUnit,
    observationEndDay,
    horizonMonths: choices.horizonMonths,
    annualDiscountRate: choices.annualDiscountRate,
    grossMargin: choices.grossMargin,
    newCustomers: choices.newCustomers,
    segmentScheme: choices.segmentScheme,
    calibrationEndDay: choices.holdout && observationEndDay !== undefined ? Math.floor((firstDay + observationEndDay) / 2) : undefined,
    customerLifetime: choices.customerLifetime,
    periodMonths: choices.periodMonths,
    purchaseModel: choices.purchaseModel ?? "auto",
    cohortPeriod: choices.cohortPeriod ?? "month",
  };
}

/** The currency of a run: the one chosen (null: none), else the data's, else the language's (da kroner, sv kronor, none in English). */
function currencyOfRun(stored: StoredRun, data: PurchaseData): Currency | undefined {
  if (stored.analysis.currency !== undefined) return stored.analysis.currency ?? undefined;
  const language = stored.language === "da" || stored.language === "sv" ? stored.language : "en";
  return reportCurrency(dataCurrency(data), language);
}

/**
 * The report the engine makes of the purchase rows (a CSV's cells as the demo seeds them, see csvCells) with a
 * stored run's choices, and the settings it analysed with.
 */
export function engineReport(rows: SeedCell[][], stored: StoredRun): { report: Report; settings: AnalysisSettings; customers: number } {
  const data = readPurchaseData(rows, { columns: stored.columns, dateOrder: stored.dateOrder });
  if (data.layout === "customerTable") {
    const { table } = data;
    const days = Float64Array.from([...(table.firstDay?.subarray(0, table.length) ?? []), ...(table.lastDay?.subarray(0, table.length) ?? [])]);
    const settings = { ...settingsOfRun(stored, days), currency: currencyOfRun(stored, data) };
    const analysis = analyzeCustomerTable(table, settings);
    return { report: buildReport(analysis), settings, customers: analysis.kpis.customers };
  }
  const settings = { ...settingsOfRun(stored, data.log.day), currency: currencyOfRun(stored, data) };
  return { report: buildReport(analyzeTransactions(data.log, settings)), settings, customers: data.log.customerIds.length };
}

/**
 * Writes `report` in `language` with the add-in's report writer into a new workbook double that already has
 * `userSheets` (so names the user took are avoided the same way); returns the written sheets and the workbook.
 */
export async function writtenReference(
  report: Report,
  language: Language,
  userSheets: Record<string, SeedCell[][]> = {},
): Promise<{ sheets: WrittenSheet[]; book: WorkbookDouble }> {
  const book = new WorkbookDouble();
  for (const [name, rows] of Object.entries(userSheets)) book.loadRows(name, rows);
  const { sheets } = await withWorkbookInstalled(book, () => writeReport(report, language));
  return { sheets, book };
}

/** A sheet's cells from A1 to its last used cell, as shown (formula results) with their number formats. */
export function sheetCells(book: WorkbookDouble, sheet: string): SheetCells {
  const { rowCount, columnCount } = book.usedSize(sheet);
  return Array.from({ length: rowCount }, (_, row) =>
    Array.from({ length: columnCount }, (_, column): [SeedCell, string] => [book.getValue(sheet, row, column), book.getNumberFormat(sheet, row, column)]),
  );
}

/**
 * The differences between two sheets, at most `limit` of them, as "B7: 0.2431 ≠ 0.2432" lines. Numbers agree when
 * within a relative 1e-6, or an absolute 1e-8 near 0: Chromium's V8 and Node's differ in the last bits of some Math
 * functions, so the model fits (BFGS until the gradient of −ln L/N is below 1e-8, src/core/models/maximumLikelihood.ts)
 * stop a step apart, about 2e-8 relative in the parameters on CDNOW, and the gradient left at the optimum (a number
 * below that tolerance) is noise. Text, booleans and number formats must be identical.
 */
export function sheetDifferences(actual: SheetCells, expected: SheetCells, limit = 10): string[] {
  const differences: string[] = [];
  if (actual.length !== expected.length || actual[0]?.length !== expected[0]?.length) {
    differences.push(`size ${actual.length}×${actual[0]?.length ?? 0} ≠ ${expected.length}×${expected[0]?.length ?? 0}`);
  }
  const rows = Math.min(actual.length, expected.length);
  for (let row = 0; row < rows && differences.length < limit; row += 1) {
    const columns = Math.min(actual[row].length, expected[row].length);
    for (let column = 0; column < columns && differences.length < limit; column += 1) {
      const [value, format] = actual[row][column];
      const [expectedValue, expectedFormat] = expected[row][column];
      const address = `${columnLetters(column)}${row + 1}`;
      if (!sameValue(value, expectedValue)) differences.push(`${address}: ${JSON.stringify(value)} ≠ ${JSON.stringify(expectedValue)}`);
      else if (format !== expectedFormat) differences.push(`${address}: format ${format} ≠ ${expectedFormat}`);
    }
  }
  return differences;
}

function sameValue(value: SeedCell, expected: SeedCell): boolean {
  if (typeof value === "number" && typeof expected === "number") {
    return value === expected || Math.abs(value - expected) <= Math.max(1e-6 * Math.max(Math.abs(value), Math.abs(expected)), 1e-8);
  }
  return value === expected;
}
