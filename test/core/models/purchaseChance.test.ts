import { probabilityAlive } from "../../../src/core/models/probabilityAlive";
import { modelPurchaseChanceColumn, purchaseChance } from "../../../src/core/models/purchaseChance";
import { simulateCustomers } from "../../../src/core/simulate/simulateCustomers";

/** CDNOW's published BG/NBD (weeks; Fader, Hardie & Lee 2005). */
const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("purchaseChance: the chance of buying again within t", () => {
  it("is P(alive) × (1 − ((α + T)/(α + T + t))^(r + x)), worked by hand for CDNOW customer 1 over a year", () => {
    // x 2, t_x 30.43, T 38.86: P(alive) 0.7266 (lifetimes); (43.274 / 95.274)^2.243 = 0.17026.
    const alive = probabilityAlive(cdnow, 2, 30.43, 38.86);
    expect(alive).toBeCloseTo(0.7266, 4);
    const noPurchase = Math.pow((4.414 + 38.86) / (4.414 + 38.86 + 52), 2.243);
    expect(purchaseChance(cdnow, 2, 30.43, 38.86, 52)).toBeCloseTo(alive * (1 - noPurchase), 12);
    expect(purchaseChance(cdnow, 2, 30.43, 38.86, 52)).toBeCloseTo(0.7266 * (1 - 0.17026), 3);
  });

  it("is 0 for no time, grows with time, and tends to P(alive) (an alive customer buys eventually)", () => {
    expect(purchaseChance(cdnow, 3, 20, 38, 0)).toBe(0);
    const chances = [1, 10, 100, 1e4, 1e9].map((t) => purchaseChance(cdnow, 3, 20, 38, t));
    for (let i = 1; i < chances.length; i += 1) expect(chances[i]).toBeGreaterThan(chances[i - 1]);
    expect(chances[4]).toBeCloseTo(probabilityAlive(cdnow, 3, 20, 38), 3);
    // A one-time buyer is alive by the model's assumption: the chance is that of an alive customer.
    expect(purchaseChance(cdnow, 0, 0, 30, 1e12)).toBeCloseTo(1, 2);
  });

  it("matches what simulated customers did: the expected number of buyers in the next 39 weeks is within 3 standard errors", () => {
    const simulated = simulateCustomers(
      { bgnbd: cdnow, gammaGamma: { p: 6.25, q: 3.74, v: 15.44 } },
      { customers: 20_000, seed: 11, minimumAge: 26, maximumAge: 39, futureLength: 39 },
    );
    const chances = modelPurchaseChanceColumn({ name: "bgnbd", parameters: cdnow }, simulated.calibration, 39);
    let expected = 0;
    let variance = 0;
    let buyers = 0;
    for (let i = 0; i < chances.length; i += 1) {
      expected += chances[i];
      variance += chances[i] * (1 - chances[i]);
      if (simulated.future.offsets[i + 1] > simulated.future.offsets[i]) buyers += 1;
    }
    expect(Math.abs(buyers - expected)).toBeLessThan(3 * Math.sqrt(variance));
  });
});
