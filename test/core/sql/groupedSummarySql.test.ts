/**
 * The grouped summary query (summarySql with `grouped`) run on real engines — DuckDB and PostgreSQL, as in
 * summarySql.test.ts — against wholePeriodGroups of the engine's own summary: CDNOW, the corner log and a simulated
 * log, in days and in weeks, both views; and against the ungrouped query's rows.
 */
import { summarySql, type SqlDialect, type SummarySqlOptions, type SummaryView } from "../../../src/core/sql/summarySql";
import { daysFromCivil } from "../../../src/core/read/civilDate";
import { simulateTransactionLog } from "../../../src/core/simulate/simulateTransactionLog";
import { benchmarkScenario } from "../../../src/core/simulate/benchmarkScenario";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { holdoutSplit } from "../../../src/core/summary/holdoutSplit";
import { wholePeriodGroups, type WholePeriodGroups } from "../../../src/core/summary/wholePeriodGroups";
import { daysPerUnit, type TimeUnit, type TransactionLog } from "../../../src/core/transactionLog";
import { cdnowLog } from "../summary/cdnowLog";
import { readPurchaseData } from "../../../src/core/read/readPurchaseData";
import { analyzeCustomerTable } from "../../../src/core/analysis/analyzeCustomerTable";
import { fitBgNbd } from "../../../src/core/models/fitBgNbd";
import { standardSettings } from "../../support/analysisSettings";
import { columns, cornerLog, dayOf, openEngine, type Engine, type SqlRow } from "./summarySqlEngines";

/** A group as [frequency, recency, T, customers], exact, and its amounts [monetary, total amount]. */
interface Group {
  key: number[];
  amounts: number[];
}

function expectedGroups(groups: WholePeriodGroups): Group[] {
  return Array.from(groups.frequency, (_, k) => ({
    key: [groups.frequency[k], groups.recency[k], groups.T[k], groups.customers[k]],
    amounts: [groups.monetary[k], groups.totalAmount[k]],
  }));
}

/** The model view's grouped rows, as the query orders them. */
function modelGroups(rows: SqlRow[]): Group[] {
  return rows.map((row) => ({
    key: [Number(row.frequency), Number(row.recency), Number(row.T), Number(row.number_of_customers)],
    amounts: [Number(row.monetary), Number(row.total_amount)],
  }));
}

/**
 * The table view's grouped rows read as a reader of its dates would: frequency = purchases − 1,
 * T = (end − first_purchase) / u, recency = (last_purchase − first_purchase) / u; ordered by frequency, recency, T.
 * Monetary is not in the table view: NaN.
 */
function tableGroups(rows: SqlRow[], endDay: number, timeUnit: TimeUnit): Group[] {
  const unitDays = daysPerUnit[timeUnit];
  const groups = rows.map((row) => {
    const first = dayOf(row.first_purchase);
    const last = dayOf(row.last_purchase);
    return { key: [Number(row.purchases) - 1, (last - first) / unitDays, (endDay - first) / unitDays, Number(row.number_of_customers)], amounts: [Number.NaN, Number(row.total_amount)] };
  });
  return groups.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
}

/** The largest difference of an amount, relative to the expected value (to 1 below 1 in size). */
function worstAmount(actual: Group[], expected: Group[], column: 0 | 1): number {
  return actual.reduce((worst, group, k) => {
    const [a, b] = [group.amounts[column], expected[k].amounts[column]];
    return Math.max(worst, Math.abs(a - b) / Math.max(1, Math.abs(b)));
  }, 0);
}

/** (purchases, first, last purchase day) → customers, from ungrouped rows (1 each) or grouped ones. */
function purchaseCounts(rows: SqlRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = `${Number(row.purchases)}|${dayOf(row.first_purchase)}|${dayOf(row.last_purchase)}`;
    counts.set(key, (counts.get(key) ?? 0) + (row.number_of_customers === undefined ? 1 : Number(row.number_of_customers)));
  }
  return counts;
}

/** Every check of the grouped query on one log and time unit, both views; returns the group counts. */
async function checkGrouped(engine: Engine, dialect: SqlDialect, name: string, log: TransactionLog, timeUnit: TimeUnit, options: Partial<SummarySqlOptions> & { observationEndDay: number }) {
  const query = (view: SummaryView, grouped: boolean) => summarySql({ dialect, ...columns, timeUnit, view, grouped, ...options });
  const customers = await engine.rows(query("table", false));
  const model = await engine.rows(query("model", true));
  const table = await engine.rows(query("table", true));
  const expected = expectedGroups(wholePeriodGroups(summarizeCustomers(log, { timeUnit, observationEndDay: options.observationEndDay }), timeUnit));

  for (const [rows, groups] of [
    [model, modelGroups(model)],
    [table, tableGroups(table, options.observationEndDay, timeUnit)],
  ] as const) {
    expect(groups.map((group) => group.key)).toEqual(expected.map((group) => group.key));
    expect(worstAmount(groups, expected, 1)).toBeLessThanOrEqual(1e-9);
    expect(rows.filter((row) => Number(row.groups_in_table) !== rows.length)).toEqual([]);
    expect(rows.reduce((sum, row) => sum + Number(row.number_of_customers), 0)).toBe(customers.length);
  }
  expect(worstAmount(modelGroups(model), expected, 0)).toBeLessThanOrEqual(1e-9);
  if (timeUnit === "day") {
    // In days the grouped table, each row taken `customers` times, is the ungrouped table's (purchases, first, last).
    const ungrouped = purchaseCounts(customers);
    const grouped = purchaseCounts(table);
    expect(grouped.size).toBe(table.length);
    expect([...ungrouped].filter(([key, count]) => grouped.get(key) !== count)).toEqual([]);
    expect(grouped.size).toBe(ungrouped.size);
  }
  // KV_SQL_REPORT=1 prints the groups against the customers, for the record.
  if (process.env.KV_SQL_REPORT === "1") console.log(dialect, name, timeUnit, `${model.length} groups of ${customers.length} customers`);
  return { groups: model.length, customers: customers.length };
}

/** The simulated log's customers: a tenth of summarySql.test.ts's 1,000,000, to keep the run short. */
const SIMULATED_CUSTOMERS = 100_000;

describe.each(["duckdb", "postgresql"] as const)("the grouped summary query on %s", (dialect) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openEngine(dialect);
  }, 60_000);
  afterAll(() => engine?.close());

  it.each(["day", "week"] as const)("on CDNOW in %ss equals wholePeriodGroups of the engine's summary, both views", async (timeUnit) => {
    const log = cdnowLog();
    await engine.load(log);
    // Without --as-of: the observation end is the table's last date, 1998-06-30.
    const { groups, customers } = await checkGrouped(engine, dialect, "CDNOW", log, timeUnit, { observationEndDay: daysFromCivil(1998, 6, 30) });
    expect(customers).toBe(2357);
    expect(groups).toBeLessThan(customers);
  });

  it("gives a grouped table the add-in reads: every customer counted, the model fitted as on the groups' summary", async () => {
    const log = cdnowLog();
    await engine.load(log);
    const rows = await engine.rows(summarySql({ dialect, ...columns, timeUnit: "week", view: "table", grouped: true }));
    const header = ["customer_group", "purchases", "first_purchase", "last_purchase", "number_of_customers", "total_amount", "groups_in_table"];
    const text = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);
    const cells = [header, ...rows.map((row) => header.map((key) => (key.endsWith("purchase") ? text(row[key]) : (row[key] as string | number))))];
    const data = readPurchaseData(cells);
    if (data.layout !== "customerTable") throw new Error("the grouped table view is read as a per-customer table");
    expect(data.diagnostics.rowsSkipped).toBe(0);
    expect(data.columns.roles.customerCount?.header).toBe("number_of_customers");
    expect(data.columns.roles.customer.header).toBe("customer_group");
    const analysis = analyzeCustomerTable(data.table, { ...standardSettings, purchaseModel: "bgnbd" });
    expect(analysis.kpis.customers).toBe(2357);
    // The same groups from the engine's own summary (wholePeriodGroups), fitted directly with their counts.
    const groups = wholePeriodGroups(summarizeCustomers(log, { timeUnit: "week" }), "week");
    const direct = fitBgNbd({ frequency: groups.frequency, recency: groups.recency, T: groups.T, customersInRow: groups.customers });
    if (!direct.ok || !analysis.value.purchase.ok || analysis.value.purchase.fit.name !== "bgnbd") throw new Error("the BG/NBD must fit");
    for (const [name, value] of Object.entries(direct.fit.parameters)) {
      expect(Math.abs((analysis.value.purchase.fit.parameters as unknown as Record<string, number>)[name] / value - 1)).toBeLessThan(1e-9);
    }
  });

  it.each(["day", "week"] as const)("keeps the corners in %ss: same-day rows netted, a full refund, zero amounts, returns only, rows after the end", async (timeUnit) => {
    await engine.load(cornerLog);
    const { customers } = await checkGrouped(engine, dialect, "corners", cornerLog, timeUnit, { asOf: "2024-03-31", observationEndDay: daysFromCivil(2024, 3, 31) });
    expect(customers).toBe(3);
  });

  it("on a simulated log of 100,000 customers, in days and weeks", async () => {
    const { parameters, options } = benchmarkScenario(SIMULATED_CUSTOMERS);
    const log = simulateTransactionLog(parameters, options);
    await engine.load(log);
    const asOf = new Date(options.endDay * 86_400_000).toISOString().slice(0, 10);
    const days = await checkGrouped(engine, dialect, "simulated", log, "day", { asOf, observationEndDay: options.endDay });
    const weeks = await checkGrouped(engine, dialect, "simulated", log, "week", { asOf, observationEndDay: options.endDay });
    expect(weeks.customers).toBe(days.customers);
    // Weeks merge what days keep apart (100,000 customers: 39,576 groups in days, 11,851 in weeks).
    expect(weeks.groups).toBeLessThan(days.groups);
    expect(days.groups).toBeLessThan(days.customers);
  }, 120_000);

  it("with a calibration end, sums each group's holdout purchases (holdoutSplit's), in weeks", async () => {
    const log = cdnowLog();
    await engine.load(log);
    const split = holdoutSplit(log, { timeUnit: "week", calibrationEndDay: daysFromCivil(1997, 9, 30) });
    const rows = await engine.rows(summarySql({ dialect, ...columns, timeUnit: "week", view: "model", grouped: true, holdoutUntil: "1997-09-30" }));
    const groups = wholePeriodGroups(split.calibration, "week");
    expect(modelGroups(rows).map((group) => group.key)).toEqual(expectedGroups(groups).map((group) => group.key));
    // Each calibration customer's holdout purchase days, summed by their whole-week (frequency, recency, T).
    const expected = new Map<string, number>();
    const end = split.calibration.observationEndDay;
    split.calibration.included.forEach((included, i) => {
      if (included === 0) return;
      const T = Math.floor((end - split.calibration.firstPurchaseDay[i]) / 7);
      const key = `${split.calibration.purchases[i] - 1}|${T - Math.floor((end - split.calibration.lastPurchaseDay[i]) / 7)}|${T}`;
      expected.set(key, (expected.get(key) ?? 0) + split.holdoutPurchases[i]);
    });
    expect(rows.filter((row) => Number(row.holdout_purchases) !== expected.get(`${row.frequency}|${row.recency}|${row.T}`))).toEqual([]);
  });

  it("without an amount column counts every customer-day with a row, and leaves the amounts empty", async () => {
    const log = cdnowLog();
    await engine.load(log);
    const rows = await engine.rows(summarySql({ dialect, ...columns, amount: undefined, timeUnit: "week", view: "model", grouped: true }));
    const groups = wholePeriodGroups(summarizeCustomers(log, { timeUnit: "week" }), "week");
    // CDNOW has no returns, so its purchase days are its customer-days.
    expect(modelGroups(rows).map((group) => group.key)).toEqual(expectedGroups(groups).map((group) => group.key));
    expect(rows.filter((row) => row.monetary !== null || row.total_amount !== null)).toEqual([]);
  });
});
