import { analyzeTransactions, type PurchaseAnalysis } from "../../../src/core/analysis/analyzeTransactions";
import type { ModelUnavailableReason } from "../../../src/core/models/modelUnavailable";
import type { SpendIndependence } from "../../../src/core/models/spendIndependence";
import type { TransactionLog } from "../../../src/core/transactionLog";
import { cdnowLog, dayNumber } from "../summary/cdnowLog";
import { logOf } from "../summary/logOf";
import { cdnowCalibrationSettings, standardSettings } from "../../support/analysisSettings";

const settings = standardSettings;

/** The CDNOW sample to 1997-09-30: both models fitted. */
export const cdnowAnalysis = analyzeTransactions(cdnowLog(), cdnowCalibrationSettings);

/** Three customers: the BG/NBD has too few customers (the simple CLV), the Gamma-Gamma too few repeat buyers with spend. */
export const fewCustomersAnalysis = analyzeTransactions(
  logOf([
    ["A", dayNumber(2024, 1, 5), 100],
    ["A", dayNumber(2024, 3, 1), 50],
    ["B", dayNumber(2024, 2, 10), 80],
    ["C", dayNumber(2024, 4, 1), 20],
  ]),
  settings,
);

/**
 * The CDNOW sample to 1997-09-30 with every repeat purchase made for nothing, but for the first 6 customers': the
 * BG/NBD fitted and trusted, the Gamma-Gamma unavailable (too few repeat buyers with spend).
 */
export const customerAverageAnalysis = analyzeTransactions(withoutRepeatSpend(cdnowLog(), 6), cdnowCalibrationSettings);

/** The log with the amounts of every customer's later days set to 0, except for customers 0 … keep − 1. */
function withoutRepeatSpend(log: TransactionLog, keep: number): TransactionLog {
  const firstDay = new Int32Array(log.customerIds.length).fill(2147483647);
  for (let row = 0; row < log.length; row += 1) firstDay[log.customer[row]] = Math.min(firstDay[log.customer[row]], log.day[row]);
  const amount = log.amount.map((value, row) => (log.customer[row] >= keep && log.day[row] > firstDay[log.customer[row]] ? 0 : value));
  return { ...log, amount };
}

/** An analysis as if its BG/NBD had stopped at the iteration limit (the simple CLV), with another spend check. */
export function unconvergedAnalysis(spendIndependence: SpendIndependence = { repeatBuyers: 40, correlation: -0.45, questionable: true }): PurchaseAnalysis {
  const reason: ModelUnavailableReason = { code: "notConverged", model: "bgnbd", stopReason: "iterationLimit", iterations: 200, gradientNorm: 0.25 };
  const value = { ...fewCustomersAnalysis.value, purchase: { ok: false as const, reason }, method: { kind: "simple" as const, reason }, spendIndependence };
  return { ...fewCustomersAnalysis, value };
}
