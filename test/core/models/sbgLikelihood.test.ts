import { sbgDataFromCustomers, sbgDataFromSurvivors } from "../../../src/core/models/sbgData";
import { sbgLogLikelihoodWithGradient } from "../../../src/core/models/sbgLikelihood";
import { sbgLogParameters } from "../../../src/core/models/sbgParameters";

const highEnd = sbgDataFromSurvivors(Float64Array.of(1000, 869, 743, 653, 593, 551, 517, 491));

function logLikelihood(data: Parameters<typeof sbgLogLikelihoodWithGradient>[0], point: Float64Array, gradient = new Float64Array(2)): number {
  return sbgLogLikelihoodWithGradient(data, point, gradient);
}

describe("sBG log-likelihood", () => {
  it("equals the hand calculation at α = β = 1, where P(T = t) = 1/(t(t + 1)) and S(t) = 1/(t + 1)", () => {
    // High end: 131, 126, 90, 60, 42, 34, 26 cancelled in years 1–7, 491 active after year 7.
    const cancelled = [131, 126, 90, 60, 42, 34, 26];
    const byHand = cancelled.reduce((sum, count, index) => sum - count * Math.log((index + 1) * (index + 2)), 0) - 491 * Math.log(8);
    expect(logLikelihood(highEnd, Float64Array.of(0, 0))).toBeCloseTo(byHand, 9);
    // jdmaturen/shifted_beta_geometric_py (Apache-2.0) asserts −2.115 per customer for these data at (1, 1), to a relative 10⁻³.
    expect(Math.abs(logLikelihood(highEnd, Float64Array.of(0, 0)) / 1000 / -2.115 - 1)).toBeLessThan(1e-3);
  });

  it("is the same for one row per customer as for the counts", () => {
    const periods = Float64Array.of(1, 1, 2, 3, 3, 3);
    const active = Uint8Array.of(0, 0, 0, 0, 1, 1);
    const point = sbgLogParameters({ alpha: 0.7, beta: 1.2 });
    // P(T = 1) = α/(α + β); P(T = 2) = α/(α + β) · (β)/(α + β + 1) · … written as S(t − 1) · α/(α + β + t − 1).
    const alpha = 0.7;
    const beta = 1.2;
    const survival = (t: number): number => Array.from({ length: t }, (_, i) => (beta + i) / (alpha + beta + i)).reduce((a, b) => a * b, 1);
    const churn = (t: number): number => survival(t - 1) * (alpha / (alpha + beta + t - 1));
    const byHand = 2 * Math.log(churn(1)) + Math.log(churn(2)) + Math.log(churn(3)) + 2 * Math.log(survival(3));
    expect(logLikelihood(sbgDataFromCustomers(periods, active), point)).toBeCloseTo(byHand, 12);
  });

  it("has the analytic gradient of its finite differences", () => {
    for (const point of [Float64Array.of(Math.log(0.668), Math.log(3.806)), Float64Array.of(0, 0), Float64Array.of(-3, 2), Float64Array.of(4, 5)]) {
      const analytic = new Float64Array(2);
      logLikelihood(highEnd, point, analytic);
      for (let i = 0; i < 2; i += 1) {
        const step = 1e-5;
        const forward = Float64Array.from(point);
        const backward = Float64Array.from(point);
        forward[i] += step;
        backward[i] -= step;
        const numeric = (logLikelihood(highEnd, forward) - logLikelihood(highEnd, backward)) / (2 * step);
        expect(Math.abs(analytic[i] - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
      }
    }
  });

  it("stays finite for periods in the thousands", () => {
    const data = sbgDataFromCustomers(Float64Array.of(1, 2, 5000, 120000), Uint8Array.of(0, 0, 0, 1));
    const gradient = new Float64Array(2);
    expect(Number.isFinite(sbgLogLikelihoodWithGradient(data, Float64Array.of(-1, 1), gradient))).toBe(true);
    expect(gradient.every(Number.isFinite)).toBe(true);
  });
});
