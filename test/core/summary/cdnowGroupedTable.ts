import { isoDateText } from "../../../src/core/read/civilDate";
import { cdnowCalibrationEnd, cdnowCustomerDays } from "./cdnowCustomerTable";

/** One group of CDNOW customers with the same purchase days and whole-week first and last purchase. */
export interface CdnowGroup {
  purchases: number;
  first: number;
  last: number;
  customers: number;
  total: number;
}

/**
 * CDNOW up to 1997-09-30 per customer (cdnowElog.csv, parsed independently in cdnowLog.ts), dates snapped to whole
 * weeks back from that day (day' = end − 7·⌊(end − day)/7⌋, as `kundevaerdi sql --grouped --time-unit week` does),
 * customers with the same purchase days, first and last date grouped with a plain Map: count and total amount.
 */
export function cdnowWeekGroups(): CdnowGroup[] {
  const end = cdnowCalibrationEnd;
  const { days, total } = cdnowCustomerDays();
  const snapped = (day: number): number => end - 7 * Math.floor((end - day) / 7);
  const groups = new Map<string, CdnowGroup>();
  days.forEach((set, index) => {
    const list = [...set];
    const purchases = list.length;
    const first = snapped(list.reduce((a, b) => Math.min(a, b)));
    const last = snapped(list.reduce((a, b) => Math.max(a, b)));
    const key = `${purchases}|${first}|${last}`;
    const group = groups.get(key) ?? { purchases, first, last, customers: 0, total: 0 };
    group.customers += 1;
    group.total += total[index];
    groups.set(key, group);
  });
  return [...groups.values()];
}

/**
 * The groups as worksheet rows under the given headers: label, purchases, first, last (ISO text), customers, total.
 * @example cdnowGroupedTableRows(["Kundegruppe", "Antal køb", "Første køb", "Seneste køb", "Antal kunder", "Samlet beløb"])
 */
export function cdnowGroupedTableRows(header: string[], groups: CdnowGroup[] = cdnowWeekGroups()): unknown[][] {
  return [header, ...groups.map((g, i) => [`G${i + 1}`, g.purchases, isoDateText(g.first), isoDateText(g.last), g.customers, g.total])];
}
