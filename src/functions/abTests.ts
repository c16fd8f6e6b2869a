/*
 * Worksheet functions for A/B tests on conversion: KV.ABTEST (is B's conversion really different from A's, and by how
 * much) and KV.ABSAMPLESIZE (how many visitors a test needs). The statistics are in src/core (conversionTest,
 * conversionSampleSize).
 */
import { requireFraction } from "../core/argumentChecks";
import { conversionSampleSize } from "../core/conversionSampleSize";
import { testConversion } from "../core/conversionTest";
import { notAvailableError } from "../excel/worksheetErrors";
import { optionalNumber, requiredNumber } from "./arguments";
import { excelResult } from "./errors";
import { excelMatrix } from "./ranges";

/** A fraction argument with its default when omitted (0.95 = 95 %). */
function fractionArgument(value: unknown, argument: string, fallback: number): number {
  return requireFraction(optionalNumber(value, argument) ?? fallback, argument);
}

/**
 * A/B test on conversion: both rates, the uplift of B over A with its confidence interval, the relative uplift, and the p-value of no difference (Fisher's exact test for small counts).
 * @customfunction ABTEST
 * @helpurl https://localhost:3000/functions.html#kv.abtest
 * @param visitorsA Visitors (or recipients) of version A, a whole number > 0.
 * @param conversionsA Of them, those who converted (bought, signed up, clicked), a whole number from 0 to visitorsA.
 * @param visitorsB Visitors of version B, a whole number > 0.
 * @param conversionsB Of them, those who converted, from 0 to visitorsB.
 * @param confidence How sure the intervals are, a fraction (0.95 = 95 %). Omitted: 0.95.
 * @returns 12 rows of name and value: rateA, rateB, uplift (rateB − rateA), upliftLow, upliftHigh, relativeUplift (rateB ÷ rateA − 1), relativeLow, relativeHigh, pValue, test, largerThanChance, confidence.
 */
export function ABTEST(visitorsA: any, conversionsA: any, visitorsB: any, conversionsB: any, confidence?: any): any[][] {
  return excelMatrix<string | number | boolean | CustomFunctions.Error>(() => {
    const level = fractionArgument(confidence, "confidence", 0.95);
    const test = testConversion(
      { visitors: requiredNumber(visitorsA, "visitorsA"), conversions: requiredNumber(conversionsA, "conversionsA") },
      { visitors: requiredNumber(visitorsB, "visitorsB"), conversions: requiredNumber(conversionsB, "conversionsB") },
      level,
    );
    const value = (x: number) => (Number.isNaN(x) ? notAvailableError() : x);
    return [
      ["rateA", test.rateA],
      ["rateB", test.rateB],
      ["uplift", test.uplift],
      ["upliftLow", test.upliftLow],
      ["upliftHigh", test.upliftHigh],
      ["relativeUplift", value(test.relativeUplift)],
      ["relativeLow", value(test.relativeLow)],
      ["relativeHigh", value(test.relativeHigh)],
      ["pValue", test.pValue],
      ["test", test.test],
      ["largerThanChance", test.largerThanChance],
      ["confidence", level],
    ];
  });
}

/**
 * Visitors needed in each group of an A/B test to detect a given uplift in conversion rate (Fleiss et al. 2003).
 * @customfunction ABSAMPLESIZE
 * @helpurl https://localhost:3000/functions.html#kv.absamplesize
 * @param baselineRate Today's conversion rate, a fraction (0.1 = 10 %).
 * @param minimumUplift The smallest change in that rate worth detecting, in rate points as a fraction (0.02 = from 10 % to 12 %).
 * @param power The chance of detecting an uplift of that size when it is there, a fraction. Omitted: 0.8.
 * @param confidence 1 − the chance of a false alarm, a fraction. Omitted: 0.95.
 * @returns Visitors per group (A and B each).
 */
export function ABSAMPLESIZE(baselineRate: any, minimumUplift: any, power?: any, confidence?: any): number {
  return excelResult(() =>
    conversionSampleSize(
      requiredNumber(baselineRate, "baselineRate"),
      requiredNumber(minimumUplift, "minimumUplift"),
      fractionArgument(power, "power", 0.8),
      fractionArgument(confidence, "confidence", 0.95),
    ),
  );
}
