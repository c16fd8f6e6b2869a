/**
 * Parameters of the shifted-beta-geometric (sBG) model of contract renewals (Fader & Hardie 2007, "How to project
 * customer retention", Journal of Interactive Marketing 21(1)): at the end of each period a customer cancels with
 * probability θ, the same for them every period; θ varies across customers as Beta(α, β). Neither has a unit.
 */
export interface SbgParameters {
  alpha: number;
  beta: number;
}

/**
 * The fitting scale: θ = (ln α, ln β), so both stay > 0.
 * @example sbgLogParameters({ alpha: 1, beta: Math.E }) // [0, 1]
 */
export function sbgLogParameters(parameters: SbgParameters): Float64Array {
  return Float64Array.of(Math.log(parameters.alpha), Math.log(parameters.beta));
}

/**
 * The parameters for θ = (ln α, ln β).
 * @example sbgParametersFromLog(Float64Array.of(0, 1)) // { alpha: 1, beta: e }
 */
export function sbgParametersFromLog(logParameters: ArrayLike<number>): SbgParameters {
  return { alpha: Math.exp(logParameters[0]), beta: Math.exp(logParameters[1]) };
}
