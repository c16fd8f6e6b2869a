/*
 * Conversion of the values Excel passes to the worksheet functions into numbers for src/core.
 * Excel sends numbers, text, logical values, null (an omitted argument or a blank cell) or "" (an empty
 * text or blank cell), and ranges as 2D arrays. Text is read with parseNumberText: plain numbers
 * ("12.5", " 40 ") and percentages ("20%" → 0.2). Logical values are never numbers here: TRUE is far
 * more likely a wrong cell than a deliberate 1.
 */
import { requireOpenFraction } from "../core/argumentChecks";
import { isArray, isFiniteNumber } from "../core/hotGlobals";
import { type GivenValue, InputError } from "../core/inputError";
import { parseNumberText } from "../core/numberText";

/** A blank: an omitted argument or empty cell (null/undefined), or text with nothing but spaces. */
function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The value as the error message should quote it. */
function given(value: unknown): GivenValue {
  return typeof value === "string" || typeof value === "boolean" ? value : undefined;
}

/** The number in a non-blank value, or undefined when it is not a number. */
function numberIn(value: unknown): number | undefined {
  if (typeof value === "number") return isFiniteNumber(value) ? value : undefined;
  if (typeof value === "string") return parseNumberText(value);
  return undefined;
}

/** A required scalar argument as a number; blank → `required`, anything else non-numeric → `notANumber`. */
export function requiredNumber(value: unknown, argument: string): number {
  if (isBlank(value)) throw new InputError("required", argument, {});
  const number = numberIn(value);
  if (number === undefined) throw new InputError("notANumber", argument, { value: given(value) });
  return number;
}

/** An optional scalar argument: undefined when omitted or blank (so that core applies its default). */
export function optionalNumber(value: unknown, argument: string): number | undefined {
  return isBlank(value) ? undefined : requiredNumber(value, argument);
}

/**
 * An optional confidence level (or power: how sure a test is to detect an effect) with its default when omitted or
 * blank: a fraction strictly between 0 and 1 as requireOpenFraction checks it. 0 and 1 (0 % and 100 %) give no
 * interval worth the name (an infinite t quantile, a binomial bound that cannot be met), so they are
 * `openFractionRange`, as is −0.2; 95 is `rateLooksLikePercent`.
 * @example optionalConfidence(null, "confidence", 0.95) // 0.95
 * @example optionalConfidence("90%", "confidence", 0.95) // 0.9
 */
export function optionalConfidence(value: unknown, argument: string, fallback: number): number {
  return requireOpenFraction(optionalNumber(value, argument) ?? fallback, argument);
}

/**
 * A range argument as a grid of numbers, with `null` for blank cells. A cell that is neither blank nor a
 * number is a `cellNotANumber` error with its 1-based row and column. A single value (Excel passes a
 * scalar to a range parameter as a 1×1 range) is treated as a 1×1 grid.
 */
export function numberGrid(value: unknown, argument: string): (number | null)[][] {
  const rows: unknown[] = isArray(value) ? value : [[value]];
  // Plain loops with imported globals: a whole column is 1,048,576 rows (see core/hotGlobals).
  const grid: (number | null)[][] = rows.map(() => blankRow);
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex += 1) {
    const row = rows[rowIndex];
    const cells: unknown[] = isArray(row) ? row : [row];
    if (cells.length === 1 && isBlank(cells[0])) continue;
    grid[rowIndex] = cells.map((cell, columnIndex) => {
      if (isBlank(cell)) return null;
      const number = numberIn(cell);
      if (number === undefined) {
        throw new InputError("cellNotANumber", argument, { value: given(cell), row: rowIndex + 1, column: columnIndex + 1 });
      }
      return number;
    });
  }
  return grid;
}

/** The row of a one-column range whose cell is blank, shared by every such row of a grid (never modified). */
const blankRow: (number | null)[] = [null];

/**
 * A range argument that holds either one value (a 1×1 range or a typed number) or a list of values:
 * the single number, or the non-blank numbers of the range in reading order. A single blank is `required`.
 */
export function numberOrNumbers(value: unknown, argument: string): number | number[] {
  const grid = numberGrid(value, argument);
  if (grid.length === 1 && grid[0].length === 1) {
    const single = grid[0][0];
    if (single === null) throw new InputError("required", argument, {});
    return single;
  }
  return grid.flat().filter((cell): cell is number => cell !== null);
}

/** A time of day written as text: "8:00", "08:00", "16.30", "08:00:00" (hours 0–24, minutes and seconds 0–59). */
const timeText = /^(\d{1,2})([:.])(\d{2})(?:[:.](\d{2}))?$/;

/**
 * An optional time-of-day argument as a fraction of a day (8:00 = 1/3): a number from 0 to 1 (a cell formatted as a
 * time holds one; 1 = 24:00) or text "08:00"; undefined when blank. Text may separate hours and minutes by "." as
 * Danish writes times ("08.00", "8.30"), except after a single 0: "0.50" reads as a fraction of a day (12:00) as
 * readily as 00:50, so it is refused; write "00:50" or 0.5. Anything else — 8 for 8 o'clock, "8 am" — is
 * `notATimeOfDay`, whose message shows how to write it.
 * @example optionalTimeOfDay("16:30", "businessEnd") // 0.6875
 * @example optionalTimeOfDay("16.30", "businessEnd") // 0.6875
 */
export function optionalTimeOfDay(value: unknown, argument: string): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "string") {
    const match = timeText.exec(value.trim());
    if (match) {
      const [hourText, separator, minuteText, secondText] = match.slice(1);
      // "0.50" is the number 0.5 (12:00) to some and 00:50 to others: neither reading is taken.
      if (separator === "." && hourText === "0") throw new InputError("notATimeOfDay", argument, { value });
      const [hours, minutes, seconds] = [hourText, minuteText, secondText ?? "0"].map(Number);
      const fraction = (hours * 3600 + minutes * 60 + seconds) / 86_400;
      if (minutes < 60 && seconds < 60 && fraction <= 1) return fraction;
    }
  }
  const number = numberIn(value);
  if (number !== undefined && number >= 0 && number <= 1) return number;
  throw new InputError("notATimeOfDay", argument, { value: typeof value === "number" ? value : given(value) });
}
