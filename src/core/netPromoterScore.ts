import { InputError } from "./inputError";
import { isInteger } from "./hotGlobals";

/**
 * Net Promoter Score of raw answers to "How likely is it that you would recommend us to a friend or
 * colleague?" on the 0–10 scale: the percentage of promoters (9–10) minus the percentage of detractors
 * (0–6); passives (7–8) count only in the total. The result is in points from −100 to 100, the
 * conventional NPS scale (25 means 25 percentage points more promoters than detractors).
 *
 * `scores` is a grid (rows of cells); `null` is a blank cell and is skipped. 0 is a real answer (a
 * detractor's), never a blank. Any other value must be a whole number from 0 to 10: an `invalidScore`
 * error gives its 1-based row and column. No answers at all is a `noValues` error.
 *
 * Source: Reichheld (2003), "The One Number You Need to Grow", Harvard Business Review 81(12).
 * @example netPromoterScore([[10, 9, 9, 8, 7, 3, 10, 6]]) // promoters 4/8 = 50 %, detractors 2/8 = 25 % → 25
 */
export function netPromoterScore(scores: readonly (readonly (number | null)[])[]): number {
  const { promoters, detractors, answers } = netPromoterCounts(scores);
  return (100 * (promoters - detractors)) / answers;
}

/** The answers of an NPS survey by group: promoters (9–10), detractors (0–6) and all answers (passives 7–8 in between). */
export interface NetPromoterCounts {
  promoters: number;
  detractors: number;
  answers: number;
}

/**
 * Counts the promoters, detractors and answers among 0–10 answers, with netPromoterScore's rules for blanks, invalid
 * answers (`invalidScore` with the row and column) and no answers (`noValues`); `argument` names the range in errors.
 * @example netPromoterCounts([[10, 9, 9, 8, 7, 3, 10, 6]]) // { promoters: 4, detractors: 2, answers: 8 }
 */
export function netPromoterCounts(scores: readonly (readonly (number | null)[])[], argument = "scores"): NetPromoterCounts {
  let promoters = 0;
  let detractors = 0;
  let answers = 0;
  scores.forEach((row, rowIndex) =>
    row.forEach((score, columnIndex) => {
      if (score === null) return;
      if (!isInteger(score) || score < 0 || score > 10) {
        throw new InputError("invalidScore", argument, { value: score, row: rowIndex + 1, column: columnIndex + 1 });
      }
      answers += 1;
      if (score >= 9) promoters += 1;
      else if (score <= 6) detractors += 1;
    }),
  );
  if (answers === 0) throw new InputError("noValues", argument, {});
  return { promoters, detractors, answers };
}
