import { minimizeBfgs } from "../../../src/core/models/minimizeBfgs";
import { numericalHessian } from "../../../src/core/models/numericalHessian";
import { choleskyFactor, inverseOfPositiveDefinite } from "../../../src/core/models/choleskyFactor";

// Rosenbrock's function, the standard hard test (Nocedal & Wright 2006, exercise 2.1): minimum 0 at (1, 1).
const rosenbrock = (x: Float64Array, gradient: Float64Array): number => {
  gradient[0] = -400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0]);
  gradient[1] = 200 * (x[1] - x[0] * x[0]);
  return 100 * (x[1] - x[0] * x[0]) ** 2 + (1 - x[0]) ** 2;
};

describe("minimizeBfgs", () => {
  it("finds the minimum of Rosenbrock's function and reports convergence", () => {
    const result = minimizeBfgs(rosenbrock, Float64Array.of(-1.2, 1));
    expect(result.converged).toBe(true);
    expect(result.stopReason).toBe("gradientSmall");
    expect(result.point[0]).toBeCloseTo(1, 6);
    expect(result.point[1]).toBeCloseTo(1, 6);
    expect(result.gradientNorm).toBeLessThanOrEqual(1e-8);
  });

  it("says why it stopped when it cannot converge", () => {
    const unbounded = (x: Float64Array, gradient: Float64Array): number => {
      gradient[0] = -1;
      return -x[0];
    };
    const limited = minimizeBfgs(rosenbrock, Float64Array.of(-1.2, 1), { maxIterations: 3 });
    expect(limited.converged).toBe(false);
    expect(limited.stopReason).toBe("iterationLimit");
    const diverging = minimizeBfgs(unbounded, Float64Array.of(0));
    expect(diverging.converged).toBe(false);
    expect(diverging.stopReason).toBe("lineSearchFailed");
    const notFinite = minimizeBfgs((_x, gradient) => {
      gradient[0] = Number.NaN;
      return Number.NaN;
    }, Float64Array.of(0));
    expect(notFinite.stopReason).toBe("notFiniteAtStart");
  });
});

describe("numericalHessian and Cholesky", () => {
  it("differentiates a quadratic exactly and inverts it", () => {
    // f = x² + 3xy + 5y² → H = [[2, 3], [3, 10]], H⁻¹ = [[10, −3], [−3, 2]] / 11
    const quadratic = (x: Float64Array, gradient: Float64Array): number => {
      gradient[0] = 2 * x[0] + 3 * x[1];
      gradient[1] = 3 * x[0] + 10 * x[1];
      return x[0] ** 2 + 3 * x[0] * x[1] + 5 * x[1] ** 2;
    };
    const central = numericalHessian(quadratic, Float64Array.of(0.3, -0.2));
    const forward = numericalHessian(quadratic, Float64Array.of(0.3, -0.2), Float64Array.of(0, -1.1));
    [2, 3, 3, 10].forEach((value, k) => {
      expect(central[k]).toBeCloseTo(value, 8);
      expect(forward[k]).toBeCloseTo(value, 6);
    });
    const inverse = inverseOfPositiveDefinite(central);
    [10 / 11, -3 / 11, -3 / 11, 2 / 11].forEach((value, k) => expect(inverse?.[k]).toBeCloseTo(value, 8));
    expect(choleskyFactor(Float64Array.of(1, 2, 2, 1))).toBeNull();
  });
});
