import type { TransactionLog } from "../transactionLog";
import { RandomStream } from "../random/randomStream";
import { drawCustomerTraits, purchaseAmount, simulateRepeatPurchaseTimes, type SimulationParameters } from "./simulationParameters";
import { ceil, floor, max, round } from "../hotGlobals";

/** Settings of simulateTransactionLog. Days are whole days since 1970-01-01 (UTC), as in TransactionLog. */
export interface TransactionLogSimulationOptions {
  customers: number;
  seed: number;
  /** First purchases are spread uniformly over cohortDays days starting at cohortStartDay. */
  cohortStartDay: number;
  cohortDays: number;
  /** The last day of the log (inclusive). */
  endDay: number;
  /** Row order: "day" (chronological, like an export; default) or "customer" (each customer's rows together). */
  order?: "day" | "customer";
}

/**
 * Simulates a purchase log from known BG/NBD + Gamma-Gamma parameters (α in days): each customer's first
 * purchase falls on a uniformly drawn day of the cohort window, repeat purchases follow the BG/NBD process in
 * continuous time and are booked on the day they fall in, and every purchase (the first included) is worth
 * Gamma(p, ν) rounded to cents. Deterministic for a seed; typed arrays in the TransactionLog layout, customer ids
 * "C1" … "Cn". Used by the tests and the 1 M-customer benchmark.
 * @example
 * simulateTransactionLog({ bgnbd: { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, gammaGamma: { p: 6, q: 3.8, v: 15 } },
 *   { customers: 1000, seed: 1, cohortStartDay: 19358, cohortDays: 365, endDay: 19722 });
 */
export function simulateTransactionLog(parameters: SimulationParameters, options: TransactionLogSimulationOptions): TransactionLog {
  const random = new RandomStream(options.seed);
  let capacity = max(16, ceil(options.customers * 3));
  let customer: Int32Array = new Int32Array(capacity);
  let day: Int32Array = new Int32Array(capacity);
  let amount: Float64Array = new Float64Array(capacity);
  let length = 0;
  let times: Float64Array = new Float64Array(64);
  const push = (customerIndex: number, purchaseDay: number, value: number): void => {
    if (length === capacity) {
      capacity *= 2;
      customer = grownInt32(customer, capacity);
      day = grownInt32(day, capacity);
      const larger = new Float64Array(capacity);
      larger.set(amount);
      amount = larger;
    }
    customer[length] = customerIndex;
    day[length] = purchaseDay;
    amount[length] = value;
    length += 1;
  };
  const shape = parameters.gammaGamma.p;
  for (let i = 0; i < options.customers; i += 1) {
    const traits = drawCustomerTraits(random, parameters);
    const firstDay = options.cohortStartDay + random.below(options.cohortDays);
    push(i, firstDay, cents(purchaseAmount(random, shape, traits.spendRate)));
    const simulated = simulateRepeatPurchaseTimes(random, traits, options.endDay - firstDay + 1, times);
    times = simulated.times;
    for (let k = 0; k < simulated.count; k += 1) {
      const purchaseDay = firstDay + floor(times[k]);
      if (purchaseDay > options.endDay) break;
      push(i, purchaseDay, cents(purchaseAmount(random, shape, traits.spendRate)));
    }
  }
  const log: TransactionLog = {
    customerIds: Array.from({ length: options.customers }, (_, i) => `C${i + 1}`),
    customer: customer.subarray(0, length),
    day: day.subarray(0, length),
    amount: amount.subarray(0, length),
    length,
    hasAmounts: true,
  };
  return (options.order ?? "day") === "day" ? inDayOrder(log, options.cohortStartDay, options.endDay) : log;
}

function cents(value: number): number {
  return round(value * 100) / 100;
}

function grownInt32(array: Int32Array, capacity: number): Int32Array {
  const larger = new Int32Array(capacity);
  larger.set(array);
  return larger;
}

/** The rows sorted by day (stable, by counting sort over the log's day range). */
function inDayOrder(log: TransactionLog, firstDay: number, lastDay: number): TransactionLog {
  const counts = new Int32Array(lastDay - firstDay + 2);
  for (let row = 0; row < log.length; row += 1) counts[log.day[row] - firstDay + 1] += 1;
  for (let k = 1; k < counts.length; k += 1) counts[k] += counts[k - 1];
  const customer = new Int32Array(log.length);
  const day = new Int32Array(log.length);
  const amount = new Float64Array(log.length);
  for (let row = 0; row < log.length; row += 1) {
    const target = counts[log.day[row] - firstDay];
    counts[log.day[row] - firstDay] += 1;
    customer[target] = log.customer[row];
    day[target] = log.day[row];
    amount[target] = log.amount[row];
  }
  return { ...log, customer, day, amount };
}
