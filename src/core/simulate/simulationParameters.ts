import type { BgNbdParameters } from "../models/bgnbdParameters";
import type { GammaGammaParameters } from "../models/gammaGammaParameters";
import type { RandomStream } from "../random/randomStream";

/** The true parameters data are simulated from: BG/NBD for purchases (α in the simulation's time unit), Gamma-Gamma for spend. */
export interface SimulationParameters {
  bgnbd: BgNbdParameters;
  gammaGamma: GammaGammaParameters;
}

/** One simulated customer's latent traits. */
export interface CustomerTraits {
  /** λ: purchases per time unit while alive, λ ~ Gamma(r, α). */
  purchaseRate: number;
  /** p: probability of dropping out right after each repeat purchase, p ~ Beta(a, b). */
  dropoutProbability: number;
  /** ν: each purchase is worth Gamma(shape p, rate ν), ν ~ Gamma(q, v). */
  spendRate: number;
}

/**
 * Draws one customer's traits from the BG/NBD and Gamma-Gamma mixing distributions (Fader, Hardie & Lee 2005,
 * assumptions (ii) and (iv); Fader & Hardie 2013, Gamma-Gamma).
 * @example drawCustomerTraits(new RandomStream(1), { bgnbd: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, gammaGamma: { p: 6.25, q: 3.74, v: 15.44 } })
 */
export function drawCustomerTraits(random: RandomStream, parameters: SimulationParameters): CustomerTraits {
  const { r, alpha, a, b } = parameters.bgnbd;
  const { q, v } = parameters.gammaGamma;
  return {
    purchaseRate: random.gamma(r) / alpha,
    dropoutProbability: random.beta(a, b),
    spendRate: random.gamma(q) / v,
  };
}

/**
 * Simulates the BG/NBD purchase process of one customer whose first purchase is at time 0: repeat purchases
 * arrive as a Poisson process with rate λ (exponential gaps), and after each repeat purchase the customer drops
 * out with probability p (FHL 2005 §3; no dropout after the first purchase). Writes the times of the repeat
 * purchases up to `limit` into `times` (which grows when needed) and returns them with their count, and whether
 * the customer dropped out after the last of them.
 * @example simulateRepeatPurchaseTimes(new RandomStream(1), traits, 78, new Float64Array(16))
 */
export function simulateRepeatPurchaseTimes(
  random: RandomStream,
  traits: CustomerTraits,
  limit: number,
  times: Float64Array,
): { times: Float64Array; count: number; droppedOut: boolean } {
  let buffer = times;
  let count = 0;
  let time = 0;
  for (;;) {
    time += random.exponential() / traits.purchaseRate;
    if (!(time <= limit)) return { times: buffer, count, droppedOut: false };
    if (count === buffer.length) {
      const larger = new Float64Array(buffer.length * 2);
      larger.set(buffer);
      buffer = larger;
    }
    buffer[count] = time;
    count += 1;
    if (random.uniform() < traits.dropoutProbability) return { times: buffer, count, droppedOut: true };
  }
}

/**
 * One purchase's amount for a customer with spend rate ν: Gamma(shape p, rate ν).
 * @example purchaseAmount(new RandomStream(1), 6.25, 0.2) // around 31
 */
export function purchaseAmount(random: RandomStream, shape: number, spendRate: number): number {
  return random.gamma(shape) / spendRate;
}
