import type { SpendHistory } from "../models/purchaseHistory";
import { RandomStream } from "../random/randomStream";
import { drawCustomerTraits, purchaseAmount, simulateRepeatPurchaseTimes, type SimulationParameters } from "./simulationParameters";

/** Settings of simulateCustomers. Times are in the unit of the parameters' α. */
export interface CustomerSimulationOptions {
  customers: number;
  seed: number;
  /** Each customer's calibration age T is uniform on [minimumAge, maximumAge] (first purchases spread over a cohort window). */
  minimumAge: number;
  maximumAge: number;
  /** Length of the future (holdout) period after each customer's T; default 0 (no future). */
  futureLength?: number;
}

/** Simulated customers: what a summary of their log would show, what happened next, and the hidden truth. */
export interface SimulatedCustomers {
  /** The calibration-period summary (x, t_x, T, mean repeat spend), in continuous time. */
  calibration: SpendHistory;
  /** Purchases in (T, T + futureLength], customer i's at entries offsets[i] … offsets[i + 1] − 1; times are measured from T. */
  future: { purchases: Float64Array; offsets: Int32Array; times: Float64Array; amounts: Float64Array };
  /** The latent traits, and whether the customer was still alive at T. */
  truth: { purchaseRate: Float64Array; dropoutProbability: Float64Array; spendRate: Float64Array; aliveAtEnd: Uint8Array };
}

/**
 * Simulates customers from known BG/NBD + Gamma-Gamma parameters, directly as per-customer summaries in
 * continuous time (no calendar, no same-day merging): the input for parameter-recovery and interval-calibration
 * tests. Deterministic for a given seed.
 * @example
 * simulateCustomers({ bgnbd: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, gammaGamma: { p: 6.25, q: 3.74, v: 15.44 } },
 *   { customers: 1000, seed: 7, minimumAge: 26, maximumAge: 39, futureLength: 39 });
 */
export function simulateCustomers(parameters: SimulationParameters, options: CustomerSimulationOptions): SimulatedCustomers {
  const count = options.customers;
  const futureLength = options.futureLength ?? 0;
  const random = new RandomStream(options.seed);
  const calibration: SpendHistory = {
    frequency: new Float64Array(count),
    recency: new Float64Array(count),
    T: new Float64Array(count),
    monetary: new Float64Array(count),
  };
  const truth = {
    purchaseRate: new Float64Array(count),
    dropoutProbability: new Float64Array(count),
    spendRate: new Float64Array(count),
    aliveAtEnd: new Uint8Array(count),
  };
  const purchases = new Float64Array(count);
  const offsets = new Int32Array(count + 1);
  const futureTimes: number[] = [];
  const futureAmounts: number[] = [];
  let scratch: Float64Array = new Float64Array(64);
  const shape = parameters.gammaGamma.p;
  for (let i = 0; i < count; i += 1) {
    const traits = drawCustomerTraits(random, parameters);
    truth.purchaseRate[i] = traits.purchaseRate;
    truth.dropoutProbability[i] = traits.dropoutProbability;
    truth.spendRate[i] = traits.spendRate;
    const age = options.minimumAge + (options.maximumAge - options.minimumAge) * random.uniform();
    const simulated = simulateRepeatPurchaseTimes(random, traits, age + futureLength, scratch);
    scratch = simulated.times;
    let frequency = 0;
    let spend = 0;
    for (let k = 0; k < simulated.count; k += 1) {
      const time = scratch[k];
      const amount = purchaseAmount(random, shape, traits.spendRate);
      if (time <= age) {
        frequency += 1;
        spend += amount;
        calibration.recency[i] = time;
      } else {
        futureTimes.push(time - age);
        futureAmounts.push(amount);
        purchases[i] += 1;
      }
    }
    truth.aliveAtEnd[i] = simulated.droppedOut && simulated.count === frequency ? 0 : 1;
    calibration.frequency[i] = frequency;
    calibration.T[i] = age;
    calibration.monetary[i] = frequency > 0 ? spend / frequency : 0;
    offsets[i + 1] = futureTimes.length;
  }
  return {
    calibration,
    future: { purchases, offsets, times: Float64Array.from(futureTimes), amounts: Float64Array.from(futureAmounts) },
    truth,
  };
}
