import type { GammaGammaParameters } from "./gammaGammaParameters";

/**
 * E[M | x, m̄]: the expected value of a customer's future purchases given x repeat purchases of mean m̄
 * (Fader, Hardie & Lee 2005, JMR 42(4), eq. 5; Fader & Hardie 2013): a weighted mean of the population mean and
 * the customer's own mean,
 *   E[M | x, m̄] = (1 − w) · v·p/(q − 1) + w · m̄,   w = p·x / (p·x + q − 1),
 * equal to p·(v + x·m̄)/(p·x + q − 1). With x = 0 it is the population mean v·p/(q − 1).
 * @example expectedSpend({ p: 6.25, q: 3.74, v: 15.44 }, 2, 22.35) // 24.66
 */
export function expectedSpend(parameters: GammaGammaParameters, frequency: number, monetary: number): number {
  const { p, q, v } = parameters;
  return (p * (v + frequency * monetary)) / (p * frequency + q - 1);
}

/**
 * E[M | x, m̄] for every customer (see expectedSpend).
 * @example expectedSpendColumn(parameters, frequency, monetary) // Float64Array, one expected spend per customer
 */
export function expectedSpendColumn(parameters: GammaGammaParameters, frequency: Float64Array, monetary: Float64Array): Float64Array {
  const out = new Float64Array(frequency.length);
  for (let i = 0; i < out.length; i += 1) out[i] = expectedSpend(parameters, frequency[i], monetary[i]);
  return out;
}
