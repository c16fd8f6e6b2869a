import * as fs from "node:fs";
import * as path from "node:path";
import type { SpendHistory } from "../../../src/core/models/purchaseHistory";

/**
 * The CDNOW 2,357-customer calibration summary in weeks (lifetimes' cdnow_customers_summary_with_transactions.csv,
 * ../shared/data/README.md): x, t_x, T and zbar (mean repeat spend), one row per customer.
 */
export function cdnowSummary(): SpendHistory {
  const text = fs.readFileSync(path.resolve(__dirname, "../../../../shared/data/cdnow_customers_summary_with_transactions.csv"), "utf8");
  const rows = text.trim().split(/\r?\n/).slice(1).map((line) => line.split(",").map(Number));
  return {
    frequency: Float64Array.from(rows, (row) => row[1]),
    recency: Float64Array.from(rows, (row) => row[2]),
    T: Float64Array.from(rows, (row) => row[3]),
    monetary: Float64Array.from(rows, (row) => row[4]),
  };
}
