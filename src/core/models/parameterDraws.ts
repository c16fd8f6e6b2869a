import type { RandomStream } from "../random/randomStream";
import { choleskyFactor } from "./choleskyFactor";

/**
 * Draws from the asymptotic normal distribution of a maximum-likelihood estimate on the log scale,
 * θ ~ N(θ̂, Σ), Σ = the inverse observed information (the fits' `logCovariance`): θ = θ̂ + L z with L Lᵀ = Σ and
 * z standard normal. Working on log-parameters keeps every drawn parameter positive (and q > 1 for Gamma-Gamma).
 * Returns `count` rows of θ, row-major (count × dimension). Without a covariance (not positive definite, or
 * null) every row is θ̂: no parameter uncertainty.
 * Source: the normal approximation to the sampling distribution of the MLE (e.g. Casella & Berger 2002,
 * "Statistical Inference", 2nd ed., §10.1.3), drawn as in Krinsky & Robb (1986), Review of Economics and Statistics 68(4).
 * @example drawLogParameters(Float64Array.of(0, 0), Float64Array.of(0.01, 0, 0, 0.04), 1000, new RandomStream(3))
 */
export function drawLogParameters(center: Float64Array, covariance: Float64Array | null, count: number, random: RandomStream): Float64Array {
  const size = center.length;
  const factor = covariance === null ? null : choleskyFactor(covariance);
  const draws = new Float64Array(count * size);
  const normals = new Float64Array(size);
  for (let row = 0; row < count; row += 1) {
    if (factor !== null) for (let i = 0; i < size; i += 1) normals[i] = random.normal();
    for (let i = 0; i < size; i += 1) {
      let value = center[i];
      if (factor !== null) for (let k = 0; k <= i; k += 1) value += factor[i * size + k] * normals[k];
      draws[row * size + i] = value;
    }
  }
  return draws;
}
