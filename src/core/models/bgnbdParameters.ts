/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005, "Counting your customers the easy way", Marketing Science 24(2)):
 * while alive a customer buys at rate λ ~ Gamma(shape r, rate α) per time unit; after each repeat purchase they
 * drop out with probability p ~ Beta(a, b). α is in the data's time unit (days or weeks), r, a, b have none.
 */
export interface BgNbdParameters {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/**
 * The fitting scale: θ = (ln r, ln α, ln a, ln b), so every parameter stays > 0.
 * @example bgnbdLogParameters({ r: 1, alpha: Math.E, a: 1, b: 1 }) // [0, 1, 0, 0]
 */
export function bgnbdLogParameters(parameters: BgNbdParameters): Float64Array {
  return Float64Array.of(Math.log(parameters.r), Math.log(parameters.alpha), Math.log(parameters.a), Math.log(parameters.b));
}

/**
 * The parameters for θ = (ln r, ln α, ln a, ln b).
 * @example bgnbdParametersFromLog(Float64Array.of(0, 1, 0, 0)) // { r: 1, alpha: e, a: 1, b: 1 }
 */
export function bgnbdParametersFromLog(logParameters: ArrayLike<number>): BgNbdParameters {
  return {
    r: Math.exp(logParameters[0]),
    alpha: Math.exp(logParameters[1]),
    a: Math.exp(logParameters[2]),
    b: Math.exp(logParameters[3]),
  };
}
