import { abs } from "../hotGlobals";

/** Lentz's floor for a vanishing denominator (Press et al. 2007, Numerical Recipes §5.2). */
const TINY = 1e-300;
const TOLERANCE = 1e-16;
/** ~20/√(1 − z) terms are needed; this bounds z ≤ 1/(1 + 10⁻¹²) with room to spare. */
const MAX_TERMS = 100_000_000;

/**
 * ₂F₁(1, b; c; z) for c > b > 0 and 0 ≤ z < 1, by Gauss's continued fraction for ₂F₁(a + 1, b; c + 1; z) /
 * ₂F₁(a, b; c; z) at a = 0 (DLMF §15.7), evaluated with the modified Lentz algorithm. Its error falls like
 * ((1 − √(1 − z))/(1 + √(1 − z)))ⁿ, so z near 1 takes ~20/√(1 − z) terms where the power series takes ~40/(1 − z).
 * Hand-written: @stdlib's hyp2f1 returns NaN for about one in ten of the sBG's arguments (large b with z near 1).
 * @example hypergeometricA1(3.806 + 8, 0.668 + 3.806 + 8, 1 / 1.1) // 7.9954 (× r₈ = 0.9418: DERL 7.530)
 */
export function hypergeometricA1(b: number, c: number, z: number): number {
  // ₂F₁(1, b; c; z) = 1 / (1 + k₁z / (1 + k₂z / (1 + …))) with, for c' = c − 1 and j ≥ 0,
  // k_{2j+1} = −(c' + j)(b + j) / ((c' + 2j)(c' + 2j + 1)),  k_{2j+2} = (b − c' − j − 1)(j + 1) / ((c' + 2j + 1)(c' + 2j + 2)).
  const shifted = c - 1;
  let value = 1;
  let numerator = 1;
  let denominator = 0;
  for (let term = 1; term <= MAX_TERMS; term += 1) {
    const j = (term - 1) >> 1;
    const k =
      term % 2 === 1
        ? (-(shifted + j) * (b + j)) / ((shifted + 2 * j) * (shifted + 2 * j + 1))
        : ((b - shifted - j - 1) * (j + 1)) / ((shifted + 2 * j + 1) * (shifted + 2 * j + 2));
    const partial = k * z;
    denominator = 1 + partial * denominator;
    if (abs(denominator) < TINY) denominator = TINY;
    denominator = 1 / denominator;
    numerator = 1 + partial / numerator;
    if (abs(numerator) < TINY) numerator = TINY;
    const step = numerator * denominator;
    value *= step;
    if (abs(step - 1) < TOLERANCE) return 1 / value;
  }
  throw new RangeError(`₂F₁(1, ${b}; ${c}; ${z}) did not converge in ${MAX_TERMS} terms`);
}
