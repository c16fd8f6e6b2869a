import type { TransactionLog } from "../../../src/core/transactionLog";
import { readFixture } from "../../support/fixtures";

/** Days since 1970-01-01 UTC of a calendar date. */
export function dayNumber(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / 86_400_000;
}

/**
 * The CDNOW 1/10 sample (cdnowElog.csv: `masterid,sampleid,date,cds,sales`, 6,919 rows) as a TransactionLog:
 * customer = sampleid ("1" … "2357", in order of first appearance), day from the YYYYMMDD date, amount = sales.
 * Parsed here on purpose, independent of src/core/read.
 */
export function cdnowLog(): TransactionLog {
  const lines = readFixture("cdnowElog.csv").trim().split(/\r?\n/).slice(1);
  const customerIds: string[] = [];
  const indexOf = new Map<string, number>();
  const customer = new Int32Array(lines.length);
  const day = new Int32Array(lines.length);
  const amount = new Float64Array(lines.length);
  lines.forEach((line, row) => {
    const [, sampleId, date, , sales] = line.split(",");
    let index = indexOf.get(sampleId);
    if (index === undefined) {
      index = customerIds.length;
      indexOf.set(sampleId, index);
      customerIds.push(sampleId);
    }
    customer[row] = index;
    day[row] = dayNumber(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8)));
    amount[row] = Number(sales);
  });
  return { customerIds, customer, day, amount, length: lines.length, hasAmounts: true };
}

/** One row of lifetimes' cdnow_customers_summary_with_transactions.csv (`ID,x,t_x,T,zbar`, weeks). */
export interface CdnowSummaryRow {
  id: string;
  x: number;
  tx: number;
  T: number;
  zbar: number;
}

/** lifetimes' CDNOW summary (calibration end 1997-09-30, weeks, 2 decimals): 2,357 rows. */
export function cdnowReferenceSummary(): CdnowSummaryRow[] {
  return readFixture("cdnow_customers_summary_with_transactions.csv")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [id, x, tx, T, zbar] = line.split(",");
      return { id, x: Number(x), tx: Number(tx), T: Number(T), zbar: Number(zbar) };
    });
}
