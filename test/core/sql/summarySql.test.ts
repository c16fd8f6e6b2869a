/**
 * The summary query run on real engines — DuckDB (its npm package, with its own binaries) and PostgreSQL (Debian's
 * server, started here on a free local port) — against the engine's own summary (summarizeCustomers): the CDNOW
 * sample and a simulated log, every customer, every column of both views.
 */
import { summarySql, type SqlDialect, type SummarySqlOptions } from "../../../src/core/sql/summarySql";
import { daysFromCivil } from "../../../src/core/read/civilDate";
import { simulateTransactionLog } from "../../../src/core/simulate/simulateTransactionLog";
import { benchmarkScenario } from "../../../src/core/simulate/benchmarkScenario";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { holdoutSplit } from "../../../src/core/summary/holdoutSplit";
import { summarizeCustomerTable } from "../../../src/core/summary/customerTableSummary";
import { readPurchaseData } from "../../../src/core/read/readPurchaseData";
import type { TransactionLog } from "../../../src/core/transactionLog";
import { cdnowLog } from "../summary/cdnowLog";
import { columns, cornerLog, differences, openEngine, type Engine } from "./summarySqlEngines";

/** Runs both views on a loaded log and compares them with the engine's summary at the same observation end. */
async function compare(engine: Engine, dialect: SqlDialect, log: TransactionLog, options: Partial<SummarySqlOptions> & { observationEndDay: number }) {
  await engine.load(log);
  const query = (view: "table" | "model") => summarySql({ dialect, ...columns, timeUnit: "week", view, ...options });
  const table = await engine.rows(query("table"));
  const model = await engine.rows(query("model"));
  const summary = summarizeCustomers(log, { timeUnit: options.timeUnit ?? "week", observationEndDay: options.observationEndDay });
  const result = differences(summary, table, model);
  // KV_SQL_REPORT=1 prints the customers and the largest difference per column, for the record.
  if (process.env.KV_SQL_REPORT === "1") console.log(dialect, log.customerIds.length, JSON.stringify(result));
  return { result, included: summary.includedCustomers };
}

const EXACT = { missing: 0, purchases: 0, first_purchase: 0, last_purchase: 0, frequency: 0 };

describe.each(["duckdb", "postgresql"] as const)("the summary query on %s", (dialect) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openEngine(dialect);
  }, 60_000);
  afterAll(() => engine?.close());

  it("equals the engine's summary on CDNOW, every customer and column (weeks, to 1997-09-30 and to the last date)", async () => {
    const log = cdnowLog();
    for (const asOf of ["1997-09-30", undefined]) {
      const observationEndDay = asOf === undefined ? daysFromCivil(1998, 6, 30) : daysFromCivil(1997, 9, 30);
      const { result, included } = await compare(engine, dialect, log, { asOf, observationEndDay });
      expect(result.customers).toBe(included);
      expect(result).toMatchObject(EXACT);
      for (const column of ["total_amount", "recency", "T", "monetary"] as const) expect(result[column]).toBeLessThan(1e-12);
    }
  });

  it("keeps the definitions' corners: same-day rows netted, a full refund, zero amounts, returns only, rows after the end", async () => {
    const { result, included } = await compare(engine, dialect, cornerLog, { asOf: "2024-03-31", observationEndDay: daysFromCivil(2024, 3, 31), timeUnit: "day" });
    expect(included).toBe(3);
    expect(result.customers).toBe(3);
    expect(result).toMatchObject(EXACT);
    for (const column of ["total_amount", "recency", "T", "monetary"] as const) expect(result[column]).toBeLessThan(1e-12);
  });

  it("with a calibration end, equals holdoutSplit: the summary as of it and each customer's purchase days after it", async () => {
    const log = cdnowLog();
    await engine.load(log);
    const calibrationEndDay = daysFromCivil(1997, 9, 30);
    const query = (view: "table" | "model") => summarySql({ dialect, ...columns, timeUnit: "week", view, holdoutUntil: "1997-09-30" });
    const model = await engine.rows(query("model"));
    const split = holdoutSplit(log, { timeUnit: "week", calibrationEndDay });
    expect(differences(split.calibration, await engine.rows(query("table")), model)).toMatchObject({ customers: 2357, ...EXACT });
    const index = new Map(log.customerIds.map((id, i) => [id, i]));
    const mismatched = model.filter((row) => Number(row.holdout_purchases) !== split.holdoutPurchases[index.get(String(row.customer))!]);
    expect(mismatched).toEqual([]);
    // Calibration and holdout purchase days add up to CDNOW's 6,696 purchase days.
    const calibrationPurchases = (await engine.rows(query("table"))).reduce((sum, row) => sum + Number(row.purchases), 0);
    expect(calibrationPurchases + model.reduce((sum, row) => sum + Number(row.holdout_purchases), 0)).toBe(6696);
  });

  it("without an amount column counts every customer-day with a row and leaves the amounts empty (CDNOW has no returns)", async () => {
    const log = cdnowLog();
    await engine.load(log);
    const query = (view: "table" | "model") => summarySql({ dialect, ...columns, amount: undefined, timeUnit: "week", view });
    const [table, model] = [await engine.rows(query("table")), await engine.rows(query("model"))];
    const result = differences(summarizeCustomers(log, { timeUnit: "week" }), table, model);
    expect(result).toMatchObject({ customers: 2357, ...EXACT });
    for (const column of ["recency", "T"] as const) expect(result[column]).toBeLessThan(1e-12);
    expect([...table.map((row) => row.total_amount), ...model.map((row) => row.monetary)].filter((value) => value !== null)).toEqual([]);
  });

  it("gives a table the add-in reads as a per-customer table, with the log's summary", async () => {
    const log = cdnowLog();
    await engine.load(log);
    const rows = await engine.rows(summarySql({ dialect, ...columns, timeUnit: "week", view: "table" }));
    const header = ["customer", "purchases", "first_purchase", "last_purchase", "total_amount"];
    // Dates as an export writes them (YYYY-MM-DD); DuckDB hands them over as Date objects, pg as text.
    const text = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);
    const cells = [header, ...rows.map((row) => header.map((key) => (key.endsWith("purchase") ? text(row[key]) : (row[key] as string | number))))];
    const data = readPurchaseData(cells);
    if (data.layout !== "customerTable") throw new Error("the table view is read as a per-customer table");
    expect(data.diagnostics.rowsSkipped).toBe(0);
    const fromTable = summarizeCustomerTable(data.table, { timeUnit: "week" });
    const fromLog = summarizeCustomers(log, { timeUnit: "week" });
    const index = new Map(fromLog.customerIds.map((id, i) => [id, i]));
    const mismatched = fromTable.customerIds.filter((id, i) => {
      const j = index.get(id)!;
      return fromTable.frequency[i] !== fromLog.frequency[j] || Math.abs(fromTable.T[i] - fromLog.T[j]) > 1e-12 || Math.abs(fromTable.recency[i] - fromLog.recency[j]) > 1e-12;
    });
    expect(fromTable.customerIds).toHaveLength(2357);
    expect(mismatched).toEqual([]);
  });

  it("equals it on a simulated log of 1,000,000 customers (2.2 million rows)", async () => {
    const { parameters, options } = benchmarkScenario(1_000_000);
    const log = simulateTransactionLog(parameters, options);
    const { result, included } = await compare(engine, dialect, log, { observationEndDay: options.endDay });
    expect(result.customers).toBe(included);
    expect(result).toMatchObject(EXACT);
    for (const column of ["total_amount", "recency", "T", "monetary"] as const) expect(result[column]).toBeLessThan(1e-12);
  }, 300_000);
});
