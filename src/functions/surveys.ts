/*
 * Worksheet functions for survey KPIs with how sure each is: KV.NPSINTERVAL (the NPS with its margin of error),
 * KV.NPSCHANGE (whether the NPS of two surveys really differs), KV.CSAT (the share of satisfied answers) and KV.CSI
 * (a 0–100 satisfaction index). They spill labelled rows (name, value) like the model functions; the statistics are
 * in src/core (netPromoterInterval, netPromoterComparison, customerSatisfaction).
 */
import { satisfactionAnswers, satisfactionIndex, satisfactionShare, type SatisfactionScale } from "../core/customerSatisfaction";
import { InputError } from "../core/inputError";
import { csatRows, csiRows, npsChangeRows, npsIntervalRows } from "../core/spilledRows";
import { compareNetPromoterScores } from "../core/netPromoterComparison";
import { netPromoterInterval } from "../core/netPromoterInterval";
import { netPromoterCounts } from "../core/netPromoterScore";
import { numberGrid, optionalConfidence } from "./arguments";
import { argumentPlaces } from "./argumentPlaces";
import { excelMatrix, excelMatrixInStages, isBlankValue, type SpilledCell, spilledCells } from "./ranges";

/**
 * The answer scales a satisfaction function offers in Excel's AutoComplete.
 * @customenum {string}
 */
export enum SatisfactionScaleOption {
  /** Answers 1 to 5 (very dissatisfied to very satisfied); satisfied = 4 or 5. */
  from1to5 = "1-5",
  /** Answers 1 to 10; satisfied = 9 or 10. */
  from1to10 = "1-10",
  /** Answers 0 to 10; satisfied = 9 or 10. */
  from0to10 = "0-10",
}

const SCALE_NAMES: Record<string, SatisfactionScale> = { "1-5": "1-5", "1-10": "1-10", "0-10": "0-10", "5": "1-5" };

/** A scale argument: "1-5", "1-10" or "0-10" (any dash, spaces left out; 5 for 1-5); undefined when blank (detected). */
function scaleArgument(value: unknown): SatisfactionScale | undefined {
  if (isBlankValue(value)) return undefined;
  const scale = typeof value === "string" || typeof value === "number" ? SCALE_NAMES[String(value).replace(/\s/g, "").replace(/[–—]/g, "-")] : undefined;
  if (scale === undefined) {
    throw new InputError("unknownChoice", "scale", { value: typeof value === "string" || typeof value === "boolean" ? value : undefined, choices: '"1-5", "1-10", "0-10"' });
  }
  return scale;
}

/**
 * NPS with its margin of error: the score and the low and high end of its confidence interval (adjusted Wald, Rocks 2016).
 * @customfunction NPSINTERVAL
 * @helpurl https://localhost:3000/functions.html#kv.npsinterval
 * @param scores Range of answers, whole numbers from 0 to 10. Blank cells are skipped; 0 is an answer.
 * @param confidence How sure the interval is, a fraction greater than 0 and less than 1 (0.95 = 95 %). Omitted: 0.95.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns 5 rows of name and value: nps, low, high, answers, confidence.
 * @requiresParameterAddresses
 */
export function NPSINTERVAL(scores: any[][], confidence?: any, invocation?: CustomFunctions.Invocation): any[][] {
  const places = argumentPlaces(invocation, [["scores", scores], ["confidence", confidence]]);
  return excelMatrix<SpilledCell>(() => {
    const level = optionalConfidence(confidence, "confidence", 0.95);
    const counts = netPromoterCounts(numberGrid(scores, "scores"));
    const interval = netPromoterInterval(counts, level);
    return spilledCells(npsIntervalRows(interval, counts.answers, level));
  }, places);
}

/**
 * Compares the NPS of two surveys (e.g. last quarter and this one): the change, its confidence interval and whether it is larger than chance.
 * @customfunction NPSCHANGE
 * @helpurl https://localhost:3000/functions.html#kv.npschange
 * @param scoresBefore Range of the earlier survey's answers, whole numbers from 0 to 10; blanks are skipped.
 * @param scoresAfter Range of the later survey's answers, whole numbers from 0 to 10; blanks are skipped.
 * @param confidence How sure the interval is, a fraction greater than 0 and less than 1 (0.95 = 95 %). Omitted: 0.95.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns 7 rows of name and value: change (later − earlier, in points), low, high, pValue, largerThanChance (TRUE when the interval leaves out 0), answersBefore, answersAfter.
 * @requiresParameterAddresses
 */
export function NPSCHANGE(scoresBefore: any[][], scoresAfter: any[][], confidence?: any, invocation?: CustomFunctions.Invocation): any[][] {
  const places = argumentPlaces(invocation, [["scoresBefore", scoresBefore], ["scoresAfter", scoresAfter], ["confidence", confidence]]);
  return excelMatrix<SpilledCell>(() => {
    const level = optionalConfidence(confidence, "confidence", 0.95);
    const before = netPromoterCounts(numberGrid(scoresBefore, "scoresBefore"), "scoresBefore");
    const after = netPromoterCounts(numberGrid(scoresAfter, "scoresAfter"), "scoresAfter");
    const comparison = compareNetPromoterScores(before, after, level);
    return spilledCells(npsChangeRows(comparison, before.answers, after.answers));
  }, places);
}

/**
 * CSAT: the share of satisfied answers (the top two boxes of the scale) with its confidence interval (Wilson 1927).
 * @customfunction CSAT
 * @helpurl https://localhost:3000/functions.html#kv.csat
 * @param answers Range of survey answers, whole numbers on the scale. Blank cells are skipped.
 * @param scale "1-5", "1-10" or "0-10". Omitted: the smallest of them that holds every answer (0-10 when there is a 0, 1-5 when none is above 5), stated in the result.
 * @param confidence How sure the interval is, a fraction greater than 0 and less than 1 (0.95 = 95 %). Omitted: 0.95.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns 8 rows of name and value: csat (a fraction), low, high, satisfied, answers, scale, scaleDetected, confidence.
 * @requiresParameterAddresses
 */
export function CSAT(answers: any[][], scale?: SatisfactionScaleOption, confidence?: any, invocation?: CustomFunctions.Invocation): any[][] {
  const places = argumentPlaces(invocation, [["answers", answers], ["scale", scale], ["confidence", confidence]]);
  return excelMatrix<SpilledCell>(() => {
    const level = optionalConfidence(confidence, "confidence", 0.95);
    const read = satisfactionAnswers(numberGrid(answers, "answers"), scaleArgument(scale));
    const csat = satisfactionShare(read, level);
    return spilledCells(csatRows(csat, read, level));
  }, places);
}

/**
 * A satisfaction index from 0 to 100 (the mean answer rescaled, as the ACSI reports it) with its confidence interval (Student's t).
 * @customfunction CSI
 * @helpurl https://localhost:3000/functions.html#kv.csi
 * @param answers Range of survey answers, whole numbers on the scale. Blank cells are skipped.
 * @param scale "1-5", "1-10" or "0-10". Omitted: the smallest of them that holds every answer (0-10 when there is a 0, 1-5 when none is above 5), stated in the result.
 * @param confidence How sure the interval is, a fraction greater than 0 and less than 1 (0.95 = 95 %). Omitted: 0.95.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns 8 rows of name and value: csi (0–100), low, high (#N/A with a single answer), mean, answers, scale, scaleDetected, confidence.
 * @requiresParameterAddresses
 */
export async function CSI(answers: any[][], scale?: SatisfactionScaleOption, confidence?: any, invocation?: CustomFunctions.Invocation): Promise<any[][]> {
  const places = argumentPlaces(invocation, [["answers", answers], ["scale", scale], ["confidence", confidence]]);
  return excelMatrixInStages<SpilledCell>(async () => {
    const level = optionalConfidence(confidence, "confidence", 0.95);
    const read = satisfactionAnswers(numberGrid(answers, "answers"), scaleArgument(scale));
    // Student's t quantile is loaded on first use: its incomplete-beta inverse would put the pane's first scripts over budget.
    const { default: studentQuantile } = await import("@stdlib/stats-base-dists-t-quantile");
    const csi = satisfactionIndex(read, level, studentQuantile);
    return spilledCells(csiRows(csi, read, level));
  }, places);
}
