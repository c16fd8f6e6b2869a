/*
 * The results of the formula reference's spilling examples, laid out by the same row builders as the worksheet
 * functions (core/spilledRows). Loaded with import() by formulaCatalog: the statistics behind them would otherwise
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
import * as rows from "../core/spilledRows";
import { testValue } from "../core/valueTest";
import type { LabelledRows } from "./formulaEntry";

/** The confidence the examples leave at its default. */
const CONFIDENCE = 0.95;

/** Rows as the card shows them: a figure that does not exist (NaN, ±∞) is #N/A (null), as in Excel. */
function shown(spilled: rows.SpilledRows): LabelledRows {
  return spilled.map(([name, value]) => [name, typeof value === "number" && !Number.isFinite(value) ? null : value]);
}

/**
 * KV.NPSINTERVAL's rows for one survey's answers.
 * @example npsIntervalRows([10, 9, 9, 8, 7, 3, 10, 6])[0] // ["nps", 25]
 */
export function npsIntervalRows(answers: readonly number[]): LabelledRows {
  const counts = netPromoterCounts([answers]);
  return shown(rows.npsIntervalRows(netPromoterInterval(counts, CONFIDENCE), counts.answers, CONFIDENCE));
}

/**
 * KV.NPSCHANGE's rows for two surveys' answers.
 * @example npsChangeRows([9, 10, 6], [9, 10, 10])[0] // ["change", 66.67…] (from 33.3 to 100)
 */
export function npsChangeRows(before: readonly number[], after: readonly number[]): LabelledRows {
  const earlier = netPromoterCounts([before]);
  const later = netPromoterCounts([after]);
  return shown(rows.npsChangeRows(compareNetPromoterScores(earlier, later, CONFIDENCE), earlier.answers, later.answers));
}

/**
 * KV.CSAT's rows for survey answers, the scale detected.
 * @example csatRows([5, 4, 4, 3, 5, 2, 4, 5, 1, 4])[0] // ["csat", 0.7]
 */
export function csatRows(answers: readonly number[]): LabelledRows {
  const read = satisfactionAnswers([answers]);
  return shown(rows.csatRows(satisfactionShare(read, CONFIDENCE), read, CONFIDENCE));
}

/**
 * KV.CSI's rows for survey answers, the scale detected.
 * @example csiRows([5, 4, 4, 3, 5, 2, 4, 5, 1, 4])[0] // ["csi", 67.5]
 */
export function csiRows(answers: readonly number[]): LabelledRows {
  const read = satisfactionAnswers([answers]);
  return shown(rows.csiRows(satisfactionIndex(read, CONFIDENCE, studentQuantile), read, CONFIDENCE));
}

/**
 * KV.ENGAGEMENT's rows for posts' interactions and reach.
 * @example engagementRows([120, 80], [2000, 1600])[0] // ["rate", 0.0556]
 */
export function engagementRows(interactions: readonly number[], reach: readonly number[]): LabelledRows {
  return shown(rows.engagementRows(engagementRate(engagementPosts(interactions, reach), CONFIDENCE, studentQuantile), "reach", CONFIDENCE));
}

/**
 * KV.RESPONSETIME's rows for durations in days, in hours.
 * @example responseTimeRows([0.125, 0.25])[0] // ["median", 4.5]
 */
export function responseTimeRows(durationsInDays: readonly number[]): LabelledRows {
  const read = responseDurations({ durations: durationsInDays });
  return shown(rows.responseTimeRows(summarizeResponseTimes(read, "hours", CONFIDENCE, binomialCdf), read.firstUnansweredRow, "hours", CONFIDENCE));
}

/**
 * KV.ABTEST's rows for two groups' visitors and conversions.
 * @example abTestRows({ visitors: 10000, conversions: 200 }, { visitors: 10000, conversions: 260 })[2] // ["uplift", 0.006]
 */
export function abTestRows(a: ConversionGroup, b: ConversionGroup): LabelledRows {
  return shown(rows.abTestRows(testConversion(a, b, CONFIDENCE), CONFIDENCE));
}

/**
 * KV.ABVALUE's rows for two groups' values per customer (Welch's interval and its bootstrap check).
 * @example abValueRows([0, 12, 15], [10, 14, 480])[2] // ["difference", 159]
 */
export function abValueRows(valuesA: readonly number[], valuesB: readonly number[]): LabelledRows {
  return shown(rows.abValueRows(testValue(valuesA, valuesB, CONFIDENCE, { quantile: studentQuantile, cdf: studentCdf }), CONFIDENCE));
}
