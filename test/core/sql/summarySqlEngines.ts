import { DuckDBInstance } from "@duckdb/node-api";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Client } from "pg";
import type { SqlDialect } from "../../../src/core/sql/summarySql";
import type { CustomerSummary } from "../../../src/core/summary/customerSummary";
import { daysFromCivil, dayOfIsoDateText } from "../../../src/core/read/civilDate";
import type { TransactionLog } from "../../../src/core/transactionLog";
import { logOf } from "../summary/logOf";
import { startPostgres, type TestPostgres } from "../../support/postgres";

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
export function dayOf(value: unknown): number {
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

/** The summary query's column names in the test table `purchases` every engine loads. */
export const columns = { table: "purchases", customer: "customer", date: "day", amount: "amount" } as const;

/** A hand log with the definitions' corners: same-day rows, a full refund, zero amounts, returns only, a late row. */
export const cornerLog = logOf([
  ["a", daysFromCivil(2024, 1, 5), 100],
  ["a", daysFromCivil(2024, 1, 5), -30],
  ["a", daysFromCivil(2024, 2, 1), 50],
  ["a", daysFromCivil(2024, 2, 1), -50],
  ["a", daysFromCivil(2024, 3, 1), 20],
  ["b", daysFromCivil(2024, 1, 20), 0],
  ["b", daysFromCivil(2024, 3, 2), 0],
  ["c", daysFromCivil(2024, 2, 10), -10],
  ["d", daysFromCivil(2024, 3, 20), 40],
  ["d", daysFromCivil(2024, 5, 1), 40],
]);

/** A database to run the summary query on: `load` puts a log into the table `purchases`; `close` stops it. */
export interface Engine {
  load(log: TransactionLog): Promise<void>;
  rows(sql: string): Promise<SqlRow[]>;
  close(): Promise<void>;
}

async function duckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "kv-duckdb-"));
  return {
    async load(log) {
      const file = path.join(folder, "log.csv");
      fs.writeFileSync(file, logCsv(log));
      await connection.run("DROP TABLE IF EXISTS purchases");
      await connection.run(`CREATE TABLE purchases AS SELECT * FROM read_csv('${file}', header = true, columns = {'customer': 'VARCHAR', 'day': 'DATE', 'amount': 'DOUBLE'})`);
    },
    async rows(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as SqlRow[];
    },
    close: async () => {
      connection.closeSync();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function postgresql(server: TestPostgres): Promise<Engine> {
  const client = new Client({ host: "127.0.0.1", port: server.port, user: "postgres", database: "postgres" });
  await client.connect();
  // Dates come back as text, as written.
  client.setTypeParser(1082, (value: string) => value);
  return {
    async load(log) {
      const file = path.join(server.folder, "log.csv");
      fs.writeFileSync(file, logCsv(log));
      if (process.getuid?.() === 0) fs.chownSync(file, Number(fs.statSync(server.folder).uid), Number(fs.statSync(server.folder).gid));
      await client.query("DROP TABLE IF EXISTS purchases");
      await client.query("CREATE TABLE purchases (customer TEXT, day DATE, amount NUMERIC)");
      await client.query(`COPY purchases FROM '${file}' WITH (FORMAT csv, HEADER true)`);
    },
    async rows(sql) {
      return (await client.query(sql)).rows as SqlRow[];
    },
    close: async () => {
      try {
        await client.end();
      } finally {
        server.stop();
      }
    },
  };
}

/**
 * A real engine of the dialect: DuckDB in memory (its npm package), or a client of a PostgreSQL server started for
 * it (test/support/postgres.ts), which `close` stops.
 */
export async function openEngine(dialect: SqlDialect): Promise<Engine> {
  return dialect === "duckdb" ? duckdb() : postgresql(await startPostgres());
}
