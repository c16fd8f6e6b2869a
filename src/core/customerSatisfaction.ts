import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { isInteger, sqrt } from "./hotGlobals";
import { InputError } from "./inputError";

/** The answer scales of satisfaction surveys: 1–5 (CSAT's usual), 1–10 and 0–10. */
export type SatisfactionScale = "1-5" | "1-10" | "0-10";

const SCALE_ENDS: Record<SatisfactionScale, { lowest: number; highest: number }> = {
  "1-5": { lowest: 1, highest: 5 },
  "1-10": { lowest: 1, highest: 10 },
  "0-10": { lowest: 0, highest: 10 },
};

/** The lowest and highest answer of a scale. */
export function scaleEnds(scale: SatisfactionScale): { lowest: number; highest: number } {
  return SCALE_ENDS[scale];
}

/** Survey answers read on their scale: the answers (blanks left out) and the scale, given or detected. */
export interface SatisfactionAnswers {
  scale: SatisfactionScale;
  /** Whether the scale was detected from the answers rather than given. */
  detected: boolean;
  values: number[];
}

/**
 * Reads survey answers from a grid (null = blank, skipped): every answer a whole number on `scale`, or, when no scale
 * is given, on the smallest scale that holds them all — 0–10 if any answer is 0, else 1–5 if none is above 5, else
 * 1–10. An answer off the scale is an `offScale` error with its row and column; no answers, `noValues`.
 * @example satisfactionAnswers([[5, 4, null, 2]]) // { scale: "1-5", detected: true, values: [5, 4, 2] }
 */
export function satisfactionAnswers(grid: readonly (readonly (number | null)[])[], scale?: SatisfactionScale, argument = "answers"): SatisfactionAnswers {
  const values: number[] = [];
  let lowestSeen = Number.POSITIVE_INFINITY;
  let highestSeen = Number.NEGATIVE_INFINITY;
  const checkedEnds = scale ? SCALE_ENDS[scale] : SCALE_ENDS["0-10"];
  grid.forEach((row, rowIndex) =>
    row.forEach((value, columnIndex) => {
      if (value === null) return;
      if (!isInteger(value) || value < checkedEnds.lowest || value > checkedEnds.highest) {
        throw new InputError("offScale", argument, { value, row: rowIndex + 1, column: columnIndex + 1, ...checkedEnds });
      }
      values.push(value);
      if (value < lowestSeen) lowestSeen = value;
      if (value > highestSeen) highestSeen = value;
    }),
  );
  if (values.length === 0) throw new InputError("noValues", argument, {});
  if (scale) return { scale, detected: false, values };
  const detected: SatisfactionScale = lowestSeen === 0 ? "0-10" : highestSeen <= 5 ? "1-5" : "1-10";
  return { scale: detected, detected: true, values };
}

/** A share with its confidence interval, all as fractions. */
export interface ShareInterval {
  share: number;
  low: number;
  high: number;
}

/**
 * The Wilson score interval of a proportion: (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n).
 * Source: Wilson (1927), "Probable inference, the law of succession, and statistical inference", JASA 22(158);
 * recommended over the Wald interval by Brown, Cai & DasGupta (2001), Statistical Science 16(2).
 * @example wilsonInterval(7, 10, 0.95) // { share: 0.7, low: 0.3968, high: 0.8922 }
 */
export function wilsonInterval(successes: number, trials: number, confidence: number): ShareInterval {
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  const share = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const center = (share + z2 / (2 * trials)) / denominator;
  const half = (z * sqrt((share * (1 - share)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At 0 and at every trial the bound is 0 (or 1) exactly; rounding would leave 1e-17.
  return { share, low: successes === 0 ? 0 : Math.max(0, center - half), high: successes === trials ? 1 : Math.min(1, center + half) };
}

/** CSAT: the share of satisfied answers (the top two boxes of the scale) with its Wilson interval. */
export interface SatisfactionShare extends ShareInterval {
  satisfied: number;
  answers: number;
}

/**
 * CSAT, the share of satisfied customers: answers in the top two boxes of the scale (4–5 on 1–5, 9–10 on 1–10 and
 * 0–10), with its Wilson interval at `confidence`. Source: the ACSI/CSAT convention of top-two-box scores
 * (e.g. Hayes 2008, "Measuring Customer Satisfaction and Loyalty", 3rd ed.); the interval, wilsonInterval.
 * @example satisfactionShare({ scale: "1-5", detected: true, values: [5, 4, 4, 3, 5, 2, 4, 5, 1, 4] }, 0.95).share // 0.7
 */
export function satisfactionShare({ scale, values }: SatisfactionAnswers, confidence: number): SatisfactionShare {
  const topBoxes = SCALE_ENDS[scale].highest - 1;
  let satisfied = 0;
  for (const value of values) if (value >= topBoxes) satisfied += 1;
  return { ...wilsonInterval(satisfied, values.length, confidence), satisfied, answers: values.length };
}

/** A satisfaction index 0–100 with its confidence interval (NaN ends with a single answer) and the mean answer. */
export interface SatisfactionIndex {
  index: number;
  low: number;
  high: number;
  mean: number;
  answers: number;
}

/**
 * A CSI-style satisfaction index: the mean answer rescaled to 0–100, 100·(mean − lowest)/(highest − lowest), with the
 * t-based interval of the mean (n − 1 degrees of freedom) rescaled the same way and clamped to 0–100; one answer has
 * no interval (NaN). `studentQuantile(p, ν)` is Student's t quantile (the caller loads it: it is a large module).
 * Source: the 0–100 rescaling of the ACSI (Fornell et al. 1996, Journal of Marketing 60(4)); the interval, Student's t
 * for a mean.
 * @example satisfactionIndex({ scale: "1-5", detected: true, values: [5, 4, 4, 3, 5, 2, 4, 5, 1, 4] }, 0.95, tQuantile) // { index: 67.5, low: 43.58, high: 91.42, mean: 3.7, answers: 10 }
 */
export function satisfactionIndex({ scale, values }: SatisfactionAnswers, confidence: number, studentQuantile: (p: number, degreesOfFreedom: number) => number): SatisfactionIndex {
  const { lowest, highest } = SCALE_ENDS[scale];
  const n = values.length;
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / n;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  const rescaled = (x: number) => (100 * (x - lowest)) / (highest - lowest);
  if (n < 2) return { index: rescaled(mean), low: Number.NaN, high: Number.NaN, mean, answers: n };
  const margin = studentQuantile(1 - (1 - confidence) / 2, n - 1) * sqrt(squares / (n - 1) / n);
  return { index: rescaled(mean), low: Math.max(0, rescaled(mean - margin)), high: Math.min(100, rescaled(mean + margin)), mean, answers: n };
}
