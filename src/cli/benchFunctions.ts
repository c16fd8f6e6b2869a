import { RFM } from "../functions/customerHistory";
import { clearFitCache } from "../functions/fitCache";
import { BGNBD, GAMMAGAMMA, PREDICTEDCLV } from "../functions/models";
import { dayToExcelSerial } from "../core/read/excelSerial";
import { benchmarkScenario } from "../core/simulate/benchmarkScenario";
import { simulateTransactionLog } from "../core/simulate/simulateTransactionLog";
import { summarizeCustomers } from "../core/summary/customerSummary";
import { modelInput } from "../core/summary/modelInput";

/** A column as Excel passes a one-column range to a custom function, through JSON like Office.js's payload. */
function column(values: ArrayLike<unknown>): unknown[][] {
  return JSON.parse(JSON.stringify(Array.from(values, (value) => [value])));
}

/** The transaction log of `customers` simulated customers as the three columns a marketer passes to KV.RFM / KV.BGNBD. */
function transactionColumns(customers: number) {
  const scenario = benchmarkScenario(customers, 7);
  const log = simulateTransactionLog(scenario.parameters, scenario.options);
  const rows = Array.from({ length: log.length }, (_, i) => i);
  return {
    log,
    customers: column(rows.map((i) => log.customerIds[log.customer[i]])),
    dates: column(rows.map((i) => dayToExcelSerial(log.day[i]))),
    amounts: column(rows.map((i) => log.amount[i])),
  };
}

/**
 * The worksheet-function calls to time: KV.RFM and KV.BGNBD (cold, then cached) on ≈100,000 rows, KV.PREDICTEDCLV on 50,000 customers.
 * @example worksheetFunctionStages().map(({ stage }) => stage) // ["KV.RFM, … rows", "KV.BGNBD, … rows, cold", "KV.BGNBD, same content (cached)", "KV.PREDICTEDCLV, … customers"]
 */
export function worksheetFunctionStages(): Array<{ stage: string; run: () => void }> {
  const transactions = transactionColumns(45_000);
  const valued = transactionColumns(50_000);
  const history = modelInput(summarizeCustomers(valued.log, { timeUnit: "week" }));
  const frequency = column(history.frequency);
  const recency = column(history.recency);
  const age = column(history.T);
  const monetary = column(history.monetary);
  const bgnbd = BGNBD(valued.customers, valued.dates, undefined, "week");
  const gammaGamma = GAMMAGAMMA(frequency, monetary);
  return [
    { stage: `KV.RFM, ${transactions.log.length.toLocaleString("en")} rows`, run: () => void RFM(transactions.customers, transactions.dates, transactions.amounts) },
    {
      stage: `KV.BGNBD, ${transactions.log.length.toLocaleString("en")} rows, cold`,
      run: () => {
        clearFitCache();
        BGNBD(transactions.customers, transactions.dates);
      },
    },
    { stage: "KV.BGNBD, same content (cached)", run: () => void BGNBD(transactions.customers, transactions.dates) },
    {
      stage: `KV.PREDICTEDCLV, ${history.frequency.length.toLocaleString("en")} customers`,
      run: () => void PREDICTEDCLV(frequency, recency, age, monetary, bgnbd, gammaGamma, 12, 0.1, 1),
    },
  ];
}
