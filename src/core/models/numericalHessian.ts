import type { Objective } from "./minimizeBfgs";

/**
 * The Hessian of f at `point` by differences of its analytic gradient, symmetrized as (H + Hᵀ)/2; n × n
 * row-major. Central differences H_ij ≈ (∂_i f(x + h e_j) − ∂_i f(x − h e_j)) / 2h (error O(h²), 2n gradient
 * evaluations); with the gradient at `point` given, forward differences (∂_i f(x + h e_j) − ∂_i f(x)) / h
 * (error O(h), n evaluations: half the cost on large data, ~1e-4 relative error, ample for standard errors).
 * h = 1e-4 suits log-parameters. Source: Nocedal & Wright (2006), "Numerical Optimization", 2nd ed., §8.1.
 * @example numericalHessian((x, g) => { g[0] = 2 * x[0]; return x[0] ** 2; }, Float64Array.of(1)) // [2]
 */
export function numericalHessian(objective: Objective, point: Float64Array, gradientAtPoint?: Float64Array, step = 1e-4): Float64Array {
  const size = point.length;
  const hessian = new Float64Array(size * size);
  const shifted = Float64Array.from(point);
  const forward = new Float64Array(size);
  const backward = new Float64Array(size);
  for (let j = 0; j < size; j += 1) {
    shifted[j] = point[j] + step;
    objective(shifted, forward);
    if (gradientAtPoint) {
      backward.set(gradientAtPoint);
    } else {
      shifted[j] = point[j] - step;
      objective(shifted, backward);
    }
    shifted[j] = point[j];
    const width = gradientAtPoint ? step : 2 * step;
    for (let i = 0; i < size; i += 1) hessian[i * size + j] = (forward[i] - backward[i]) / width;
  }
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j < i; j += 1) {
      const mean = 0.5 * (hessian[i * size + j] + hessian[j * size + i]);
      hessian[i * size + j] = mean;
      hessian[j * size + i] = mean;
    }
  }
  return hessian;
}
