/** A plain decimal number: optional sign, digits with "." as the decimal point, optional exponent. */
const plainNumber = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([+-]?\d+))?$/;

/** A number followed by a percent sign, with or without a space before it ("20%", "20 %"). */
const percentage = /^(.+?)\s*%$/;

/**
 * Reads a number written as text: a plain number ("12.5", " 40 ", "-3", "1e3") or a percentage
 * ("20%", "20 %" → 0.2). Returns `undefined` for anything else, including thousands separators, units,
 * a decimal comma ("1,5" is ambiguous: 1.5 in Denmark, 15 in the US) and numbers too large to represent.
 * A percentage is converted by shifting the decimal exponent, so "7%" gives exactly the number 0.07.
 * @example parseNumberText(" 12.5 ") // 12.5
 * @example parseNumberText("20 %") // 0.2
 * @example parseNumberText("500 kr") // undefined
 */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  const percentMatch = percentage.exec(trimmed);
  const match = plainNumber.exec(percentMatch ? percentMatch[1] : trimmed);
  if (!match) return undefined;
  const [, mantissa, exponent = "0"] = match;
  const value = Number(`${mantissa}e${Number(exponent) - (percentMatch ? 2 : 0)}`);
  return Number.isFinite(value) ? value : undefined;
}
