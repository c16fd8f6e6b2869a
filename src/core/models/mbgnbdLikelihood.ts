import digamma from "@stdlib/math-base-special-digamma";
import gammaln from "@stdlib/math-base-special-gammaln";
import type { BgNbdData } from "./bgnbdData";
import { prepareBgNbdData } from "./bgnbdData";
import { bgnbdLogParameters, type BgNbdParameters } from "./bgnbdParameters";
import type { PurchaseHistory } from "./purchaseHistory";
import { exp, log, log1p } from "../hotGlobals";

/**
 * The MBG/NBD log-likelihood and its gradient with respect to θ = (ln r, ln α, ln a, ln b), written into
 * `gradient`. Per customer (Batislam, Denizel & Filiztekin 2007, IJRM 24(3), with the erratum of Wagner & Hoppe
 * 2008, IJRM 25(3)):
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x+1) − ln B(a, b)
 *          + ln[ (α+T)^−(r+x) + a/(b+x) · (α+t_x)^−(r+x) ],
 * the second term (dropout after the x-th repeat purchase, or at the first purchase when x = 0, so t_x = 0) as
 * a log-sum-exp so nothing overflows for x in the thousands or T huge. The data's x = 0 rows carry T as their
 * recency; here they use t_x = 0 (ln α).
 * @example
 * const data = prepareBgNbdData({ frequency: Float64Array.of(0), recency: Float64Array.of(0), T: Float64Array.of(38.86) });
 * mbgnbdLogLikelihoodWithGradient(data, Float64Array.of(0, 0, 0, 0), new Float64Array(4)); // ln(1/2) + ln(1/39.86 + 1) = −0.6684 at r = α = a = b = 1
 */
export function mbgnbdLogLikelihoodWithGradient(data: BgNbdData, logParameters: Float64Array, gradient: Float64Array): number {
  const r = exp(logParameters[0]);
  const alpha = exp(logParameters[1]);
  const a = exp(logParameters[2]);
  const b = exp(logParameters[3]);
  const { times, frequencies, frequencyWeights } = data;
  const logShifted = new Float64Array(times.length);
  const inverseShifted = new Float64Array(times.length);
  for (let j = 0; j < times.length; j += 1) {
    const shifted = alpha + times[j];
    logShifted[j] = log(shifted);
    inverseShifted[j] = 1 / shifted;
  }

  const logAlpha = log(alpha);
  let logLikelihood = data.customers * r * logAlpha;
  let dR = data.customers * logAlpha;
  let dAlpha = (data.customers * r) / alpha;
  let dA = 0;
  let dB = 0;
  const lnGammaR = gammaln(r);
  const lnGammaB = gammaln(b);
  const lnGammaAB = gammaln(a + b);
  const psiR = digamma(r);
  const psiB = digamma(b);
  const psiAB = digamma(a + b);
  const lnA = log(a);
  const deathLogWeight = new Float64Array(frequencies.length);
  const inverseBx = new Float64Array(frequencies.length);
  for (let k = 0; k < frequencies.length; k += 1) {
    const x = frequencies[k];
    const weight = frequencyWeights[k];
    const psiABX1 = digamma(a + b + x + 1);
    logLikelihood +=
      weight * (gammaln(r + x) - lnGammaR + gammaln(b + x + 1) - lnGammaB - gammaln(a + b + x + 1) + lnGammaAB);
    dR += weight * (digamma(r + x) - psiR);
    dA += weight * (psiAB - psiABX1);
    dB += weight * (digamma(b + x + 1) - psiB - psiABX1 + psiAB);
    deathLogWeight[k] = lnA - log(b + x);
    inverseBx[k] = 1 / (b + x);
  }

  const { rowFrequency, rowFrequencyIndex, rowRecencyIndex, rowAgeIndex, rowWeight } = data;
  const inverseAlpha = 1 / alpha;
  for (let row = 0; row < data.rows; row += 1) {
    const weight = rowWeight[row];
    const rx = r + rowFrequency[row];
    const k = rowFrequencyIndex[row];
    const age = rowAgeIndex[row];
    const logAge = logShifted[age];
    const repeatBuyer = rowFrequency[row] > 0;
    const logRecency = repeatBuyer ? logShifted[rowRecencyIndex[row]] : logAlpha;
    const inverseRecency = repeatBuyer ? inverseShifted[rowRecencyIndex[row]] : inverseAlpha;
    const alive = -rx * logAge;
    const dead = deathLogWeight[k] - rx * logRecency;
    let deadShare: number;
    if (alive >= dead) {
      const ratio = exp(dead - alive);
      logLikelihood += weight * (alive + log1p(ratio));
      deadShare = ratio / (1 + ratio);
    } else {
      const ratio = exp(alive - dead);
      logLikelihood += weight * (dead + log1p(ratio));
      deadShare = 1 / (1 + ratio);
    }
    const aliveShare = 1 - deadShare;
    dR -= weight * (aliveShare * logAge + deadShare * logRecency);
    dAlpha -= weight * rx * (aliveShare * inverseShifted[age] + deadShare * inverseRecency);
    dA += (weight * deadShare) / a;
    dB -= weight * deadShare * inverseBx[k];
  }
  gradient[0] = r * dR;
  gradient[1] = alpha * dAlpha;
  gradient[2] = a * dA;
  gradient[3] = b * dB;
  return logLikelihood;
}

/**
 * The MBG/NBD log-likelihood of a purchase history at the given parameters (Batislam, Denizel & Filiztekin 2007).
 * @example mbgnbdLogLikelihood(cdnowHistory, { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }) // −9582.13 (CDNOW, weeks)
 */
export function mbgnbdLogLikelihood(history: PurchaseHistory, parameters: BgNbdParameters): number {
  return mbgnbdLogLikelihoodWithGradient(prepareBgNbdData(history), bgnbdLogParameters(parameters), new Float64Array(4));
}
