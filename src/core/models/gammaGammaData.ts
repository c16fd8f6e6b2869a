import { distinctValues } from "./distinctValues";
import { ceil, log, max } from "../hotGlobals";

/**
 * The repeat buyers with spend (x > 0 and mean repeat spend m̄ > 0), prepared for the Gamma-Gamma likelihood:
 * the terms that do not involve (p, q, v) are summed once, ln Γ / ψ terms are per distinct x.
 */
export interface GammaGammaData {
  customers: number;
  frequency: Float64Array;
  monetary: Float64Array;
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
 * their constant sums. With `stride` > 1 every stride-th of them is used (a systematic subsample for a warm start).
 * @example prepareGammaGammaData(Float64Array.of(0, 2, 1), Float64Array.of(0, 22.35, 11.77)).customers // 2
 */
export function prepareGammaGammaData(frequency: Float64Array, monetary: Float64Array, stride = 1): GammaGammaData {
  const step = max(1, stride);
  let eligible = 0;
  for (let i = 0; i < frequency.length; i += 1) if (frequency[i] > 0 && monetary[i] > 0) eligible += 1;
  const count = ceil(eligible / step);
  const x = new Float64Array(count);
  const m = new Float64Array(count);
  let seen = 0;
  let filled = 0;
  for (let i = 0; i < frequency.length && filled < count; i += 1) {
    if (!(frequency[i] > 0 && monetary[i] > 0)) continue;
    if (seen % step === 0) {
      x[filled] = frequency[i];
      m[filled] = monetary[i];
      filled += 1;
    }
    seen += 1;
  }
  let sumLogMonetary = 0;
  let sumFrequencyLogMonetary = 0;
  let sumFrequencyLogFrequency = 0;
  let sumMonetary = 0;
  for (let k = 0; k < count; k += 1) {
    const logMonetary = log(m[k]);
    sumLogMonetary += logMonetary;
    sumFrequencyLogMonetary += x[k] * logMonetary;
    sumFrequencyLogFrequency += x[k] * log(x[k]);
    sumMonetary += m[k];
  }
  const table = distinctValues(x);
  const frequencyWeights = new Float64Array(table.values.length);
  for (let k = 0; k < count; k += 1) frequencyWeights[table.index[k]] += 1;
  return {
    customers: count,
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
