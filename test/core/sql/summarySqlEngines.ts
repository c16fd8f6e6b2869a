import type { CustomerSummary } from "../../../src/core/summary/customerSummary";
import { dayOfIsoDateText } from "../../../src/core/read/civilDate";
import type { TransactionLog } from "../../../src/core/transactionLog";

/** One row of the summary query as a database returns it, both views' columns together (absent ones undefined). */
export type SqlRow = Record<string, unknown>;

/** A purchase log as CSV text for a database to load: customer, day (YYYY-MM-DD), amount. */
export function logCsv(log: TransactionLog): string {
  const lines = ["customer,day,amount"];
  for (let row = 0; row < log.length; row += 1) {
    const date = new Date(log.day[row] * 86_400_000).toISOString().slice(0, 10);
    lines.push(`${log.customerIds[log.customer[row]]},${date},${log.amount[row]}`);
  }
  return `${lines.join("\n")}\n`;
}

/** A date a database returned (a Date, a date value object or text) as days since 1970-01-01. */
function dayOf(value: unknown): number {
  if (value instanceof Date) return Math.round(value.getTime() / 86_400_000);
  const text = String(value);
  const day = dayOfIsoDateText(text.slice(0, 10));
  if (day === undefined) throw new Error(`not a date: ${text}`);
  return day;
}

/** The largest difference per column between the query's rows (both views, by customer) and the engine's summary. */
export function differences(summary: CustomerSummary, table: SqlRow[], model: SqlRow[]): Record<string, number> & { customers: number; missing: number } {
  const index = new Map(summary.customerIds.map((id, i) => [id, i]));
  const worst = { customers: table.length, missing: 0, purchases: 0, first_purchase: 0, last_purchase: 0, total_amount: 0, frequency: 0, recency: 0, T: 0, monetary: 0 };
  const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
  for (const row of table) {
    const i = index.get(String(row.customer));
    if (i === undefined || summary.included[i] !== 1) {
      worst.missing += 1;
      continue;
    }
    worst.purchases = Math.max(worst.purchases, Math.abs(Number(row.purchases) - summary.purchases[i]));
    worst.first_purchase = Math.max(worst.first_purchase, Math.abs(dayOf(row.first_purchase) - summary.firstPurchaseDay[i]));
    worst.last_purchase = Math.max(worst.last_purchase, Math.abs(dayOf(row.last_purchase) - summary.lastPurchaseDay[i]));
    worst.total_amount = Math.max(worst.total_amount, relative(Number(row.total_amount), summary.revenue[i]));
  }
  for (const row of model) {
    const i = index.get(String(row.customer));
    if (i === undefined || summary.included[i] !== 1) continue;
    worst.frequency = Math.max(worst.frequency, Math.abs(Number(row.frequency) - summary.frequency[i]));
    worst.recency = Math.max(worst.recency, relative(Number(row.recency), summary.recency[i]));
    worst.T = Math.max(worst.T, relative(Number(row.T), summary.T[i]));
    worst.monetary = Math.max(worst.monetary, relative(Number(row.monetary), summary.monetary[i]));
  }
  return worst;
}
