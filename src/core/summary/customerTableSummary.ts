import type { CustomerTable } from "../read/customerTable";
import { analysisNeeds, availableFacts } from "../read/analysisSupport";
import { daysPerUnit, type TimeUnit } from "../transactionLog";
import type { CustomerSummary, KnownDates } from "./customerSummary";
import { CustomerTableError } from "./customerTableError";
import { emptySummaryColumns, includeCustomer, type SummaryColumns } from "./summaryColumns";

/**
 * Options of summarizeCustomerTable.
 */
export interface TableSummaryOptions {
  /** Unit of recency and T (and so of every model parameter fitted on them). */
  timeUnit: TimeUnit;
  /** Last observed day, in whole days since 1970-01-01 UTC; not before any customer's last purchase. Default: the latest last purchase. */
  observationEndDay?: number;
}

/** The table's columns the summary needs: purchases and revenue, and the dates it has. */
interface SummaryTable {
  purchases: Float64Array;
  revenue: Float64Array;
  firstDay?: Float64Array;
  lastDay?: Float64Array;
  knownDates: KnownDates;
}

/**
 * The purchases, revenue and dates, or CustomerTableError `missingFacts` naming what the simple CLV needs and the
 * table lacks (a number of purchases and an amount). A first purchase date counts only beside a last one.
 */
function summaryTable(table: CustomerTable): SummaryTable {
  const { purchases, revenue, firstDay, lastDay } = table;
  if (purchases && revenue) {
    if (firstDay && lastDay) return { purchases, revenue, firstDay, lastDay, knownDates: "firstAndLast" };
    return { purchases, revenue, lastDay, knownDates: lastDay ? "last" : "none" };
  }
  const facts = availableFacts({ layout: "customerTable", table });
  const missing = analysisNeeds.simpleClv.filter((fact) => !facts.includes(fact));
  throw new CustomerTableError("missingFacts", { support: { analysis: "simpleClv", supported: false, missing } });
}

/** The latest last purchase of a customer with purchases. */
function latestPurchase(purchases: Float64Array, lastDay: Float64Array, length: number): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < length; index += 1) if (purchases[index] > 0 && lastDay[index] > latest) latest = lastDay[index];
  if (latest === Number.NEGATIVE_INFINITY) throw new CustomerTableError("noPurchases", {});
  return latest;
}

/**
 * The per-customer summary (both views) of a per-customer table with a number of purchases and an amount (total
 * or average) per customer, and first and last purchase dates where it has them, by the definitions of
 * docs/ARCHITECTURE.md, "Per-customer tables": monetary is the average of all purchases, 0 when x = 0. Customers
 * with 0 purchases are excluded and counted; the purchase count is taken as purchase days. Without a first
 * purchase date, recency, T and the gaps are NaN (`knownDates` "last"); without dates also the days since the
 * last purchase and the observation end (`knownDates` "none").
 * Throws CustomerTableError: `missingFacts` when the count or the amount is absent, `noPurchases` when no
 * customer has a purchase and no end is given, `purchaseAfterObservationEnd` when the end is before a customer's
 * last purchase (a table's totals cannot be cut at an earlier day); a grouped table's rows keep their customersInRow
 * (each row's values are those of one customer of its group), `onePurchaseTwoDates` for one purchase with
 * two dates; a RangeError for an observation end that is not a whole day.
 *
 * Source: the BTYD summary of Fader, Hardie & Lee (2005), here from per-customer totals; on the CDNOW table
 * built from the log it gives the log's frequency, recency and T exactly (test/core/summary/customerTableSummary.test.ts).
 * @example summarizeCustomerTable(readCustomerTable(rows, columns, 1).table, { timeUnit: "week" }).frequency[0] // purchases − 1
 */
export function summarizeCustomerTable(table: CustomerTable, options: TableSummaryOptions): CustomerSummary {
  const columns = summaryTable(table);
  const { purchases, revenue, firstDay, lastDay, knownDates } = columns;
  const { length } = table;
  const observationEndDay = lastDay ? (options.observationEndDay ?? latestPurchase(purchases, lastDay, length)) : Number.NaN;
  if (lastDay && !Number.isInteger(observationEndDay)) throw new RangeError(`observationEndDay must be a whole day number, not ${observationEndDay}`);
  if (!lastDay && !hasPurchase(purchases, length)) throw new CustomerTableError("noPurchases", {});
  const unitDays = daysPerUnit[options.timeUnit];
  const customerIds = table.customerIds.slice(0, length);

  const summaryColumns = emptySummaryColumns(length);
  let includedCustomers = 0;
  let customersWithoutPurchase = 0;

  for (let index = 0; index < length; index += 1) {
    const count = purchases[index];
    if (count === 0) {
      customersWithoutPurchase += table.customersInRow ? table.customersInRow[index] : 1;
      continue;
    }
    const customer = customerIds[index];
    const last = lastDay ? lastDay[index] : Number.NaN;
    const first = firstDay ? firstDay[index] : Number.NaN;
    if (last > observationEndDay) throw new CustomerTableError("purchaseAfterObservationEnd", { customer, lastPurchaseDay: last, observationEndDay });
    if (firstDay && count === 1 && last !== first) throw new CustomerTableError("onePurchaseTwoDates", { customer, firstPurchaseDay: first, lastPurchaseDay: last });
    includedCustomers += 1;
    // The average of all purchases, first included (a table has no amount per purchase); 0 without a repeat.
    const monetary = count === 1 ? 0 : revenue[index] / count;
    includeCustomer(summaryColumns, index, { purchases: count, firstDay: first, lastDay: last, revenue: revenue[index], monetary }, observationEndDay, unitDays);
  }
  if (knownDates !== "firstAndLast") forgetUnknownDates(summaryColumns, knownDates);
  const grouped = table.customersInRow ? { customersInRow: table.customersInRow.slice(0, length) } : {};

  return {
    ...grouped,
    timeUnit: options.timeUnit,
    observationEndDay,
    customerIds,
    hasAmounts: true,
    knownDates,
    includedCustomers,
    ...summaryColumns,
    rowsAfterObservationEnd: 0,
    customersFirstPurchasingAfterEnd: 0,
    customersWithoutPurchase,
  };
}

/** Whether some customer has a purchase. */
function hasPurchase(purchases: Float64Array, length: number): boolean {
  for (let index = 0; index < length; index += 1) if (purchases[index] > 0) return true;
  return false;
}

/** The day columns a table without first (or any) dates cannot give: 0 in the integer columns, NaN in the others. */
function forgetUnknownDates(columns: SummaryColumns, knownDates: KnownDates): void {
  columns.firstPurchaseDay.fill(0);
  columns.recency.fill(Number.NaN);
  columns.T.fill(Number.NaN);
  columns.averageDaysBetweenPurchases.fill(Number.NaN);
  columns.expectedNextPurchaseDay.fill(Number.NaN);
  if (knownDates === "none") {
    columns.lastPurchaseDay.fill(0);
    columns.daysSinceLastPurchase.fill(0);
  }
}
