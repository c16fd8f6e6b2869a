import type { BgNbdParameters } from "./bgnbdParameters";
import { frequencyAgeGroups } from "./frequencyAgeGroups";
import type { ParetoNbdParameters } from "./paretoNbdParameters";
import type { PurchaseHistory } from "./purchaseHistory";
import { modelProbabilityAlive, type PurchaseModel } from "./purchaseModel";
import { exp, expm1, log1p } from "../hotGlobals";

/** Simpson intervals for the Pareto/NBD's no-purchase integral (smooth on the log scale: error far below 1e-8). */
const SIMPSON_INTERVALS = 256;

/**
 * P(Y(t) > 0 | x, t_x, T): the chance that a customer with this history buys again within the next t time units.
 * In the BG/NBD a customer can only drop out right after a purchase, so one alive at T who buys nothing in
 * (T, T + t] stays alive all along and buys nothing with probability E[e^(−λt)] under the posterior
 * λ ~ Gamma(r + x, α + T), which is ((α + T)/(α + T + t))^(r + x):
 *   P(Y(t) = 0) = (1 − P(alive)) + P(alive) · ((α + T)/(α + T + t))^(r + x).
 *
 * Source: Fader, Hardie & Lee (2005), the BG/NBD's assumptions (purchases Poisson(λ) while alive, dropout only
 * after a purchase, λ | x, T ~ Gamma(r + x, α + T)) and P(alive) from their eq. 13; checked by simulation in the test.
 * @example purchaseChance({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86, 52) // ≈ 0.58
 */
export function purchaseChance(parameters: BgNbdParameters, frequency: number, recency: number, age: number, time: number): number {
  if (!(time > 0)) return 0;
  const model: PurchaseModel = { name: "bgnbd", parameters };
  return modelProbabilityAlive(model, frequency, recency, age) * (1 - noPurchaseGivenAlive(model, frequency, age, time));
}

/**
 * P(no purchase in (T, T + t] | alive at T, x) under the model. BG/NBD and MBG/NBD: an alive customer can only drop
 * out after a purchase, so it is E[e^(−λt)] = ((α+T)/(α+T+t))^(r+x). Pareto/NBD: λ ~ Gamma(r+x, α+T) and the
 * remaining lifetime τ is Lomax(s, β+T) (Exp(μ), μ ~ Gamma(s, β+T)), independent, so it is
 * E_τ[((α+T)/(α+T+min(τ, t)))^(r+x)], an integral over τ < t (Schmittlein, Morrison & Colombo 1987's assumptions),
 * evaluated by Simpson's rule on y = ln(1 + τ/(β+T)), where the Lomax density is s·e^(−s·y).
 * @example noPurchaseGivenAlive({ name: "bgnbd", parameters: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } }, 2, 38.86, 52) // ≈ 0.2
 */
export function noPurchaseGivenAlive(model: PurchaseModel, frequency: number, age: number, time: number): number {
  if (model.name !== "paretonbd") {
    const { r, alpha } = model.parameters;
    return exp(-(r + frequency) * log1p(time / (alpha + age)));
  }
  return paretoNoPurchaseGivenAlive(model.parameters, frequency, age, time);
}

function paretoNoPurchaseGivenAlive(parameters: ParetoNbdParameters, frequency: number, age: number, time: number): number {
  const { r, alpha, s, beta } = parameters;
  const shape = r + frequency;
  const rateAge = alpha + age;
  const dropAge = beta + age;
  const end = log1p(time / dropAge);
  const noPurchaseBy = (y: number): number => exp(-s * y - shape * log1p((dropAge * expm1(y)) / rateAge));
  const step = end / SIMPSON_INTERVALS;
  let sum = noPurchaseBy(0) + noPurchaseBy(end);
  for (let k = 1; k < SIMPSON_INTERVALS; k += 1) sum += (k % 2 === 1 ? 4 : 2) * noPurchaseBy(k * step);
  const diedFirst = (s * step * sum) / 3;
  const aliveThroughout = exp(-s * end - shape * log1p(time / rateAge));
  return aliveThroughout + diedFirst;
}

/**
 * The chance of each customer buying again within `time` under any purchase model:
 * P(alive) × (1 − noPurchaseGivenAlive), the latter once per distinct (x, T).
 * @example modelPurchaseChanceColumn({ name: "paretonbd", parameters }, history, 52.18)
 */
export function modelPurchaseChanceColumn(model: PurchaseModel, history: PurchaseHistory, time: number): Float64Array {
  const { frequency, recency, T } = history;
  const out = new Float64Array(frequency.length);
  if (!(time > 0)) return out;
  const groups = frequencyAgeGroups(history);
  const buysIfAlive = new Float64Array(groups.frequency.length);
  for (let g = 0; g < buysIfAlive.length; g += 1) buysIfAlive[g] = 1 - noPurchaseGivenAlive(model, groups.frequency[g], groups.age[g], time);
  for (let i = 0; i < out.length; i += 1) out[i] = modelProbabilityAlive(model, frequency[i], recency[i], T[i]) * buysIfAlive[groups.groupOf[i]];
  return out;
}
