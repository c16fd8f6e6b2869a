import { prepareBgNbdData } from "../../../src/core/models/bgnbdData";
import type { BgNbdParameters } from "../../../src/core/models/bgnbdParameters";
import { mbgnbdLogLikelihood, mbgnbdLogLikelihoodWithGradient } from "../../../src/core/models/mbgnbdLikelihood";
import type { PurchaseHistory } from "../../../src/core/models/purchaseHistory";
import { forEachCase } from "../seededRandom";
import { cdnowSummary } from "./cdnowSummary";

/** BTYDplus's MBG/NBD on CDNOW (weeks), as lifetimes' tests/test_estimation.py line 786 pins it. */
const btydplus = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };

function historyOf(rows: Array<[number, number, number]>): PurchaseHistory {
  return {
    frequency: Float64Array.from(rows, (row) => row[0]),
    recency: Float64Array.from(rows, (row) => row[1]),
    T: Float64Array.from(rows, (row) => row[2]),
  };
}

/**
 * The MBG/NBD likelihood of one customer written plainly (the textbook form, valid for moderate x):
 * Γ(r+x)/Γ(r) = Π_{k<x} (r+k), B(a, b+x+1)/B(a, b) = Π_{k≤x} (b+k)/(a+b+k), and plain powers.
 */
function directLikelihood(parameters: BgNbdParameters, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = parameters;
  let gammaRatio = 1;
  for (let k = 0; k < x; k += 1) gammaRatio *= r + k;
  let betaRatio = 1;
  for (let k = 0; k <= x; k += 1) betaRatio *= (b + k) / (a + b + k);
  const alive = Math.pow(alpha + T, -(r + x));
  const dead = (a / (b + x)) * Math.pow(alpha + tx, -(r + x));
  return gammaRatio * Math.pow(alpha, r) * betaRatio * (alive + dead);
}

/** ∫ f over (0, upper) by the midpoint rule with `steps` points. */
function integrate(f: (value: number) => number, upper: number, steps: number): number {
  const width = upper / steps;
  let sum = 0;
  for (let i = 0; i < steps; i += 1) sum += f((i + 0.5) * width);
  return sum * width;
}

function checkGradient(data: ReturnType<typeof prepareBgNbdData>, point: Float64Array): void {
  const analytic = new Float64Array(4);
  mbgnbdLogLikelihoodWithGradient(data, point, analytic);
  const scratch = new Float64Array(4);
  const step = 1e-5;
  for (let i = 0; i < 4; i += 1) {
    const forward = Float64Array.from(point);
    const backward = Float64Array.from(point);
    forward[i] += step;
    backward[i] -= step;
    const numeric = (mbgnbdLogLikelihoodWithGradient(data, forward, scratch) - mbgnbdLogLikelihoodWithGradient(data, backward, scratch)) / (2 * step);
    expect(Math.abs(analytic[i] - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
  }
}

describe("mbgnbdLogLikelihood", () => {
  it("equals the plain textbook likelihood per customer at moderate values, x = 0 included", () => {
    for (const parameters of [btydplus, { r: 2.2, alpha: 0.7, a: 3.1, b: 0.4 }]) {
      forEachCase(60, 23, (random) => {
        const x = random.integer(0, 10);
        const T = random.uniform(0.5, 80);
        return { x, tx: x > 0 ? random.uniform(0, T) : 0, T };
      }, ({ x, tx, T }) => {
        const history = historyOf([[x, tx, T]]);
        expect(mbgnbdLogLikelihood(history, parameters)).toBeCloseTo(Math.log(directLikelihood(parameters, x, tx, T)), 9);
      });
    }
  });

  it("is the model's likelihood: it equals the individual likelihood integrated over λ ~ Gamma(r, α) and p ~ Beta(a, b)", () => {
    // Given (λ, p): alive throughout = survive the x + 1 dropout chances (first purchase and each repeat),
    // (1−p)^(x+1) λ^x e^(−λT); dropped out right after the last purchase, p (1−p)^x λ^x e^(−λ t_x) (t_x = 0 for x = 0).
    // Both terms factor into a λ integral and a p integral, computed here by the midpoint rule.
    const parameters = { r: 1.6, alpha: 3, a: 1.4, b: 2.5 };
    const { r, alpha, a, b } = parameters;
    const { exp, pow } = Math;
    const steps = 40_000;
    const gammaKernel = (lambda: number): number => pow(lambda, r - 1) * exp(-alpha * lambda);
    const betaKernel = (p: number): number => pow(p, a - 1) * pow(1 - p, b - 1);
    const gammaNorm = integrate(gammaKernel, 40, steps);
    const betaNorm = integrate(betaKernel, 1, steps);
    for (const [x, tx, T] of [[0, 0, 12], [1, 3.5, 10], [4, 7.25, 9], [0, 0, 0.5]]) {
      const lambdaPart = (time: number): number => integrate((lambda) => gammaKernel(lambda) * pow(lambda, x) * exp(-lambda * time), 40, steps) / gammaNorm;
      const survive = integrate((p) => betaKernel(p) * pow(1 - p, x + 1), 1, steps) / betaNorm;
      const dropOut = integrate((p) => betaKernel(p) * p * pow(1 - p, x), 1, steps) / betaNorm;
      const integrated = survive * lambdaPart(T) + dropOut * lambdaPart(tx);
      expect(mbgnbdLogLikelihood(historyOf([[x, tx, T]]), parameters)).toBeCloseTo(Math.log(integrated), 4);
    }
  });

  it("uses t_x = 0 for a one-time buyer whatever recency is passed, and by hand at r = α = a = b = 1", () => {
    // ln Γ(1)/Γ(1) + 1·ln 1 + ln B(1, 2)/B(1, 1) + ln(1/(1+T) + 1/1 · 1/(1+0)) = ln(1/2) + ln(1/39.86 + 1)
    const byHand = Math.log(0.5) + Math.log(1 / 39.86 + 1);
    const ones = { r: 1, alpha: 1, a: 1, b: 1 };
    expect(mbgnbdLogLikelihood(historyOf([[0, 0, 38.86]]), ones)).toBeCloseTo(byHand, 12);
    expect(mbgnbdLogLikelihood(historyOf([[0, 20, 38.86]]), ones)).toBeCloseTo(byHand, 12);
    expect(byHand).toBeCloseTo(-0.668369, 6);
  });

  it("is the sum over customers, in any order, with equal customers as weighted rows (lifetimes test_estimation.py line 768)", () => {
    const rows: Array<[number, number, number]> = [[1, 2, 5], [3, 2, 6], [0, 0, 6], [3, 2, 6], [0, 0, 5]];
    const ones = { r: 1, alpha: 1, a: 1, b: 1 };
    const separate = rows.reduce((sum, row) => sum + mbgnbdLogLikelihood(historyOf([row]), ones), 0);
    expect(mbgnbdLogLikelihood(historyOf(rows), ones)).toBeCloseTo(separate, 12);
    expect(mbgnbdLogLikelihood(historyOf([...rows].reverse()), ones)).toBeCloseTo(separate, 12);
    expect(prepareBgNbdData(historyOf(rows)).rows).toBe(4);

    const history = cdnowSummary();
    const order = Array.from(history.frequency, (_, i) => i).reverse();
    const reversed = {
      frequency: Float64Array.from(order, (i) => history.frequency[i]),
      recency: Float64Array.from(order, (i) => history.recency[i]),
      T: Float64Array.from(order, (i) => history.T[i]),
    };
    expect(mbgnbdLogLikelihood(reversed, btydplus)).toBeCloseTo(mbgnbdLogLikelihood(history, btydplus), 8);
  });

  it("stays finite where the plain form overflows: x = 5,000, T = 10^5, t_x = T", () => {
    const extremes = historyOf([[5000, 1e5, 1e5], [5000, 10, 1e5], [3000, 1e6, 1e6], [1, 1e5, 1e5], [0, 0, 1e9], [2000, 365, 365]]);
    expect(Math.pow(btydplus.alpha + 1e5, -(btydplus.r + 5000))).toBe(0);
    expect(Number.isFinite(mbgnbdLogLikelihood(extremes, btydplus))).toBe(true);
    for (let i = 0; i < extremes.frequency.length; i += 1) {
      const single = { frequency: extremes.frequency.subarray(i, i + 1), recency: extremes.recency.subarray(i, i + 1), T: extremes.T.subarray(i, i + 1) };
      expect(Number.isFinite(mbgnbdLogLikelihood(single, btydplus))).toBe(true);
    }
    // x = 5,000 with t_x = T: both terms are (α+T)^−(r+x) · (1 + a/(b+x)), so ln L has a closed form through ln Γ sums
    const { r, alpha, a, b } = btydplus;
    let logGammaRatio = 0;
    for (let k = 0; k < 5000; k += 1) logGammaRatio += Math.log(r + k);
    let logBetaRatio = 0;
    for (let k = 0; k <= 5000; k += 1) logBetaRatio += Math.log((b + k) / (a + b + k));
    const closedForm = logGammaRatio + r * Math.log(alpha) + logBetaRatio - (r + 5000) * Math.log(alpha + 1e5) + Math.log1p(a / (b + 5000));
    expect(mbgnbdLogLikelihood(historyOf([[5000, 1e5, 1e5]]), btydplus)).toBeCloseTo(closedForm, 6);
  });

  it("has an analytic gradient that matches central finite differences (CDNOW, and x in the thousands)", () => {
    const cdnow = prepareBgNbdData(cdnowSummary());
    checkGradient(cdnow, Float64Array.of(Math.log(0.525), Math.log(6.183), Math.log(0.891), Math.log(1.614)));
    checkGradient(cdnow, Float64Array.of(0, 0, 0, 0));
    checkGradient(cdnow, Float64Array.of(1, -1, 1.5, -0.5));
    const large = prepareBgNbdData(historyOf([[2000, 100, 400], [5000, 1e5, 1e5], [0, 0, 50], [1, 5, 400], [3000, 10, 4000]]));
    checkGradient(large, Float64Array.of(0.5, 1, -0.2, 0.7));
    checkGradient(large, Float64Array.of(Math.log(0.525), Math.log(6.183), Math.log(0.891), Math.log(1.614)));
  });
});
