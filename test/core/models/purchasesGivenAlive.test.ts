import hyp2f1 from "@stdlib/math-base-special-hyp2f1";
import { expectedPurchasesGivenAlive } from "../../../src/core/models/purchasesGivenAlive";
import { forEachCase } from "../seededRandom";

// G(x, T, t) = (a+b+x−1)/(a−1) [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)], z = t/(α+T+t)
// (Fader, Hardie & Lee 2005, eq. 10 without its P(alive) denominator). Checked against the textbook form with
// ₂F₁ from @stdlib and with ₂F₁ summed directly as its Gauss series Σ (A)_k (B)_k/((C)_k k!) z^k.
function textbook(parameters: { r: number; alpha: number; a: number; b: number }, x: number, T: number, t: number, f21: typeof hyp2f1): number {
  const { r, alpha, a, b } = parameters;
  const z = t / (alpha + T + t);
  return ((a + b + x - 1) / (a - 1)) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * f21(r + x, b + x, a + b + x - 1, z));
}

function gaussSeries(upperA: number, upperB: number, lower: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 0; k < 200_000; k += 1) {
    term *= ((upperA + k) * (upperB + k) * z) / ((lower + k) * (k + 1));
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum) && k > 10) break;
  }
  return sum;
}

const cdnow = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe("expectedPurchasesGivenAlive", () => {
  it("agrees with the textbook ₂F₁ form (stdlib) and with the direct Gauss series", () => {
    forEachCase(200, 5, (random) => ({
      parameters: { r: random.uniform(0.05, 3), alpha: random.uniform(0.5, 50), a: random.uniform(0.2, 4), b: random.uniform(0.2, 6) },
      x: random.integer(0, 30),
      T: random.uniform(0, 100),
      t: random.uniform(0.1, 150),
    }), ({ parameters, x, T, t }) => {
      const value = expectedPurchasesGivenAlive(parameters, x, T, t);
      const tolerance = 1e-7 * Math.max(1, value);
      if (Math.abs(parameters.a - 1) > 0.01) {
        expect(Math.abs(value - textbook(parameters, x, T, t, hyp2f1))).toBeLessThan(tolerance);
        if (t / (parameters.alpha + T + t) < 0.95) expect(Math.abs(value - textbook(parameters, x, T, t, gaussSeries))).toBeLessThan(tolerance);
      }
      expect(value).toBeGreaterThan(0);
    });
  });

  it("is continuous through a = 1, where the textbook form is 0/0", () => {
    const atOne = expectedPurchasesGivenAlive({ ...cdnow, a: 1 }, 2, 38.86, 39);
    expect(atOne).toBeCloseTo(expectedPurchasesGivenAlive({ ...cdnow, a: 1 + 1e-7 }, 2, 38.86, 39), 6);
    expect(atOne).toBeCloseTo(expectedPurchasesGivenAlive({ ...cdnow, a: 1 - 1e-7 }, 2, 38.86, 39), 6);
    expect(atOne).toBeCloseTo(textbook({ ...cdnow, a: 1.001 }, 2, 38.86, 39, hyp2f1), 2);
  });

  it("stays accurate for large x and for z close to 1", () => {
    // x = 1000: ~ (r+x) t/(α+T) for an alive customer who keeps buying at their posterior rate, minus dropout
    const large = expectedPurchasesGivenAlive(cdnow, 1000, 38, 39);
    expect(large).toBeCloseTo(textbook(cdnow, 1000, 38, 39, hyp2f1), 6);
    // a new customer over 100 000 weeks (z = 0.99996): the stdlib fallback; compare with a long direct series
    const far = expectedPurchasesGivenAlive(cdnow, 0, 0, 1e5);
    expect(Math.abs(far - textbook(cdnow, 0, 0, 1e5, hyp2f1)) / far).toBeLessThan(1e-8);
    expect(Number.isFinite(expectedPurchasesGivenAlive(cdnow, 5000, 1e6, 1e6))).toBe(true);
  });

  it("is 0 for a zero horizon and increases with the horizon", () => {
    expect(expectedPurchasesGivenAlive(cdnow, 3, 20, 0)).toBe(0);
    let previous = 0;
    for (let t = 1; t < 200; t += 7) {
      const value = expectedPurchasesGivenAlive(cdnow, 3, 20, t);
      expect(value).toBeGreaterThan(previous);
      previous = value;
    }
  });
});
