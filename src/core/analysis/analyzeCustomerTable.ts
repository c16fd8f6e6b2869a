import type { CustomerTable } from "../read/customerTable";
import { summarizeCustomerTable } from "../summary/customerTableSummary";
import { CustomerTableError } from "../summary/customerTableError";
import { analysisStages, type AnalysisSettings, type PurchaseAnalysis } from "./analyzeTransactions";

/**
 * The whole engine on a per-customer table (readPurchaseData layout "customerTable") through the same stages
 * as a transaction log: per-customer summary (summarizeCustomerTable) → CLV and customer equity → base KPIs → RFM
 * scores and segments (analysisStages, shared with analyzeTransactions). The table needs a number of purchases and
 * an amount per customer. With first and last purchase dates the models value the customers (monetary is then
 * the average of all purchases, first included: a table cannot leave it out); without a first purchase date the
 * simple CLV does, over `settings.periodMonths`; the R×F segments need a last purchase date. There is no holdout
 * (a table cannot be split in time): `holdout` is undefined and `settings.calibrationEndDay` is ignored.
 * Throws CustomerTableError (src/core/summary/customerTableError.ts; worded by src/i18n/customerTableMessages.ts).
 *
 * Source: docs/ARCHITECTURE.md, "Per-customer tables"; the same stages as analyzeTransactions.
 * @example analyzeCustomerTable(readPurchaseData(rows).table, { timeUnit: "week", horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, newCustomers: 0, segmentScheme: "valueTiers" })
 */
export function analyzeCustomerTable(table: CustomerTable, settings: AnalysisSettings): PurchaseAnalysis {
  const summary = summarizeCustomerTable(table, { timeUnit: settings.timeUnit, observationEndDay: settings.observationEndDay });
  if (settings.segmentScheme === "rfm" && summary.knownDates === "none") {
    throw new CustomerTableError("missingFacts", { support: { analysis: "segments", supported: false, missing: ["lastPurchase"] } });
  }
  return { ...analysisStages(summary, settings), holdout: undefined };
}
