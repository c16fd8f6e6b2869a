/*
 * Checks shared by the calculations. Each returns the value when it is valid and otherwise throws an
 * InputError that names the argument. Every check first rejects NaN and ±Infinity.
 */
import { InputError } from "./inputError";

/** The value, if it is a finite number. */
export function requireFinite(value: number, argument: string): number {
  if (!Number.isFinite(value)) throw new InputError("notANumber", argument, { value: String(value) });
  return value;
}

/** The value, if it is a finite number ≥ 0 (amounts, counts). */
export function requireNonNegative(value: number, argument: string): number {
  if (requireFinite(value, argument) < 0) throw new InputError("mustBeNonNegative", argument, { value });
  return value;
}

/** The value, if it is a finite number > 0 (divisors). */
export function requirePositive(value: number, argument: string): number {
  if (requireFinite(value, argument) <= 0) throw new InputError("mustBePositive", argument, { value });
  return value;
}

/** The value, if it is a whole number ≥ 0 (a number of periods). */
export function requireWholeNumber(value: number, argument: string): number {
  if (!Number.isInteger(requireFinite(value, argument)) || value < 0) {
    throw new InputError("mustBeWholeNumber", argument, { value });
  }
  return value;
}

/**
 * The value, if it is a fraction from 0 to 1 (a margin, a rate: 0.1 = 10 %). A value above 1 and at
 * most 100 is reported as a percentage typed as a whole number, so the message can suggest value/100.
 */
export function requireFraction(value: number, argument: string): number {
  requireFinite(value, argument);
  if (value > 1 && value <= 100) throw new InputError("rateLooksLikePercent", argument, { value });
  if (value < 0 || value > 1) throw new InputError("fractionRange", argument, { value });
  return value;
}

/**
 * The value, if it is a fraction strictly between 0 and 1: a confidence level, where 0 % and 100 % give no interval
 * worth the name. 0, 1 and anything else outside are `openFractionRange`, except a value above 1 and below 100, reported
 * as a percentage typed as a whole number (95 for 0.95: `rateLooksLikePercent`).
 * @example requireOpenFraction(0.95, "confidence") // 0.95
 */
export function requireOpenFraction(value: number, argument: string): number {
  requireFinite(value, argument);
  if (value > 1 && value < 100) throw new InputError("rateLooksLikePercent", argument, { value });
  if (value <= 0 || value >= 1) throw new InputError("openFractionRange", argument, { value });
  return value;
}

/** The value, if it is not greater than `limit`, the value of the argument `limitArgument`. */
export function requireAtMost(value: number, argument: string, limit: number, limitArgument: string): number {
  if (value > limit) throw new InputError("mustNotExceed", argument, { value, limit, limitArgument });
  return value;
}

/**
 * The result, if it is finite. Valid but extreme inputs (1e200 × 1e200) can overflow; `argumentsInvolved`
 * are named in the error so the user knows where to look.
 */
export function finiteResult(value: number, argumentsInvolved: readonly string[]): number {
  if (!Number.isFinite(value)) throw new InputError("resultTooLarge", argumentsInvolved.join(", "), {});
  return value;
}
