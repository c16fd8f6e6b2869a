import gammaln from "@stdlib/math-base-special-gammaln";
import { prepareBgNbdData } from "../../../src/core/models/bgnbdData";
import {
  hypergeometricM1C,
  paretoNbdLogDropoutOdds,
  paretoNbdLogLikelihood,
  paretoNbdLogLikelihoodWithGradient,
} from "../../../src/core/models/paretoNbdLikelihood";
import type { ParetoNbdParameters } from "../../../src/core/models/paretoNbdParameters";
import { paretoNbdLogParameters } from "../../../src/core/models/paretoNbdParameters";
import { forEachCase } from "../seededRandom";
import { cdnowSummary } from "./cdnowSummary";

// The reference is the model's integral form (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005, note, §3):
//   L = Γ(r+x) α^r β^s / Γ(r) · [ (α+T)^−(r+x) (β+T)^−s + s ∫_{t_x}^T (α+τ)^−(r+x) (β+τ)^−(s+1) dτ ],
// with the integral computed here by adaptive Gauss–Kronrod quadrature: no ₂F₁ and no code shared with the model.

/** Gauss–Kronrod (7, 15) abscissae and weights on [−1, 1] (Piessens et al. 1983, QUADPACK qk15), x ≥ 0 half. */
const KRONROD_NODES = [0.9914553711208126, 0.9491079123427585, 0.8648644233597691, 0.7415311855993945, 0.5860872354676911, 0.4058451513773972, 0.2077849550078985, 0];
const KRONROD_WEIGHTS = [0.02293532201052922, 0.06309209262997854, 0.1047900103222502, 0.1406532597155259, 0.1690047266392679, 0.1903505780647854, 0.2044329400752989, 0.2094821410847278];
const GAUSS_WEIGHTS = [0, 0.1294849661688697, 0, 0.2797053914892767, 0, 0.3818300505051189, 0, 0.4179591836734694];

/** ∫_a^b f for a positive f, splitting each interval until Kronrod and Gauss agree to 1e-14 of it. */
function adaptiveIntegral(f: (v: number) => number, a: number, b: number, depth = 0): number {
  const middle = (a + b) / 2;
  const half = (b - a) / 2;
  let kronrod = 0;
  let gauss = 0;
  for (let i = 0; i < 8; i += 1) {
    const values = i === 7 ? [f(middle)] : [f(middle - half * KRONROD_NODES[i]), f(middle + half * KRONROD_NODES[i])];
    for (const value of values) {
      kronrod += KRONROD_WEIGHTS[i] * value;
      gauss += GAUSS_WEIGHTS[i] * value;
    }
  }
  kronrod *= half;
  gauss *= half;
  if (Math.abs(kronrod - gauss) <= 1e-14 * kronrod || depth > 25) return kronrod;
  return adaptiveIntegral(f, a, middle, depth + 1) + adaptiveIntegral(f, middle, b, depth + 1);
}

/** ln of s ∫_{t_x}^T (α+τ)^−(r+x) (β+τ)^−(s+1) dτ, integrated in v = ln((α+τ)/(α+t_x)) on geometrically growing pieces. */
function logDroppedByQuadrature(parameters: ParetoNbdParameters, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = parameters;
  const shiftedAlpha = alpha + tx;
  const shiftedBeta = beta + tx;
  const integrand = (v: number): number =>
    Math.exp(-(r + x - 1) * v - (s + 1) * Math.log1p((shiftedAlpha * Math.expm1(v)) / shiftedBeta));
  const end = Math.log((alpha + T) / shiftedAlpha);
  let integral = 0;
  let from = 0;
  for (let piece = 1 / (r + x + s + 1); from < end; piece *= 2) {
    const to = Math.min(end, from + piece);
    integral += adaptiveIntegral(integrand, from, to);
    from = to;
  }
  return Math.log(s) + Math.log(shiftedAlpha) - (r + x) * Math.log(shiftedAlpha) - (s + 1) * Math.log(shiftedBeta) + Math.log(integral);
}

function referenceLogLikelihood(parameters: ParetoNbdParameters, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = parameters;
  const logAlive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const start = x > 0 ? tx : 0;
  const logDropped = start < T ? logDroppedByQuadrature(parameters, x, start, T) : Number.NEGATIVE_INFINITY;
  const top = Math.max(logAlive, logDropped);
  const logSum = top + Math.log(Math.exp(logAlive - top) + Math.exp(logDropped - top));
  return gammaln(r + x) - gammaln(r) + r * Math.log(alpha) + s * Math.log(beta) + logSum;
}

/** (r+x)·|ln(α+T)| + s·|ln(β+T)|: the size of the log-powers whose rounding (1e-16 of it) no evaluation of ln L avoids. */
function conditioning(parameters: ParetoNbdParameters, x: number, T: number): number {
  return (parameters.r + x) * Math.abs(Math.log(parameters.alpha + T)) + parameters.s * Math.abs(Math.log(parameters.beta + T));
}

function one(x: number, tx: number, T: number): { frequency: Float64Array; recency: Float64Array; T: Float64Array } {
  return { frequency: Float64Array.of(x), recency: Float64Array.of(tx), T: Float64Array.of(T) };
}

const cdnow = { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 };
// Parameter sets on both sides of α = β, at it, far from it (the ₂F₁ argument near 1, where the quadrature branch of
// hypergeometricM1C works), lifetimes' overflow case (tests/test_estimation.py, test_overflow_error) and a fit that
// ran to s, β → ∞.
const parameterSets: ParetoNbdParameters[] = [
  cdnow,
  { r: 0.553, alpha: 11.67, s: 0.606, beta: 11.67 },
  { r: 0.553, alpha: 11.67 * (1 + 1e-12), s: 0.606, beta: 11.67 },
  { r: 0.553, alpha: 11.67 * (1 - 1e-6), s: 0.606, beta: 11.67 },
  { r: 0.5, alpha: 100, s: 0.5, beta: 1 },
  { r: 0.5, alpha: 1, s: 0.5, beta: 100 },
  { r: 10.465, alpha: 7.98565181e-3, s: 3.0516, beta: 2.82 },
  { r: 0.3, alpha: 200, s: 0.05, beta: 0.5 },
  { r: 0.61, alpha: 14.43, s: 2.78e4, beta: 9.8e5 },
  { r: 1, alpha: 1, s: 1, beta: 1 },
];
// (x, t_x, T): x = 0, t_x = T, x = 500 and 5 000 (r + x ≫ s), T and t_x of 10⁵, t_x just below T.
const histories: [number, number, number][] = [
  [0, 0, 1], [0, 0, 38], [0, 0, 1e5], [2, 30.43, 38.86], [1, 1, 38], [5, 37, 37], [26, 30.86, 31], [500, 300, 310],
  [500, 1, 37], [400, 5, 6], [5000, 1e5, 1e5 + 50], [5000, 10, 1e5], [5000, 1e5, 1e5], [3, 1e5 - 1, 1e5], [10, 5, 1e5],
];

describe("paretoNbdLogLikelihood", () => {
  it("matches the integral form by adaptive quadrature, at the extremes too", () => {
    for (const parameters of parameterSets) {
      for (const [x, tx, T] of histories) {
        const value = paretoNbdLogLikelihood(one(x, tx, T), parameters);
        const reference = referenceLogLikelihood(parameters, x, tx, T);
        expect(Number.isFinite(value)).toBe(true);
        expect(Math.abs(value - reference)).toBeLessThan(1e-12 * Math.max(1, Math.abs(reference)) + 1e-15 * conditioning(parameters, x, T));
      }
    }
  });

  it("matches it for random customers and parameters", () => {
    forEachCase(300, 17, (random) => {
      const T = random.uniform(0.5, 200);
      const x = random.integer(0, 40);
      return {
        parameters: { r: random.uniform(0.05, 5), alpha: Math.exp(random.uniform(-3, 6)), s: random.uniform(0.05, 5), beta: Math.exp(random.uniform(-3, 6)) },
        x,
        tx: x > 0 ? random.uniform(0, T) : 0,
        T,
      };
    }, ({ parameters, x, tx, T }) => {
      const reference = referenceLogLikelihood(parameters, x, tx, T);
      expect(Math.abs(paretoNbdLogLikelihood(one(x, tx, T), parameters) - reference)).toBeLessThan(1e-12 * Math.max(1, Math.abs(reference)));
    });
  });

  it("is exact where the integral has a closed form: α = β", () => {
    // α = β: s ∫ (α+τ)^−(r+s+x+1) dτ = s/(r+s+x) [(α+t_x)^−(r+s+x) − (α+T)^−(r+s+x)]; r = 1, s = 1, α = β = 10, x = 2,
    // t_x = 10, T = 20: Γ(3)/Γ(1)·10·10·[30^−3·30^−1 + ¼(20^−4 − 30^−4)] = 200·(1/810000 + ¼(1/160000 − 1/810000)).
    const expected = Math.log(200 * (1 / 810000 + 0.25 * (1 / 160000 - 1 / 810000)));
    expect(paretoNbdLogLikelihood(one(2, 10, 20), { r: 1, alpha: 10, s: 1, beta: 10 })).toBeCloseTo(expected, 13);
    expect(referenceLogLikelihood({ r: 1, alpha: 10, s: 1, beta: 10 }, 2, 10, 20)).toBeCloseTo(expected, 13);
  });

  it("is continuous across the α = β switch of the ₂F₁ side", () => {
    for (const [x, tx, T] of [[2, 30.43, 38.86], [0, 0, 38], [5000, 10, 1e5]] as const) {
      const at = paretoNbdLogLikelihood(one(x, tx, T), { ...cdnow, alpha: cdnow.beta });
      const atGradient = new Float64Array(4);
      const data = prepareBgNbdData(one(x, tx, T));
      paretoNbdLogLikelihoodWithGradient(data, paretoNbdLogParameters({ ...cdnow, alpha: cdnow.beta }), atGradient);
      for (const relative of [-1e-6, -1e-12, 1e-12, 1e-6]) {
        const shifted = { ...cdnow, alpha: cdnow.beta * (1 + relative) };
        const gradient = new Float64Array(4);
        const value = paretoNbdLogLikelihoodWithGradient(data, paretoNbdLogParameters(shifted), gradient);
        // a step of ln α by `relative` moves ln L by gradient[1]·relative, up to rounding and a second-order term
        expect(Math.abs(value - at - atGradient[1] * relative)).toBeLessThan(1e-11 * Math.max(1, Math.abs(at)) + 1e6 * relative * relative);
        const gradientTolerance = Math.abs(relative) > 1e-9 ? 1e-4 : 1e-9;
        for (let i = 0; i < 4; i += 1) expect(Math.abs(gradient[i] - atGradient[i])).toBeLessThan(gradientTolerance * Math.max(1, Math.abs(atGradient[i])));
      }
    }
  });

  it("ignores the recency of customers without repeat purchases (t_x = 0 for x = 0) and adds up over customers", () => {
    const withRecency = { frequency: Float64Array.of(0, 3, 0), recency: Float64Array.of(12, 20, 0), T: Float64Array.of(30, 30, 30) };
    const withoutRecency = { ...withRecency, recency: Float64Array.of(0, 20, 0) };
    expect(paretoNbdLogLikelihood(withRecency, cdnow)).toBe(paretoNbdLogLikelihood(withoutRecency, cdnow));
    // lifetimes' tests/test_estimation.py, test_sum_of_scalar_inputs_to_negative_log_likelihood_is_equal_to_array
    const sum = paretoNbdLogLikelihood(one(1, 2, 5), { r: 1, alpha: 1, s: 1, beta: 1 }) + paretoNbdLogLikelihood(one(3, 2, 6), { r: 1, alpha: 1, s: 1, beta: 1 });
    const pair = { frequency: Float64Array.of(1, 3), recency: Float64Array.of(2, 2), T: Float64Array.of(5, 6) };
    expect(paretoNbdLogLikelihood(pair, { r: 1, alpha: 1, s: 1, beta: 1 })).toBeCloseTo(sum, 12);
  });

  it("does not depend on the order of the customers", () => {
    const history = cdnowSummary();
    const order = Array.from(history.frequency, (_, i) => i).reverse();
    const reversed = {
      frequency: Float64Array.from(order, (i) => history.frequency[i]),
      recency: Float64Array.from(order, (i) => history.recency[i]),
      T: Float64Array.from(order, (i) => history.T[i]),
    };
    expect(paretoNbdLogLikelihood(reversed, cdnow)).toBeCloseTo(paretoNbdLogLikelihood(history, cdnow), 8);
  });

  it("splits into the likelihood's two terms: ln(B/A) from paretoNbdLogDropoutOdds", () => {
    for (const parameters of parameterSets) {
      for (const [x, tx, T] of histories) {
        const odds = paretoNbdLogDropoutOdds(parameters, x, tx, T);
        const logAlive = -(parameters.r + x) * Math.log(parameters.alpha + T) - parameters.s * Math.log(parameters.beta + T);
        if ((x > 0 ? tx : 0) === T) {
          expect(odds).toBe(Number.NEGATIVE_INFINITY);
          continue;
        }
        const reference = logDroppedByQuadrature(parameters, x, x > 0 ? tx : 0, T) - logAlive;
        expect(Math.abs(odds - reference)).toBeLessThan(1e-10 * Math.max(1, Math.abs(reference)));
      }
    }
  });
});

describe("hypergeometricM1C", () => {
  // Closed forms (A&S 15.1.3 and the sum of the series): ₂F₁(m, 1; 2; z) = ((1−z)^(1−m) − 1)/((m−1) z), and for
  // m = 1, −ln(1−z)/z; their derivatives in m and z by hand. ∂/∂c against central differences of the function itself.
  function closedForm(m: number, z: number, oneMinusZ: number): [number, number, number] {
    const u = -Math.log(oneMinusZ);
    const delta = m - 1;
    if (delta === 0) return [u / z, (u * u) / (2 * z), 1 / (oneMinusZ * z) - u / (z * z)];
    const power = Math.exp(delta * u);
    const grown = Math.expm1(delta * u);
    return [grown / (delta * z), (delta * u * power - grown) / (delta * delta * z), power / (oneMinusZ * z) - grown / (delta * z * z)];
  }

  it("agrees with the closed form for c = 2 on both sides of z₀ = ¾ and up to z = 1 − 10⁻¹²", () => {
    const out = new Float64Array(4);
    for (const m of [0.3, 1, 1.7]) {
      for (const distance of [0.7, 0.26, 0.25, 0.24, 0.1, 0.01, 1e-4, 1e-8, 1e-12]) {
        const z = 1 - distance;
        const oneMinusZ = 1 - z;
        hypergeometricM1C(m, 2, z, oneMinusZ, out);
        const [value, derivativeM, derivativeZ] = closedForm(m, z, oneMinusZ);
        expect(Math.abs(out[0] / value - 1)).toBeLessThan(1e-13);
        expect(Math.abs(out[1] / derivativeM - 1)).toBeLessThan(1e-9);
        expect(Math.abs(out[3] / derivativeZ - 1)).toBeLessThan(1e-9);
      }
    }
  });

  it("gives ∂Φ/∂c in agreement with central differences, for small and large c", () => {
    const out = new Float64Array(4);
    const scratch = new Float64Array(4);
    for (const [m, c] of [[0.55, 2.16], [1.606, 2.16], [0.2, 1.25], [26.55, 28.16], [500.5, 502.1], [1.606, 501.6]]) {
      for (const oneMinusZ of [0.5, 0.2, 1e-3, 1e-7]) {
        hypergeometricM1C(m, c, 1 - oneMinusZ, oneMinusZ, out);
        const step = 1e-3 * (c - m);
        const at = (shift: number): number => {
          hypergeometricM1C(m, c + shift, 1 - oneMinusZ, oneMinusZ, scratch);
          return scratch[0];
        };
        const numeric = (at(-2 * step) - 8 * at(-step) + 8 * at(step) - at(2 * step)) / (12 * step);
        expect(Math.abs(out[2] - numeric)).toBeLessThan(1e-7 * Math.max(Math.abs(numeric), out[0]));
      }
    }
  });
});

describe("the analytic gradient of the Pareto/NBD log-likelihood", () => {
  function checkGradient(logLikelihood: (point: Float64Array, gradient: Float64Array) => number, point: Float64Array): void {
    const analytic = new Float64Array(4);
    logLikelihood(point, analytic);
    const scratch = new Float64Array(4);
    const step = 1e-3;
    for (let i = 0; i < 4; i += 1) {
      const at = (shift: number): number => {
        const moved = Float64Array.from(point);
        moved[i] += shift;
        return logLikelihood(moved, scratch);
      };
      const numeric = (at(-2 * step) - 8 * at(-step) + 8 * at(step) - at(2 * step)) / (12 * step);
      expect(Math.abs(analytic[i] - numeric)).toBeLessThan(1e-7 * Math.max(1, Math.abs(numeric)));
    }
  }
  const points = [
    [0.553, 10.58, 0.606, 11.67],
    [1, 1, 1, 1],
    [0.5, 100, 0.5, 1],
    [0.5, 1, 0.5, 100],
    [0.3, 500, 0.05, 0.2],
    [2, 0.01, 3, 30],
  ].map((values) => Float64Array.from(values, Math.log));

  it("matches finite differences on CDNOW (d ln L / d(ln r, ln α, ln s, ln β))", () => {
    const data = prepareBgNbdData(cdnowSummary());
    for (const point of points) checkGradient((at, gradient) => paretoNbdLogLikelihoodWithGradient(data, at, gradient), point);
  });

  it("matches with x in the thousands, T of 10⁵ and t_x = T", () => {
    const data = prepareBgNbdData({
      frequency: Float64Array.of(2000, 5000, 0, 1, 3000, 500, 0, 7),
      recency: Float64Array.of(100, 200, 0, 5, 10, 499, 0, 1e5 - 3),
      T: Float64Array.of(400, 210, 50, 400, 4000, 500, 1e5, 1e5),
    });
    for (const point of points) checkGradient((at, gradient) => paretoNbdLogLikelihoodWithGradient(data, at, gradient), point);
  });
});
