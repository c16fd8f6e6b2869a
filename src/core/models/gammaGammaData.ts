import { distinctValues } from "./distinctValues";
import { ceil, log, max } from "../hotGlobals";

/**
 * The repeat buyers with spend (x > 0 and mean repeat spend m̄ > 0), prepared for the Gamma-Gamma likelihood:
 * the terms that do not involve (p, q, v) are summed once, ln Γ / ψ terms are per distinct x.
 */
export interface GammaGammaData {
  /** Customers (Σ weight). */
  customers: number;
  /** One row per customer, or per group of customers with equal x and m̄ (`weight` of them). */
  rows: number;
  frequency: Float64Array;
  monetary: Float64Array;
  weight: Float64Array;
  /** Distinct x among them and how many customers have each. */
  frequencies: Float64Array;
  frequencyWeights: Float64Array;
  /** Σ ln m̄, Σ x ln m̄, Σ x ln x. */
  sumLogMonetary: number;
  sumFrequencyLogMonetary: number;
  sumFrequencyLogFrequency: number;
  sumMonetary: number;
}

/**
 * Selects the customers the Gamma-Gamma model is fitted on (x > 0, m̄ > 0; Fader & Hardie 2013) and precomputes
 * their constant sums; rows of a grouped summary weigh their `customersInRow` (customers with equal x and m̄).
 * With `stride` > 1 every stride-th row is used (a systematic subsample for a warm start).
 * @example prepareGammaGammaData(Float64Array.of(0, 2, 1), Float64Array.of(0, 22.35, 11.77)).customers // 2
 */
export function prepareGammaGammaData(frequency: Float64Array, monetary: Float64Array, customersInRow?: Float64Array, stride = 1): GammaGammaData {
  const step = max(1, stride);
  const eligibleRow = (i: number): boolean => frequency[i] > 0 && monetary[i] > 0 && (!customersInRow || customersInRow[i] > 0);
  let eligible = 0;
  for (let i = 0; i < frequency.length; i += 1) if (eligibleRow(i)) eligible += 1;
  const count = ceil(eligible / step);
  const x = new Float64Array(count);
  const m = new Float64Array(count);
  const weight = new Float64Array(count);
  let seen = 0;
  let filled = 0;
  for (let i = 0; i < frequency.length && filled < count; i += 1) {
    if (!eligibleRow(i)) continue;
    if (seen % step === 0) {
      x[filled] = frequency[i];
      m[filled] = monetary[i];
      weight[filled] = customersInRow ? customersInRow[i] : 1;
      filled += 1;
    }
    seen += 1;
  }
  let customers = 0;
  let sumLogMonetary = 0;
  let sumFrequencyLogMonetary = 0;
  let sumFrequencyLogFrequency = 0;
  let sumMonetary = 0;
  for (let k = 0; k < count; k += 1) {
    const logMonetary = log(m[k]);
    customers += weight[k];
    sumLogMonetary += weight[k] * logMonetary;
    sumFrequencyLogMonetary += weight[k] * x[k] * logMonetary;
    sumFrequencyLogFrequency += weight[k] * x[k] * log(x[k]);
    sumMonetary += weight[k] * m[k];
  }
  const table = distinctValues(x);
  const frequencyWeights = new Float64Array(table.values.length);
  for (let k = 0; k < count; k += 1) frequencyWeights[table.index[k]] += weight[k];
  return {
    customers,
    rows: count,
    weight,
    frequency: x,
    monetary: m,
    frequencies: table.values,
    frequencyWeights,
    sumLogMonetary,
    sumFrequencyLogMonetary,
    sumFrequencyLogFrequency,
    sumMonetary,
  };
}
