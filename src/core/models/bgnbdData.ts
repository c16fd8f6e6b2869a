import { distinctValues } from "./distinctValues";
import { customersIn, type PurchaseHistory } from "./purchaseHistory";

/**
 * A purchase history compressed for the BG/NBD likelihood: customers with the same (x, t_x, T) become one row
 * with a weight, times are indexed into a table of distinct values (so ln(α + t) is computed once per distinct
 * time), and frequencies into a table of distinct x (so ln Γ(r + x) is computed once per distinct x).
 * For x = 0 the recency is not used; such rows are keyed on T alone.
 */
export interface BgNbdData {
  /** Number of customers (Σ row weights). */
  customers: number;
  /** Customers with x > 0. */
  repeatBuyers: number;
  /** Distinct frequencies and the number of customers with each. */
  frequencies: Float64Array;
  frequencyWeights: Float64Array;
  /** Distinct times (recency and T values together). */
  times: Float64Array;
  rows: number;
  rowFrequency: Float64Array;
  rowFrequencyIndex: Int32Array;
  rowRecencyIndex: Int32Array;
  rowAgeIndex: Int32Array;
  rowWeight: Float64Array;
  /**
   * Distinct (x, time) pairs among the rows' (x, t_x) and (x, T): a term that depends on x and one time (the
   * Pareto/NBD's dropout integral) is computed once per pair, not once per row.
   */
  pairFrequency: Float64Array;
  pairTimeIndex: Int32Array;
  /** Each row's (x, t_x) pair, −1 when x = 0, and its (x, T) pair. */
  rowRecencyPair: Int32Array;
  rowAgePair: Int32Array;
  /** Σ x and Σ T over customers (for starting values). */
  totalFrequency: number;
  totalAge: number;
}

/**
 * Compresses a purchase history (already checked with checkPurchaseHistory) for fitting; a grouped history's rows
 * weigh their customersInRow. With `stride` > 1 only every stride-th row is used: a deterministic systematic
 * subsample for a fast warm start.
 * @example prepareBgNbdData({ frequency: Float64Array.of(0, 0), recency: Float64Array.of(0, 0), T: Float64Array.of(5, 5) }).rows // 1
 */
export function prepareBgNbdData(history: PurchaseHistory, stride = 1): BgNbdData {
  const { frequency, recency, T, customersInRow } = strided(history, stride);
  const count = frequency.length;
  const frequencyTable = distinctValues(frequency);
  const timeColumn = new Float64Array(2 * count);
  timeColumn.set(T, 0);
  timeColumn.set(recency, count);
  const timeTable = distinctValues(timeColumn);
  const timeCount = timeTable.values.length;
  const keys = new Float64Array(count);
  const exactKeys = frequencyTable.values.length * timeCount * timeCount < Number.MAX_SAFE_INTEGER;
  for (let row = 0; row < count; row += 1) {
    const ageIndex = timeTable.index[row];
    const recencyIndex = frequency[row] > 0 ? timeTable.index[count + row] : ageIndex;
    keys[row] = exactKeys ? (frequencyTable.index[row] * timeCount + recencyIndex) * timeCount + ageIndex : row;
  }
  const rowTable = distinctValues(keys);
  const rows = rowTable.values.length;
  const data: BgNbdData = {
    customers: count,
    repeatBuyers: 0,
    frequencies: frequencyTable.values,
    frequencyWeights: new Float64Array(frequencyTable.values.length),
    times: timeTable.values,
    rows,
    rowFrequency: new Float64Array(rows),
    rowFrequencyIndex: new Int32Array(rows),
    rowRecencyIndex: new Int32Array(rows),
    rowAgeIndex: new Int32Array(rows),
    rowWeight: new Float64Array(rows),
    pairFrequency: new Float64Array(0),
    pairTimeIndex: new Int32Array(0),
    rowRecencyPair: new Int32Array(rows),
    rowAgePair: new Int32Array(rows),
    totalFrequency: 0,
    totalAge: 0,
  };
  for (let row = 0; row < count; row += 1) {
    const target = rowTable.index[row];
    const frequencyIndex = frequencyTable.index[row];
    const ageIndex = timeTable.index[row];
    data.rowFrequency[target] = frequency[row];
    data.rowFrequencyIndex[target] = frequencyIndex;
    data.rowAgeIndex[target] = ageIndex;
    data.rowRecencyIndex[target] = frequency[row] > 0 ? timeTable.index[count + row] : ageIndex;
    const customers = customersInRow ? customersInRow[row] : 1;
    data.rowWeight[target] += customers;
    data.frequencyWeights[frequencyIndex] += customers;
    if (frequency[row] > 0) data.repeatBuyers += customers;
    data.totalFrequency += customers * frequency[row];
    data.totalAge += customers * T[row];
  }
  data.customers = customersIn({ frequency, customersInRow });
  addFrequencyTimePairs(data);
  return data;
}

/** Fills the data's (x, time) pair tables from its rows (see BgNbdData.pairFrequency). */
function addFrequencyTimePairs(data: BgNbdData): void {
  const timeCount = data.times.length;
  const keys = new Float64Array(2 * data.rows);
  for (let row = 0; row < data.rows; row += 1) {
    const frequencyKey = data.rowFrequencyIndex[row] * timeCount;
    keys[row] = frequencyKey + data.rowRecencyIndex[row];
    keys[data.rows + row] = frequencyKey + data.rowAgeIndex[row];
  }
  const pairs = distinctValues(keys);
  const count = pairs.values.length;
  data.pairFrequency = new Float64Array(count);
  data.pairTimeIndex = new Int32Array(count);
  for (let row = 0; row < data.rows; row += 1) {
    const recencyPair = pairs.index[row];
    const agePair = pairs.index[data.rows + row];
    data.pairFrequency[recencyPair] = data.rowFrequency[row];
    data.pairTimeIndex[recencyPair] = data.rowRecencyIndex[row];
    data.pairFrequency[agePair] = data.rowFrequency[row];
    data.pairTimeIndex[agePair] = data.rowAgeIndex[row];
    data.rowRecencyPair[row] = data.rowFrequency[row] > 0 ? recencyPair : -1;
    data.rowAgePair[row] = agePair;
  }
}

function strided(history: PurchaseHistory, stride: number): PurchaseHistory {
  if (stride <= 1) return history;
  const size = Math.ceil(history.frequency.length / stride);
  const pick = (column: Float64Array): Float64Array => {
    const out = new Float64Array(size);
    for (let i = 0; i < size; i += 1) out[i] = column[i * stride];
    return out;
  };
  const { customersInRow } = history;
  return { frequency: pick(history.frequency), recency: pick(history.recency), T: pick(history.T), customersInRow: customersInRow && pick(customersInRow) };
}
