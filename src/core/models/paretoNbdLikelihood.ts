import digamma from "@stdlib/math-base-special-digamma";
import gammaln from "@stdlib/math-base-special-gammaln";
import type { BgNbdData } from "./bgnbdData";
import { prepareBgNbdData } from "./bgnbdData";
import { paretoNbdLogParameters, type ParetoNbdParameters } from "./paretoNbdParameters";
import type { PurchaseHistory } from "./purchaseHistory";
import { abs, exp, expm1, log, log1p, min } from "../hotGlobals";

// ₂F₁ summed here, not @stdlib's hyp2f1: the fit needs its parameter derivatives, and near z = 1 @stdlib's overflows
// (Γ(c) for r + s + x > 170) and loses digits when s is near a whole number (2e-6 at 1e-12 from one).

/** Up to this argument z₀ Φ(m; c; z) is its power series (≤ ~160 terms); above it the quadrature starts from Φ(z₀). */
const SERIES_LIMIT = 0.75;
/** Above SERIES_LIMIT the series is still used when its terms surely fall fast: z·(m+K)/(c+K) ≤ this at K. */
const FAST_SERIES_RATIO = 0.75;
const FAST_SERIES_TERM = 100;
const SERIES_TOLERANCE = 1e-17;
const MAX_SERIES_TERMS = 500;
/** The quadrature stops once ln(integrand) (concave for c ≥ 2) falls and the rest, ≤ value/slope, is below this share. */
const QUADRATURE_TOLERANCE = 1e-18;
/** 16-point Gauss–Legendre abscissae and weights on [−1, 1], positive half (Abramowitz & Stegun 1964, table 25.4). */
const LEGENDRE_ABSCISSAE = [
  0.09501250983763744, 0.2816035507792589, 0.45801677765722737, 0.6178762444026438, 0.755404408355003, 0.8656312023878318,
  0.9445750230732326, 0.9894009349916499,
];
const LEGENDRE_WEIGHTS = [
  0.18945061045506864, 0.18260341504492364, 0.16915651939500265, 0.1495959888165767, 0.12462897125553407, 0.0951585116824926,
  0.062253523938647456, 0.027152459411754176,
];
const GAUSS_NODES = Float64Array.from([...LEGENDRE_ABSCISSAE.map((x) => (1 - x) / 2), ...LEGENDRE_ABSCISSAE.map((x) => (1 + x) / 2)]);
const GAUSS_WEIGHTS = Float64Array.from([...LEGENDRE_WEIGHTS, ...LEGENDRE_WEIGHTS].map((w) => w / 2));
/** A panel is at most this wide, and ln(integrand) changes by at most PANEL_CHANGE across it (16 points: ~1e-16). */
const PANEL_WIDTH = 4;
const PANEL_CHANGE = 12;
/** logDropoutTerm's output: ln E and its four derivatives, then ln K. */
const TERM_SIZE = 6;

/**
 * Φ(m; c; z) = ₂F₁(m, 1; c; z) = Σ_k (m)_k/(c)_k z^k for 0 ≤ z < 1, c > m > 0, with ∂Φ/∂m, ∂Φ/∂c and ∂Φ/∂z, written
 * into `out` as [Φ, Φ_m, Φ_c, Φ_z]; `oneMinusZ` is 1 − z computed without cancellation.
 *
 * The series is summed where its terms fall fast (z ≤ z₀ = ¾, or c − m large). Otherwise, from the
 * incomplete-beta form Φ = (c−1) z^(1−c) (1−z)^e B_z(c−1, −e), e = c − m − 1 (DLMF 8.17.8):
 *   Φ(z) = Φ(z₀)·(z/z₀)^(1−c)((1−z)/(1−z₀))^e + (c−1)/z · ∫₀^Y exp[(c−2)·ln((1 − (1−z)e^y)/z) − e·y] dy,
 * Y = ln((1−z₀)/(1−z)), by 16-point Gauss–Legendre on panels no wider than the integrand's scale and half the
 * distance to its branch point at (1−z)e^y = 1; the derivatives are integrated alongside. No Γ(c) and no Γ(−e)
 * appear, so it stays finite for any c and needs no special case for a whole-number e.
 * @example hypergeometricM1C(1, 2, 0.5, 0.5, out) // out[0] = −ln(1 − z)/z = 1.3863
 */
export function hypergeometricM1C(m: number, c: number, z: number, oneMinusZ: number, out: Float64Array): void {
  if (z <= SERIES_LIMIT) {
    powerSeries(m, c, z, out);
    return;
  }
  if ((z * (m + FAST_SERIES_TERM)) / (c + FAST_SERIES_TERM) <= FAST_SERIES_RATIO && powerSeries(m, c, z, out)) return;
  powerSeries(m, c, SERIES_LIMIT, out);
  const e = c - m - 1;
  const logZRatio = log(z / SERIES_LIMIT);
  const logTailRatio = log(oneMinusZ / (1 - SERIES_LIMIT));
  const scale = exp((1 - c) * logZRatio + e * logTailRatio);
  const start = out[0] * scale;
  const startM = out[1] * scale - start * logTailRatio;
  const startC = out[2] * scale + start * (logTailRatio - logZRatio);
  const startZ = start * ((1 - c) / z - e / oneMinusZ);

  const span = -logTailRatio;
  const concave = c >= 2;
  let integral = 0;
  let integralY = 0;
  let integralLog = 0;
  let integralZ = 0;
  let y = 0;
  while (y < span) {
    let width = min(PANEL_WIDTH, span - y, -0.5 * (log(oneMinusZ) + y), PANEL_CHANGE / logSlope(c, e, oneMinusZ * exp(y)));
    while (width * logSlope(c, e, oneMinusZ * exp(y + width)) > PANEL_CHANGE) width *= 0.5;
    for (let i = 0; i < GAUSS_NODES.length; i += 1) {
      const node = y + width * GAUSS_NODES[i];
      const grownMinusOne = expm1(node);
      const logShare = log1p((-oneMinusZ * grownMinusOne) / z);
      const weighted = width * GAUSS_WEIGHTS[i] * exp((c - 2) * logShare - e * node);
      integral += weighted;
      integralY += weighted * node;
      integralLog += weighted * logShare;
      integralZ += (weighted * grownMinusOne) / (z - oneMinusZ * grownMinusOne);
    }
    y += width;
    if (concave && y < span) {
      const grownEnd = oneMinusZ * exp(y);
      const rateEnd = ((c - 2) * grownEnd) / (1 - grownEnd) + e;
      const valueEnd = exp((c - 2) * log1p((-oneMinusZ * expm1(y)) / z) - e * y);
      if (rateEnd > 0 && valueEnd <= QUADRATURE_TOLERANCE * rateEnd * integral) break;
    }
  }
  const factor = (c - 1) / z;
  const valueAtSpan = exp((c - 2) * log(SERIES_LIMIT / z) - e * span);
  out[0] = start + factor * integral;
  out[1] = startM + factor * integralY;
  out[2] = startC + integral / z + factor * (integralLog - integralY);
  out[3] = startZ - (factor * integral) / z + factor * (valueAtSpan / oneMinusZ + ((c - 2) * integralZ) / z);
}

/** A bound on |d ln(integrand)/dy| of hypergeometricM1C's quadrature where (1−z)e^y = grown. */
function logSlope(c: number, e: number, grown: number): number {
  return (abs(c - 2) * grown) / (1 - grown) + abs(e);
}

/**
 * Φ(m; c; z) and its derivatives by the power series, stopped when the weighted tail is below 1e-17 Φ; false if
 * that takes more than MAX_SERIES_TERMS terms.
 */
function powerSeries(m: number, c: number, z: number, out: Float64Array): boolean {
  let term = 1;
  let sum = 1;
  let sumM = 0;
  let sumC = 0;
  let sumZ = 0;
  let harmonicM = 0;
  let harmonicC = 0;
  const limit = SERIES_TOLERANCE * (1 - z) * (1 - z);
  for (let k = 0; k < MAX_SERIES_TERMS; k += 1) {
    const inverseC = 1 / (c + k);
    const next = term * (m + k) * inverseC;
    sumZ += (k + 1) * next;
    harmonicM += 1 / (m + k);
    harmonicC += inverseC;
    term = next * z;
    sum += term;
    sumM += term * harmonicM;
    sumC += term * harmonicC;
    if (term * (k + 2) <= limit * sum) {
      out[0] = sum;
      out[1] = sumM;
      out[2] = -sumC;
      out[3] = sumZ;
      return true;
    }
  }
  return false;
}

/**
 * ln E(t) and its derivatives in (r, α, s, β), written into out[0..4], and ln K(t) into out[5], where
 * S(t) = s ∫_t^∞ (α+τ)^−(r+x) (β+τ)^−(s+1) dτ = s/(r+s+x) · E(t) is the likelihood's share for a dropout after t.
 * E(t) = (α+t)^−(r+x) (β+t)^−s K(t) with the ₂F₁ of Fader & Hardie (2005, note, eq. 19–20) taken on the side whose
 * argument is in [0, 1) and turned by Euler's transformation (A&S 15.3.3) into Φ(m; r+s+x+1; z):
 *   α ≥ β: K = Φ(r+x; ·; z),         z = (α−β)/(α+t);
 *   α < β: K = (1−z) Φ(s+1; ·; z),   z = (β−α)/(β+t).
 * K = 1 at α = β on both sides, and its derivatives agree there.
 */
function logDropoutTerm(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  frequency: number,
  shiftedAlpha: number,
  shiftedBeta: number,
  logShiftedAlpha: number,
  logShiftedBeta: number,
  hypergeometric: Float64Array,
  out: Float64Array,
): void {
  const purchaseShape = r + frequency;
  const c = r + s + frequency + 1;
  let logK: number;
  let dR: number;
  let dAlpha: number;
  let dS: number;
  let dBeta: number;
  if (alpha >= beta) {
    const oneMinusZ = shiftedBeta / shiftedAlpha;
    hypergeometricM1C(purchaseShape, c, (alpha - beta) / shiftedAlpha, oneMinusZ, hypergeometric);
    const inverse = 1 / hypergeometric[0];
    const dZ = hypergeometric[3] * inverse;
    logK = log(hypergeometric[0]);
    dR = (hypergeometric[1] + hypergeometric[2]) * inverse;
    dS = hypergeometric[2] * inverse;
    dAlpha = (dZ * oneMinusZ) / shiftedAlpha;
    dBeta = -dZ / shiftedAlpha;
  } else {
    const oneMinusZ = shiftedAlpha / shiftedBeta;
    hypergeometricM1C(s + 1, c, (beta - alpha) / shiftedBeta, oneMinusZ, hypergeometric);
    const inverse = 1 / hypergeometric[0];
    const dZ = hypergeometric[3] * inverse;
    logK = logShiftedAlpha - logShiftedBeta + log(hypergeometric[0]);
    dR = hypergeometric[2] * inverse;
    dS = (hypergeometric[1] + hypergeometric[2]) * inverse;
    dAlpha = 1 / shiftedAlpha - dZ / shiftedBeta;
    dBeta = (dZ * oneMinusZ - 1) / shiftedBeta;
  }
  out[0] = -purchaseShape * logShiftedAlpha - s * logShiftedBeta + logK;
  out[1] = -logShiftedAlpha + dR;
  out[2] = -purchaseShape / shiftedAlpha + dAlpha;
  out[3] = -logShiftedBeta + dS;
  out[4] = -s / shiftedBeta + dBeta;
  out[5] = logK;
}

/**
 * The Pareto/NBD log-likelihood and its gradient with respect to θ = (ln r, ln α, ln s, ln β), written into
 * `gradient`. Per customer (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005, note, eq. 18–20):
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α + s ln β + ln[ A + B ],
 *   A = (α+T)^−(r+x) (β+T)^−s                      (alive at T),
 *   B = s ∫_{t_x}^T (α+τ)^−(r+x) (β+τ)^−(s+1) dτ    (dropped out between t_x and T) = S(t_x) − S(T),
 * with S from logDropoutTerm, B = S(t_x)·(1 − S(T)/S(t_x)) and ln[A + B] as a log-sum-exp, so nothing overflows for
 * x in the thousands or T huge. A customer without repeat purchases has t_x = 0 (the compressed data keys such
 * rows on T alone). The gradient is analytic: the series that gives Φ gives its derivatives.
 * @example
 * const data = prepareBgNbdData({ frequency: Float64Array.of(2), recency: Float64Array.of(30.43), T: Float64Array.of(38.86) });
 * paretoNbdLogLikelihoodWithGradient(data, Float64Array.of(0, 0, 0, 0), new Float64Array(4)); // ln L at r = α = s = β = 1
 */
export function paretoNbdLogLikelihoodWithGradient(data: BgNbdData, logParameters: Float64Array, gradient: Float64Array): number {
  const r = exp(logParameters[0]);
  const alpha = exp(logParameters[1]);
  const s = exp(logParameters[2]);
  const beta = exp(logParameters[3]);
  const { times, frequencies, frequencyWeights } = data;
  const shiftedAlpha = new Float64Array(times.length);
  const shiftedBeta = new Float64Array(times.length);
  const logShiftedAlpha = new Float64Array(times.length);
  const logShiftedBeta = new Float64Array(times.length);
  for (let j = 0; j < times.length; j += 1) {
    shiftedAlpha[j] = alpha + times[j];
    shiftedBeta[j] = beta + times[j];
    logShiftedAlpha[j] = log(shiftedAlpha[j]);
    logShiftedBeta[j] = log(shiftedBeta[j]);
  }

  const logAlpha = log(alpha);
  const logBeta = log(beta);
  let logLikelihood = data.customers * (r * logAlpha + s * logBeta);
  let dR = data.customers * logAlpha;
  let dAlpha = (data.customers * r) / alpha;
  let dS = data.customers * logBeta;
  let dBeta = (data.customers * s) / beta;
  const lnGammaR = gammaln(r);
  const psiR = digamma(r);
  for (let k = 0; k < frequencies.length; k += 1) {
    const weight = frequencyWeights[k];
    logLikelihood += weight * (gammaln(r + frequencies[k]) - lnGammaR);
    dR += weight * (digamma(r + frequencies[k]) - psiR);
  }

  const hypergeometric = new Float64Array(4);
  const atStart = new Float64Array(TERM_SIZE);
  logDropoutTerm(r, alpha, s, beta, 0, alpha, beta, logAlpha, logBeta, hypergeometric, atStart);
  // The dropout term depends on x and one time only: once per distinct (x, time) pair, not twice per row.
  const { pairFrequency, pairTimeIndex } = data;
  const pairTerms = new Float64Array(TERM_SIZE * pairFrequency.length);
  const term = new Float64Array(TERM_SIZE);
  for (let pair = 0; pair < pairFrequency.length; pair += 1) {
    const time = pairTimeIndex[pair];
    logDropoutTerm(r, alpha, s, beta, pairFrequency[pair], shiftedAlpha[time], shiftedBeta[time], logShiftedAlpha[time], logShiftedBeta[time], hypergeometric, term);
    pairTerms.set(term, TERM_SIZE * pair);
  }
  const { rowFrequency, rowFrequencyIndex, rowRecencyIndex, rowAgeIndex, rowWeight, rowRecencyPair, rowAgePair } = data;
  // ln(s / (r + s + x)) once per distinct x.
  const logShares = Float64Array.from(frequencies, (frequency) => log(s / (r + s + frequency)));
  for (let row = 0; row < data.rows; row += 1) {
    const weight = rowWeight[row];
    const frequency = rowFrequency[row];
    const age = rowAgeIndex[row];
    const purchaseShape = r + frequency;
    const logAlive = -purchaseShape * logShiftedAlpha[age] - s * logShiftedBeta[age];
    const noDropoutWindow = frequency > 0 ? rowRecencyIndex[row] === age : times[age] === 0;
    if (noDropoutWindow) {
      logLikelihood += weight * logAlive;
      dR -= weight * logShiftedAlpha[age];
      dAlpha -= (weight * purchaseShape) / shiftedAlpha[age];
      dS -= weight * logShiftedBeta[age];
      dBeta -= (weight * s) / shiftedBeta[age];
      continue;
    }
    const recencyTerms = frequency > 0 ? pairTerms : atStart;
    const atRecency = frequency > 0 ? TERM_SIZE * rowRecencyPair[row] : 0;
    const atAge = TERM_SIZE * rowAgePair[row];
    const shape = r + s + frequency;
    const logShare = logShares[rowFrequencyIndex[row]];
    const logFromRecency = logShare + recencyTerms[atRecency];
    const logFromAge = logShare + pairTerms[atAge];
    // B = S(t_x) − S(T) = S(t_x)(1 − q), q = S(T)/S(t_x) ≤ 1.
    const logTailShare = min(0, logFromAge - logFromRecency);
    const remaining = -expm1(logTailShare);
    const logDropped = logFromRecency + log(remaining);
    // ln(A + B) from the larger term and e^−|ln A − ln B|: one exp, one log1p.
    let logTotal: number;
    let aliveShare: number;
    let droppedShare: number;
    if (logAlive >= logDropped) {
      const ratio = exp(logDropped - logAlive);
      logTotal = logAlive + log1p(ratio);
      aliveShare = 1 / (1 + ratio);
      droppedShare = ratio / (1 + ratio);
    } else {
      const ratio = exp(logAlive - logDropped);
      logTotal = logDropped + log1p(ratio);
      aliveShare = ratio / (1 + ratio);
      droppedShare = 1 / (1 + ratio);
    }
    // S(t_x)/(A + B) and S(T)/(A + B), the two dropout terms' shares.
    const recencyShare = remaining > 0 ? droppedShare / remaining : exp(logFromRecency - logTotal);
    const ageShare = recencyShare * exp(logTailShare);
    logLikelihood += weight * logTotal;
    dR += weight * (-aliveShare * logShiftedAlpha[age] - droppedShare / shape + recencyShare * recencyTerms[atRecency + 1] - ageShare * pairTerms[atAge + 1]);
    dAlpha += weight * ((-aliveShare * purchaseShape) / shiftedAlpha[age] + recencyShare * recencyTerms[atRecency + 2] - ageShare * pairTerms[atAge + 2]);
    dS += weight * (-aliveShare * logShiftedBeta[age] + droppedShare * (1 / s - 1 / shape) + recencyShare * recencyTerms[atRecency + 3] - ageShare * pairTerms[atAge + 3]);
    dBeta += weight * ((-aliveShare * s) / shiftedBeta[age] + recencyShare * recencyTerms[atRecency + 4] - ageShare * pairTerms[atAge + 4]);
  }
  gradient[0] = r * dR;
  gradient[1] = alpha * dAlpha;
  gradient[2] = s * dS;
  gradient[3] = beta * dBeta;
  return logLikelihood;
}

/**
 * ln(B/A): the log-odds, given the history, that the customer dropped out between t_x and T rather than being alive
 * at T, from the two terms of the likelihood (see paretoNbdLogLikelihoodWithGradient); −Infinity when t_x = T.
 * For x = 0 the recency is 0 whatever is passed. The powers enter as ratios, (r+x)·ln(1 + (T−t_x)/(α+t_x)) +
 * s·ln(1 + (T−t_x)/(β+t_x)), so t_x close to T loses no digits however large T, x or s are.
 * @example paretoNbdLogDropoutOdds({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 }, 26, 30.86, 31) // −6.17 (P(alive) = 0.9979)
 */
export function paretoNbdLogDropoutOdds(parameters: ParetoNbdParameters, frequency: number, recency: number, age: number): number {
  const { r, alpha, s, beta } = parameters;
  const start = frequency > 0 ? recency : 0;
  if (!(start < age)) return Number.NEGATIVE_INFINITY;
  const hypergeometric = new Float64Array(4);
  const atRecency = new Float64Array(TERM_SIZE);
  const atAge = new Float64Array(TERM_SIZE);
  logDropoutTerm(r, alpha, s, beta, frequency, alpha + start, beta + start, log(alpha + start), log(beta + start), hypergeometric, atRecency);
  logDropoutTerm(r, alpha, s, beta, frequency, alpha + age, beta + age, log(alpha + age), log(beta + age), hypergeometric, atAge);
  const window = age - start;
  const logPowerRatio = (r + frequency) * log1p(window / (alpha + start)) + s * log1p(window / (beta + start));
  const logTailRatio = min(0, atAge[5] - atRecency[5] - logPowerRatio);
  return log(s / (r + s + frequency)) + logPowerRatio + atRecency[5] + log(-expm1(logTailRatio));
}

/**
 * The Pareto/NBD log-likelihood of a purchase history at the given parameters (Fader & Hardie 2005, note, eq. 18).
 * @example paretoNbdLogLikelihood(cdnowHistory, { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 }) // −9595.0 (CDNOW, weeks)
 */
export function paretoNbdLogLikelihood(history: PurchaseHistory, parameters: ParetoNbdParameters): number {
  return paretoNbdLogLikelihoodWithGradient(prepareBgNbdData(history), paretoNbdLogParameters(parameters), new Float64Array(4));
}
