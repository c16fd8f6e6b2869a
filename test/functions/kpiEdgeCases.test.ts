import { ABSAMPLESIZE, ABTEST, ABVALUE } from "../../src/functions/abTests";
import { ENGAGEMENT, RESPONSETIME } from "../../src/functions/engagement";
import { CSAT, CSI, NPSCHANGE, NPSINTERVAL } from "../../src/functions/surveys";
import { excelValue } from "./excelErrors";

// The edges a marketer meets with the survey, A/B-test and service functions, pinned in one table: what each function
// spills (or refuses) for 0 and 100 % conversion, a group of one, an all-blank range, a value typed where a range
// belongs, blanks in the data, text in a cell, answers that are all alike, and the cases named in docs/functions.md.
// Each row says why its result is right: a hand calculation, or the property that must hold. The property test at the
// end runs every row again and checks that no spilled cell is NaN, ±Infinity or undefined. A confidence (or power) of
// 0 or 1 has no interval worth the name: every function refuses it, with the same message (openFractionRange).

/** What Excel passes as the last argument of a function with @requiresParameterAddresses. */
const addresses = (...parameterAddresses: string[]) => ({ parameterAddresses }) as CustomFunctions.Invocation;

/** A column as Excel passes a range of one column. */
const column = (...values: unknown[]) => values.map((value) => [value]);

/** A single value typed where a range belongs (=KV.CSI(5)): Excel passes the value itself, not a 1×1 range. */
const typed = (value: unknown) => excelValue<any[][]>(value);

/** What Excel passes for an optional range left out. */
const OMITTED = excelValue<any[][]>(null);

/** The #N/A cell of a spilled result. */
const notAvailable = expect.objectContaining({ code: "#N/A" });

/** A figure checked against a hand calculation to `digits` decimals. */
const near = (value: number, digits = 3) => expect.closeTo(value, digits);

/** The normal distribution's 97.5 % quantile: z of a 95 % interval. */
const Z = 1.959963984540054;

/** n choose k, for Fisher's exact test by hand. */
function choose(n: number, k: number): number {
  let result = 1;
  for (let index = 1; index <= k; index += 1) result = (result * (n - k + index)) / index;
  return result;
}

/** The spilled labels of each function, in order. */
const LABELS = {
  NPSINTERVAL: ["nps", "low", "high", "answers", "confidence"],
  NPSCHANGE: ["change", "low", "high", "pValue", "largerThanChance", "answersBefore", "answersAfter"],
  CSAT: ["csat", "low", "high", "satisfied", "answers", "scale", "scaleDetected", "confidence"],
  CSI: ["csi", "low", "high", "mean", "answers", "scale", "scaleDetected", "confidence"],
  ABTEST: ["rateA", "rateB", "uplift", "upliftLow", "upliftHigh", "relativeUplift", "relativeLow", "relativeHigh", "pValue", "test", "largerThanChance", "confidence"],
  ABSAMPLESIZE: [],
  ABVALUE: ["meanA", "meanB", "difference", "low", "high", "pValue", "largerThanChance", "bootstrapLow", "bootstrapHigh", "bootstrapAgrees", "customersA", "customersB", "confidence"],
  ENGAGEMENT: ["rate", "averagePerPost", "low", "high", "posts", "interactions", "audience", "basis", "confidence"],
  RESPONSETIME: ["median", "medianLow", "medianHigh", "p90", "p90Low", "p90High", "answered", "unanswered", "firstUnansweredRow", "mean", "unit", "confidence"],
} as const;

type FunctionName = keyof typeof LABELS;

/** What a call gave: spilled rows, a single number (KV.ABSAMPLESIZE), or what it threw (a #VALUE! error). */
type Outcome = { kind: "rows"; rows: unknown[][] } | { kind: "number"; value: unknown } | { kind: "thrown"; error: unknown };

async function outcomeOf(run: () => unknown): Promise<Outcome> {
  try {
    const result = await run();
    return Array.isArray(result) ? { kind: "rows", rows: result as unknown[][] } : { kind: "number", value: result };
  } catch (error) {
    return { kind: "thrown", error };
  }
}

/** One edge case: the call, and what it must give. */
interface EdgeCase {
  fn: FunctionName;
  edge: string;
  run: () => unknown;
  check: (outcome: Outcome) => void;
}

/** The spilled rows by label (after checking that the call spilled). */
function spilled(outcome: Outcome): Record<string, unknown> {
  if (outcome.kind !== "rows") throw new Error(`expected a spill, got ${outcome.kind === "thrown" ? `an error: ${(outcome.error as Error)?.message}` : String(outcome.value)}`);
  return Object.fromEntries(outcome.rows.map(([label, value]) => [label, value]));
}

/** The call spills these values for these labels (numbers exact unless given as near(), #N/A as notAvailable), and `more` holds. */
function spills(values: Record<string, unknown>, more?: (rows: Record<string, unknown>) => void): (outcome: Outcome) => void {
  return (outcome) => {
    const rows = spilled(outcome);
    expect(Object.fromEntries(Object.keys(values).map((label) => [label, rows[label]]))).toEqual(values);
    more?.(rows);
  };
}

/** The call is #VALUE! with a message that contains `text`. */
function refuses(text: string): (outcome: Outcome) => void {
  return (outcome) => {
    if (outcome.kind !== "thrown") throw new Error(`expected #VALUE! "${text}", got a result`);
    expect(outcome.error).toBeInstanceOf(CustomFunctions.Error);
    expect((outcome.error as CustomFunctions.Error).code).toBe("#VALUE!");
    expect((outcome.error as CustomFunctions.Error).message).toContain(text);
  };
}

/** The call is #VALUE! because `argument` is `value`, 0 or 1, not strictly between them (openFractionRange). */
const notOpenFraction = (argument: string, value: number) => refuses(`${argument} must be a fraction greater than 0 and less than 1 (0.95 = 95 %), got ${value}.`);

/** The call returns this number. */
const returns = (value: number) => (outcome: Outcome) => expect(outcome).toEqual({ kind: "number", value });

// ── KV.NPSINTERVAL ───────────────────────────────────────────────────────────────────────────────────────────────
// Adjusted Wald (Rocks 2016): p₊ = (promoters + ¾)/(n + 3), p₋ = (detractors + ¾)/(n + 3), NPS′ = p₊ − p₋,
// variance (p₊ + p₋ − NPS′²)/(n + 3), NPS′ ± z·√variance, clamped to −100…100.
const npsInterval: EdgeCase[] = [
  {
    fn: "NPSINTERVAL",
    edge: "all promoters (5 answers): NPS 100, interval clamped at 100",
    run: () => NPSINTERVAL(column(9, 10, 10, 9, 9)),
    // p₊ = 5.75/8, p₋ = 0.75/8, NPS′ = 0.625, variance (0.8125 − 0.390625)/8 = 0.05273, z·√ = 0.4501:
    // 17.49 … 107.5, the high end clamped to 100 (the NPS cannot exceed it).
    check: spills({ nps: 100, low: near(17.4915), high: 100, answers: 5, confidence: 0.95 }),
  },
  {
    fn: "NPSINTERVAL",
    edge: "all detractors (5 answers): NPS −100, interval clamped at −100",
    run: () => NPSINTERVAL(column(0, 3, 6, 5, 1)),
    // The mirror image of all promoters: −107.5 … −17.49, the low end clamped to −100.
    check: spills({ nps: -100, low: -100, high: near(-17.4915), answers: 5 }),
  },
  {
    fn: "NPSINTERVAL",
    edge: "a single answer (a promoter)",
    run: () => NPSINTERVAL([[9]]),
    // p₊ = 1.75/4, p₋ = 0.75/4, NPS′ = 0.25, variance (0.625 − 0.0625)/4 = 0.1406, z·0.375 = 0.735: −48.50 … 98.50.
    // Within −100…100, but the NPS of 100 lies above its own interval: the adjusted estimate (25) is pulled towards
    // 0 and with n = 1 the clamp at 100 does not reach it (reported as looking wrong for a marketer).
    check: spills({ nps: 100, low: near(-48.4986), high: near(98.4986), answers: 1 }),
  },
  {
    fn: "NPSINTERVAL",
    edge: "a single value typed instead of a range (=KV.NPSINTERVAL(9))",
    run: () => NPSINTERVAL(typed(9)),
    // A typed value is a range of one cell: the same as [[9]].
    check: spills({ nps: 100, low: near(-48.4986), high: near(98.4986), answers: 1 }),
  },
  {
    fn: "NPSINTERVAL",
    edge: "all blanks",
    run: () => NPSINTERVAL(column(null, "", "  ")),
    // No answer, no NPS: a message rather than a 0 or a #DIV/0!.
    check: refuses("scores has no values (every cell is blank)"),
  },
  {
    fn: "NPSINTERVAL",
    edge: "blanks mixed in",
    run: () => NPSINTERVAL(column(10, null, 9, "", 3, 7)),
    // Blanks skipped: 4 answers, 2 promoters, 1 detractor: NPS 25. p₊ = 2.75/7, p₋ = 1.75/7, NPS′ = 1/7,
    // variance (4.5/7 − 1/49)/7 = 0.08892, z·0.2982 = 0.5845: −44.16 … 72.73.
    check: spills({ nps: 25, low: near(-44.1598), high: near(72.7312), answers: 4 }),
  },
  {
    fn: "NPSINTERVAL",
    edge: "text in a cell: the message names the sheet cell",
    run: () => NPSINTERVAL(column(10, 9, "ja"), null, addresses("Survey!B2:B4", "")),
    // The third cell of B2:B4 is B4.
    check: refuses("Cell B4 of scores must be a number or blank, got 'ja'"),
  },
  {
    fn: "NPSINTERVAL",
    edge: "all answers identical (three passives, 8)",
    run: () => NPSINTERVAL(column(8, 8, 8)),
    // NPS 0. p₊ = p₋ = 0.75/6 = 0.125, NPS′ = 0, variance 0.25/6, z·0.2041 = 0.4001: symmetric, ±40.01, not a point.
    check: spills({ nps: 0, low: near(-40.0076), high: near(40.0076), answers: 3 }),
  },
  {
    fn: "NPSINTERVAL",
    edge: "confidence 1 (100 %)",
    run: () => NPSINTERVAL(column(9, 10, 3), 1),
    // z = ∞ would make the interval everything possible, −100 … 100: no interval worth the name, so refused.
    check: notOpenFraction("confidence", 1),
  },
  {
    fn: "NPSINTERVAL",
    edge: "confidence 0",
    run: () => NPSINTERVAL(column(9, 10, 3), 0),
    // z = 0 would make the interval the point NPS′: refused like 1.
    check: notOpenFraction("confidence", 0),
  },
];

// ── KV.NPSCHANGE ─────────────────────────────────────────────────────────────────────────────────────────────────
// The difference of the two adjusted-Wald estimates, their variances added, a two-sided z-test; clamped to ±200.
const npsChange: EdgeCase[] = [
  {
    fn: "NPSCHANGE",
    edge: "all promoters in both surveys (3 answers each)",
    run: () => NPSCHANGE(column(9, 10, 10), column(10, 9, 9)),
    // Same counts, same estimate: change 0, z = 0, p = 1. Each variance (0.75 − 0.25)/6 = 0.0833, se √0.1667 = 0.4082,
    // margin 0.8002: ±80.02.
    check: spills({ change: 0, low: near(-80.0152), high: near(80.0152), pValue: 1, largerThanChance: false, answersBefore: 3, answersAfter: 3 }),
  },
  {
    fn: "NPSCHANGE",
    edge: "all detractors before, all promoters after (10 answers each): change 200",
    run: () => NPSCHANGE(column(0, 1, 2, 3, 4, 5, 6, 0, 1, 2), column(9, 10, 9, 10, 9, 10, 9, 10, 9, 10)),
    // −100 → 100 is +200. Adjusted: ±10/13 each, difference 20/13 = 1.538; each variance (11.5/13 − (10/13)²)/13 =
    // 0.02253, se 0.2123, margin 0.4161: 112.24 … 195.45, within ±200. The observed 200 lies above its interval (the
    // shrinkage of the adjusted estimates; reported as looking wrong for a marketer).
    check: spills({ change: 200, low: near(112.2407), high: near(195.4516), largerThanChance: true }, (rows) => expect(rows.pValue).toBeLessThan(1e-12)),
  },
  {
    fn: "NPSCHANGE",
    edge: "a single answer in each survey (a promoter, then a detractor)",
    run: () => NPSCHANGE([[9]], [[0]]),
    // 100 → −100 is −200. Each variance 0.1406 (as NPSINTERVAL of one answer), se √0.2813 = 0.5303, adjusted
    // difference −0.5: −153.94 … 53.94, p = 2(1 − Φ(0.5/0.5303)) = 0.3458. One answer each proves nothing.
    check: spills({ change: -200, low: near(-153.9428), high: near(53.9428), pValue: near(0.3458), largerThanChance: false, answersBefore: 1, answersAfter: 1 }),
  },
  {
    fn: "NPSCHANGE",
    edge: "single values typed instead of ranges",
    run: () => NPSCHANGE(typed(9), typed(3)),
    // 3 is a detractor like 0: the same counts as the row above.
    check: spills({ change: -200, low: near(-153.9428), high: near(53.9428), answersBefore: 1, answersAfter: 1 }),
  },
  {
    fn: "NPSCHANGE",
    edge: "all blanks in the earlier survey",
    run: () => NPSCHANGE(column(null, ""), column(9, 10)),
    // The message says which survey is empty.
    check: refuses("scoresBefore has no values (every cell is blank)"),
  },
  {
    fn: "NPSCHANGE",
    edge: "all blanks in the later survey",
    run: () => NPSCHANGE(column(9, 10), column(null, "")),
    check: refuses("scoresAfter has no values (every cell is blank)"),
  },
  {
    fn: "NPSCHANGE",
    edge: "blanks mixed in",
    run: () => NPSCHANGE(column(9, null, 3), column("", 10, 10)),
    // Before 9 and 3: NPS 0; after 10 and 10: NPS 100; change 100 on 2 answers each, not larger than chance.
    check: spills({ change: 100, low: near(-57.6054), high: near(137.6054), pValue: near(0.4218), largerThanChance: false, answersBefore: 2, answersAfter: 2 }),
  },
  {
    fn: "NPSCHANGE",
    edge: "text in a cell: the message names the sheet cell",
    run: () => NPSCHANGE(column(9, 8), column(9, "x"), null, addresses("Q1!A2:A3", "Q2!C5:C6", "")),
    // The second cell of C5:C6 is C6.
    check: refuses("Cell C6 of scoresAfter must be a number or blank, got 'x'"),
  },
  {
    fn: "NPSCHANGE",
    edge: "all answers identical in both (passives, different sizes)",
    run: () => NPSCHANGE(column(8, 8), column(8, 8, 8)),
    // Both NPS 0 and both adjusted estimates 0: change 0, p = 1, a symmetric interval.
    check: spills({ change: 0, low: near(-62.4939), high: near(62.4939), pValue: 1, largerThanChance: false }),
  },
  {
    fn: "NPSCHANGE",
    edge: "confidence 1 (100 %)",
    run: () => NPSCHANGE(column(9, 10, 3), column(9, 3), 1),
    // z = ∞ would make the interval −200 … 200, never larger than chance: refused rather than spilled.
    check: notOpenFraction("confidence", 1),
  },
];

// ── KV.CSAT ──────────────────────────────────────────────────────────────────────────────────────────────────────
// Wilson: at 0 satisfied the low end is 0 and the high end z²/(n + z²); at n satisfied the high end is 1 and the low
// end n/(n + z²) (both from (p̂ + z²/2n ± z√(p̂(1−p̂)/n + z²/4n²))/(1 + z²/n) with p̂ = 0 or 1).
const csat: EdgeCase[] = [
  {
    fn: "CSAT",
    edge: "all satisfied (4 answers of 4 or 5)",
    run: () => CSAT(column(5, 4, 5, 5)),
    // CSAT 100 %; Wilson upper 1, lower 4/(4 + z²) = 0.5101 < 1: 4 answers do not prove everyone is satisfied.
    check: spills({ csat: 1, low: near(4 / (4 + Z * Z), 10), high: 1, satisfied: 4, answers: 4, scale: "1-5", scaleDetected: true }, (rows) => expect(rows.low).toBeLessThan(1)),
  },
  {
    fn: "CSAT",
    edge: "none satisfied (4 answers of 1 to 3)",
    run: () => CSAT(column(1, 2, 3, 3)),
    // CSAT 0; lower 0, upper z²/(4 + z²) = 0.4899 > 0.
    check: spills({ csat: 0, low: 0, high: near((Z * Z) / (4 + Z * Z), 10), satisfied: 0, answers: 4 }),
  },
  {
    fn: "CSAT",
    edge: "a single answer (5)",
    run: () => CSAT([[5]]),
    // 1 of 1: lower 1/(1 + z²) = 0.2065, upper 1.
    check: spills({ csat: 1, low: near(1 / (1 + Z * Z), 10), high: 1, satisfied: 1, answers: 1, scale: "1-5", scaleDetected: true }),
  },
  {
    fn: "CSAT",
    edge: "a single value typed instead of a range (=KV.CSAT(4))",
    run: () => CSAT(typed(4)),
    // As [[4]]: 4 is a top-two box on the detected scale 1–5.
    check: spills({ csat: 1, low: near(1 / (1 + Z * Z), 10), high: 1, answers: 1, scale: "1-5", scaleDetected: true }),
  },
  {
    fn: "CSAT",
    edge: "all blanks",
    run: () => CSAT(column(null, "")),
    check: refuses("answers has no values (every cell is blank)"),
  },
  {
    fn: "CSAT",
    edge: "blanks mixed in",
    run: () => CSAT(column(5, null, 2, "", 4)),
    // 2 of 3 satisfied; Wilson with n = 3: centre (2/3 + z²/6)/(1 + z²/3) = 0.5731, half-width 0.3654: 0.2077 … 0.9385.
    check: spills({ csat: near(2 / 3, 12), low: near(0.2077), high: near(0.9385), satisfied: 2, answers: 3 }),
  },
  {
    fn: "CSAT",
    edge: "text in a cell: the message names the sheet cell",
    run: () => CSAT(column(5, "good"), undefined, null, addresses("Survey!C2:C3", "", "")),
    check: refuses("Cell C3 of answers must be a number or blank, got 'good'"),
  },
  {
    fn: "CSAT",
    edge: "all answers identical (100 answers of 5)",
    run: () => CSAT(Array.from({ length: 100 }, () => [5])),
    // Upper 1, lower 100/(100 + z²) = 0.9630: more answers, a tighter interval, still below 1.
    check: spills({ csat: 1, low: near(100 / (100 + Z * Z), 10), high: 1, answers: 100 }),
  },
  {
    fn: "CSAT",
    edge: "confidence 1 (100 %)",
    run: () => CSAT(column(5, 4, 1), undefined, 1),
    // Wilson with z = ∞ is (p̂ + ∞)/∞, no number (it spilled NaN before): refused.
    check: notOpenFraction("confidence", 1),
  },
  {
    fn: "CSAT",
    edge: "confidence 0, all satisfied",
    run: () => CSAT(column(5, 4, 5), undefined, 0),
    // z = 0 would make the interval the point 1 … 1 from 3 answers: refused.
    check: notOpenFraction("confidence", 0),
  },
];

// ── KV.CSI ───────────────────────────────────────────────────────────────────────────────────────────────────────
// 100·(mean − lowest)/(highest − lowest), with Student's t interval of the mean rescaled and clamped to 0…100.
const csi: EdgeCase[] = [
  {
    fn: "CSI",
    edge: "all answers 5 (zero variance)",
    run: () => CSI(column(5, 5, 5, 5, 5)),
    // Mean 5 = the top of 1–5: CSI 100. The standard deviation is 0, so t·s/√n = 0 and the interval is the point
    // 100 … 100 (reported as looking wrong for a marketer: CSAT of the same answers is 0.57 … 1).
    check: spills({ csi: 100, low: 100, high: 100, mean: 5, answers: 5, scale: "1-5", scaleDetected: true }),
  },
  {
    fn: "CSI",
    edge: "all answers 1 (zero variance, the bottom)",
    run: () => CSI(column(1, 1, 1)),
    check: spills({ csi: 0, low: 0, high: 0, mean: 1, answers: 3 }),
  },
  {
    fn: "CSI",
    edge: "a single answer",
    run: () => CSI([[5]]),
    // One answer has no standard deviation (n − 1 = 0): an index, and #N/A for the interval (docs/functions.md).
    check: spills({ csi: 100, low: notAvailable, high: notAvailable, mean: 5, answers: 1 }),
  },
  {
    fn: "CSI",
    edge: "a single value typed instead of a range (=KV.CSI(5))",
    run: () => CSI(typed(5)),
    check: spills({ csi: 100, low: notAvailable, high: notAvailable, mean: 5, answers: 1 }),
  },
  {
    fn: "CSI",
    edge: "all blanks",
    run: () => CSI(column(null, "")),
    check: refuses("answers has no values (every cell is blank)"),
  },
  {
    fn: "CSI",
    edge: "blanks mixed in",
    run: () => CSI(column(5, null, 3, "", 4)),
    // 5, 3, 4: mean 4 → CSI 75; s = 1, t(0.975, 2) = 4.3027, margin 2.4841: mean 1.516 … 6.484 → 12.90 … 162.1,
    // the high end clamped to 100.
    check: spills({ csi: 75, low: near(12.8966), high: 100, mean: 4, answers: 3 }),
  },
  {
    fn: "CSI",
    edge: "text in a cell: the message names the sheet cell",
    run: () => CSI(column(5, "good"), undefined, null, addresses("Survey!C2:C3", "", "")),
    check: refuses("Cell C3 of answers must be a number or blank, got 'good'"),
  },
  {
    fn: "CSI",
    edge: "confidence 1 (100 %)",
    run: () => CSI(column(5, 4, 1), undefined, 1),
    // t = ∞ would make the interval the whole scale, 0 … 100: refused.
    check: notOpenFraction("confidence", 1),
  },
  {
    fn: "CSI",
    edge: "confidence 1 with all answers alike",
    run: () => CSI(column(5, 5, 5), undefined, 1),
    // t·s = ∞·0 has no value; refused before it is reached (the argument is checked first).
    check: notOpenFraction("confidence", 1),
  },
];

// ── KV.ABTEST ────────────────────────────────────────────────────────────────────────────────────────────────────
// Newcombe's interval from the two Wilson intervals; Katz's log-ratio interval for the relative uplift (#N/A when a
// group converted no one; 0.5 added to each cell, Haldane–Anscombe, when a group converted everyone); the pooled
// z-test, or Fisher's exact test when an expected count is below 5. Larger than chance only when the uplift's interval
// leaves out 0 and the p-value is below 1 − confidence: near the edge the two methods can disagree, and both must say so.
const fisherZeroVersusFive = (2 * choose(100, 5)) / choose(200, 5);
// 40 visitors each, 8 conversions in all: P(A has k) = C(40, k)·C(40, 8 − k)/C(80, 8), symmetric in k ↔ 8 − k; the
// tables no more likely than k = 2 are k = 0, 1, 2 and 6, 7, 8.
const fisherTwoVersusSix = (2 * (choose(40, 0) * choose(40, 8) + choose(40, 1) * choose(40, 7) + choose(40, 2) * choose(40, 6))) / choose(80, 8);
/**
 * Katz's relative interval of two groups that both converted everyone (n of n), with 0.5 added to each cell: the ratio
 * is 1 and the log-ratio's standard error √(2(1/(n + 0.5) − 1/(n + 1))), so exp(∓z·se) − 1 either side of 0.
 */
const haldaneEnds = (visitors: number) => {
  const logSe = Math.sqrt(2 * (1 / (visitors + 0.5) - 1 / (visitors + 1)));
  return { relativeLow: Math.exp(-Z * logSe) - 1, relativeHigh: Math.exp(Z * logSe) - 1 };
};
const abTest: EdgeCase[] = [
  {
    fn: "ABTEST",
    edge: "0 conversions in both groups (100 visitors each)",
    run: () => ABTEST(100, 0, 100, 0),
    // No difference: uplift 0, p = 1 (one table only). Each Wilson upper end is z²/(100 + z²) = 0.0370, so the uplift
    // lies within ±0.0370. No ratio of 0 to 0: the relative uplift is #N/A.
    check: spills({
      rateA: 0,
      rateB: 0,
      uplift: 0,
      upliftLow: near(-(Z * Z) / (100 + Z * Z), 10),
      upliftHigh: near((Z * Z) / (100 + Z * Z), 10),
      relativeUplift: notAvailable,
      relativeLow: notAvailable,
      relativeHigh: notAvailable,
      pValue: 1,
      test: "fisherExact",
      largerThanChance: false,
    }),
  },
  {
    fn: "ABTEST",
    edge: "0 conversions in A, 5 of 100 in B",
    run: () => ABTEST(100, 0, 100, 5),
    // Fisher by hand: 5 conversions among 200, all in B has C(100, 5)/C(200, 5); two-sided, twice that: p = 0.0594.
    // Newcombe's interval 0.0033 … 0.1118 leaves out 0 but p > 0.05: the interval and the test disagree near the
    // edge, and both must say so, so not larger than chance. No ratio to a rate of 0: #N/A.
    check: spills({
      rateA: 0,
      rateB: 0.05,
      uplift: 0.05,
      upliftLow: near(0.00333, 5),
      upliftHigh: near(0.11175, 5),
      relativeUplift: notAvailable,
      pValue: near(fisherZeroVersusFive, 12),
      test: "fisherExact",
      largerThanChance: false,
    }),
  },
  {
    fn: "ABTEST",
    edge: "5 of 100 in A, 0 conversions in B",
    run: () => ABTEST(100, 5, 100, 0),
    // The mirror image (interval −0.1118 … −0.0033 leaves out 0, p 0.0594 does not: FALSE); B converting no one is a
    // relative uplift of −100 %, with no log-ratio interval (#N/A).
    check: spills({
      uplift: -0.05,
      upliftLow: near(-0.11175, 5),
      upliftHigh: near(-0.00333, 5),
      relativeUplift: -1,
      relativeLow: notAvailable,
      relativeHigh: notAvailable,
      pValue: near(fisherZeroVersusFive, 12),
      largerThanChance: false,
    }),
  },
  {
    fn: "ABTEST",
    edge: "100 % conversion in both groups (50 of 50)",
    run: () => ABTEST(50, 50, 50, 50),
    // Uplift 0 within ±z²/(50 + z²) = ±0.0713 (each Wilson low end is 50/(50 + z²)); every failure count is 0 < 5:
    // Fisher, p = 1. Katz's variance would be 0 here (a point 0 … 0 from 50 visitors); with 0.5 per cell it is
    // 2(1/50.5 − 1/51): −0.038 … 0.039.
    check: spills({
      rateA: 1,
      rateB: 1,
      uplift: 0,
      upliftLow: near(-(Z * Z) / (50 + Z * Z), 10),
      upliftHigh: near((Z * Z) / (50 + Z * Z), 10),
      relativeUplift: 0,
      relativeLow: near(haldaneEnds(50).relativeLow, 12),
      relativeHigh: near(haldaneEnds(50).relativeHigh, 12),
      pValue: 1,
      test: "fisherExact",
      largerThanChance: false,
    }),
  },
  {
    fn: "ABTEST",
    edge: "100 % conversion in both groups of 1 (1 of 1 each)",
    run: () => ABTEST(1, 1, 1, 1),
    // Uplift 0 within ±z²/(1 + z²) = ±0.7935 (as for 50 of 50, with n = 1); with 0.5 per cell the log-ratio variance
    // is 2(1/1.5 − 1/2) = 1/3: relative −0.677 … 2.101, wide as one visitor each deserves (no longer the point 0 … 0).
    check: spills({
      rateA: 1,
      rateB: 1,
      uplift: 0,
      upliftLow: near(-(Z * Z) / (1 + Z * Z), 10),
      upliftHigh: near((Z * Z) / (1 + Z * Z), 10),
      relativeUplift: 0,
      relativeLow: near(haldaneEnds(1).relativeLow, 12),
      relativeHigh: near(haldaneEnds(1).relativeHigh, 12),
      pValue: 1,
      test: "fisherExact",
      largerThanChance: false,
    }),
  },
  {
    fn: "ABTEST",
    edge: "100 % conversion in A (50 of 50), 80 % in B (40 of 50)",
    run: () => ABTEST(50, 50, 50, 40),
    // Expected failures 5 and 5 (≥ 5): the z-test. Pooled 0.9, se √(0.9·0.1·(2/50)) = 0.06, z = 0.2/0.06 = 3.33,
    // p = 2(1 − Φ(3.33)) = 0.00086. B converts 20 % less.
    check: spills({ rateA: 1, rateB: 0.8, uplift: near(-0.2, 12), upliftLow: near(-0.3304), upliftHigh: near(-0.0871), relativeUplift: near(-0.2, 12), pValue: near(0.000858, 6), test: "twoProportionZ", largerThanChance: true }),
  },
  {
    fn: "ABTEST",
    edge: "a group of 1: 1 of 1 in A, 0 of 1 in B",
    run: () => ABTEST(1, 1, 1, 0),
    // Uplift −1. The low end is −1 (both Wilson ends at the rates), the high end −1 + √2·z²/(1 + z²) = 0.1221.
    // Fisher on 1 conversion in 2 visitors: both tables have probability ½, p = 1.
    check: spills({
      rateA: 1,
      rateB: 0,
      uplift: -1,
      upliftLow: -1,
      upliftHigh: near(-1 + (Math.SQRT2 * Z * Z) / (1 + Z * Z), 10),
      relativeUplift: -1,
      relativeLow: notAvailable,
      relativeHigh: notAvailable,
      pValue: 1,
      test: "fisherExact",
      largerThanChance: false,
    }),
  },
  {
    fn: "ABTEST",
    edge: "a group of 1: 0 of 1 in A, 1 of 1 in B",
    run: () => ABTEST(1, 0, 1, 1),
    // The mirror image: −0.1221 … 1, p = 1, and no ratio to a rate of 0.
    check: spills({ uplift: 1, upliftLow: near(1 - (Math.SQRT2 * Z * Z) / (1 + Z * Z), 10), upliftHigh: 1, relativeUplift: notAvailable, pValue: 1, largerThanChance: false }),
  },
  {
    fn: "ABTEST",
    edge: "equal rates (100 of 1,000 each)",
    run: () => ABTEST(1000, 100, 1000, 100),
    // Uplift 0, z = 0, p = 2(1 − Φ(0)) = 1 exactly; equal groups give a symmetric interval; relative uplift 0 inside
    // its interval.
    check: spills({ rateA: 0.1, rateB: 0.1, uplift: 0, relativeUplift: 0, pValue: 1, test: "twoProportionZ", largerThanChance: false }, (rows) => {
      expect(rows.upliftLow).toBeCloseTo(-(rows.upliftHigh as number), 12);
      expect(rows.relativeLow).toBeLessThan(0);
      expect(rows.relativeHigh).toBeGreaterThan(0);
    }),
  },
  {
    fn: "ABTEST",
    edge: "40 visitors each, 2 vs 6 conversions (docs/functions.md)",
    run: () => ABTEST(40, 2, 40, 6),
    // Expected conversions 4 < 5: Fisher. p by hand 0.2633; three times the rate is not larger than chance.
    check: spills({
      rateA: 0.05,
      rateB: 0.15,
      uplift: near(0.1, 12),
      upliftLow: near(-0.0398),
      upliftHigh: near(0.2453),
      relativeUplift: near(2, 12),
      relativeLow: near(-0.3563),
      relativeHigh: near(12.9815),
      pValue: near(fisherTwoVersusSix, 12),
      test: "fisherExact",
      largerThanChance: false,
    }),
  },
  {
    fn: "ABTEST",
    edge: "all arguments blank",
    run: () => ABTEST(null, "", null, ""),
    check: refuses("visitorsA is required but is empty."),
  },
  {
    fn: "ABTEST",
    edge: "text where a count belongs",
    run: () => ABTEST(40, "to", 40, 6),
    // A scalar argument has no cell to name: the message names the argument.
    check: refuses("conversionsA must be a number, got 'to'."),
  },
  {
    fn: "ABTEST",
    edge: "confidence 1 (100 %)",
    run: () => ABTEST(100, 10, 100, 20, 1),
    // Wilson and Newcombe with z = ∞ give NaN and Katz's high end e^∞ (they spilled before): refused.
    check: notOpenFraction("confidence", 1),
  },
  {
    fn: "ABTEST",
    edge: "confidence 0",
    run: () => ABTEST(100, 10, 100, 20, 0),
    // z = 0: every interval a point, and p < 1 − 0 always: refused like 1.
    check: notOpenFraction("confidence", 0),
  },
];

// ── KV.ABSAMPLESIZE ──────────────────────────────────────────────────────────────────────────────────────────────
const abSampleSize: EdgeCase[] = [
  {
    fn: "ABSAMPLESIZE",
    edge: "an uplift of 0",
    run: () => ABSAMPLESIZE(0.1, 0),
    // n ∝ 1/uplift²: no sample detects no difference.
    check: refuses("minimumUplift must be a number > 0, got 0."),
  },
  {
    fn: "ABSAMPLESIZE",
    edge: "baseline + uplift above 100 % (0.9 + 0.2)",
    run: () => ABSAMPLESIZE(0.9, 0.2),
    check: refuses("minimumUplift (0.2) must not be greater than 1 − baselineRate (0.1)."),
  },
  {
    fn: "ABSAMPLESIZE",
    edge: "baseline + uplift exactly 100 % (0.9 + 0.1)",
    run: () => ABSAMPLESIZE(0.9, 0.1),
    // A target rate of 100 % has no variance to plan with: refused, but the message says 0.1 must not be greater than
    // 0.1 (reported as looking wrong for a marketer).
    check: refuses("minimumUplift (0.1) must not be greater than 1 − baselineRate (0.1)."),
  },
  {
    fn: "ABSAMPLESIZE",
    edge: "0 conversions today (baseline 0)",
    run: () => ABSAMPLESIZE(0, 0.02),
    // Refused, with a message that says "from 0 to 1" although 0 is what it refuses (reported).
    check: refuses("baselineRate must be a fraction from 0 to 1 (0.1 = 10 %), got 0."),
  },
  {
    fn: "ABSAMPLESIZE",
    edge: "100 % conversion today (baseline 1)",
    run: () => ABSAMPLESIZE(1, 0.02),
    check: refuses("baselineRate must be a fraction from 0 to 1 (0.1 = 10 %), got 1."),
  },
  {
    fn: "ABSAMPLESIZE",
    edge: "a drop to detect (0.1 − 0.02)",
    run: () => ABSAMPLESIZE(0.1, -0.02),
    // Fleiss: p̄ = 0.09, [1.96·√(2·0.09·0.91) + 0.8416·√(0.09 + 0.0736)]² / 0.02² = (0.7932 + 0.3404)²/0.0004 =
    // 3212.95, rounded up. Fewer than for 10 → 12 % (3,841): the variance is smaller near 0.
    check: returns(3213),
  },
  {
    fn: "ABSAMPLESIZE",
    edge: "all arguments blank",
    run: () => ABSAMPLESIZE(null, ""),
    check: refuses("baselineRate is required but is empty."),
  },
  {
    fn: "ABSAMPLESIZE",
    edge: "text where a rate belongs",
    run: () => ABSAMPLESIZE("ti", 0.02),
    check: refuses("baselineRate must be a number, got 'ti'."),
  },
  {
    fn: "ABSAMPLESIZE",
    edge: "power 1 (100 %)",
    run: () => ABSAMPLESIZE(0.1, 0.02, 1),
    // Fleiss's formula with Φ⁻¹(1) = ∞: no finite sample is sure to detect the uplift (it returned Infinity before).
    check: notOpenFraction("power", 1),
  },
  {
    fn: "ABSAMPLESIZE",
    edge: "power 0",
    run: () => ABSAMPLESIZE(0.1, 0.02, 0),
    // Φ⁻¹(0) = −∞ (it returned Infinity before): refused.
    check: notOpenFraction("power", 0),
  },
  {
    fn: "ABSAMPLESIZE",
    edge: "confidence 1 (100 %)",
    run: () => ABSAMPLESIZE(0.1, 0.02, 0.8, 1),
    // Φ⁻¹(1) = ∞ again (it returned Infinity before): refused.
    check: notOpenFraction("confidence", 1),
  },
];

// ── KV.ABVALUE ───────────────────────────────────────────────────────────────────────────────────────────────────
// Welch's interval and p-value, checked by a seeded bootstrap; larger than chance only when both leave out 0 on the
// same side. A customer who bought nothing is 0: with 0/1 values the means are conversion rates.
const abValue: EdgeCase[] = [
  {
    fn: "ABVALUE",
    edge: "0 conversions in both groups (every customer 0)",
    run: () => ABVALUE(column(0, 0, 0, 0), column(0, 0, 0)),
    // Both constant and equal: the exact difference 0, every interval the point 0, p = 1, not larger than chance.
    check: spills({ meanA: 0, meanB: 0, difference: 0, low: 0, high: 0, pValue: 1, largerThanChance: false, bootstrapLow: 0, bootstrapHigh: 0, bootstrapAgrees: true, customersA: 4, customersB: 3 }),
  },
  {
    fn: "ABVALUE",
    edge: "100 % conversion in both groups (every customer 1)",
    run: () => ABVALUE(column(1, 1, 1, 1), column(1, 1, 1)),
    check: spills({ meanA: 1, meanB: 1, difference: 0, low: 0, high: 0, pValue: 1, largerThanChance: false, bootstrapAgrees: true }),
  },
  {
    fn: "ABVALUE",
    edge: "0 conversions in A (every customer 0), B spending",
    run: () => ABVALUE(column(0, 0, 0, 0), column(0, 20, 35, 50)),
    // A adds no variance: Welch is the one-sample t on B. Mean 26.25, s² = 1368.75/3 = 456.25, se = √(456.25/4) =
    // 10.68, t(0.975, 3) = 3.1824: −7.74 … 60.24, p = 0.091. The bootstrap (n = 4) is too narrow to agree.
    check: spills({ meanA: 0, meanB: 26.25, difference: 26.25, low: near(-7.7385), high: near(60.2385), pValue: near(0.0910), largerThanChance: false, bootstrapAgrees: false }),
  },
  {
    fn: "ABVALUE",
    edge: "100 % conversion in B, 1 of 4 in A (0/1 values)",
    run: () => ABVALUE(column(0, 0, 0, 1), column(1, 1, 1)),
    // B constant: Welch on A alone: difference 0.75, se = √(0.25/4) = 0.25, t(0.975, 3)·0.25 = 0.7956: −0.046 … 1.546,
    // p = 0.058; not larger than chance.
    check: spills({ meanA: 0.25, meanB: 1, difference: 0.75, low: near(-0.0456), high: near(1.5456), pValue: near(0.0577), largerThanChance: false }),
  },
  {
    fn: "ABVALUE",
    edge: "constant groups (zero variance), different values",
    run: () => ABVALUE(column(50, 50, 50), column(65, 65, 65)),
    // No variance: the difference 15 is exact, every interval the point 15, p = 0 (docs/functions.md).
    check: spills({ difference: 15, low: 15, high: 15, pValue: 0, largerThanChance: true, bootstrapLow: 15, bootstrapHigh: 15, bootstrapAgrees: true }),
  },
  {
    fn: "ABVALUE",
    edge: "a group of 1 in each",
    run: () => ABVALUE([[50]], [[60]]),
    // One customer has no variance to estimate: the means and the difference, the rest #N/A, not larger than chance.
    check: spills({
      meanA: 50,
      meanB: 60,
      difference: 10,
      low: notAvailable,
      high: notAvailable,
      pValue: notAvailable,
      largerThanChance: false,
      bootstrapLow: notAvailable,
      bootstrapHigh: notAvailable,
      bootstrapAgrees: notAvailable,
      customersA: 1,
      customersB: 1,
    }),
  },
  {
    fn: "ABVALUE",
    edge: "a single value typed instead of a range (=KV.ABVALUE(50, B2:B3))",
    run: () => ABVALUE(typed(50), column(60, 70)),
    check: spills({ meanA: 50, meanB: 65, difference: 15, low: notAvailable, pValue: notAvailable, largerThanChance: false, customersA: 1, customersB: 2 }),
  },
  {
    fn: "ABVALUE",
    edge: "all blanks in A",
    run: () => ABVALUE(column(null, ""), column(60, 70)),
    check: refuses("valuesA has no values (every cell is blank)"),
  },
  {
    fn: "ABVALUE",
    edge: "all blanks in B",
    run: () => ABVALUE(column(60, 70), column(null, "")),
    check: refuses("valuesB has no values (every cell is blank)"),
  },
  {
    fn: "ABVALUE",
    edge: "blanks mixed in (3 and 2 customers left)",
    run: () => ABVALUE(column(10, null, 20, "", 30), column(null, 40, 50)),
    // A 10, 20, 30 (s² 100), B 40, 50 (s² 50): difference 25, se √(100/3 + 50/2) = 7.638, Welch df 2.88: 0.12 … 49.88,
    // p = 0.049. The bootstrap also stays above 0, so TRUE on 5 customers (the docs warn that below about 8 a group
    // neither interval is much to go on; bootstrapAgrees FALSE says so).
    check: spills({ meanA: 20, meanB: 45, difference: 25, low: near(0.1227), high: near(49.8773), pValue: near(0.0494), largerThanChance: true, bootstrapAgrees: false, customersA: 3, customersB: 2 }),
  },
  {
    fn: "ABVALUE",
    edge: "text in a cell: the message names the sheet cell",
    run: () => ABVALUE(column(10, 20), column(30, "tre"), null, addresses("Test!B2:B3", "Test!C2:C3", "")),
    check: refuses("Cell C3 of valuesB must be a number or blank, got 'tre'"),
  },
  {
    fn: "ABVALUE",
    edge: "confidence 1 (100 %)",
    run: () => ABVALUE(column(1, 2), column(3, 4), 1),
    // No interval at 100 %: refused (docs/functions.md).
    check: notOpenFraction("confidence", 1),
  },
];

// ── KV.ENGAGEMENT ────────────────────────────────────────────────────────────────────────────────────────────────
// rate = Σ interactions ÷ Σ reach (or ÷ followers × posts); the mean of the posts' own rates with Student's t
// interval, its low end kept at 0.
const engagement: EdgeCase[] = [
  {
    fn: "ENGAGEMENT",
    edge: "identical post rates (10/100, 20/200, 30/300)",
    run: () => ENGAGEMENT(column(10, 20, 30), column(100, 200, 300)),
    // Every post 10 %: rate 60/600 = 0.1; the posts do not differ, so the interval is 0.1 … 0.1 (to rounding: the
    // mean of the rates is 0.1 + 2e-17 and its ends a few 1e-17 either side).
    check: spills({ rate: 0.1, averagePerPost: near(0.1, 12), low: near(0.1, 12), high: near(0.1, 12), posts: 3, interactions: 60, audience: 600, basis: "reach" }, (rows) => {
      expect(rows.low).toBeLessThanOrEqual(rows.averagePerPost as number);
      expect(rows.high).toBeGreaterThanOrEqual(rows.averagePerPost as number);
    }),
  },
  {
    fn: "ENGAGEMENT",
    edge: "0 interactions on every post",
    run: () => ENGAGEMENT(column(0, 0, 0), column(100, 200, 300)),
    // Rate 0, and no variation: 0 … 0.
    check: spills({ rate: 0, averagePerPost: 0, low: 0, high: 0, posts: 3, interactions: 0, audience: 600 }),
  },
  {
    fn: "ENGAGEMENT",
    edge: "100 % engagement (interactions = reach on every post)",
    run: () => ENGAGEMENT(column(100, 200), column(100, 200)),
    check: spills({ rate: 1, averagePerPost: 1, low: 1, high: 1, posts: 2 }),
  },
  {
    fn: "ENGAGEMENT",
    edge: "a single post (its reach in a range of two rows)",
    run: () => ENGAGEMENT(column(30, null), column(600, null)),
    // 30/600 = 5 %; one post has no spread: #N/A for the interval (docs/functions.md).
    check: spills({ rate: 0.05, averagePerPost: 0.05, low: notAvailable, high: notAvailable, posts: 1, interactions: 30, audience: 600, basis: "reach" }),
  },
  {
    fn: "ENGAGEMENT",
    edge: "a single post in one-cell ranges",
    run: () => ENGAGEMENT([[30]], [[600]]),
    // The same figures, but a one-cell audience is read as followers (reported as a labelling oddity: for one post
    // reach and followers give the same rate).
    check: spills({ rate: 0.05, averagePerPost: 0.05, low: notAvailable, high: notAvailable, posts: 1, audience: 600, basis: "followers" }),
  },
  {
    fn: "ENGAGEMENT",
    edge: "single values typed instead of ranges (=KV.ENGAGEMENT(30, 600))",
    run: () => ENGAGEMENT(typed(30), typed(600)),
    check: spills({ rate: 0.05, low: notAvailable, high: notAvailable, posts: 1, basis: "followers" }),
  },
  {
    fn: "ENGAGEMENT",
    edge: "all blanks",
    run: () => ENGAGEMENT(column(null, ""), column(null, "")),
    check: refuses("interactions has no values (every cell is blank)"),
  },
  {
    fn: "ENGAGEMENT",
    edge: "all blanks, audience as followers",
    run: () => ENGAGEMENT(column(null, ""), [[1000]]),
    check: refuses("interactions has no values (every cell is blank)"),
  },
  {
    fn: "ENGAGEMENT",
    edge: "blanks mixed in (a row blank in both skipped)",
    run: () => ENGAGEMENT(column(10, null, 30, 40), column(100, "", 300, 200)),
    // Posts of 10 %, 10 %, 20 %: rate 80/600 = 0.1333; mean 0.1333, s = 0.0577, t(0.975, 2)·s/√3 = 0.1434:
    // −0.010 (kept at 0) … 0.2768.
    check: spills({ rate: near(80 / 600, 12), averagePerPost: near(0.4 / 3, 12), low: 0, high: near(0.27676, 5), posts: 3, interactions: 80, audience: 600 }),
  },
  {
    fn: "ENGAGEMENT",
    edge: "text in a cell: the message names the sheet cell",
    run: () => ENGAGEMENT(column(10, "ti"), column(100, 200), null, addresses("Posts!B2:B3", "Posts!C2:C3", "")),
    check: refuses("Cell B3 of interactions must be a number or blank, got 'ti'"),
  },
  {
    fn: "ENGAGEMENT",
    edge: "confidence 1 with identical post rates",
    run: () => ENGAGEMENT(column(10, 10), column(100, 100), 1),
    // t·s = ∞·0 has no value; refused before it is reached (the argument is checked first).
    check: notOpenFraction("confidence", 1),
  },
];

// ── KV.RESPONSETIME ──────────────────────────────────────────────────────────────────────────────────────────────
// MEDIAN and PERCENTILE.INC of the answered requests, distribution-free intervals by order statistics (#N/A where
// too few), open requests counted apart. 0.125 days = 3 hours.
const responseTime: EdgeCase[] = [
  {
    fn: "RESPONSETIME",
    edge: "all requests still open",
    run: () => RESPONSETIME(column(45352.375, 45353.5), column(null, null), undefined, null, null, OMITTED, null, addresses("Tickets!B2:B3", "Tickets!C2:C3", "", "", "", "", "")),
    // Nothing answered: no time to show, every figure #N/A, and the 2 open requests counted; the first is sheet row 2.
    check: spills({
      median: notAvailable,
      medianLow: notAvailable,
      medianHigh: notAvailable,
      p90: notAvailable,
      p90Low: notAvailable,
      p90High: notAvailable,
      answered: 0,
      unanswered: 2,
      firstUnansweredRow: 2,
      mean: notAvailable,
      unit: "hours",
    }),
  },
  {
    fn: "RESPONSETIME",
    edge: "a single request, still open, in one-cell ranges",
    run: () => RESPONSETIME([[45352.375]], [[null]], undefined, null, null, OMITTED, null, addresses("Tickets!B2", "Tickets!C2", "", "", "", "", "")),
    // A range of ends, even one blank cell, means starts (only ends left out mean durations): the one start without an
    // end is a request still open, as with two (the row above). Nothing answered: every figure #N/A; sheet row 2.
    check: spills({
      median: notAvailable,
      medianLow: notAvailable,
      medianHigh: notAvailable,
      p90: notAvailable,
      p90Low: notAvailable,
      p90High: notAvailable,
      answered: 0,
      unanswered: 1,
      firstUnansweredRow: 2,
      mean: notAvailable,
      unit: "hours",
      confidence: 0.95,
    }),
  },
  {
    fn: "RESPONSETIME",
    edge: "a negative duration: the message names the row",
    run: () => RESPONSETIME(column(0.5, -0.1), OMITTED, undefined, null, null, OMITTED, null, addresses("Tickets!B2:B3", "", "", "", "", "", "")),
    check: refuses("Cell B3 of startsOrDurations must be a number ≥ 0, got -0.1"),
  },
  {
    fn: "RESPONSETIME",
    edge: "an end before its start",
    run: () => RESPONSETIME(column(45352.375, 45352.5), column(45352.4375, 45352.375), undefined, null, null, OMITTED, null, addresses("Tickets!B2:B3", "Tickets!C2:C3", "", "", "", "", "")),
    // Row 2: answered 09:00, came in 12:00 on 1 March 2024.
    check: refuses("Cell C3 of ends (2024-03-01 09:00) is before its start in startsOrDurations (2024-03-01 12:00)"),
  },
  {
    fn: "RESPONSETIME",
    edge: "a single response (3 hours)",
    run: () => RESPONSETIME([[0.125]]),
    // Median = p90 = mean = 3 h. No interval end: the median's low end needs 0.5ⁿ ≤ 0.025 (n ≥ 6), the p90's 0.1ⁿ ≤
    // 0.025 (n ≥ 2).
    check: spills({ median: 3, medianLow: notAvailable, medianHigh: notAvailable, p90: 3, p90Low: notAvailable, p90High: notAvailable, answered: 1, unanswered: 0, firstUnansweredRow: notAvailable, mean: 3 }),
  },
  {
    fn: "RESPONSETIME",
    edge: "a single start and end typed instead of ranges",
    run: () => RESPONSETIME(typed(45352.375), typed(45352.5)),
    // 09:00 → 12:00: 3 hours.
    check: spills({ median: 3, answered: 1, unanswered: 0, mean: 3 }),
  },
  {
    fn: "RESPONSETIME",
    edge: "a single duration typed instead of a range",
    run: () => RESPONSETIME(typed(0.125)),
    check: spills({ median: 3, p90: 3, answered: 1, mean: 3 }),
  },
  {
    fn: "RESPONSETIME",
    edge: "all blanks",
    run: () => RESPONSETIME(column(null, ""), column(null, "")),
    check: refuses("startsOrDurations has no values (every cell is blank)"),
  },
  {
    fn: "RESPONSETIME",
    edge: "blanks mixed in",
    run: () => RESPONSETIME(column(0.125, null, 0.25, "", 0.5)),
    // 3, 6 and 12 h: median 6, PERCENTILE.INC 0.9 at h = 1.8: 6 + 0.8·6 = 10.8, mean 7. p90Low is the 1st value
    // (P(Y ≤ 0) = 0.1³ ≤ 0.025 < P(Y ≤ 1) = 0.028).
    check: spills({ median: 6, medianLow: notAvailable, medianHigh: notAvailable, p90: near(10.8, 10), p90Low: 3, p90High: notAvailable, answered: 3, mean: 7 }),
  },
  {
    fn: "RESPONSETIME",
    edge: "text in a cell: the message names the sheet cell",
    run: () => RESPONSETIME(column(0.125, "snart"), OMITTED, undefined, null, null, OMITTED, null, addresses("Tickets!B2:B3", "", "", "", "", "", "")),
    check: refuses("Cell B3 of startsOrDurations must be a number or blank, got 'snart'"),
  },
  {
    fn: "RESPONSETIME",
    edge: "all responses identical (7 of 3 hours)",
    run: () => RESPONSETIME(column(0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125)),
    // With n = 7 the median's interval is the 1st to the 7th value (P(Y ≤ 0) = 1/128 ≤ 0.025, P(Y ≤ 6) = 127/128 ≥
    // 0.975): 3 … 3, as every value is 3. The p90's high end needs 0.9ⁿ ≤ 0.025 (n ≥ 36): #N/A.
    check: spills({ median: 3, medianLow: 3, medianHigh: 3, p90: 3, p90Low: 3, p90High: notAvailable, answered: 7, mean: 3 }),
  },
  {
    fn: "RESPONSETIME",
    edge: "responses answered at once (durations 0)",
    run: () => RESPONSETIME(column(0, 0, 0)),
    check: spills({ median: 0, p90: 0, answered: 3, mean: 0 }),
  },
  {
    fn: "RESPONSETIME",
    edge: "confidence 1 (100 %)",
    run: () => RESPONSETIME(column(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7), OMITTED, undefined, null, null, OMITTED, 1),
    // No order statistic covers with certainty: every interval end would be #N/A. Refused like every confidence of 1.
    check: notOpenFraction("confidence", 1),
  },
];

const cases: EdgeCase[] = [...npsInterval, ...npsChange, ...csat, ...csi, ...abTest, ...abSampleSize, ...abValue, ...engagement, ...responseTime];

/** The figures of each function that have a scale, and its ends: an interval must stay on the scale. */
const SCALES: Partial<Record<FunctionName, Record<string, readonly [number, number]>>> = {
  NPSINTERVAL: { nps: [-100, 100], low: [-100, 100], high: [-100, 100] },
  NPSCHANGE: { change: [-200, 200], low: [-200, 200], high: [-200, 200], pValue: [0, 1] },
  CSAT: { csat: [0, 1], low: [0, 1], high: [0, 1] },
  CSI: { csi: [0, 100], low: [0, 100], high: [0, 100] },
  ABTEST: { rateA: [0, 1], rateB: [0, 1], uplift: [-1, 1], upliftLow: [-1, 1], upliftHigh: [-1, 1], pValue: [0, 1] },
  ABVALUE: { pValue: [0, 1] },
  ENGAGEMENT: { low: [0, Number.POSITIVE_INFINITY] },
  RESPONSETIME: { median: [0, Number.POSITIVE_INFINITY], medianLow: [0, Number.POSITIVE_INFINITY], p90: [0, Number.POSITIVE_INFINITY], mean: [0, Number.POSITIVE_INFINITY] },
};

/**
 * What is wrong with an outcome, as text (none: it is well formed): spilled rows of [label, cell] with the function's
 * labels in order, each cell text, TRUE/FALSE, a finite number (on its scale) or #N/A — never NaN, ±Infinity,
 * undefined or null; a finite number for KV.ABSAMPLESIZE; or a #VALUE! error with a message.
 */
function problems(fn: FunctionName, outcome: Outcome): string[] {
  if (outcome.kind === "thrown") {
    const error = outcome.error;
    if (!(error instanceof CustomFunctions.Error)) return [`threw ${String(error)}, not a CustomFunctions.Error`];
    return error.code === "#VALUE!" && (error.message ?? "").length > 0 ? [] : [`threw ${error.code} without a message`];
  }
  if (outcome.kind === "number") return fn === "ABSAMPLESIZE" && Number.isFinite(outcome.value) ? [] : [`returned ${String(outcome.value)}`];
  const found: string[] = [];
  const labels = outcome.rows.map((row) => (Array.isArray(row) ? row[0] : undefined));
  if (JSON.stringify(labels) !== JSON.stringify(LABELS[fn])) found.push(`labels ${JSON.stringify(labels)}`);
  for (const row of outcome.rows) {
    if (!Array.isArray(row) || row.length !== 2) {
      found.push(`row ${JSON.stringify(row)} is not [label, value]`);
      continue;
    }
    const [label, cell] = row as [string, unknown];
    if (typeof cell === "number") {
      if (!Number.isFinite(cell)) found.push(`${label} is ${cell}`);
      const scale = SCALES[fn]?.[label];
      if (scale && Number.isFinite(cell) && (cell < scale[0] || cell > scale[1])) found.push(`${label} ${cell} is off its scale ${scale[0]} … ${scale[1]}`);
    } else if (cell instanceof CustomFunctions.Error) {
      if (cell.code !== "#N/A") found.push(`${label} is ${cell.code}`);
    } else if (typeof cell !== "string" && typeof cell !== "boolean") {
      found.push(`${label} is ${String(cell)}`);
    }
  }
  return found;
}

describe("the edges a marketer meets", () => {
  it.each(cases)("KV.$fn: $edge", async ({ run, check }) => {
    check(await outcomeOf(run));
  });
});

describe("every edge case's result", () => {
  it("spills only labels, text, TRUE/FALSE, finite numbers on their scale and #N/A (never NaN, ±Infinity or undefined), or is #VALUE! with a message", async () => {
    const found: string[] = [];
    for (const { fn, edge, run } of cases) for (const problem of problems(fn, await outcomeOf(run))) found.push(`KV.${fn}, ${edge}: ${problem}`);
    expect(found).toEqual([]);
    // Every function is in the table.
    expect(new Set(cases.map(({ fn }) => fn))).toEqual(new Set(Object.keys(LABELS)));
  });
});
