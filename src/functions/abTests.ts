/*
 * Worksheet functions for A/B tests: on conversion, KV.ABTEST (is B's conversion really different from A's, and by
 * how much) and KV.ABSAMPLESIZE (how many visitors a test needs); on value, KV.ABVALUE (is B's revenue or CLV per
 * customer really different from A's, judged by Welch's interval and a bootstrap that copes with a few big spenders).
 * The statistics are in src/core (conversionTest, conversionSampleSize, valueTest).
 */
import { conversionSampleSize } from "../core/conversionSampleSize";
import { testConversion } from "../core/conversionTest";
import { abTestRows, abValueRows } from "../core/spilledRows";
import { optionalConfidence, requiredNumber } from "./arguments";
import { argumentPlaces } from "./argumentPlaces";
import { excelResult } from "./errors";
import { alignedColumns, excelMatrix, excelMatrixInStages, optionalNumbers, placedInRanges, type SpilledCell, spilledCells } from "./ranges";

/**
 * A/B test on conversion: both rates, the uplift of B over A with its confidence interval, the relative uplift, and the p-value of no difference (Fisher's exact test for small counts).
 * @customfunction ABTEST
 * @helpurl https://localhost:3000/functions.html#kv.abtest
 * @param visitorsA Visitors (or recipients) of version A, a whole number > 0.
 * @param conversionsA Of them, those who converted (bought, signed up, clicked), a whole number from 0 to visitorsA.
 * @param visitorsB Visitors of version B, a whole number > 0.
 * @param conversionsB Of them, those who converted, from 0 to visitorsB.
 * @param confidence How sure the intervals are, a fraction greater than 0 and less than 1 (0.95 = 95 %). Omitted: 0.95.
 * @returns 12 rows of name and value: rateA, rateB, uplift (rateB − rateA), upliftLow, upliftHigh, relativeUplift (rateB ÷ rateA − 1), relativeLow, relativeHigh, pValue, test, largerThanChance, confidence.
 */
export function ABTEST(visitorsA: any, conversionsA: any, visitorsB: any, conversionsB: any, confidence?: any): any[][] {
  return excelMatrix<SpilledCell>(() => {
    const level = optionalConfidence(confidence, "confidence", 0.95);
    const test = testConversion(
      { visitors: requiredNumber(visitorsA, "visitorsA"), conversions: requiredNumber(conversionsA, "conversionsA") },
      { visitors: requiredNumber(visitorsB, "visitorsB"), conversions: requiredNumber(conversionsB, "conversionsB") },
      level,
    );
    return spilledCells(abTestRows(test, level));
  });
}

/**
 * Visitors needed in each group of an A/B test to detect a given uplift in conversion rate (Fleiss et al. 2003).
 * @customfunction ABSAMPLESIZE
 * @helpurl https://localhost:3000/functions.html#kv.absamplesize
 * @param baselineRate Today's conversion rate, a fraction (0.1 = 10 %).
 * @param minimumUplift The smallest change in that rate worth detecting, in rate points as a fraction (0.02 = from 10 % to 12 %).
 * @param power The chance of detecting an uplift of that size when it is there, a fraction greater than 0 and less than 1. Omitted: 0.8.
 * @param confidence 1 − the chance of a false alarm, a fraction greater than 0 and less than 1. Omitted: 0.95.
 * @returns Visitors per group (A and B each).
 */
export function ABSAMPLESIZE(baselineRate: any, minimumUplift: any, power?: any, confidence?: any): number {
  return excelResult(() =>
    conversionSampleSize(
      requiredNumber(baselineRate, "baselineRate"),
      requiredNumber(minimumUplift, "minimumUplift"),
      optionalConfidence(power, "power", 0.8),
      optionalConfidence(confidence, "confidence", 0.95),
    ),
  );
}

/**
 * The values of a one-column (or one-row) range of values per customer, blanks skipped: a whole column with a few
 * hundred values costs a scan of its blank tail (alignedColumns). All blank is `noValues`; a cell that is neither a
 * number nor blank is `cellNotANumber` at its position.
 */
function customerValues(value: unknown, argument: string): Float64Array {
  const [cells] = alignedColumns([[argument, value]]);
  const numbers = optionalNumbers(cells, argument);
  let count = 0;
  for (let index = 0; index < numbers.length; index += 1) if (numbers[index] !== null) count += 1;
  const values = new Float64Array(count);
  let next = 0;
  for (let index = 0; index < numbers.length; index += 1) {
    const number = numbers[index];
    if (number !== null) {
      values[next] = number;
      next += 1;
    }
  }
  return values;
}

/**
 * A/B test on value per customer (revenue, CLV): the difference in means B − A with Welch's confidence interval and p-value, checked by a bootstrap interval that copes with skew (a few big spenders).
 * @customfunction ABVALUE
 * @helpurl https://localhost:3000/functions.html#kv.abvalue
 * @param valuesA Range with one value per customer of group A (revenue or CLV in the test period), one column or row. Blank cells are skipped, so a customer who bought nothing must be 0, not blank. Negative values (refunds) are allowed.
 * @param valuesB Range with one value per customer of group B, as valuesA; the groups may differ in size.
 * @param confidence How sure the intervals are, a fraction greater than 0 and less than 1 (0.95 = 95 %). Omitted: 0.95.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns 13 rows of name and value: meanA, meanB, difference (meanB − meanA), low, high (Welch's interval), pValue, largerThanChance (TRUE when both intervals leave out 0 on the same side), bootstrapLow, bootstrapHigh, bootstrapAgrees (#N/A with a single customer in a group), customersA, customersB, confidence.
 * @requiresParameterAddresses
 */
export async function ABVALUE(valuesA: any[][], valuesB: any[][], confidence?: any, invocation?: CustomFunctions.Invocation): Promise<any[][]> {
  const places = argumentPlaces(invocation, [["valuesA", valuesA], ["valuesB", valuesB], ["confidence", confidence]]);
  return excelMatrixInStages<SpilledCell>(
    () =>
      placedInRanges<SpilledCell>(places, ["valuesA", "valuesB"], async () => {
        const level = optionalConfidence(confidence, "confidence", 0.95);
        const a = customerValues(valuesA, "valuesA");
        const b = customerValues(valuesB, "valuesB");
        // Loaded on first use, as KV.CSI loads Student's t quantile: the t quantile and CDF, and the test with its
        // bootstrap, would put the pane's first scripts over budget.
        const [{ default: quantile }, { default: cdf }, { testValue }] = await Promise.all([
          import("@stdlib/stats-base-dists-t-quantile"),
          import("@stdlib/stats-base-dists-t-cdf"),
          import("../core/valueTest"),
        ]);
        const test = testValue(a, b, level, { quantile, cdf }, { groupArguments: ["valuesA", "valuesB"] });
        return spilledCells(abValueRows(test, level));
      }),
    places,
  );
}
