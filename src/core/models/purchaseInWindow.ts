import type { BgNbdParameters } from "./bgnbdParameters";
import { noPurchaseGivenAlive } from "./purchaseChance";
import { aliveDropoutParameters, type PurchaseModel } from "./purchaseModel";
import { abs, exp, log1p, max } from "../hotGlobals";

const RELATIVE_TOLERANCE = 1e-15;
/** Enough for z = c/(1+c) up to 1 − 1e-5 (a window starting 10⁵ × (α + T) after the end), far beyond any horizon. */
const MAX_SERIES_TERMS = 10_000_000;

/**
 * P(at least one purchase in (T + start, T + start + length] | alive at T, x): the chance that a customer who is
 * alive now buys in a future window, for a cohort's expected active customers in a period after the data.
 *
 * BG/NBD and MBG/NBD: given λ and p, the customer is still alive at T + start with probability e^(−λ·p·start) (the
 * Poisson purchases before it each end the lifetime with probability p) and then buys in the window with probability
 * 1 − e^(−λ·length) (dropout only follows a purchase). Under the posterior given alive, λ ~ Gamma(r + x, α + T) and
 * p ~ Beta(a, b + x) (b + x + 1 for the MBG/NBD, aliveDropoutParameters), independent, so with A = α + T, R = r + x,
 *   P = H(start/A) − (A/(A + length))^R · H(start/(A + length)),  H(c) = E_p[(1 + p·c)^(−R)],
 * and H(c) = (1 + c)^(−a) ₂F₁(a, a + b − r; a + b + x; c/(1 + c)) (Pfaff's transformation of the Beta mean of
 * (1 + pc)^(−R), Abramowitz & Stegun 15.3.4/15.3.1): a series in z = c/(1 + c) < 1 with bounded terms.
 * Pareto/NBD: alive at T + start with probability ((β + T)/(β + T + start))^s, after which the lifetime's rate is
 * Gamma(s, β + T + start) and λ is unchanged, so P = that × (1 − noPurchaseGivenAlive with β + start).
 *
 * Source: Fader, Hardie & Lee (2005) and Batislam et al. (2007) (the process and the posterior given alive);
 * Schmittlein, Morrison & Colombo (1987); checked against simulation and quadrature in the test.
 * @example purchaseInWindowGivenAlive({ name: "bgnbd", parameters: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } }, 2, 38.86, 0, 4.35) // ≈ 0.193
 */
export function purchaseInWindowGivenAlive(model: PurchaseModel, frequency: number, age: number, start: number, length: number): number {
  if (!(length > 0)) return 0;
  if (model.name === "paretonbd") {
    const { s, beta } = model.parameters;
    const stillAlive = exp(-s * log1p(start / (beta + age)));
    const later: PurchaseModel = { name: "paretonbd", parameters: { ...model.parameters, beta: beta + start } };
    return stillAlive * (1 - noPurchaseGivenAlive(later, frequency, age, length));
  }
  const parameters = aliveDropoutParameters(model);
  const shifted = parameters.alpha + age;
  const shape = parameters.r + frequency;
  const noneInWindowTerm = exp(-shape * log1p(length / shifted)) * aliveAndSilent(parameters, frequency, start / (shifted + length));
  return aliveAndSilent(parameters, frequency, start / shifted) - noneInWindowTerm;
}

/** H(c) = E[(1 + p·c)^(−(r + x))] for p ~ Beta(a, b + x): (1 + c)^(−a) ₂F₁(a, a + b − r; a + b + x; c/(1 + c)). */
function aliveAndSilent({ r, a, b }: BgNbdParameters, frequency: number, c: number): number {
  if (c === 0) return 1;
  const z = c / (1 + c);
  const upper = a + b - r;
  const lower = a + b + frequency;
  let term = 1;
  let sum = 1;
  for (let k = 0; k < MAX_SERIES_TERMS; k += 1) {
    const ratio = (((a + k) * (upper + k)) / ((lower + k) * (k + 1))) * z;
    term *= ratio;
    sum += term;
    // The ratio tends to z from either side: bound the tail by the larger of the two.
    const tailRatio = max(abs(ratio), z);
    if (k >= 4 && tailRatio < 1 && abs(term) * tailRatio <= RELATIVE_TOLERANCE * abs(sum) * (1 - tailRatio)) break;
  }
  return exp(-a * log1p(c)) * sum;
}
