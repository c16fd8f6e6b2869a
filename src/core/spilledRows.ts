import type { ConversionTest } from "./conversionTest";
import type { SatisfactionAnswers, SatisfactionIndex, SatisfactionShare } from "./customerSatisfaction";
import type { EngagementRate } from "./engagementRate";
import type { NetPromoterComparison } from "./netPromoterComparison";
import type { NetPromoterInterval } from "./netPromoterInterval";
import type { ResponseTimeSummary, ResponseTimeUnit } from "./responseTime";
import type { ValueTest } from "./valueTest";

/*
 * The rows of name and value the survey, service and A/B test functions spill, laid out once for the worksheet
 * functions (src/functions) and the pane's worked examples (src/taskpane/spilledExamples). A figure that does not
 * exist is NaN (or ±∞): each side shows it as it shows "not available" (#N/A in a cell).
 */

/** One cell of a spilled result: a figure, a text or TRUE/FALSE. */
export type SpilledValue = number | string | boolean;

/** A spilled result: rows of name and value, top to bottom. */
export type SpilledRows = Array<[string, SpilledValue]>;

/**
 * KV.NPSINTERVAL's rows.
 * @example npsIntervalRows({ score: 25, low: -29.42, high: 65.78 }, 8, 0.95)[1] // ["low", -29.42]
 */
export function npsIntervalRows(interval: NetPromoterInterval, answers: number, confidence: number): SpilledRows {
  return [["nps", interval.score], ["low", interval.low], ["high", interval.high], ["answers", answers], ["confidence", confidence]];
}

/**
 * KV.NPSCHANGE's rows.
 * @example npsChangeRows(comparison, 10, 10)[0] // ["change", 60]
 */
export function npsChangeRows(comparison: NetPromoterComparison, answersBefore: number, answersAfter: number): SpilledRows {
  return [
    ["change", comparison.change],
    ["low", comparison.low],
    ["high", comparison.high],
    ["pValue", comparison.pValue],
    ["largerThanChance", comparison.largerThanChance],
    ["answersBefore", answersBefore],
    ["answersAfter", answersAfter],
  ];
}

/**
 * KV.CSAT's rows.
 * @example csatRows(satisfactionShare(read, 0.95), read, 0.95)[0] // ["csat", 0.7]
 */
export function csatRows(csat: SatisfactionShare, read: SatisfactionAnswers, confidence: number): SpilledRows {
  return [
    ["csat", csat.share],
    ["low", csat.low],
    ["high", csat.high],
    ["satisfied", csat.satisfied],
    ["answers", csat.answers],
    ["scale", read.scale],
    ["scaleDetected", read.detected],
    ["confidence", confidence],
  ];
}

/**
 * KV.CSI's rows (low and high NaN from a single answer).
 * @example csiRows(satisfactionIndex(read, 0.95, tQuantile), read, 0.95)[0] // ["csi", 67.5]
 */
export function csiRows(csi: SatisfactionIndex, read: SatisfactionAnswers, confidence: number): SpilledRows {
  return [
    ["csi", csi.index],
    ["low", csi.low],
    ["high", csi.high],
    ["mean", csi.mean],
    ["answers", csi.answers],
    ["scale", read.scale],
    ["scaleDetected", read.detected],
    ["confidence", confidence],
  ];
}

/**
 * KV.ENGAGEMENT's rows; `basis` says whether the audience was each post's reach or the followers.
 * @example engagementRows(rate, "reach", 0.95)[0] // ["rate", 0.0634]
 */
export function engagementRows(rate: EngagementRate, basis: "reach" | "followers", confidence: number): SpilledRows {
  return [
    ["rate", rate.rate],
    ["averagePerPost", rate.averagePerPost],
    ["low", rate.low],
    ["high", rate.high],
    ["posts", rate.posts],
    ["interactions", rate.interactions],
    ["audience", rate.audience],
    ["basis", basis],
    ["confidence", confidence],
  ];
}

/**
 * KV.RESPONSETIME's rows; `firstUnansweredRow` as the user sees it (NaN when every request was answered).
 * @example responseTimeRows(summary, Number.NaN, "hours", 0.95)[0] // ["median", 3]
 */
export function responseTimeRows(summary: ResponseTimeSummary, firstUnansweredRow: number, unit: ResponseTimeUnit, confidence: number): SpilledRows {
  return [
    ["median", summary.median.estimate],
    ["medianLow", summary.median.low],
    ["medianHigh", summary.median.high],
    ["p90", summary.p90.estimate],
    ["p90Low", summary.p90.low],
    ["p90High", summary.p90.high],
    ["answered", summary.answered],
    ["unanswered", summary.unanswered],
    ["firstUnansweredRow", firstUnansweredRow],
    ["mean", summary.mean],
    ["unit", unit],
    ["confidence", confidence],
  ];
}

/**
 * KV.ABTEST's rows (the relative uplift NaN when A converted no one).
 * @example abTestRows(testConversion(a, b, 0.95), 0.95)[2] // ["uplift", 0.006]
 */
export function abTestRows(test: ConversionTest, confidence: number): SpilledRows {
  return [
    ["rateA", test.rateA],
    ["rateB", test.rateB],
    ["uplift", test.uplift],
    ["upliftLow", test.upliftLow],
    ["upliftHigh", test.upliftHigh],
    ["relativeUplift", test.relativeUplift],
    ["relativeLow", test.relativeLow],
    ["relativeHigh", test.relativeHigh],
    ["pValue", test.pValue],
    ["test", test.test],
    ["largerThanChance", test.largerThanChance],
    ["confidence", confidence],
  ];
}

/**
 * KV.ABVALUE's rows; bootstrapAgrees is NaN when a group has a single customer (no check was possible).
 * @example abValueRows(testValue(a, b, 0.95, student), 0.95)[2] // ["difference", 1.58]
 */
export function abValueRows(test: ValueTest, confidence: number): SpilledRows {
  return [
    ["meanA", test.meanA],
    ["meanB", test.meanB],
    ["difference", test.difference],
    ["low", test.low],
    ["high", test.high],
    ["pValue", test.pValue],
    ["largerThanChance", test.largerThanChance],
    ["bootstrapLow", test.bootstrapLow],
    ["bootstrapHigh", test.bootstrapHigh],
    ["bootstrapAgrees", test.verdict === "notAvailable" ? Number.NaN : test.verdict === "agree"],
    ["customersA", test.nA],
    ["customersB", test.nB],
    ["confidence", confidence],
  ];
}
