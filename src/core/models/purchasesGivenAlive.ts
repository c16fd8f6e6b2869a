import hyp2f1 from "@stdlib/math-base-special-hyp2f1";
import type { BgNbdParameters } from "./bgnbdParameters";
import { abs, exp, expm1, log, max } from "../hotGlobals";

/** Above this many series terms (1 − z below ~1e-4) the Gauss series is too slow and @stdlib's ₂F₁ is used. */
const MAX_SERIES_TERMS = 400_000;
const RELATIVE_TOLERANCE = 1e-16;

/**
 * Expected number of purchases in the next `horizon` time units by a customer who is alive now, has made x repeat
 * purchases and is T old: the factor of Fader, Hardie & Lee (2005) eq. 10 that multiplies P(alive),
 *   G = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; z)],  z = t/(α+T+t) < 1.
 * It depends on T and t only through z, and not on t_x.
 *
 * Evaluated in a form that stays accurate where the textbook form does not: with Euler's transformation
 * ₂F₁(A, B; C; z) = (1−z)^(C−A−B) ₂F₁(C−A, C−B; C; z) (Abramowitz & Stegun 15.3.3),
 *   G = (a+b+x−1) · [ (1 − (1−z)^ε)/ε − (1−z)^ε · S ],  ε = a − 1,
 *   S = (₂F₁(a+b−1−r, ε; a+b+x−1; z) − 1)/ε = Σ_{k≥1} (a+b−1−r)_k (1+ε)_{k−1} / ((a+b+x−1)_k k!) z^k,
 * so a = 1 is a removable point rather than 0/0, large x makes the series converge faster rather than making
 * ₂F₁ huge, and no power (α+T)^(r+x) can overflow. The series is summed directly (its tail is bounded by the
 * last term / (1 − ratio)); only when z is within ~1e-4 of 1 does it fall back to @stdlib/math-base-special-hyp2f1.
 * @example expectedPurchasesGivenAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 38.86, 39) // 1.687
 */
export function expectedPurchasesGivenAlive(parameters: BgNbdParameters, frequency: number, age: number, horizon: number): number {
  if (!(horizon > 0)) return 0;
  const shiftedAge = parameters.alpha + age;
  const z = horizon / (shiftedAge + horizon);
  const oneMinusZ = shiftedAge / (shiftedAge + horizon);
  return purchasesGivenAliveAt(parameters, frequency, z, oneMinusZ);
}

/**
 * G of expectedPurchasesGivenAlive as a function of z = t/(α+T+t) (with 1 − z passed separately so that it keeps
 * its precision when z is close to 1).
 * @example purchasesGivenAliveAt({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0, 39 / 43.414, 4.414 / 43.414) // 1.195
 */
export function purchasesGivenAliveAt(parameters: BgNbdParameters, frequency: number, z: number, oneMinusZ: number): number {
  if (!(z > 0)) return 0;
  const { r, a, b } = parameters;
  const epsilon = a - 1;
  const upper = a + b - 1 - r;
  const lower = a + b + frequency - 1;
  const logOneMinusZ = log(oneMinusZ);
  const powerTerm = epsilon === 0 ? -logOneMinusZ : -expm1(epsilon * logOneMinusZ) / epsilon;
  const series = oneMinusZ < (4 * 37) / MAX_SERIES_TERMS ? stdlibSeries(upper, epsilon, lower, z) : gaussSeries(upper, epsilon, lower, z, powerTerm);
  const transformed = lower * (powerTerm - exp(epsilon * logOneMinusZ) * series);
  return max(0, Number.isFinite(transformed) ? transformed : textbookForm(parameters, frequency, z, logOneMinusZ));
}

/**
 * G in the textbook form of FHL (2005) eq. 10, for the one case the transformed form cannot take: a very large
 * a (a degenerate fit on little data, e.g. a ≈ 1e5 with b ≈ 0), where S overflows while (1−z)^ε underflows.
 * There ₂F₁(r+x, b+x; a+b+x−1; z) stays close to 1 and @stdlib evaluates it accurately.
 */
function textbookForm(parameters: BgNbdParameters, frequency: number, z: number, logOneMinusZ: number): number {
  const { r, a, b } = parameters;
  const hypergeometric = hyp2f1(r + frequency, b + frequency, a + b + frequency - 1, z);
  return ((a + b + frequency - 1) / (a - 1)) * (1 - exp((r + frequency) * logOneMinusZ) * hypergeometric);
}

/**
 * S = Σ_{k≥1} (A)_k (1+ε)_{k−1} / ((C)_k k!) z^k, stopped when the tail, bounded by |last term| · ρ/(1 − ρ) with
 * ρ = max(current term ratio, z), is below the precision of the result.
 */
function gaussSeries(upper: number, epsilon: number, lower: number, z: number, powerTerm: number): number {
  let term = (upper * z) / lower;
  let sum = term;
  for (let k = 1; k < MAX_SERIES_TERMS; k += 1) {
    const ratio = (((upper + k) * (epsilon + k)) / ((lower + k) * (k + 1))) * z;
    term *= ratio;
    sum += term;
    const tailRatio = max(abs(ratio), z);
    if (k >= 4 && tailRatio < 1 && abs(term) * tailRatio <= RELATIVE_TOLERANCE * (abs(sum) + abs(powerTerm)) * (1 - tailRatio)) {
      return sum;
    }
  }
  return sum;
}

/** The same S from @stdlib's ₂F₁ (which transforms z → 1 − z near 1); loses digits only when a is within ~1e-8 of 1. */
function stdlibSeries(upper: number, epsilon: number, lower: number, z: number): number {
  const step = epsilon === 0 ? 1e-12 : epsilon;
  return (hyp2f1(upper, step, lower, z) - 1) / step;
}
