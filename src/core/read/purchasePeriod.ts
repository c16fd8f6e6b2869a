import type { PurchaseData } from "./readPurchaseData";

/** The purchase days of the data: the first and the last (days since 1970-01-01 UTC). */
export interface DataPeriod {
  firstDay: number;
  lastDay: number;
}

/**
 * The first and last purchase day of the data read (a log's dates; a table's first and last purchase dates),
 * or undefined when no date was read.
 * @example purchasePeriod(readPurchaseData(cdnowRows)) // { firstDay: 9862 (1997-01-01), lastDay: 10407 (1998-06-30) }
 */
export function purchasePeriod(data: PurchaseData): DataPeriod | undefined {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  const include = (day: number): void => {
    if (Number.isNaN(day)) return;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  };
  if (data.layout === "transactions") {
    for (let row = 0; row < data.log.length; row += 1) include(data.log.day[row]);
  } else {
    const { table } = data;
    for (let row = 0; row < table.length; row += 1) {
      if (table.firstDay) include(table.firstDay[row]);
      if (table.lastDay) include(table.lastDay[row]);
    }
  }
  return Number.isFinite(firstDay) ? { firstDay, lastDay } : undefined;
}
