/** Scaled values below this are exact enough (ulp ≤ 2⁻¹²) for Math.round to decide as toFixed does away from a tie. */
const EXACT_SCALED = 2 ** 40;
/** A scaled value this close to a half is left to toFixed, which rounds the exact decimal value. */
const TIE_MARGIN = 1e-3;
const powersOfTen = Array.from({ length: 21 }, (_, digits) => 10 ** digits);

/**
 * A number rounded to `digits` decimals (0–20), exactly Number(value.toFixed(digits)) (ECMA-262 §21.1.3.3: the
 * nearest multiple of 10^−digits, halves away from zero, read back as the nearest double), but without the string
 * when the value is not near a half: then Math.round of value·10^digits finds the same integer n, and n / 10^digits,
 * both exact doubles, is correctly rounded. null for anything that is not a finite number.
 * @example roundedTo(2 / 3, 4) // 0.6667
 * @example roundedTo(Number.NaN, 2) // null
 */
export function roundedTo(value: unknown, digits: number): number | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  // (−0).toFixed gives "0": toFixed's minus sign is for values below zero, and −0 is not.
  if (value === 0) return 0;
  const scale = powersOfTen[digits];
  const scaled = value * scale;
  const fraction = Math.abs(scaled - Math.trunc(scaled));
  if (Math.abs(scaled) < EXACT_SCALED && Math.abs(fraction - 0.5) > TIE_MARGIN) return Math.round(scaled) / scale;
  return Number(value.toFixed(digits));
}
