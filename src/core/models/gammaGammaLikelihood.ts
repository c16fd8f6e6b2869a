import digamma from "@stdlib/math-base-special-digamma";
import gammaln from "@stdlib/math-base-special-gammaln";
import { prepareGammaGammaData, type GammaGammaData } from "./gammaGammaData";
import { gammaGammaLogParameters, type GammaGammaParameters } from "./gammaGammaParameters";
import { exp, log } from "../hotGlobals";

/**
 * The Gamma-Gamma log-likelihood of the repeat buyers' mean spends and its gradient with respect to
 * θ = (ln p, ln(q−1), ln v), written into `gradient`. Per customer with x repeat purchases of mean m̄
 * (Fader & Hardie 2013, "The Gamma-Gamma model of monetary value", eq. 3 for the density of m̄):
 *   ln f = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln v + (px−1) ln m̄ + px ln x − (px+q) ln(v + x m̄).
 * @example gammaGammaLogLikelihoodWithGradient(data, Float64Array.of(0, 0, 0), new Float64Array(3))
 */
export function gammaGammaLogLikelihoodWithGradient(data: GammaGammaData, logParameters: Float64Array, gradient: Float64Array): number {
  const p = exp(logParameters[0]);
  const qMinusOne = exp(logParameters[1]);
  const q = 1 + qMinusOne;
  const v = exp(logParameters[2]);
  const n = data.customers;
  const logV = log(v);
  let logLikelihood =
    -n * gammaln(q) + n * q * logV + p * data.sumFrequencyLogMonetary - data.sumLogMonetary + p * data.sumFrequencyLogFrequency;
  let dP = data.sumFrequencyLogMonetary + data.sumFrequencyLogFrequency;
  let dQ = -n * digamma(q) + n * logV;
  let dV = (n * q) / v;
  for (let k = 0; k < data.frequencies.length; k += 1) {
    const x = data.frequencies[k];
    const weight = data.frequencyWeights[k];
    const psiSum = digamma(p * x + q);
    logLikelihood += weight * (gammaln(p * x + q) - gammaln(p * x));
    dP += weight * x * (psiSum - digamma(p * x));
    dQ += weight * psiSum;
  }
  const { frequency, monetary, weight } = data;
  for (let i = 0; i < data.rows; i += 1) {
    const x = frequency[i];
    const total = v + x * monetary[i];
    const weightedLogTotal = weight[i] * log(total);
    const shape = p * x + q;
    logLikelihood -= shape * weightedLogTotal;
    dP -= x * weightedLogTotal;
    dQ -= weightedLogTotal;
    dV -= (weight[i] * shape) / total;
  }
  gradient[0] = p * dP;
  gradient[1] = qMinusOne * dQ;
  gradient[2] = v * dV;
  return logLikelihood;
}

/**
 * The Gamma-Gamma log-likelihood at the given parameters, over the customers with x > 0 and m̄ > 0.
 * @example gammaGammaLogLikelihood(cdnowFrequency, cdnowMonetary, { p: 6.2488, q: 3.7446, v: 15.4477 }) // −4055.92
 */
export function gammaGammaLogLikelihood(frequency: Float64Array, monetary: Float64Array, parameters: GammaGammaParameters): number {
  const data = prepareGammaGammaData(frequency, monetary);
  return gammaGammaLogLikelihoodWithGradient(data, gammaGammaLogParameters(parameters), new Float64Array(3));
}
