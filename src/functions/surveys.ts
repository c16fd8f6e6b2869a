/*
 * Worksheet functions for survey KPIs with how sure each is: KV.NPSINTERVAL (the NPS with its margin of error) and
 * KV.NPSCHANGE (whether the NPS of two surveys really differs). They spill labelled rows (name, value) like the model
 * functions; the statistics are in src/core (netPromoterInterval, netPromoterComparison).
 */
import { requireFraction } from "../core/argumentChecks";
import { compareNetPromoterScores } from "../core/netPromoterComparison";
import { netPromoterInterval } from "../core/netPromoterInterval";
import { netPromoterCounts } from "../core/netPromoterScore";
import { numberGrid, optionalNumber } from "./arguments";
import { argumentPlaces } from "./argumentPlaces";
import { excelMatrix } from "./ranges";

/** The confidence of an interval, a fraction (0.95 = 95 %); 95 % when omitted. */
function confidenceArgument(value: unknown): number {
  return requireFraction(optionalNumber(value, "confidence") ?? 0.95, "confidence");
}

/**
 * NPS with its margin of error: the score and the low and high end of its confidence interval (adjusted Wald, Rocks 2016).
 * @customfunction NPSINTERVAL
 * @helpurl https://localhost:3000/functions.html#kv.npsinterval
 * @param scores Range of answers, whole numbers from 0 to 10. Blank cells are skipped; 0 is an answer.
 * @param confidence How sure the interval is, a fraction (0.95 = 95 %). Omitted: 0.95.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns 5 rows of name and value: nps, low, high, answers, confidence.
 * @requiresParameterAddresses
 */
export function NPSINTERVAL(scores: any[][], confidence?: any, invocation?: CustomFunctions.Invocation): any[][] {
  const places = argumentPlaces(invocation, [["scores", scores], ["confidence", confidence]]);
  return excelMatrix<string | number>(() => {
    const level = confidenceArgument(confidence);
    const counts = netPromoterCounts(numberGrid(scores, "scores"));
    const interval = netPromoterInterval(counts, level);
    return [
      ["nps", interval.score],
      ["low", interval.low],
      ["high", interval.high],
      ["answers", counts.answers],
      ["confidence", level],
    ];
  }, places);
}

/**
 * Compares the NPS of two surveys (e.g. last quarter and this one): the change, its confidence interval and whether it is larger than chance.
 * @customfunction NPSCHANGE
 * @helpurl https://localhost:3000/functions.html#kv.npschange
 * @param scoresBefore Range of the earlier survey's answers, whole numbers from 0 to 10; blanks are skipped.
 * @param scoresAfter Range of the later survey's answers, whole numbers from 0 to 10; blanks are skipped.
 * @param confidence How sure the interval is, a fraction (0.95 = 95 %). Omitted: 0.95.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns 7 rows of name and value: change (later − earlier, in points), low, high, pValue, largerThanChance (TRUE when the interval leaves out 0), answersBefore, answersAfter.
 * @requiresParameterAddresses
 */
export function NPSCHANGE(scoresBefore: any[][], scoresAfter: any[][], confidence?: any, invocation?: CustomFunctions.Invocation): any[][] {
  const places = argumentPlaces(invocation, [["scoresBefore", scoresBefore], ["scoresAfter", scoresAfter], ["confidence", confidence]]);
  return excelMatrix<string | number | boolean>(() => {
    const level = confidenceArgument(confidence);
    const before = netPromoterCounts(numberGrid(scoresBefore, "scoresBefore"), "scoresBefore");
    const after = netPromoterCounts(numberGrid(scoresAfter, "scoresAfter"), "scoresAfter");
    const comparison = compareNetPromoterScores(before, after, level);
    return [
      ["change", comparison.change],
      ["low", comparison.low],
      ["high", comparison.high],
      ["pValue", comparison.pValue],
      ["largerThanChance", comparison.largerThanChance],
      ["answersBefore", before.answers],
      ["answersAfter", after.answers],
    ];
  }, places);
}
