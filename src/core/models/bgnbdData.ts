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
  return data;
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
