import type { CustomerSummary } from "./customerSummary";
import { gathered } from "./gathered";

/** The BTYD columns of the included customers only, compact, as the models read them. */
export interface ModelInput {
  /** customerIndex[k] = the summary's (and the log's) index of the k-th customer here. */
  customerIndex: Int32Array;
  /** x as a floating-point column. */
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  /** NaN everywhere when the log has no amounts. */
  monetary: Float64Array;
  /** A grouped table's customers per row (PurchaseHistory.customersInRow); absent = one customer each. */
  customersInRow?: Float64Array;
}

/**
 * The included customers' frequency, recency, T and monetary as compact Float64Arrays (the shape of the
 * models' PurchaseHistory / SpendHistory), with the map back to summary indices, so that model code never
 * sees the NaN placeholders of excluded customers. Per-customer predictions computed on it go back with
 * `full[customerIndex[k]] = compact[k]`. With every customer included they are the summary's own columns (read, never
 * written).
 *
 * Source: the BTYD summary columns (docs/ARCHITECTURE.md, "Two views of a customer").
 * @example modelInput(summarizeCustomers(log, { timeUnit: "week" })).frequency // x of each included customer
 */
export function modelInput(summary: CustomerSummary): ModelInput {
  const count = summary.includedCustomers;
  // Every customer included (the common case): the summary's own columns, not copies of a million entries.
  if (count === summary.included.length) {
    const { recency, T, monetary, customersInRow } = summary;
    const everyone = { customerIndex: identityIndex(count), frequency: Float64Array.from(summary.frequency), recency, T, monetary };
    return customersInRow ? { ...everyone, customersInRow } : everyone;
  }
  const customerIndex = new Int32Array(count);
  const frequency = new Float64Array(count);
  const recency = new Float64Array(count);
  const T = new Float64Array(count);
  const monetary = new Float64Array(count);
  let position = 0;
  for (let index = 0; index < summary.included.length; index += 1) {
    if (summary.included[index] === 0) continue;
    customerIndex[position] = index;
    frequency[position] = summary.frequency[index];
    recency[position] = summary.recency[index];
    T[position] = summary.T[index];
    monetary[position] = summary.monetary[index];
    position += 1;
  }
  const { customersInRow } = summary;
  if (!customersInRow) return { customerIndex, frequency, recency, T, monetary };
  return { customerIndex, frequency, recency, T, monetary, customersInRow: gathered(customersInRow, customerIndex) };
}

/** 0, 1, …, count − 1. */
function identityIndex(count: number): Int32Array {
  const index = new Int32Array(count);
  for (let k = 0; k < count; k += 1) index[k] = k;
  return index;
}
