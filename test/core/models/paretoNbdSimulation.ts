import type { ParetoNbdParameters } from "../../../src/core/models/paretoNbdParameters";
import type { PurchaseHistory } from "../../../src/core/models/purchaseHistory";
import { RandomStream } from "../../../src/core/random/randomStream";

/**
 * One customer drawn from the Pareto/NBD: purchase rate λ, dropout time ω, the repeat purchases in (0, horizon] and
 * those in (horizon, horizon + future].
 */
export interface ParetoNbdCustomer {
  purchaseRate: number;
  lifetime: number;
  /** Number of repeat purchases in (0, horizon] and the time of the last (0 when none). */
  purchases: number;
  lastPurchase: number;
  futurePurchases: number;
}

/**
 * Draws one customer from the model's assumptions as Schmittlein, Morrison & Colombo (1987) state them:
 * λ ~ Gamma(r, rate α), μ ~ Gamma(s, rate β), lifetime ω ~ Exponential(μ), purchases a Poisson process with rate λ
 * while alive, counted up to `horizon` and in the `future` after it.
 */
export function drawParetoNbdCustomer(random: RandomStream, parameters: ParetoNbdParameters, horizon: number, future = 0): ParetoNbdCustomer {
  const purchaseRate = random.gamma(parameters.r) / parameters.alpha;
  const lifetime = random.exponential() / (random.gamma(parameters.s) / parameters.beta);
  const end = Math.min(lifetime, horizon + future);
  let time = random.exponential() / purchaseRate;
  let purchases = 0;
  let lastPurchase = 0;
  let futurePurchases = 0;
  while (time <= end) {
    if (time <= horizon) {
      purchases += 1;
      lastPurchase = time;
    } else {
      futurePurchases += 1;
    }
    time += random.exponential() / purchaseRate;
  }
  return { purchaseRate, lifetime, purchases, lastPurchase, futurePurchases };
}

/**
 * A seeded purchase history of `customers` Pareto/NBD customers in continuous time, each observed for T uniform on
 * [minimumAge, maximumAge].
 */
export function simulateParetoNbdHistory(
  parameters: ParetoNbdParameters,
  customers: number,
  seed: number,
  minimumAge: number,
  maximumAge: number,
): PurchaseHistory {
  const random = new RandomStream(seed);
  const history = { frequency: new Float64Array(customers), recency: new Float64Array(customers), T: new Float64Array(customers) };
  for (let i = 0; i < customers; i += 1) {
    const age = minimumAge + (maximumAge - minimumAge) * random.uniform();
    const customer = drawParetoNbdCustomer(random, parameters, age);
    history.frequency[i] = customer.purchases;
    history.recency[i] = customer.lastPurchase;
    history.T[i] = age;
  }
  return history;
}
