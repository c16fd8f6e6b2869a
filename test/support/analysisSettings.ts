import type { AnalysisSettings } from "../../src/core/analysis/analyzeTransactions";
import { daysFromCivil } from "../../src/core/read/civilDate";
import type { StoredRun } from "../../src/excel/runSettingsStore";

/**
 * The engine settings most tests use: weeks, a 12-month horizon, 10 % a year, revenue (margin 1), no new customers,
 * the R×F map, interval seed 7; the observation end is the last purchase.
 * @example analyzeTransactions(log, standardSettings)
 */
export const standardSettings: AnalysisSettings = {
  timeUnit: "week",
  horizonMonths: 12,
  annualDiscountRate: 0.1,
  grossMargin: 1,
  newCustomers: 0,
  segmentScheme: "rfm",
  seed: 7,
};

/**
 * standardSettings on the CDNOW calibration period of Fader, Hardie & Lee (2005): purchases up to 1997-09-30.
 * @example analyzeTransactions(cdnowLog(), cdnowCalibrationSettings).value.bgnbd // r 0.2426, α 4.4135, …
 */
export const cdnowCalibrationSettings: AnalysisSettings = { ...standardSettings, observationEndDay: daysFromCivil(1997, 9, 30) };

/**
 * The Analysis step's default choices as a run stores them (the observation end null = the last purchase).
 * @example const run: StoredRun = { version: 1, language: "da", source, columns: {}, analysis: defaultChoices(false) };
 */
export function defaultChoices(holdout: boolean): StoredRun["analysis"] {
  return { timeUnit: "week", observationEndDay: null, horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, newCustomers: 0, segmentScheme: "rfm", holdout };
}
