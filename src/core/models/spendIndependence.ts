import { abs, sqrt } from "../hotGlobals";

/** Above this |correlation| between x and m̄ the Gamma-Gamma independence assumption is reported as questionable. */
export const SPEND_CORRELATION_WARNING = 0.3;

/** The result of spendIndependenceCheck. */
export interface SpendIndependence {
  /** Repeat buyers with spend (x > 0, m̄ > 0) the correlation is computed over. */
  repeatBuyers: number;
  /** Pearson correlation of x and m̄ among them; null with fewer than 3 of them or no variation. */
  correlation: number | null;
  /** True when |correlation| ≥ SPEND_CORRELATION_WARNING (0.3, a "moderate" correlation). */
  questionable: boolean;
}

/**
 * A diagnostic of the Gamma-Gamma model's key assumption, that how much a customer spends per purchase is
 * independent of how often they buy: the Pearson correlation between x and m̄ among repeat buyers
 * (Fader, Hardie & Lee 2005, JMR 42(4), §"Spend": 0.11 on CDNOW, judged independent enough).
 * @example spendIndependenceCheck(cdnowFrequency, cdnowMonetary) // { repeatBuyers: 946, correlation: 0.11, questionable: false }
 */
export function spendIndependenceCheck(frequency: Float64Array, monetary: Float64Array, customersInRow?: Float64Array): SpendIndependence {
  let count = 0;
  let meanX = 0;
  let meanM = 0;
  for (let i = 0; i < frequency.length; i += 1) {
    const weight = customersInRow ? customersInRow[i] : 1;
    if (frequency[i] > 0 && monetary[i] > 0 && weight > 0) {
      count += weight;
      meanX += (weight * (frequency[i] - meanX)) / count;
      meanM += (weight * (monetary[i] - meanM)) / count;
    }
  }
  let covariance = 0;
  let varianceX = 0;
  let varianceM = 0;
  for (let i = 0; i < frequency.length; i += 1) {
    if (frequency[i] > 0 && monetary[i] > 0) {
      const weight = customersInRow ? customersInRow[i] : 1;
      const dx = frequency[i] - meanX;
      const dm = monetary[i] - meanM;
      covariance += weight * dx * dm;
      varianceX += weight * dx * dx;
      varianceM += weight * dm * dm;
    }
  }
  const correlation = count >= 3 && varianceX > 0 && varianceM > 0 ? covariance / sqrt(varianceX * varianceM) : null;
  return { repeatBuyers: count, correlation, questionable: correlation !== null && abs(correlation) >= SPEND_CORRELATION_WARNING };
}
