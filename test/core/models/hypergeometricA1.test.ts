import { hypergeometricA1 } from "../../../src/core/models/hypergeometricA1";
import { forEachCase } from "../seededRandom";

/** The power series Σ_k (b)_k/(c)_k z^k, summed term by term until a term no longer changes the sum. */
function powerSeries(b: number, c: number, z: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; term > 1e-18 * sum; k += 1) {
    sum += term;
    term *= ((b + k) / (c + k)) * z;
  }
  return sum;
}

describe("₂F₁(1, b; c; z)", () => {
  it("equals the closed forms ₂F₁(1, 1; 2; z) = −ln(1 − z)/z and ₂F₁(1, b; b; z) = 1/(1 − z), also with z next to 1", () => {
    // Next to z = 1 the value's condition number is 1/((1 − z)|ln(1 − z)|) (5·10⁶ at 1 − 10⁻⁸): rounding allows 10⁻⁹ there.
    for (const [z, tolerance] of [[0, 1e-15], [0.3, 1e-13], [0.9, 1e-13], [1 - 1e-4, 1e-11], [1 - 1e-8, 1e-9]]) {
      const expected = z === 0 ? 1 : -Math.log1p(-z) / z;
      expect(Math.abs(hypergeometricA1(1, 2, z) / expected - 1)).toBeLessThan(tolerance);
      expect(Math.abs(hypergeometricA1(3.5, 3.5, z) * (1 - z) - 1)).toBeLessThan(1e-12);
    }
  });

  it("equals its power series for the sBG's arguments (b = β + n, c = α + β + n)", () => {
    forEachCase(
      300,
      2010,
      (random) => {
        const alpha = Math.exp(random.uniform(-4, 6));
        const b = Math.exp(random.uniform(-4, 7)) + random.integer(1, 1000);
        return { b, c: alpha + b, z: 1 / (1 + Math.exp(random.uniform(-7, 0))) };
      },
      ({ b, c, z }) => expect(Math.abs(hypergeometricA1(b, c, z) / powerSeries(b, c, z) - 1)).toBeLessThan(1e-11),
    );
  });
});
