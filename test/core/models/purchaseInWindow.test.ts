import { purchaseInWindowGivenAlive } from "../../../src/core/models/purchaseInWindow";
import { noPurchaseGivenAlive } from "../../../src/core/models/purchaseChance";
import { modelPurchasesGivenAlive, type PurchaseModel } from "../../../src/core/models/purchaseModel";
import { RandomStream } from "../../../src/core/random/randomStream";

// CDNOW's published fits (weeks): BG/NBD FHL 2005; MBG/NBD as BTYDplus; Pareto/NBD Fader & Hardie's note.
const bgnbd: PurchaseModel = { name: "bgnbd", parameters: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 } };
const mbgnbd: PurchaseModel = { name: "mbgnbd", parameters: { r: 0.5248, alpha: 6.183, a: 0.8914, b: 1.614 } };
const paretonbd: PurchaseModel = { name: "paretonbd", parameters: { r: 0.5533, alpha: 10.5776, s: 0.6062, beta: 11.6679 } };

/**
 * The chance by simulating each model's process for customers alive at T with x repeat purchases: rates and
 * dropout drawn from the posterior given alive (λ ~ Gamma(r + x, α + T); p ~ Beta(a, b + x), b + x + 1 for the
 * MBG/NBD; μ ~ Gamma(s, β + T)), then purchases one by one until the window ends or the customer drops out.
 */
function simulatedChance(model: PurchaseModel, x: number, T: number, start: number, length: number, draws: number, seed: number): number {
  const random = new RandomStream(seed);
  let bought = 0;
  for (let n = 0; n < draws; n += 1) {
    const { r, alpha } = model.parameters;
    const lambda = random.gamma(r + x) / (alpha + T);
    if (model.name === "paretonbd") {
      const lifetime = random.exponential() / (random.gamma(model.parameters.s) / (model.parameters.beta + T));
      let time = 0;
      while (true) {
        time += random.exponential() / lambda;
        if (time > lifetime || time > start + length) break;
        if (time > start) {
          bought += 1;
          break;
        }
      }
      continue;
    }
    const { a, b } = model.parameters;
    const p = random.beta(a, b + x + (model.name === "mbgnbd" ? 1 : 0));
    let time = 0;
    while (true) {
      time += random.exponential() / lambda;
      if (time > start + length) break;
      if (time > start) {
        bought += 1;
        break;
      }
      if (random.uniform() < p) break;
    }
  }
  return bought / draws;
}

describe("purchaseInWindowGivenAlive", () => {
  it.each([
    ["bgnbd", bgnbd],
    ["mbgnbd", mbgnbd],
    ["paretonbd", paretonbd],
  ] as const)("%s: matches the simulated process for windows now and later", (_name, model) => {
    const draws = 100_000;
    for (const [x, T, start, length] of [
      [0, 30, 0, 4.35],
      [2, 38.86, 13, 4.35],
      [7, 70, 26, 13],
      [1, 2, 40, 4.35],
    ]) {
      const expected = simulatedChance(model, x, T, start, length, draws, 7 + x);
      const standardError = Math.sqrt((expected * (1 - expected)) / draws);
      expect(Math.abs(purchaseInWindowGivenAlive(model, x, T, start, length) - expected)).toBeLessThan(4.5 * standardError + 1e-4);
    }
  });

  it("is the chance of buying within the next t for a window that starts now", () => {
    for (const model of [bgnbd, mbgnbd, paretonbd]) {
      expect(purchaseInWindowGivenAlive(model, 3, 50, 0, 10)).toBeCloseTo(1 - noPurchaseGivenAlive(model, 3, 50, 10), 12);
    }
  });

  it("agrees with a quadrature over the dropout probability (BG/NBD)", () => {
    // P = E_p[(A/(A + p·u))^R − (A/(A + p·u + w))^R] with p ~ Beta(a, b + x), by the midpoint rule on p = v^(1/a)
    // (which removes the density's p^(a−1) singularity: dp·p^(a−1) = dv/a).
    const { r, alpha, a, b } = bgnbd.parameters;
    const [x, T, u, w] = [4, 60, 20, 8];
    const A = alpha + T;
    const R = r + x;
    const steps = 400_000;
    let integral = 0;
    let norm = 0;
    for (let k = 0; k < steps; k += 1) {
      const v = (k + 0.5) / steps;
      const p = v ** (1 / a);
      const weight = (1 - p) ** (b + x - 1);
      norm += weight;
      integral += weight * ((A / (A + p * u)) ** R - (A / (A + p * u + w)) ** R);
    }
    expect(purchaseInWindowGivenAlive(bgnbd, x, T, u, w)).toBeCloseTo(integral / norm, 7);
  });

  it("never exceeds the expected purchases in the window, and falls as the window moves away", () => {
    for (const model of [bgnbd, mbgnbd, paretonbd]) {
      for (const [x, T] of [
        [0, 5],
        [10, 70],
      ]) {
        let previous = 1;
        for (let start = 0; start <= 104; start += 13) {
          const chance = purchaseInWindowGivenAlive(model, x, T, start, 13);
          const expected = modelPurchasesGivenAlive(model, x, T, start + 13) - modelPurchasesGivenAlive(model, x, T, start);
          expect(chance).toBeGreaterThan(0);
          expect(chance).toBeLessThanOrEqual(expected + 1e-12);
          expect(chance).toBeLessThanOrEqual(previous);
          previous = chance;
        }
      }
    }
  });
});
