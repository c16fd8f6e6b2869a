/**
 * Pareto/NBD parameters (Schmittlein, Morrison & Colombo 1987, "Counting your customers: who are they and what will
 * they do next?", Management Science 33(1)): while alive a customer buys at rate λ ~ Gamma(shape r, rate α) per time
 * unit and drops out at rate μ ~ Gamma(shape s, rate β), λ and μ independent. α and β are in the data's time unit
 * (days or weeks), r and s have none.
 */
export interface ParetoNbdParameters {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

/**
 * The fitting scale: θ = (ln r, ln α, ln s, ln β), so every parameter stays > 0.
 * @example paretoNbdLogParameters({ r: 1, alpha: Math.E, s: 1, beta: 1 }) // [0, 1, 0, 0]
 */
export function paretoNbdLogParameters(parameters: ParetoNbdParameters): Float64Array {
  return Float64Array.of(Math.log(parameters.r), Math.log(parameters.alpha), Math.log(parameters.s), Math.log(parameters.beta));
}

/**
 * The parameters for θ = (ln r, ln α, ln s, ln β).
 * @example paretoNbdParametersFromLog(Float64Array.of(0, 1, 0, 0)) // { r: 1, alpha: e, s: 1, beta: 1 }
 */
export function paretoNbdParametersFromLog(logParameters: ArrayLike<number>): ParetoNbdParameters {
  return {
    r: Math.exp(logParameters[0]),
    alpha: Math.exp(logParameters[1]),
    s: Math.exp(logParameters[2]),
    beta: Math.exp(logParameters[3]),
  };
}
