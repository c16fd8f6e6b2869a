import digamma from "@stdlib/math-base-special-digamma";
import gammaln from "@stdlib/math-base-special-gammaln";
import type { BgNbdData } from "./bgnbdData";
import { prepareBgNbdData } from "./bgnbdData";
import { bgnbdLogParameters, type BgNbdParameters } from "./bgnbdParameters";
import type { PurchaseHistory } from "./purchaseHistory";
import { exp, log, log1p } from "../hotGlobals";

/**
 * The BG/NBD log-likelihood and its gradient with respect to θ = (ln r, ln α, ln a, ln b), written into
 * `gradient`. Per customer (Fader, Hardie & Lee 2005, eq. 6, in the log form of their note "Implementing the
 * BG/NBD model for customer base analysis in Excel"):
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *          + ln[ (α+T)^−(r+x) + δ_{x>0} · a/(b+x−1) · (α+t_x)^−(r+x) ],
 * with the last term as a log-sum-exp, so nothing overflows for x in the thousands or T huge (where the
 * lifetimes package overflows). The ln Γ / ln B / ψ terms are computed once per distinct x.
 * @example
 * const data = prepareBgNbdData({ frequency: Float64Array.of(2), recency: Float64Array.of(30.43), T: Float64Array.of(38.86) });
 * bgnbdLogLikelihoodWithGradient(data, Float64Array.of(0, 0, 0, 0), new Float64Array(4)); // ln L at r = α = a = b = 1
 */
export function bgnbdLogLikelihoodWithGradient(data: BgNbdData, logParameters: Float64Array, gradient: Float64Array): number {
  return betaGeometricLogLikelihood(data, logParameters, gradient, false);
}

/**
 * The BG/NBD log-likelihood with its gradient, and with `dropoutAtFirstPurchase` the MBG/NBD's (Batislam, Denizel &
 * Filiztekin 2007): one dropout opportunity more, so B(a, b+x+1), a/(b+x) for every x, and for x = 0 a dead term
 * at t_x = 0 (ln α; the data's x = 0 rows carry T as their recency).
 * @example betaGeometricLogLikelihood(data, Float64Array.of(0, 0, 0, 0), new Float64Array(4), true) // the MBG/NBD's ln L at r = α = a = b = 1
 */
export function betaGeometricLogLikelihood(data: BgNbdData, logParameters: Float64Array, gradient: Float64Array, dropoutAtFirstPurchase: boolean): number {
  const shift = dropoutAtFirstPurchase ? 1 : 0;
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
  const inverseBx1 = new Float64Array(frequencies.length);
  for (let k = 0; k < frequencies.length; k += 1) {
    const x = frequencies[k];
    const weight = frequencyWeights[k];
    // Summed in the order (a + b) + x, so that the BG/NBD (shift 0) keeps its exact floating-point results.
    const bx = b + x + shift;
    const abx = a + b + x + shift;
    const psiABX = digamma(abx);
    logLikelihood += weight * (gammaln(r + x) - lnGammaR + gammaln(bx) - lnGammaB - gammaln(abx) + lnGammaAB);
    dR += weight * (digamma(r + x) - psiR);
    dA += weight * (psiAB - psiABX);
    dB += weight * (digamma(bx) - psiB - psiABX + psiAB);
    if (x > 0 || dropoutAtFirstPurchase) {
      deathLogWeight[k] = lnA - log(bx - 1);
      inverseBx1[k] = 1 / (bx - 1);
    }
  }
  const inverseAlpha = 1 / alpha;

  const { rowFrequency, rowFrequencyIndex, rowRecencyIndex, rowAgeIndex, rowWeight } = data;
  for (let row = 0; row < data.rows; row += 1) {
    const weight = rowWeight[row];
    const rx = r + rowFrequency[row];
    const age = rowAgeIndex[row];
    const logAge = logShifted[age];
    const repeatBuyer = rowFrequency[row] > 0;
    if (!repeatBuyer && !dropoutAtFirstPurchase) {
      logLikelihood -= weight * rx * logAge;
      dR -= weight * logAge;
      dAlpha -= weight * rx * inverseShifted[age];
      continue;
    }
    const k = rowFrequencyIndex[row];
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
    dB -= weight * deadShare * inverseBx1[k];
  }
  gradient[0] = r * dR;
  gradient[1] = alpha * dAlpha;
  gradient[2] = a * dA;
  gradient[3] = b * dB;
  return logLikelihood;
}

/**
 * The BG/NBD log-likelihood of a purchase history at the given parameters (Fader, Hardie & Lee 2005, eq. 6).
 * @example bgnbdLogLikelihood(cdnowHistory, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }) // −9582.43 (CDNOW, weeks)
 */
export function bgnbdLogLikelihood(history: PurchaseHistory, parameters: BgNbdParameters): number {
  return bgnbdLogLikelihoodWithGradient(prepareBgNbdData(history), bgnbdLogParameters(parameters), new Float64Array(4));
}
