import { prepareBgNbdData } from "../../../src/core/models/bgnbdData";
import { bgnbdLogLikelihoodWithGradient } from "../../../src/core/models/bgnbdLikelihood";
import { prepareGammaGammaData } from "../../../src/core/models/gammaGammaData";
import { gammaGammaLogLikelihoodWithGradient } from "../../../src/core/models/gammaGammaLikelihood";
import { cdnowSummary } from "./cdnowSummary";

// The analytic gradients of both log-likelihoods against central finite differences of the log-likelihood itself,
// at several points of the log-parameter space (error < 1e-5 relative to max(1, |derivative|): the finite differences themselves are good to ~1e-6 here).
const history = cdnowSummary();

function checkGradient(logLikelihood: (point: Float64Array, gradient: Float64Array) => number, point: Float64Array): void {
  const analytic = new Float64Array(point.length);
  logLikelihood(point, analytic);
  const scratch = new Float64Array(point.length);
  const step = 1e-5;
  for (let i = 0; i < point.length; i += 1) {
    const forward = Float64Array.from(point);
    const backward = Float64Array.from(point);
    forward[i] += step;
    backward[i] -= step;
    const numeric = (logLikelihood(forward, scratch) - logLikelihood(backward, scratch)) / (2 * step);
    expect(Math.abs(analytic[i] - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
  }
}

describe("analytic gradients", () => {
  it("BG/NBD: d ln L / d(ln r, ln α, ln a, ln b) matches finite differences", () => {
    const data = prepareBgNbdData(history);
    const logLikelihood = (point: Float64Array, gradient: Float64Array): number => bgnbdLogLikelihoodWithGradient(data, point, gradient);
    checkGradient(logLikelihood, Float64Array.of(Math.log(0.243), Math.log(4.414), Math.log(0.793), Math.log(2.426)));
    checkGradient(logLikelihood, Float64Array.of(0, 0, 0, 0));
    checkGradient(logLikelihood, Float64Array.of(1, -1, 1.5, -0.5));
  });

  it("BG/NBD: matches with very large frequencies (x in the thousands, where the log-sum-exp matters)", () => {
    const large = {
      frequency: Float64Array.of(2000, 5000, 0, 1, 3000),
      recency: Float64Array.of(100, 200, 0, 5, 10),
      T: Float64Array.of(400, 210, 50, 400, 4000),
    };
    const data = prepareBgNbdData(large);
    checkGradient((point, gradient) => bgnbdLogLikelihoodWithGradient(data, point, gradient), Float64Array.of(0.5, 1, -0.2, 0.7));
  });

  it("Gamma-Gamma: d ln L / d(ln p, ln(q−1), ln v) matches finite differences", () => {
    const data = prepareGammaGammaData(history.frequency, history.monetary);
    const logLikelihood = (point: Float64Array, gradient: Float64Array): number => gammaGammaLogLikelihoodWithGradient(data, point, gradient);
    checkGradient(logLikelihood, Float64Array.of(Math.log(6.25), Math.log(2.74), Math.log(15.44)));
    checkGradient(logLikelihood, Float64Array.of(0, 0, 0));
    checkGradient(logLikelihood, Float64Array.of(-1, 2, 4));
  });
});
