import { inverseOfPositiveDefinite } from "./choleskyFactor";
import { minimizeBfgs, type MinimizeResult, type Objective } from "./minimizeBfgs";
import type { FitConvergence } from "./modelUnavailable";
import { numericalHessian } from "./numericalHessian";

/** A log-likelihood over log-parameters θ that writes ∂ln L/∂θ into `gradient`, for some prepared data. */
export type LogLikelihood<Data> = (data: Data, logParameters: Float64Array, gradient: Float64Array) => number;

/** The result of maximizeLikelihood. */
export interface MaximumLikelihood {
  /** θ̂ (log-parameters). */
  logParameters: Float64Array;
  logLikelihood: number;
  /** Asymptotic covariance of θ̂: the inverse of the observed information −∇²ln L(θ̂) (row-major); null when the
   * information is not positive definite (a flat direction: the parameters are not identified by the data). */
  logCovariance: Float64Array | null;
  /** How the maximization ended (iterations, evaluations, max |∂(−ln L/N)/∂θ_i| at θ̂), as every fit reports it. */
  convergence: FitConvergence;
}

/** Settings of maximizeLikelihood. */
export interface MaximizeLikelihoodOptions<Data> {
  /** The full data and its number of customers. */
  data: Data;
  customers: number;
  /** A systematic subsample of the data for a warm start (used when the data are large), with its customer count. */
  warmStart?: { data: Data; customers: number };
  /** Converged when max |∂(−ln L/N)/∂θ_i| ≤ this; default 1e-8. */
  gradientTolerance?: number;
}

/**
 * Maximizes a log-likelihood over log-parameters by BFGS on the mean negative log-likelihood −ln L/N, whose scale
 * does not grow with the number of customers, and returns the asymptotic covariance of θ̂ from a forward-difference
 * Hessian of the analytic gradient (Nocedal & Wright 2006 §8.1).
 *
 * Large data: the mean objective of a systematic subsample has nearly the same curvature as the full one, so the
 * subsample is fitted first and its inverse Hessian seeds BFGS on the full data, which then converges in a few
 * quasi-Newton steps (each full evaluation touches every distinct customer row once).
 * @example
 * const fit = maximizeLikelihood(bgnbdLogLikelihoodWithGradient, start, { data, customers: data.customers });
 */
export function maximizeLikelihood<Data>(
  logLikelihood: LogLikelihood<Data>,
  start: Float64Array,
  options: MaximizeLikelihoodOptions<Data>,
): MaximumLikelihood {
  const tolerance = options.gradientTolerance ?? 1e-8;
  let iterations = 0;
  let evaluations = 0;
  let point = start;
  let inverseHessian: Float64Array | undefined;
  if (options.warmStart) {
    const warmObjective = meanNegative(logLikelihood, options.warmStart.data, options.warmStart.customers);
    const warm = minimizeBfgs(warmObjective, start, { gradientTolerance: 1e-6 });
    iterations += warm.iterations;
    evaluations += warm.evaluations;
    if (warm.converged) {
      point = warm.point;
      inverseHessian = inverseOfPositiveDefinite(numericalHessian(warmObjective, point)) ?? undefined;
      evaluations += 2 * point.length;
    }
  }
  const objective = meanNegative(logLikelihood, options.data, options.customers);
  let minimization = minimizeBfgs(objective, point, { gradientTolerance: tolerance, inverseHessian });
  if (!minimization.converged && inverseHessian !== undefined) {
    iterations += minimization.iterations;
    evaluations += minimization.evaluations;
    minimization = minimizeBfgs(objective, start, { gradientTolerance: tolerance });
  }
  iterations += minimization.iterations;
  evaluations += minimization.evaluations;
  const meanHessian = numericalHessian(objective, minimization.point, minimization.gradient);
  evaluations += start.length;
  const meanCovariance = inverseOfPositiveDefinite(meanHessian);
  const logCovariance = meanCovariance === null ? null : meanCovariance.map((value) => value / options.customers);
  if (minimization.converged && meanCovariance !== null) {
    const polished = newtonPolish(objective, minimization, meanCovariance);
    evaluations += polished.evaluations;
    minimization = { ...minimization, ...polished.optimum };
  }
  const logLikelihoodValue = -minimization.value * options.customers;
  return {
    logParameters: minimization.point,
    logLikelihood: logLikelihoodValue,
    logCovariance,
    convergence: {
      converged: minimization.converged,
      iterations,
      evaluations,
      gradientNorm: minimization.gradientNorm,
      logLikelihood: logLikelihoodValue,
      stopReason: minimization.stopReason,
    },
  };
}

/** The longest Newton polish step kept, in log-parameters (e^0.01: parameters move by at most 1 %). */
const MAXIMUM_POLISH_STEP = 0.01;

/** The point, value and gradient at the optimum found. */
type Optimum = Pick<MinimizeResult, "point" | "value" | "gradient" | "gradientNorm">;

/**
 * Up to two Newton steps θ − H⁻¹∇f from BFGS's stopping point, each kept only when it lowers max |∂f/∂θ_i| without
 * raising f beyond rounding: BFGS stops within its gradient tolerance (~1e-7 relative in θ), a Newton step from there
 * lands at the optimum to ~1e-12, so the same likelihood summed in another order (grouped rows) gives the same θ̂.
 * Source: Nocedal & Wright (2006), "Numerical Optimization", 2nd ed., §3.3 (local quadratic convergence of Newton's method).
 */
function newtonPolish(objective: Objective, start: Optimum, inverseHessian: Float64Array): { optimum: Optimum; evaluations: number } {
  const size = start.point.length;
  let optimum = start;
  let evaluations = 0;
  for (let step = 0; step < 2 && optimum.gradientNorm > 0; step += 1) {
    const point = Float64Array.from(optimum.point);
    let largestChange = 0;
    for (let i = 0; i < size; i += 1) {
      let change = 0;
      for (let j = 0; j < size; j += 1) change += inverseHessian[i * size + j] * optimum.gradient[j];
      point[i] -= change;
      largestChange = Math.max(largestChange, Math.abs(change));
    }
    // A polish is a small step: a long one means a flat direction the data do not pin down, left where BFGS stopped.
    if (!(largestChange <= MAXIMUM_POLISH_STEP)) break;
    const gradient = new Float64Array(size);
    const value = objective(point, gradient);
    evaluations += 1;
    let gradientNorm = 0;
    for (let i = 0; i < size; i += 1) gradientNorm = Math.max(gradientNorm, Math.abs(gradient[i]));
    const rounding = 1e-13 * Math.max(1, Math.abs(optimum.value));
    if (!(gradientNorm < optimum.gradientNorm && value <= optimum.value + rounding)) break;
    optimum = { point, value, gradient, gradientNorm };
  }
  return { optimum, evaluations };
}

function meanNegative<Data>(logLikelihood: LogLikelihood<Data>, data: Data, customers: number): Objective {
  return (point, gradient) => {
    const value = logLikelihood(data, point, gradient);
    for (let i = 0; i < gradient.length; i += 1) gradient[i] = -gradient[i] / customers;
    return -value / customers;
  };
}
