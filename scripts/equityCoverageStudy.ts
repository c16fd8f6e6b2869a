/**
 * The equity-range coverage study (docs/equityCoverageStudy.md): does the 80 % customer-equity range contain the
 * revenue the existing customers actually brought in afterwards? Each dataset is a purchase log cut at a "present":
 * the engine runs as the task pane does (holdout check at the middle of the data up to the present, the purchase
 * model chosen on it, margin 100 %, no discounting, the horizon = the months after the present that the log covers)
 * and its range, with and without the model error, is compared with the actual revenue after the present.
 *
 * Run it (about 2 minutes): `KV_EQUITY_STUDY=1 npx jest test/scripts/equityCoverageStudy.test.ts`; it prints the
 * table of docs/equityCoverageStudy.md.
 */
import { analyzeTransactions } from "../src/core/analysis/analyzeTransactions";
import { analyzeCustomerValue, type CustomerValueSettings } from "../src/core/models/customerValue";
import type { CustomerEquityForecast } from "../src/core/models/customerEquityForecast";
import type { SimulationParameters } from "../src/core/simulate/simulationParameters";
import { simulateTransactionLog } from "../src/core/simulate/simulateTransactionLog";
import { RandomStream } from "../src/core/random/randomStream";
import { modelInput } from "../src/core/summary/modelInput";
import type { TransactionLog } from "../src/core/transactionLog";
import { round } from "../src/core/hotGlobals";

/** A log cut at a present, with the months after it that the range is checked on. */
export interface StudyDataset {
  id: string;
  description: string;
  log: TransactionLog;
  presentDay: number;
  months: number;
}

/** One dataset's result: the actual revenue after the present and the ranges. */
export interface CoverageRow {
  id: string;
  model: string;
  modelChoice: string;
  forecast: number;
  actual: number;
  /** The range without the model error (as before) and with it. */
  before: [number, number];
  after: [number, number];
  modelError: number;
  modelErrorSource: string;
}

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Runs the engine on the dataset's log up to its present and compares its equity ranges with the actual revenue.
 * @example coverageOf(dataset).after // [low, high] with the model error
 */
export function coverageOf(dataset: StudyDataset): CoverageRow {
  const { log, presentDay, months } = dataset;
  let firstDay = Number.POSITIVE_INFINITY;
  for (let row = 0; row < log.length; row += 1) if (log.day[row] < firstDay) firstDay = log.day[row];
  const settings = {
    timeUnit: "week" as const,
    observationEndDay: presentDay,
    horizonMonths: months,
    annualDiscountRate: 0,
    grossMargin: 1,
    newCustomers: 0,
    segmentScheme: "rfm" as const,
    seed: 7,
    calibrationEndDay: firstDay + Math.floor((presentDay - firstDay) / 2),
  };
  const analysis = analyzeTransactions(log, settings);
  const equity = analysis.value.customerEquity as CustomerEquityForecast;
  const chosen = analysis.value.modelChoice.chosen ?? "bgnbd";
  // The same model and fits without the model error: the range as it was before.
  const history = modelInput(analysis.summary);
  const revenue = Float64Array.from(history.customerIndex, (index) => analysis.summary.revenue[index]);
  const valueSettings: CustomerValueSettings = { ...settings, purchaseModel: chosen, seed: 7, holdoutMisses: { [chosen]: 0 } };
  const before = analyzeCustomerValue(history, valueSettings, { revenue, valuation: { observedYears: 1, lifetime: { kind: "years", years: 1 }, grossMargin: 1, annualDiscountRate: 0 } })
    .customerEquity as CustomerEquityForecast;
  const known = new Uint8Array(log.customerIds.length);
  for (let row = 0; row < log.length; row += 1) if (log.day[row] <= presentDay) known[log.customer[row]] = 1;
  const endDay = presentDay + round(months * DAYS_PER_MONTH);
  let actual = 0;
  for (let row = 0; row < log.length; row += 1) {
    if (log.day[row] > presentDay && log.day[row] <= endDay && known[log.customer[row]] === 1) actual += log.amount[row];
  }
  return {
    id: dataset.id,
    model: chosen,
    modelChoice: analysis.value.modelChoice.by,
    forecast: equity.value,
    actual,
    before: [before.low, before.high],
    after: [equity.low, equity.high],
    modelError: equity.modelError.relative,
    modelErrorSource: equity.modelError.source,
  };
}

/** 2024-01-01 as days since 1970-01-01. */
const START = 19_723;

function simulated(id: string, description: string, parameters: SimulationParameters, seed: number, change?: (log: TransactionLog) => TransactionLog): StudyDataset {
  const presentDay = START + 365;
  const log = simulateTransactionLog(parameters, { customers: 3000, seed, cohortStartDay: START, cohortDays: 180, endDay: presentDay + 366 });
  return { id, description, log: change ? change(log) : log, presentDay, months: 12 };
}

/**
 * The log with each repeat purchase kept with a probability falling linearly over the calendar, from 1 on the first
 * day to `lastKeep` on the last (seeded): customers buying less and less as time goes on, in the data and after it.
 */
function declining(lastKeep: number, seed: number): (log: TransactionLog) => TransactionLog {
  return (log) => {
    const random = new RandomStream(seed);
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    const firstDay = new Int32Array(log.customerIds.length).fill(2147483647);
    for (let row = 0; row < log.length; row += 1) {
      first = Math.min(first, log.day[row]);
      last = Math.max(last, log.day[row]);
      firstDay[log.customer[row]] = Math.min(firstDay[log.customer[row]], log.day[row]);
    }
    const rows: number[] = [];
    for (let row = 0; row < log.length; row += 1) {
      const keep = 1 - ((1 - lastKeep) * (log.day[row] - first)) / Math.max(1, last - first);
      if (log.day[row] === firstDay[log.customer[row]] || random.uniform() < keep) rows.push(row);
    }
    return {
      ...log,
      length: rows.length,
      customer: Int32Array.from(rows, (row) => log.customer[row]),
      day: Int32Array.from(rows, (row) => log.day[row]),
      amount: Float64Array.from(rows, (row) => log.amount[row]),
    };
  };
}

/** Two logs as one customer base (the second's customers renumbered after the first's): a mixture the models do not assume. */
function mixed(first: TransactionLog, second: TransactionLog): TransactionLog {
  const offset = first.customerIds.length;
  const customer = new Int32Array(first.length + second.length);
  customer.set(first.customer.subarray(0, first.length));
  for (let row = 0; row < second.length; row += 1) customer[first.length + row] = second.customer[row] + offset;
  const day = new Int32Array(first.length + second.length);
  day.set(first.day.subarray(0, first.length));
  day.set(second.day.subarray(0, second.length), first.length);
  const amount = new Float64Array(first.length + second.length);
  amount.set(first.amount.subarray(0, first.length));
  amount.set(second.amount.subarray(0, second.length), first.length);
  return { ...first, length: customer.length, customer, day, amount, customerIds: [...first.customerIds, ...second.customerIds.map((id) => `M${id}`)] };
}

const spend = { p: 6, q: 3.8, v: 15 };

/**
 * The simulated datasets (α in days): four BG/NBD worlds of different shapes, and three the models do not describe —
 * repeat purchases declining over the calendar (to 60 % by the end), a mixture of two very different bases, and the
 * mixture declining (to 70 %).
 * @example simulatedDatasets().map((dataset) => dataset.id)
 */
export function simulatedDatasets(): StudyDataset[] {
  const cdnowLike = { bgnbd: { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, gammaGamma: spend };
  const frequent = { bgnbd: { r: 1, alpha: 20, a: 0.5, b: 3 }, gammaGamma: spend };
  const leaving = { bgnbd: { r: 0.5, alpha: 15, a: 1.5, b: 1.5 }, gammaGamma: spend };
  const loyal = { bgnbd: { r: 0.3, alpha: 40, a: 0.3, b: 6 }, gammaGamma: spend };
  const presentDay = START + 365;
  const options = (seed: number) => ({ customers: 1500, seed, cohortStartDay: START, cohortDays: 180, endDay: presentDay + 366 });
  const mixture = mixed(simulateTransactionLog(frequent, options(41)), simulateTransactionLog(leaving, options(42)));
  return [
    simulated("bgnbdCdnowLike", "BG/NBD, CDNOW-like (r 0.25, α 30 days, a 0.8, b 2.5)", cdnowLike, 11),
    simulated("bgnbdFrequent", "BG/NBD, frequent buyers (r 1, α 20, a 0.5, b 3)", frequent, 12),
    simulated("bgnbdLeaving", "BG/NBD, high dropout (r 0.5, α 15, a 1.5, b 1.5)", leaving, 13),
    simulated("bgnbdLoyal", "BG/NBD, low dropout (r 0.3, α 40, a 0.3, b 6)", loyal, 14),
    simulated("declining", "CDNOW-like, repeat purchases declining over the calendar to 60 %", cdnowLike, 15, declining(0.6, 5)),
    { id: "mixture", description: "a mixture of the frequent and the high-dropout bases", log: mixture, presentDay, months: 12 },
    { id: "decliningMixture", description: "the mixture, repeat purchases declining to 70 %", log: declining(0.7, 6)(mixture), presentDay, months: 12 },
  ];
}
