import { isoDateText } from "../../../src/core/read/civilDate";
import { cdnowLog, dayNumber } from "./cdnowLog";

/** The CDNOW calibration end of Fader, Hardie & Lee (2005): 1997-09-30. */
export const cdnowCalibrationEnd = dayNumber(1997, 9, 30);

/**
 * The CDNOW sample (cdnowElog.csv, parsed independently in cdnowLog.ts) as the per-customer table a shop's
 * system would export on 1997-09-30, as worksheet rows: a header, then one row per customer with the number of
 * distinct purchase days, first and last purchase date (ISO text) and the average amount per purchase day, over
 * the purchases up to that day. Every CDNOW row has sales ≥ 0 and every customer first purchased in Q1 1997.
 */
export function cdnowCustomerTableRows(): unknown[][] {
  const log = cdnowLog();
  const { days, total } = cdnowCustomerDays();
  const rows: unknown[][] = [["Customer", "Number of purchases", "First purchase", "Last purchase", "Average amount"]];
  log.customerIds.forEach((id, index) => {
    const purchaseDays = [...days[index]];
    rows.push([id, purchaseDays.length, isoDateText(Math.min(...purchaseDays)), isoDateText(Math.max(...purchaseDays)), total[index] / purchaseDays.length]);
  });
  return rows;
}

/**
 * Each CDNOW customer's distinct purchase days and total amount up to 1997-09-30, counted in a plain loop over the
 * log (cdnowLog.ts), in the log's customer order.
 * @example cdnowCustomerDays().days[0].size // customer 1's purchase days
 */
export function cdnowCustomerDays(): { days: Set<number>[]; total: Float64Array } {
  const log = cdnowLog();
  const days = log.customerIds.map(() => new Set<number>());
  const total = new Float64Array(log.customerIds.length);
  for (let row = 0; row < log.length; row += 1) {
    if (log.day[row] > cdnowCalibrationEnd) continue;
    days[log.customer[row]].add(log.day[row]);
    total[log.customer[row]] += log.amount[row];
  }
  return { days, total };
}
