/**
 * Gamma-Gamma spend parameters (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves for customer base
 * analysis", Journal of Marketing Research 42(4); Fader & Hardie 2013, "The Gamma-Gamma model of monetary value"):
 * each purchase of a customer is worth z ~ Gamma(shape p, rate ν), and ν ~ Gamma(shape q, rate v) across
 * customers. v is in currency units; q > 1 is needed for a finite average spend v·p/(q − 1).
 */
export interface GammaGammaParameters {
  p: number;
  q: number;
  v: number;
}

/**
 * The fitting scale: θ = (ln p, ln(q − 1), ln v), which keeps p, v > 0 and enforces q > 1.
 * @example gammaGammaLogParameters({ p: 1, q: 2, v: 1 }) // [0, 0, 0]
 */
export function gammaGammaLogParameters(parameters: GammaGammaParameters): Float64Array {
  return Float64Array.of(Math.log(parameters.p), Math.log(parameters.q - 1), Math.log(parameters.v));
}

/**
 * The parameters for θ = (ln p, ln(q − 1), ln v).
 * @example gammaGammaParametersFromLog(Float64Array.of(0, 0, 0)) // { p: 1, q: 2, v: 1 }
 */
export function gammaGammaParametersFromLog(logParameters: ArrayLike<number>): GammaGammaParameters {
  return { p: Math.exp(logParameters[0]), q: 1 + Math.exp(logParameters[1]), v: Math.exp(logParameters[2]) };
}

/**
 * The population mean spend per purchase, E[z] = p·v/(q − 1) (Fader & Hardie 2013, eq. for E(M)): the expected
 * spend of a customer with no repeat purchases yet.
 * @example populationMeanSpend({ p: 6.25, q: 3.74, v: 15.44 }) // 35.22
 */
export function populationMeanSpend(parameters: GammaGammaParameters): number {
  return (parameters.p * parameters.v) / (parameters.q - 1);
}
