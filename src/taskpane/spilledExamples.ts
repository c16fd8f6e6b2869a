/*
 * The results of the formula reference's spilling examples, row for row as the worksheet functions spill them
 * (a test compares the two). Loaded with import() by formulaCatalog: the statistics behind them would otherwise
 * be in the pane's first scripts twice, once for the pane and once for the functions.
 */
import binomialCdf from "@stdlib/stats-base-dists-binomial-cdf";
import studentCdf from "@stdlib/stats-base-dists-t-cdf";
import studentQuantile from "@stdlib/stats-base-dists-t-quantile";
import { testConversion, type ConversionGroup } from "../core/conversionTest";
import { satisfactionAnswers, satisfactionIndex, satisfactionShare } from "../core/customerSatisfaction";
import { engagementPosts, engagementRate } from "../core/engagementRate";
import { compareNetPromoterScores } from "../core/netPromoterComparison";
import { netPromoterInterval } from "../core/netPromoterInterval";
import { netPromoterCounts } from "../core/netPromoterScore";
import { responseDurations, summarizeResponseTimes } from "../core/responseTime";
import { testValue } from "../core/valueTest";
import type { ExampleCell, LabelledRows } from "./formulaEntry";

/** The confidence the examples leave at its default. */
const CONFIDENCE = 0.95;

/** A figure that the engine could not compute (NaN) is #N/A in Excel. */
const bound = (value: number): ExampleCell => (Number.isNaN(value) ? null : value);

/**
 * KV.NPSINTERVAL's rows for one survey's answers.
 * @example npsIntervalRows([10, 9, 9, 8, 7, 3, 10, 6])[0] // ["nps", 25]
 */
export function npsIntervalRows(answers: readonly number[]): LabelledRows {
  const counts = netPromoterCounts([answers]);
  const interval = netPromoterInterval(counts, CONFIDENCE);
  return [["nps", interval.score], ["low", interval.low], ["high", interval.high], ["answers", counts.answers], ["confidence", CONFIDENCE]];
}

/**
 * KV.NPSCHANGE's rows for two surveys' answers.
 * @example npsChangeRows([9, 10, 6], [9, 10, 10])[0] // ["change", 66.67…] (from 33.3 to 100)
 */
export function npsChangeRows(before: readonly number[], after: readonly number[]): LabelledRows {
  const earlier = netPromoterCounts([before]);
  const later = netPromoterCounts([after]);
  const comparison = compareNetPromoterScores(earlier, later, CONFIDENCE);
  return [
    ["change", comparison.change],
    ["low", comparison.low],
    ["high", comparison.high],
    ["pValue", comparison.pValue],
    ["largerThanChance", comparison.largerThanChance],
    ["answersBefore", earlier.answers],
    ["answersAfter", later.answers],
  ];
}

/**
 * KV.CSAT's rows for survey answers, the scale detected.
 * @example csatRows([5, 4, 4, 3, 5, 2, 4, 5, 1, 4])[0] // ["csat", 0.7]
 */
export function csatRows(answers: readonly number[]): LabelledRows {
  const read = satisfactionAnswers([answers]);
  const csat = satisfactionShare(read, CONFIDENCE);
  return [
    ["csat", csat.share],
    ["low", csat.low],
    ["high", csat.high],
    ["satisfied", csat.satisfied],
    ["answers", csat.answers],
    ["scale", read.scale],
    ["scaleDetected", read.detected],
    ["confidence", CONFIDENCE],
  ];
}

/**
 * KV.CSI's rows for survey answers, the scale detected.
 * @example csiRows([5, 4, 4, 3, 5, 2, 4, 5, 1, 4])[0] // ["csi", 67.5]
 */
export function csiRows(answers: readonly number[]): LabelledRows {
  const read = satisfactionAnswers([answers]);
  const csi = satisfactionIndex(read, CONFIDENCE, studentQuantile);
  return [
    ["csi", csi.index],
    ["low", bound(csi.low)],
    ["high", bound(csi.high)],
    ["mean", csi.mean],
    ["answers", csi.answers],
    ["scale", read.scale],
    ["scaleDetected", read.detected],
    ["confidence", CONFIDENCE],
  ];
}

/**
 * KV.ENGAGEMENT's rows for posts' interactions and reach.
 * @example engagementRows([120, 80], [2000, 1600])[0] // ["rate", 0.0556]
 */
export function engagementRows(interactions: readonly number[], reach: readonly number[]): LabelledRows {
  const rate = engagementRate(engagementPosts(interactions, reach), CONFIDENCE, studentQuantile);
  return [
    ["rate", rate.rate],
    ["averagePerPost", rate.averagePerPost],
    ["low", bound(rate.low)],
    ["high", bound(rate.high)],
    ["posts", rate.posts],
    ["interactions", rate.interactions],
    ["audience", rate.audience],
    ["basis", "reach"],
    ["confidence", CONFIDENCE],
  ];
}

/**
 * KV.RESPONSETIME's rows for durations in days, in hours.
 * @example responseTimeRows([0.125, 0.25])[0] // ["median", 4.5]
 */
export function responseTimeRows(durationsInDays: readonly number[]): LabelledRows {
  const read = responseDurations({ durations: durationsInDays });
  const summary = summarizeResponseTimes(read, "hours", CONFIDENCE, binomialCdf);
  return [
    ["median", bound(summary.median.estimate)],
    ["medianLow", bound(summary.median.low)],
    ["medianHigh", bound(summary.median.high)],
    ["p90", bound(summary.p90.estimate)],
    ["p90Low", bound(summary.p90.low)],
    ["p90High", bound(summary.p90.high)],
    ["answered", summary.answered],
    ["unanswered", summary.unanswered],
    ["firstUnansweredRow", bound(read.firstUnansweredRow)],
    ["mean", bound(summary.mean)],
    ["unit", "hours"],
    ["confidence", CONFIDENCE],
  ];
}

/**
 * KV.ABTEST's rows for two groups' visitors and conversions.
 * @example abTestRows({ visitors: 10000, conversions: 200 }, { visitors: 10000, conversions: 260 })[2] // ["uplift", 0.006]
 */
export function abTestRows(a: ConversionGroup, b: ConversionGroup): LabelledRows {
  const test = testConversion(a, b, CONFIDENCE);
  return [
    ["rateA", test.rateA],
    ["rateB", test.rateB],
    ["uplift", test.uplift],
    ["upliftLow", test.upliftLow],
    ["upliftHigh", test.upliftHigh],
    ["relativeUplift", bound(test.relativeUplift)],
    ["relativeLow", bound(test.relativeLow)],
    ["relativeHigh", bound(test.relativeHigh)],
    ["pValue", test.pValue],
    ["test", test.test],
    ["largerThanChance", test.largerThanChance],
    ["confidence", CONFIDENCE],
  ];
}

/**
 * KV.ABVALUE's rows for two groups' values per customer (Welch's interval and its bootstrap check).
 * @example abValueRows([0, 12, 15], [10, 14, 480])[2] // ["difference", 159]
 */
export function abValueRows(valuesA: readonly number[], valuesB: readonly number[]): LabelledRows {
  const test = testValue(valuesA, valuesB, CONFIDENCE, { quantile: studentQuantile, cdf: studentCdf });
  return [
    ["meanA", bound(test.meanA)],
    ["meanB", bound(test.meanB)],
    ["difference", bound(test.difference)],
    ["low", bound(test.low)],
    ["high", bound(test.high)],
    ["pValue", bound(test.pValue)],
    ["largerThanChance", test.largerThanChance],
    ["bootstrapLow", bound(test.bootstrapLow)],
    ["bootstrapHigh", bound(test.bootstrapHigh)],
    ["bootstrapAgrees", test.verdict === "notAvailable" ? null : test.verdict === "agree"],
    ["customersA", test.nA],
    ["customersB", test.nB],
    ["confidence", CONFIDENCE],
  ];
}
