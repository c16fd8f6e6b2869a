import cdf from "@stdlib/stats-base-dists-normal-cdf";
import quantile from "@stdlib/stats-base-dists-normal-quantile";
import { wilsonInterval } from "./customerSatisfaction";
import { fisherExactPValue } from "./fisherExactTest";
import { abs, sqrt } from "./hotGlobals";
import { InputError } from "./inputError";

/** One group of an A/B test: its visitors and how many of them converted. */
export interface ConversionGroup {
  visitors: number;
  conversions: number;
}

/** What an A/B test on conversion shows, and how sure it is. */
export interface ConversionTest {
  rateA: number;
  rateB: number;
  /** rateB − rateA, with its confidence interval (Newcombe's hybrid score interval). */
  uplift: number;
  upliftLow: number;
  upliftHigh: number;
  /** rateB / rateA − 1 (NaN when A converted no one). */
  relativeUplift: number;
  relativeLow: number;
  relativeHigh: number;
  /** Two-sided p-value of no difference, and the test that gave it. */
  pValue: number;
  test: "twoProportionZ" | "fisherExact";
  largerThanChance: boolean;
}

/** The smallest expected count under no difference at which the z-test is used instead of Fisher's exact test. */
const LARGE_SAMPLE_EXPECTED = 5;

/**
 * Compares the conversion of group B with group A: the rates, the absolute uplift with Newcombe's hybrid score
 * interval (his method 10, from the two Wilson intervals), the relative uplift with the log-ratio interval (Katz), and
 * the p-value of no difference: the pooled two-proportion z-test, or Fisher's exact test when any expected count of
 * the 2×2 table is below 5 (Cochran's rule). Larger than chance only when both say so: the uplift's interval leaves
 * out 0 and the p-value is below 1 − confidence (near the edge they can differ, being different methods).
 * Source: Newcombe (1998), Statistics in Medicine 17(8), 873–890; Katz et al. (1978), Biometrics 34(3);
 * Agresti (2007), "An Introduction to Categorical Data Analysis", §2.4 and §2.6.
 * @example testConversion({ visitors: 80, conversions: 48 }, { visitors: 70, conversions: 56 }, 0.95).upliftLow // 0.0524 (Newcombe 1998, Table II)
 */
export function testConversion(a: ConversionGroup, b: ConversionGroup, confidence: number): ConversionTest {
  for (const [group, name] of [[a, "A"], [b, "B"]] as const) {
    if (!(Number.isInteger(group.visitors) && group.visitors > 0)) throw new InputError("mustBePositive", `visitors${name}`, { value: group.visitors });
    if (!(Number.isInteger(group.conversions) && group.conversions >= 0)) throw new InputError("mustBeWholeNumber", `conversions${name}`, { value: group.conversions });
    if (group.conversions > group.visitors) throw new InputError("mustNotExceed", `conversions${name}`, { value: group.conversions, limit: group.visitors, limitArgument: `visitors${name}` });
  }
  const z = quantile(1 - (1 - confidence) / 2, 0, 1);
  const wilsonA = wilsonInterval(a.conversions, a.visitors, confidence);
  const wilsonB = wilsonInterval(b.conversions, b.visitors, confidence);
  const rateA = wilsonA.share;
  const rateB = wilsonB.share;
  const uplift = rateB - rateA;
  const upliftLow = uplift - sqrt((rateB - wilsonB.low) ** 2 + (wilsonA.high - rateA) ** 2);
  const upliftHigh = uplift + sqrt((wilsonB.high - rateB) ** 2 + (rateA - wilsonA.low) ** 2);
  const relative = relativeUplift(a, b, z);
  const conversions = a.conversions + b.conversions;
  const visitors = a.visitors + b.visitors;
  const expectedCounts = [a.visitors, b.visitors].flatMap((n) => [(n * conversions) / visitors, (n * (visitors - conversions)) / visitors]);
  const exact = expectedCounts.some((count) => count < LARGE_SAMPLE_EXPECTED);
  let pValue: number;
  if (exact) {
    pValue = fisherExactPValue(a.conversions, a.visitors, b.conversions, b.visitors);
  } else {
    const pooled = conversions / visitors;
    const standardError = sqrt(pooled * (1 - pooled) * (1 / a.visitors + 1 / b.visitors));
    pValue = standardError === 0 ? 1 : 2 * (1 - cdf(abs(uplift) / standardError, 0, 1));
  }
  return {
    rateA,
    rateB,
    uplift,
    upliftLow,
    upliftHigh,
    ...relative,
    pValue,
    test: exact ? "fisherExact" : "twoProportionZ",
    largerThanChance: (upliftLow > 0 || upliftHigh < 0) && pValue < 1 - confidence,
  };
}

/**
 * rateB / rateA − 1 with the Katz log-ratio interval; NaN where A or B converted no one (no ratio, or no log). When a
 * group converted everyone, Katz's variance would count that group as certain (0); its cells then get 0.5 each
 * (Haldane–Anscombe, as Agresti 2007 §2.4.3 does for a zero cell), so 50 of 50 against 50 of 50 is not 0 to 0.
 */
function relativeUplift(a: ConversionGroup, b: ConversionGroup, z: number): { relativeUplift: number; relativeLow: number; relativeHigh: number } {
  if (a.conversions === 0 || b.conversions === 0) {
    return { relativeUplift: a.conversions === 0 ? Number.NaN : -1, relativeLow: Number.NaN, relativeHigh: Number.NaN };
  }
  const ratio = b.conversions / b.visitors / (a.conversions / a.visitors);
  const correction = a.conversions === a.visitors || b.conversions === b.visitors ? 0.5 : 0;
  const inverseShare = (group: ConversionGroup) => 1 / (group.conversions + correction) - 1 / (group.visitors + 2 * correction);
  const logSe = sqrt(inverseShare(b) + inverseShare(a));
  return { relativeUplift: ratio - 1, relativeLow: ratio * Math.exp(-z * logSe) - 1, relativeHigh: ratio * Math.exp(z * logSe) - 1 };
}
