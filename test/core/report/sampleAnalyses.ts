import { analyzeTransactions, type PurchaseAnalysis } from "../../../src/core/analysis/analyzeTransactions";
import type { ModelUnavailableReason } from "../../../src/core/models/modelUnavailable";
import type { SpendIndependence } from "../../../src/core/models/spendIndependence";
import { cdnowLog, dayNumber } from "../summary/cdnowLog";
import { logOf, type Row } from "../summary/logOf";
import { cdnowCalibrationSettings, standardSettings } from "../../support/analysisSettings";

const settings = standardSettings;

/** The CDNOW sample to 1997-09-30: both models fitted. */
export const cdnowAnalysis = analyzeTransactions(cdnowLog(), cdnowCalibrationSettings);

/** Three customers: the BG/NBD has too few customers (historical CLV), the Gamma-Gamma too few repeat buyers with spend. */
export const fewCustomersAnalysis = analyzeTransactions(
  logOf([
    ["A", dayNumber(2024, 1, 5), 100],
    ["A", dayNumber(2024, 3, 1), 50],
    ["B", dayNumber(2024, 2, 10), 80],
    ["C", dayNumber(2024, 4, 1), 20],
  ]),
  settings,
);

/** 60 customers, 25 repeat buyers of whom 18 repeat for nothing: the BG/NBD fitted, the Gamma-Gamma unavailable. */
export const customerAverageAnalysis = analyzeTransactions(
  logOf(
    Array.from({ length: 60 }, (_, c): Row[] => {
      const rows: Row[] = [[`C${c}`, dayNumber(2024, 1, (c % 28) + 1), 20 + c]];
      if (c < 25) rows.push([`C${c}`, dayNumber(2024, (c % 5) + 3, (c % 27) + 1), c < 18 ? 0 : 10 + c]);
      if (c < 10) rows.push([`C${c}`, dayNumber(2024, 9, (c % 27) + 1), 0]);
      return rows;
    }).flat(),
  ),
  settings,
);

/** An analysis as if its BG/NBD had stopped at the iteration limit (historical CLV), with another spend check. */
export function unconvergedAnalysis(spendIndependence: SpendIndependence = { repeatBuyers: 40, correlation: -0.45, questionable: true }): PurchaseAnalysis {
  const reason: ModelUnavailableReason = { code: "notConverged", model: "bgnbd", stopReason: "iterationLimit", iterations: 200, gradientNorm: 0.25 };
  const value = { ...fewCustomersAnalysis.value, bgnbd: { ok: false as const, reason }, method: { kind: "historical" as const, reason }, spendIndependence };
  return { ...fewCustomersAnalysis, value };
}
