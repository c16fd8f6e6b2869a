import type { TransactionLog } from "../transactionLog";
import { lastDayInLog } from "./lastDayInLog";
import { isFiniteNumber } from "../hotGlobals";

/**
 * The rows of a TransactionLog grouped by customer and sorted by (day, amount) within each customer, as copies of
 * their day and amount so that later passes read memory in order: the rows of customer c are positions
 * start[c] … start[c + 1] − 1 of `day` and `amount`.
 */
export interface CustomerDayOrder {
  /** `customerIds.length + 1` offsets; a customer without rows has start[c] = start[c + 1]. */
  start: Int32Array;
  /** The log's days, customer by customer, each customer's rows by day and then by amount. */
  day: Int32Array;
  /** The amounts of the same rows. */
  amount: Float64Array;
}

/** Buckets up to this size are sorted by insertion sort (almost all: the typical customer has 1–5 rows). */
const insertionSortLimit = 32;

/**
 * Groups the log's rows by customer with a counting sort over customer indices (one counting pass, one
 * scatter pass that writes day and amount to their customer's bucket; no per-customer objects), then
 * sorts each customer's rows by day and, within a day, by amount. Sorting by amount too makes every later
 * sum independent of the input row order, bit for bit. Throws a RangeError naming the row when a customer
 * index is outside `customerIds` or an amount is not a finite number (in a log with amounts), or when `length` is
 * longer than the columns (a broken log).
 *
 * Source: counting sort (Knuth, TAOCP vol. 3, §5.2 "distribution counting"); insertion sort for the
 * small per-customer buckets and the built-in typed-array sort for the rare large ones.
 * @example customerDayOrder({ customerIds: ["a", "b"], customer: Int32Array.of(1, 0, 1), day: Int32Array.of(9, 5, 3),
 *   amount: Float64Array.of(1, 2, 3), length: 3, hasAmounts: true })
 * // start [0, 1, 3], day [5, 3, 9], amount [2, 3, 1]: a's row, then b's rows by day
 */
export function customerDayOrder(log: TransactionLog): CustomerDayOrder {
  const rows = log.length;
  const customers = log.customerIds.length;
  const { customer } = log;
  if (rows > customer.length || rows > log.day.length || rows > log.amount.length) {
    throw new RangeError(`TransactionLog: length ${rows} is longer than its columns`);
  }
  const start = new Int32Array(customers + 1);
  for (let row = 0; row < rows; row += 1) {
    const index = customer[row];
    if (index < 0 || index >= customers) {
      throw new RangeError(`TransactionLog row ${row}: customer index ${index} is outside customerIds (${customers} ids)`);
    }
    start[index + 1] += 1;
  }
  for (let index = 0; index < customers; index += 1) start[index + 1] += start[index];

  const next = start.slice(0, customers);
  const sortedDay = new Int32Array(rows);
  const sortedAmount = new Float64Array(rows);
  for (let row = 0; row < rows; row += 1) {
    const position = next[customer[row]]++;
    const amount = log.amount[row];
    if (log.hasAmounts && !isFiniteNumber(amount)) throw new RangeError(`TransactionLog row ${row}: amount ${amount} is not a finite number`);
    sortedDay[position] = log.day[row];
    sortedAmount[position] = amount;
  }
  const sorted = { start, day: sortedDay, amount: sortedAmount };
  for (let index = 0; index < customers; index += 1) {
    const from = start[index];
    const to = start[index + 1];
    if (to - from <= 1) continue;
    if (to - from <= insertionSortLimit) insertionSort(sorted, from, to);
    else typedArraySort(sorted, from, to);
  }
  return sorted;
}

/** Insertion sort of positions [from, to) by (day, amount). */
function insertionSort({ day, amount }: CustomerDayOrder, from: number, to: number): void {
  for (let position = from + 1; position < to; position += 1) {
    const movingDay = day[position];
    const movingAmount = amount[position];
    let target = position - 1;
    while (target >= from && (day[target] > movingDay || (day[target] === movingDay && amount[target] > movingAmount))) {
      day[target + 1] = day[target];
      amount[target + 1] = amount[target];
      target -= 1;
    }
    day[target + 1] = movingDay;
    amount[target + 1] = movingAmount;
  }
}

/** Sorts positions [from, to) by (day, amount) through a permutation and the built-in sort. */
function typedArraySort({ day, amount }: CustomerDayOrder, from: number, to: number): void {
  const permutation = new Int32Array(to - from);
  for (let offset = 0; offset < permutation.length; offset += 1) permutation[offset] = from + offset;
  permutation.sort((left, right) => {
    if (day[left] !== day[right]) return day[left] - day[right];
    return amount[left] < amount[right] ? -1 : amount[left] > amount[right] ? 1 : 0;
  });
  const days = Int32Array.from(permutation, (position) => day[position]);
  const amounts = Float64Array.from(permutation, (position) => amount[position]);
  day.set(days, from);
  amount.set(amounts, from);
}

/**
 * The observation end and the rows grouped by customer that a pass over a log starts from: the end given (a whole
 * day number) or the log's last day, and the order given — checked to be this log's — or made here.
 * @example const { observationEndDay, order } = observedOrder(log, { observationEndDay: 10_407 });
 */
export function observedOrder(log: TransactionLog, options: { observationEndDay?: number; order?: CustomerDayOrder }): { observationEndDay: number; order: CustomerDayOrder } {
  const observationEndDay = options.observationEndDay ?? lastDayInLog(log);
  if (!Number.isInteger(observationEndDay)) throw new RangeError(`observationEndDay must be a whole day number, not ${observationEndDay}`);
  const order = options.order ?? customerDayOrder(log);
  if (order.day.length !== log.length || order.start.length !== log.customerIds.length + 1) {
    throw new RangeError("options.order was made from a different TransactionLog");
  }
  return { observationEndDay, order };
}
