/*
 * Hand-written on purpose: no maintained optimizer is a dependency yet (npm `fmin` would be the candidate; it has
 * no analytic-gradient BFGS with a bounded line search that reports why it stopped). The models have 3–4 smooth
 * parameters on a log scale with exact gradients, and the 1 M-customer benchmark needs few likelihood evaluations,
 * so a compact BFGS with a Wolfe line search is the right tool (Nocedal & Wright 2006, "Numerical Optimization",
 * 2nd ed., algorithm 6.1 with the inverse-Hessian update 6.17 and the initial scaling 6.20).
 */

/** The objective: returns f(x) and writes ∇f(x) into `gradient`. A non-finite value means "outside the domain". */
export type Objective = (point: Float64Array, gradient: Float64Array) => number;

/** Why the minimizer stopped. */
export type StopReason =
  /** The largest gradient component fell below the tolerance: converged. */
  | "gradientSmall"
  /** The line search could not lower f any more while the gradient was already near the tolerance: converged to
   * the precision floating point allows. */
  | "precisionLimit"
  /** The line search could not lower f and the gradient is not small: not converged. */
  | "lineSearchFailed"
  /** The iteration limit was reached: not converged. */
  | "iterationLimit"
  /** f or its gradient was not finite at the starting point: not converged. */
  | "notFiniteAtStart";

export interface MinimizeOptions {
  /** Converged when max |∂f/∂x_i| ≤ this; default 1e-8. */
  gradientTolerance?: number;
  /** Default 200. */
  maxIterations?: number;
  /** Starting inverse Hessian (n × n, row-major); default: the identity scaled after the first step. */
  inverseHessian?: Float64Array;
  /** Largest change of any coordinate in one step (the x are log-parameters: 5 = a factor e^5); default 5. */
  maxStep?: number;
}

export interface MinimizeResult {
  point: Float64Array;
  value: number;
  gradient: Float64Array;
  /** max |∂f/∂x_i| at `point`. */
  gradientNorm: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
  stopReason: StopReason;
}

const SUFFICIENT_DECREASE = 1e-4;
const CURVATURE = 0.9;
const LINE_SEARCH_STEPS = 30;
const SHORT_LINE_SEARCH_STEPS = 8;
const PRECISION_FACTOR = 1e3;
/** A decrease smaller than this × |f| is lost in rounding (a few units of double precision). */
const ROUNDOFF = 1e-14;
/** The line search gives up when the step shrinks below this (relative to the first trial). */
const SMALLEST_STEP = 1e-10;

/**
 * Minimizes a smooth function with BFGS and a weak-Wolfe bracketing line search (Nocedal & Wright 2006,
 * algorithm 6.1; Lewis & Overton 2013 for the bracketing). Reports convergence instead of throwing.
 * @example
 * minimizeBfgs((x, g) => { g[0] = 2 * (x[0] - 3); return (x[0] - 3) ** 2; }, Float64Array.of(0)).point // ≈ [3]
 */
export function minimizeBfgs(objective: Objective, start: Float64Array, options: MinimizeOptions = {}): MinimizeResult {
  const size = start.length;
  const tolerance = options.gradientTolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 200;
  const maxStep = options.maxStep ?? 5;
  const inverse = options.inverseHessian ? Float64Array.from(options.inverseHessian) : identity(size);
  let scaleInverseAfterFirstStep = options.inverseHessian === undefined;

  let point = Float64Array.from(start);
  let gradient = new Float64Array(size);
  let value = objective(point, gradient);
  let evaluations = 1;
  const result = (iterations: number, stopReason: StopReason): MinimizeResult => {
    const gradientNorm = maxAbs(gradient);
    const converged = stopReason === "gradientSmall" || stopReason === "precisionLimit";
    return { point, value, gradient, gradientNorm, iterations, evaluations, converged, stopReason };
  };
  if (!Number.isFinite(value) || !gradient.every(Number.isFinite)) return result(0, "notFiniteAtStart");

  const direction = new Float64Array(size);
  const nextPoint = new Float64Array(size);
  const nextGradient = new Float64Array(size);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    if (maxAbs(gradient) <= tolerance) return result(iteration, "gradientSmall");
    multiply(inverse, gradient, direction, -1);
    let slope = dot(direction, gradient);
    if (!(slope < 0)) {
      resetToIdentity(inverse);
      scaleInverseAfterFirstStep = true;
      multiply(inverse, gradient, direction, -1);
      slope = dot(direction, gradient);
    }
    if (-slope <= ROUNDOFF * Math.abs(value)) {
      // The predicted decrease is below what f can resolve: no line search can make progress.
      const nearTolerance = maxAbs(gradient) <= PRECISION_FACTOR * tolerance;
      return result(iteration, nearTolerance ? "precisionLimit" : "lineSearchFailed");
    }
    const longest = maxAbs(direction);
    const firstTrial = longest > maxStep ? maxStep / longest : 1;
    // Near the tolerance a failing search means rounding, not a bad direction: give up after a few halvings.
    const nearTolerance = maxAbs(gradient) <= PRECISION_FACTOR * tolerance;
    const searchLimit = nearTolerance ? SHORT_LINE_SEARCH_STEPS : LINE_SEARCH_STEPS;
    const search = lineSearch(objective, point, value, slope, direction, firstTrial, nextPoint, nextGradient, searchLimit);
    evaluations += search.evaluations;
    if (!search.found) return result(iteration, nearTolerance ? "precisionLimit" : "lineSearchFailed");
    const step = new Float64Array(size);
    const change = new Float64Array(size);
    for (let i = 0; i < size; i += 1) {
      step[i] = nextPoint[i] - point[i];
      change[i] = nextGradient[i] - gradient[i];
    }
    updateInverse(inverse, step, change, scaleInverseAfterFirstStep);
    scaleInverseAfterFirstStep = false;
    point = Float64Array.from(nextPoint);
    gradient = Float64Array.from(nextGradient);
    value = search.value;
  }
  return result(maxIterations, maxAbs(gradient) <= tolerance ? "gradientSmall" : "iterationLimit");
}

interface LineSearchResult {
  found: boolean;
  value: number;
  evaluations: number;
}

/** Weak Wolfe conditions by bracketing: halve an interval that contains acceptable steps, or double the step. */
function lineSearch(
  objective: Objective,
  point: Float64Array,
  value: number,
  slope: number,
  direction: Float64Array,
  firstTrial: number,
  nextPoint: Float64Array,
  nextGradient: Float64Array,
  maxEvaluations: number,
): LineSearchResult {
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  let step = firstTrial;
  let evaluations = 0;
  while (evaluations < maxEvaluations) {
    evaluations += 1;
    for (let i = 0; i < point.length; i += 1) nextPoint[i] = point[i] + step * direction[i];
    const trialValue = objective(nextPoint, nextGradient);
    if (!Number.isFinite(trialValue) || trialValue > value + SUFFICIENT_DECREASE * step * slope) {
      high = step;
      const interpolated = Number.isFinite(trialValue) ? quadraticMinimum(step, value, slope, trialValue) : 0.5 * step;
      step = Math.max(low + 0.1 * (high - low), Math.min(interpolated, low + 0.5 * (high - low)));
    } else if (dot(nextGradient, direction) < CURVATURE * slope) {
      low = step;
      step = Number.isFinite(high) ? 0.5 * (low + high) : 2 * low;
    } else {
      return { found: true, value: trialValue, evaluations };
    }
    if (Number.isFinite(high) && high - low <= SMALLEST_STEP * firstTrial) break;
  }
  return { found: false, value, evaluations };
}

/** Minimizer of the parabola through f(0) = value with slope f'(0) and f(step) = trialValue. */
function quadraticMinimum(step: number, value: number, slope: number, trialValue: number): number {
  const curvature = trialValue - value - slope * step;
  return curvature > 0 ? (-slope * step * step) / (2 * curvature) : 0.5 * step;
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1/(yᵀs); skipped when yᵀs is not safely positive. */
function updateInverse(inverse: Float64Array, step: Float64Array, change: Float64Array, scaleFirst: boolean): void {
  const size = step.length;
  const curvature = dot(step, change);
  if (!(curvature > 1e-12 * Math.sqrt(dot(step, step) * dot(change, change)))) return;
  if (scaleFirst) {
    resetToIdentity(inverse);
    const scale = curvature / dot(change, change);
    for (let i = 0; i < size; i += 1) inverse[i * size + i] = scale;
  }
  const rho = 1 / curvature;
  const inverseChange = new Float64Array(size);
  multiply(inverse, change, inverseChange, 1);
  const changeInverseChange = dot(change, inverseChange);
  const factor = (1 + rho * changeInverseChange) * rho;
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j < size; j += 1) {
      inverse[i * size + j] +=
        factor * step[i] * step[j] - rho * (inverseChange[i] * step[j] + step[i] * inverseChange[j]);
    }
  }
}

function identity(size: number): Float64Array {
  const matrix = new Float64Array(size * size);
  resetToIdentity(matrix);
  return matrix;
}

function resetToIdentity(matrix: Float64Array): void {
  const size = Math.round(Math.sqrt(matrix.length));
  matrix.fill(0);
  for (let i = 0; i < size; i += 1) matrix[i * size + i] = 1;
}

function multiply(matrix: Float64Array, vector: Float64Array, out: Float64Array, sign: number): void {
  const size = vector.length;
  for (let i = 0; i < size; i += 1) {
    let sum = 0;
    for (let j = 0; j < size; j += 1) sum += matrix[i * size + j] * vector[j];
    out[i] = sign * sum;
  }
}

function dot(left: Float64Array, right: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < left.length; i += 1) sum += left[i] * right[i];
  return sum;
}

function maxAbs(vector: Float64Array): number {
  let largest = 0;
  for (let i = 0; i < vector.length; i += 1) largest = Math.max(largest, Math.abs(vector[i]));
  return largest;
}
