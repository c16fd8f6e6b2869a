import { RFM } from "../functions/customerHistory";
import { COHORT } from "../functions/cohorts";
import { clearFitCache } from "../functions/fitCache";
import { BGNBD, GAMMAGAMMA, PREDICTEDCLV, TimeUnitOption } from "../functions/models";
import { dayToExcelSerial } from "../core/read/excelSerial";
import { benchmarkScenario } from "../core/simulate/benchmarkScenario";
import { simulateTransactionLog } from "../core/simulate/simulateTransactionLog";
import { summarizeCustomers } from "../core/summary/customerSummary";
import { modelInput } from "../core/summary/modelInput";
import type { TransactionLog } from "../core/transactionLog";

/** One worksheet-function call to time: its label, how many runs, the call, and what its result was, in words. */
export interface FunctionStage {
  stage: string;
  runs: number;
  /** One call; a fitting function's Promise is awaited. */
  run: () => unknown;
  result?: (output: unknown) => string;
}

/** The rows of a whole-column reference from row 2 (A2:A1048576), below a header in row 1. */
const WHOLE_COLUMN_ROWS = 1_048_575;

/** A column as Excel passes a one-column range to a custom function, through JSON like Office.js's payload. */
function column(values: ArrayLike<unknown>): unknown[][] {
  return JSON.parse(JSON.stringify(Array.from(values, (value) => [value])));
}

/** A whole column (A2:A1048576): the values, then empty cells, which Excel hosts send as null or "". */
function wholeColumn(values: ArrayLike<unknown>, blank: null | ""): unknown[][] {
  return column(Array.from({ length: WHOLE_COLUMN_ROWS }, (_, row) => (row < values.length ? values[row] : blank)));
}

/** The first `rows` rows of a simulated log (or all of it) as the three columns a marketer passes to KV.RFM / KV.BGNBD. */
function transactionValues(log: TransactionLog, rows = log.length) {
  const indexes = Array.from({ length: Math.min(rows, log.length) }, (_, i) => i);
  return {
    rows: indexes.length,
    customers: indexes.map((i) => log.customerIds[log.customer[i]]),
    dates: indexes.map((i) => dayToExcelSerial(log.day[i])),
    amounts: indexes.map((i) => log.amount[i]),
  };
}

/**
 * The transaction log of `customers` simulated customers (≈ 2.23 rows each), in date order like an export, or
 * customer by customer, so that its first rows are whole customers over the whole period.
 */
function simulatedLog(customers: number, order: "day" | "customer" = "day"): TransactionLog {
  const scenario = benchmarkScenario(customers, 7);
  return simulateTransactionLog(scenario.parameters, { ...scenario.options, order });
}

/** KV.RFM's result in words: the customers it spilled (one row each below the header). */
function rfmResult(output: unknown): string {
  return `${((output as unknown[][]).length - 1).toLocaleString("en")} customers`;
}

/** KV.COHORT's result in words: the cohorts it spilled and the periods of the oldest. */
function cohortResult(output: unknown): string {
  const rows = output as unknown[][];
  return `${(rows.length - 1).toLocaleString("en")} cohorts × ${(rows[0].length - 2).toLocaleString("en")} periods`;
}

/** KV.BGNBD's result in words: its parameters and the customers it was fitted on. */
function bgnbdResult(output: unknown): string {
  const values = Object.fromEntries(output as [string, number][]);
  const rounded = (name: string): string => values[name].toFixed(4);
  return `r ${rounded("r")}, α ${rounded("alpha")}, a ${rounded("a")}, b ${rounded("b")}; ${values.customers.toLocaleString("en")} customers`;
}

/** KV.RFM and KV.BGNBD (cold) over whole columns A2:A1048576 holding `filledRows` purchase rows, then blanks. */
function wholeColumnStages(log: TransactionLog, filledRows: number, runs: number): FunctionStage[] {
  const values = transactionValues(log, filledRows);
  // Amounts and customers blank as null, dates as "" (Excel hosts send either).
  const customers = wholeColumn(values.customers, null);
  const dates = wholeColumn(values.dates, "");
  const amounts = wholeColumn(values.amounts, null);
  const label = `A2:A1048576, ${values.rows.toLocaleString("en")} filled rows`;
  return [
    { stage: `KV.RFM, ${label}`, runs, run: () => RFM(customers, dates, amounts), result: rfmResult },
    { stage: `KV.COHORT, ${label}, by month`, runs, run: () => COHORT(customers, dates, amounts, "cumulativeRevenuePerCustomer"), result: cohortResult },
    {
      stage: `KV.BGNBD, ${label}, cold`,
      runs,
      run: () => {
        clearFitCache();
        return BGNBD(customers, dates);
      },
      result: bgnbdResult,
    },
  ];
}

/**
 * The worksheet-function calls to time: KV.RFM, KV.COHORT and KV.BGNBD (cold, then cached) on ≈100,000 rows,
 * KV.PREDICTEDCLV on 50,000 customers, and KV.RFM, KV.COHORT and KV.BGNBD over whole columns (A2:A1048576) with 1,000
 * and 1,000,000 filled rows.
 * @example (await worksheetFunctionStages()).map(({ stage }) => stage) // ["KV.RFM, … rows", "KV.BGNBD, … rows, cold", …, "KV.BGNBD, A2:A1048576, 1,000,000 filled rows, cold"]
 */
export async function worksheetFunctionStages(): Promise<FunctionStage[]> {
  const transactions = transactionValues(simulatedLog(45_000));
  const customers = column(transactions.customers);
  const dates = column(transactions.dates);
  const amounts = column(transactions.amounts);
  const valued = simulatedLog(50_000);
  const history = modelInput(summarizeCustomers(valued, { timeUnit: "week" }));
  const frequency = column(history.frequency);
  const recency = column(history.recency);
  const age = column(history.T);
  const monetary = column(history.monetary);
  const valuedValues = transactionValues(valued);
  const bgnbd = await BGNBD(column(valuedValues.customers), column(valuedValues.dates), undefined, TimeUnitOption.week);
  const gammaGamma = await GAMMAGAMMA(frequency, monetary);
  // ≈ 1,003,000 rows of 450,000 customers, customer by customer; the whole-column stages take the first 1,000 and 1,000,000.
  const large = simulatedLog(450_000, "customer");
  const rows = transactions.rows.toLocaleString("en");
  return [
    { stage: `KV.RFM, ${rows} rows`, runs: 7, run: () => RFM(customers, dates, amounts), result: rfmResult },
    { stage: `KV.COHORT, ${rows} rows, by week`, runs: 7, run: () => COHORT(customers, dates, amounts, "activeRate", "week"), result: cohortResult },
    {
      stage: `KV.BGNBD, ${rows} rows, cold`,
      runs: 7,
      run: () => {
        clearFitCache();
        return BGNBD(customers, dates);
      },
      result: bgnbdResult,
    },
    { stage: "KV.BGNBD, same content (cached)", runs: 7, run: () => BGNBD(customers, dates), result: bgnbdResult },
    {
      stage: `KV.PREDICTEDCLV, ${history.frequency.length.toLocaleString("en")} customers`,
      runs: 7,
      run: () => PREDICTEDCLV(frequency, recency, age, monetary, bgnbd, gammaGamma, 12, 0.1, 1),
      result: (output) => `${(output as unknown[][]).length.toLocaleString("en")} values`,
    },
    ...wholeColumnStages(large, 1_000, 7),
    ...wholeColumnStages(large, 1_000_000, 3),
  ];
}
