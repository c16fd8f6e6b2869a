import type { CustomerTable } from "../read/customerTable";
import { analysisNeeds, availableFacts } from "../read/analysisSupport";
import { daysPerUnit, type TimeUnit } from "../transactionLog";
import type { CustomerSummary } from "./customerSummary";
import { CustomerTableError } from "./customerTableError";
import { emptySummaryColumns, includeCustomer } from "./summaryColumns";

/**
 * Options of summarizeCustomerTable.
 */
export interface TableSummaryOptions {
  /** Unit of recency and T (and so of every model parameter fitted on them). */
  timeUnit: TimeUnit;
  /** Last observed day, in whole days since 1970-01-01 UTC; not before any customer's last purchase. Default: the latest last purchase. */
  observationEndDay?: number;
}

/** The table's columns the summary needs, all present. */
interface CompleteTable {
  purchases: Float64Array;
  revenue: Float64Array;
  firstDay: Float64Array;
  lastDay: Float64Array;
}

/** The four columns, or CustomerTableError `missingFacts` naming what the predictive CLV needs and the table lacks. */
function completeTable(table: CustomerTable): CompleteTable {
  const { purchases, firstDay, lastDay, averageAmount } = table;
  const revenue = table.revenue ?? (averageAmount && purchases ? averageAmount.map((average, index) => average * purchases[index]) : undefined);
  if (purchases && firstDay && lastDay && revenue) return { purchases, revenue, firstDay, lastDay };
  const facts = availableFacts({ layout: "customerTable", table });
  const missing = analysisNeeds.predictiveClv.filter((fact) => !facts.includes(fact));
  throw new CustomerTableError("missingFacts", { support: { analysis: "predictiveClv", supported: false, missing } });
}

/** The latest last purchase of a customer with purchases. */
function latestPurchase({ purchases, lastDay }: CompleteTable, length: number): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < length; index += 1) if (purchases[index] > 0 && lastDay[index] > latest) latest = lastDay[index];
  if (latest === Number.NEGATIVE_INFINITY) throw new CustomerTableError("noPurchases", {});
  return latest;
}

/**
 * The per-customer summary (both views) of a per-customer table with a number of purchases, first and last
 * purchase dates and an amount (total or average) per customer, by the definitions of docs/ARCHITECTURE.md,
 * "Per-customer tables": monetary is the average of all purchases, 0 when x = 0. Customers with 0 purchases are
 * excluded and counted; the purchase count is taken as purchase days.
 * Throws CustomerTableError: `missingFacts` when a column is absent, `noPurchases` when no customer has a
 * purchase and no end is given, `purchaseAfterObservationEnd` when the end is before a customer's last purchase
 * (a table's totals cannot be cut at an earlier day), `onePurchaseTwoDates` for one purchase with two dates;
 * a RangeError for an observation end that is not a whole day.
 *
 * Source: the BTYD summary of Fader, Hardie & Lee (2005), here from per-customer totals; on the CDNOW table
 * built from the log it gives the log's frequency, recency and T exactly (test/core/summary/customerTableSummary.test.ts).
 * @example summarizeCustomerTable(readCustomerTable(rows, columns, 1).table, { timeUnit: "week" }).frequency[0] // purchases − 1
 */
export function summarizeCustomerTable(table: CustomerTable, options: TableSummaryOptions): CustomerSummary {
  const columns = completeTable(table);
  const { length } = table;
  const observationEndDay = options.observationEndDay ?? latestPurchase(columns, length);
  if (!Number.isInteger(observationEndDay)) throw new RangeError(`observationEndDay must be a whole day number, not ${observationEndDay}`);
  const unitDays = daysPerUnit[options.timeUnit];
  const customerIds = table.customerIds.slice(0, length);

  const summaryColumns = emptySummaryColumns(length);
  let includedCustomers = 0;
  let customersWithoutPurchase = 0;

  for (let index = 0; index < length; index += 1) {
    const count = columns.purchases[index];
    if (count === 0) {
      customersWithoutPurchase += 1;
      continue;
    }
    const customer = customerIds[index];
    const first = columns.firstDay[index];
    const last = columns.lastDay[index];
    if (last > observationEndDay) throw new CustomerTableError("purchaseAfterObservationEnd", { customer, lastPurchaseDay: last, observationEndDay });
    if (count === 1 && last !== first) throw new CustomerTableError("onePurchaseTwoDates", { customer, firstPurchaseDay: first, lastPurchaseDay: last });
    const revenue = columns.revenue[index];
    includedCustomers += 1;
    // The average of all purchases, first included (a table has no amount per purchase); 0 without a repeat.
    const monetary = count === 1 ? 0 : revenue / count;
    includeCustomer(summaryColumns, index, { purchases: count, firstDay: first, lastDay: last, revenue, monetary }, observationEndDay, unitDays);
  }

  return {
    timeUnit: options.timeUnit,
    observationEndDay,
    customerIds,
    hasAmounts: true,
    includedCustomers,
    ...summaryColumns,
    rowsAfterObservationEnd: 0,
    customersFirstPurchasingAfterEnd: 0,
    customersWithoutPurchase,
  };
}
