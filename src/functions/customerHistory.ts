/*
 * Worksheet functions on the per-customer summary of a transaction log: KV.RFM spills the summary table
 * and KV.NEXTPURCHASE the expected next purchase date. Dates come in and go out as Excel serial numbers
 * (1900 date system); times in the summary are in days. Transaction columns are read as readTransactionColumns
 * describes (dates and amounts as text work; an unreadable row is an error naming its sheet row; text dates
 * that could be day first or month first need dateOrder unless a date's day above 12 decides).
 */
import { dayToExcelSerial } from "../core/read/excelSerial";
import { summarizeCustomers } from "../core/summary/customerSummary";
import { customerKey } from "../core/read/customerNumbering";
import { notAvailableError } from "../excel/worksheetErrors";
import { argumentPlaces } from "./argumentPlaces";
import { alignedColumns, dateOrderArgument, dayOfSerial, excelMatrix, isBlankValue } from "./ranges";
import { readTransactionColumns } from "./transactionColumns";

/** Each customer id's first cell as given, so that a numeric id spills as the number it was (7, not "7"). */
function customerCellsById(cells: readonly unknown[]): Map<string, string | number> {
  const byId = new Map<string, string | number>();
  // Ids that are all text spill as their ids: no need to key a million cells.
  if (!cells.some((cell) => typeof cell === "number")) return byId;
  for (const cell of cells) {
    const key = customerKey(cell);
    if (key !== undefined && !byId.has(key)) byId.set(key, typeof cell === "number" ? cell : key);
  }
  return byId;
}

/** The header row KV.RFM spills above the customers. */
export const rfmHeader = [
  "customer",
  "first purchase",
  "last purchase",
  "purchases",
  "revenue",
  "days since last purchase",
  "frequency",
  "recency (days)",
  "T (days)",
  "monetary",
];

/**
 * Spills the per-customer summary of a transaction log with a header row.
 * @customfunction RFM
 * @helpurl https://localhost:3000/functions.html#kv.rfm
 * @param customers Range with the customer id of each purchase row.
 * @param dates Range with the date of each purchase row (dates or date text), as long as customers.
 * @param amounts Range with the amount of each purchase row (numbers or amount text; returns negative), as long as customers.
 * @param asOf End of the observation period, a date. Omitted: the last date in the data.
 * @param dateOrder "dmy" (day first) or "mdy" (month first) for text dates such as 03/04/2024. Omitted: a date with a day above 12 decides; if none does, the function asks for it.
 * @param invocation The addresses of the ranges, so that a message names the sheet row.
 * @returns One row per customer after a header: customer, first purchase, last purchase, purchases, revenue, days since last purchase, frequency, recency, T (days), monetary.
 * @requiresParameterAddresses
 */
export function RFM(customers: any[][], dates: any[][], amounts: any[][], asOf?: any, dateOrder?: any, invocation?: CustomFunctions.Invocation): any[][] {
  const places = argumentPlaces(invocation, [["customers", customers], ["dates", dates], ["amounts", amounts], ["asOf", asOf], ["dateOrder", dateOrder]]);
  return excelMatrix<string | number>(() => {
    const endDay = isBlankValue(asOf) ? undefined : dayOfSerial(asOf, "asOf");
    const order = dateOrderArgument(dateOrder, "dateOrder");
    const [customerCells, dateCells, amountCells] = alignedColumns([["customers", customers], ["dates", dates], ["amounts", amounts]]);
    const log = readTransactionColumns(customerCells, dateCells, amountCells, { dateOrder: order, places });
    const summary = summarizeCustomers(log, { timeUnit: "day", observationEndDay: endDay });
    const table: (string | number)[][] = [rfmHeader];
    const cellOf = customerCellsById(customerCells);
    summary.customerIds.forEach((id, index) => {
      if (summary.included[index] === 0) return;
      table.push([
        cellOf.get(id) ?? id,
        dayToExcelSerial(summary.firstPurchaseDay[index]),
        dayToExcelSerial(summary.lastPurchaseDay[index]),
        summary.purchases[index],
        summary.revenue[index],
        summary.daysSinceLastPurchase[index],
        summary.frequency[index],
        summary.recency[index],
        summary.T[index],
        summary.monetary[index],
      ]);
    });
    return table;
  }, places);
}

/**
 * Expected next purchase date of each customer: last purchase + the customer's average days between purchases.
 * @customfunction NEXTPURCHASE
 * @helpurl https://localhost:3000/functions.html#kv.nextpurchase
 * @param customers Range with the customer id of each purchase row.
 * @param dates Range with the date of each purchase row (dates or date text), as long as customers.
 * @param customer One customer id to look up. Omitted: every customer, one row each (id, date).
 * @param dateOrder "dmy" (day first) or "mdy" (month first) for text dates such as 03/04/2024. Omitted: a date with a day above 12 decides; if none does, the function asks for it.
 * @param invocation The addresses of the ranges, so that a message names the sheet row.
 * @returns The expected date as a serial number (format the cell as a date); #N/A for a customer with one purchase day or not in the data.
 * @requiresParameterAddresses
 */
export function NEXTPURCHASE(customers: any[][], dates: any[][], customer?: any, dateOrder?: any, invocation?: CustomFunctions.Invocation): any[][] {
  const places = argumentPlaces(invocation, [["customers", customers], ["dates", dates], ["customer", customer], ["dateOrder", dateOrder]]);
  return excelMatrix<string | number | CustomFunctions.Error>(() => {
    const order = dateOrderArgument(dateOrder, "dateOrder");
    const [customerCells, dateCells] = alignedColumns([["customers", customers], ["dates", dates]]);
    const summary = summarizeCustomers(readTransactionColumns(customerCells, dateCells, undefined, { dateOrder: order, places }), { timeUnit: "day" });
    const dateOf = (index: number): number | CustomFunctions.Error => {
      const day = summary.expectedNextPurchaseDay[index];
      return summary.included[index] === 1 && Number.isFinite(day) ? dayToExcelSerial(Math.round(day)) : notAvailableError();
    };
    if (!isBlankValue(customer)) {
      const key = customerKey(customer);
      const index = key === undefined ? -1 : summary.customerIds.indexOf(key);
      if (index < 0) throw notAvailableError();
      return [[dateOf(index)]];
    }
    const cellOf = customerCellsById(customerCells);
    return summary.customerIds.map((id, index) => [cellOf.get(id) ?? id, dateOf(index)]);
  }, places);
}
