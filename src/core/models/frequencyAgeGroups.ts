import { distinctValues } from "./distinctValues";
import type { PurchaseHistory } from "./purchaseHistory";
import { floor } from "../hotGlobals";

/**
 * Customers grouped by equal (x, T): BG/NBD predictions for an alive customer depend on the history only through
 * x and T (not t_x), so the expensive ₂F₁ part is computed once per group and reused for every customer in it.
 */
export interface FrequencyAgeGroups {
  /** For each customer, the index of their group. */
  groupOf: Int32Array;
  /** Each group's x and T. */
  frequency: Float64Array;
  age: Float64Array;
}

/**
 * Groups the customers of a history by equal (frequency, T).
 * @example frequencyAgeGroups({ frequency: Float64Array.of(1, 1, 0), recency: Float64Array.of(2, 3, 0), T: Float64Array.of(9, 9, 9) }).frequency // [1, 0]
 */
export function frequencyAgeGroups(history: PurchaseHistory): FrequencyAgeGroups {
  const frequencies = distinctValues(history.frequency);
  const ages = distinctValues(history.T);
  const ageCount = ages.values.length;
  const keys = new Float64Array(history.frequency.length);
  for (let i = 0; i < keys.length; i += 1) keys[i] = frequencies.index[i] * ageCount + ages.index[i];
  const groups = distinctValues(keys);
  const frequency = new Float64Array(groups.values.length);
  const age = new Float64Array(groups.values.length);
  for (let g = 0; g < groups.values.length; g += 1) {
    const key = groups.values[g];
    frequency[g] = frequencies.values[floor(key / ageCount)];
    age[g] = ages.values[key % ageCount];
  }
  return { groupOf: groups.index, frequency, age };
}
