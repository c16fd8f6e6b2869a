import type { SpendHistory } from "../../../src/core/models/purchaseHistory";
import { readFixture } from "../../support/fixtures";

/**
 * The CDNOW 2,357-customer calibration summary in weeks (lifetimes' cdnow_customers_summary_with_transactions.csv,
 * test/fixtures/README.md): x, t_x, T and zbar (mean repeat spend), one row per customer.
 */
export function cdnowSummary(): SpendHistory {
  const text = readFixture("cdnow_customers_summary_with_transactions.csv");
  const rows = text.trim().split(/\r?\n/).slice(1).map((line) => line.split(",").map(Number));
  return {
    frequency: Float64Array.from(rows, (row) => row[1]),
    recency: Float64Array.from(rows, (row) => row[2]),
    T: Float64Array.from(rows, (row) => row[3]),
    monetary: Float64Array.from(rows, (row) => row[4]),
  };
}
