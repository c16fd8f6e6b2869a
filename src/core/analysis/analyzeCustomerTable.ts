import type { CustomerTable } from "../read/customerTable";
import { summarizeCustomerTable } from "../summary/customerTableSummary";
import { analysisStages, type AnalysisSettings, type PurchaseAnalysis } from "./analyzeTransactions";

/**
 * The whole engine on a per-customer table (readPurchaseData layout "customerTable") through the same stages
 * as a transaction log: per-customer summary (summarizeCustomerTable) → fitted models, predictions and CLV
 * intervals, customer equity → base KPIs → RFM scores and segments (analysisStages, shared with analyzeTransactions).
 * The table needs a number of purchases, first and last purchase dates and an amount per customer; monetary is
 * then the average amount of all purchases, first included (a table cannot leave it out). There is no holdout
 * (a table cannot be split in time): `holdout` is undefined and `settings.calibrationEndDay` is ignored.
 * Throws CustomerTableError (src/core/summary/customerTableError.ts; worded by src/i18n/customerTableMessages.ts).
 *
 * Source: docs/ARCHITECTURE.md, "Per-customer tables"; the same stages as analyzeTransactions.
 * @example analyzeCustomerTable(readPurchaseData(rows).table, { timeUnit: "week", horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, newCustomers: 0, segmentScheme: "rfm" })
 */
export function analyzeCustomerTable(table: CustomerTable, settings: AnalysisSettings): PurchaseAnalysis {
  const summary = summarizeCustomerTable(table, { timeUnit: settings.timeUnit, observationEndDay: settings.observationEndDay });
  return { ...analysisStages(summary, settings), holdout: undefined };
}
