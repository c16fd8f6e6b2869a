import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { conversionSampleSize } from "../../src/core/conversionSampleSize";
import { testConversion } from "../../src/core/conversionTest";
import { testValue } from "../../src/core/valueTest";
import { ABSAMPLESIZE, ABTEST, ABVALUE } from "../../src/functions/abTests";
import { expectRejectedValueError, expectValueError, withDisplayLanguage } from "./excelErrors";

// Excel's argument shapes (numbers, text, blanks); the reference values are the core's, pinned in
// test/core/conversionTest.test.ts (Newcombe 1998, hand calculations) and conversionSampleSize.test.ts.

describe("KV.ABTEST", () => {
  it("spills the core's test with labels, 95 % when no confidence is given", () => {
    const test = testConversion({ visitors: 10_000, conversions: 200 }, { visitors: 10_000, conversions: 260 }, 0.95);
    expect(ABTEST(10_000, 200, 10_000, 260)).toEqual([
      ["rateA", test.rateA],
      ["rateB", test.rateB],
      ["uplift", test.uplift],
      ["upliftLow", test.upliftLow],
      ["upliftHigh", test.upliftHigh],
      ["relativeUplift", test.relativeUplift],
      ["relativeLow", test.relativeLow],
      ["relativeHigh", test.relativeHigh],
      ["pValue", test.pValue],
      ["test", "twoProportionZ"],
      ["largerThanChance", true],
      ["confidence", 0.95],
    ]);
  });

  it("shows #N/A for the relative uplift when A converted no one, and names a count that cannot be", () => {
    const rows = ABTEST(50, 0, 50, 3);
    expect(rows[5][1]).toEqual(expect.objectContaining({ code: "#N/A" }));
    expect(rows[9]).toEqual(["test", "fisherExact"]);
    expectValueError(() => ABTEST(10, 12, 10, 1), "conversionsA");
    expectValueError(() => ABTEST(0, 0, 10, 1), "visitorsA");
    expectValueError(() => ABTEST(100, "mange", 100, 1), "conversionsA");
    expect(withDisplayLanguage("da-DK", () => expectValueError(() => ABTEST(10, 12, 10, 1), "conversionsA"))).toContain("visitorsA");
  });

  it("refuses a confidence of 0 or 1 (0 % or 100 %), which has no interval", () => {
    expectValueError(() => ABTEST(100, 5, 100, 9, 1), "confidence must be a fraction greater than 0 and less than 1 (0.95 = 95 %), got 1.");
    expectValueError(() => ABTEST(100, 5, 100, 9, 0), "got 0.");
    expect(ABTEST(100, 5, 100, 9, 0.99)[11]).toEqual(["confidence", 0.99]);
  });
});

describe("KV.ABSAMPLESIZE", () => {
  it("gives the core's visitors per group, with 80 % power and 95 % confidence by default", () => {
    expect(ABSAMPLESIZE(0.1, 0.02)).toBe(3841);
    expect(ABSAMPLESIZE(0.1, 0.02, 0.9, 0.99)).toBe(conversionSampleSize(0.1, 0.02, 0.9, 0.99));
    expect(ABSAMPLESIZE(0.1, 0.02, "", null)).toBe(3841);
  });

  it("refuses a power or confidence of 0 or 1: a test sure to detect, or never to raise a false alarm, needs infinitely many", () => {
    for (const level of [0, 1]) {
      expectValueError(() => ABSAMPLESIZE(0.1, 0.02, level), `power must be a fraction greater than 0 and less than 1 (0.95 = 95 %), got ${level}.`);
      expectValueError(() => ABSAMPLESIZE(0.1, 0.02, null, level), `confidence must be a fraction greater than 0 and less than 1 (0.95 = 95 %), got ${level}.`);
    }
    expectValueError(() => ABSAMPLESIZE(0.1, 0.02, 80), "For 80 %, write 0.8 or 80%.");
  });

  it("refuses an uplift of 0 or one past 100 %, and a rate typed as a percentage", () => {
    expectValueError(() => ABSAMPLESIZE(0.1, 0), "minimumUplift");
    expectValueError(() => ABSAMPLESIZE(0.95, 0.1), "minimumUplift");
    expectValueError(() => ABSAMPLESIZE(10, 0.02), "baselineRate");
  });
});

describe("KV.ABVALUE", () => {
  const student = { quantile: tQuantile, cdf: tCdf };

  /** What Excel passes as the last argument of a function with @requiresParameterAddresses. */
  const addresses = (...parameterAddresses: string[]) => ({ parameterAddresses }) as CustomFunctions.Invocation;

  /** A column as Excel passes a range of one column. */
  const column = (...values: unknown[]) => values.map((value) => [value]);

  /** Excel's last row: a whole-column reference (B:B) has this many rows. */
  const SHEET_ROWS = 1_048_576;

  /** The #N/A cell of a spilled result. */
  const notAvailable = expect.objectContaining({ code: "#N/A" });

  // R's `sleep` data (test/core/welchTest.test.ts): Welch's 95 % interval of B − A is −0.2054832 … 3.3654832, p 0.07939.
  const sleepGroup1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const sleepGroup2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

  // Revenue per customer, 20 a group (test/core/valueTest.test.ts): three big spenders in B (480, 1,250, 2,900).
  const revenueA = [0, 0, 0, 0, 12, 15, 18, 22, 25, 30, 35, 40, 45, 60, 80, 95, 120, 150, 210, 340];
  const revenueB = [0, 0, 0, 10, 14, 16, 20, 24, 28, 32, 38, 44, 55, 70, 90, 110, 140, 480, 1250, 2900];

  /** The rows KV.ABVALUE spills for the core's test of these values. */
  function expectedRows(a: number[], b: number[], confidence = 0.95): unknown[][] {
    const test = testValue(a, b, confidence, student);
    const figure = (value: number) => (Number.isNaN(value) ? notAvailable : value);
    return [
      ["meanA", test.meanA],
      ["meanB", test.meanB],
      ["difference", test.difference],
      ["low", figure(test.low)],
      ["high", figure(test.high)],
      ["pValue", figure(test.pValue)],
      ["largerThanChance", test.largerThanChance],
      ["bootstrapLow", figure(test.bootstrapLow)],
      ["bootstrapHigh", figure(test.bootstrapHigh)],
      ["bootstrapAgrees", test.verdict === "notAvailable" ? notAvailable : test.verdict === "agree"],
      ["customersA", test.nA],
      ["customersB", test.nB],
      ["confidence", confidence],
    ];
  }

  /** The value of the row named `name` of a spilled result. */
  const row = (rows: unknown[][], name: string): unknown => rows.find(([label]) => label === name)?.[1];

  it("spills the core's test with labels, 95 % when no confidence is given: R's Welch interval on the sleep data", async () => {
    const rows = await ABVALUE(column(...sleepGroup1), column(...sleepGroup2));
    expect(rows).toEqual(expectedRows(sleepGroup1, sleepGroup2));
    expect(row(rows, "low")).toBeCloseTo(-0.2054832, 7);
    expect(row(rows, "high")).toBeCloseTo(3.3654832, 7);
    expect(row(rows, "pValue")).toBeCloseTo(0.07939, 5);
    expect(await ABVALUE([sleepGroup1], [sleepGroup2], "90%")).toEqual(expectedRows(sleepGroup1, sleepGroup2, 0.9));
    expect(await ABVALUE([sleepGroup1], [sleepGroup2], "")).toEqual(expectedRows(sleepGroup1, sleepGroup2));
  });

  it("skips blank cells anywhere in either range, and takes 0, negative values (refunds) and numbers as text", async () => {
    const rows = await ABVALUE(column(120, null, "", 0, "  ", -35, "80.5", null), column(200, 90, "", 0, 45));
    expect(rows).toEqual(expectedRows([120, 0, -35, 80.5], [200, 90, 0, 45]));
    expect(row(rows, "customersA")).toBe(4);
    expect(row(rows, "meanA")).toBeCloseTo(41.375, 12);
  });

  it("says largerThanChance only when Welch's interval and the bootstrap's both leave out 0 on the same side", async () => {
    // Agree, both include 0 (sleep at 95 %) and agree, both above 0 (sleep at 90 %: Welch 0.11 … 3.05).
    const sleep = await ABVALUE([sleepGroup1], [sleepGroup2]);
    expect([row(sleep, "largerThanChance"), row(sleep, "bootstrapAgrees")]).toEqual([false, true]);
    const sleep90 = await ABVALUE([sleepGroup1], [sleepGroup2], 0.9);
    expect(row(sleep90, "low")).toBeGreaterThan(0);
    expect([row(sleep90, "largerThanChance"), row(sleep90, "bootstrapAgrees")]).toEqual([true, true]);
    // Disagree on the ends, both include 0 (the big spenders in B).
    const skewed = await ABVALUE([revenueA], [revenueB]);
    expect([row(skewed, "largerThanChance"), row(skewed, "bootstrapAgrees")]).toEqual([false, false]);
    // Disagree on the ends, both above 0 (B + 200 each): an effect, its size uncertain.
    const lifted = await ABVALUE([revenueA], [revenueB.map((value) => value + 200)]);
    expect(row(lifted, "low")).toBeGreaterThan(0);
    expect(row(lifted, "bootstrapLow")).toBeGreaterThan(0);
    expect([row(lifted, "largerThanChance"), row(lifted, "bootstrapAgrees")]).toEqual([true, false]);
    // Welch above 0 (p 0.044), the bootstrap not: the big spenders are in A (docs/functions.md).
    const welchOnly = await ABVALUE([revenueB], [[370, 410, 440, 470, 490, 510, 530, 550, 570, 580, 590, 610, 630, 650, 680, 710, 740, 780, 810, 870]]);
    expect(row(welchOnly, "low")).toBeGreaterThan(0);
    expect(row(welchOnly, "pValue")).toBeLessThan(0.05);
    expect(row(welchOnly, "bootstrapLow")).toBeLessThan(0);
    expect([row(welchOnly, "largerThanChance"), row(welchOnly, "bootstrapAgrees")]).toEqual([false, false]);
    // The bootstrap above 0, Welch not (B + 100 each: Welch −19.9 … 622.3).
    const bootstrapOnly = await ABVALUE([revenueA], [revenueB.map((value) => value + 100)]);
    expect(row(bootstrapOnly, "low")).toBeLessThan(0);
    expect(row(bootstrapOnly, "bootstrapLow")).toBeGreaterThan(0);
    expect([row(bootstrapOnly, "largerThanChance"), row(bootstrapOnly, "bootstrapAgrees")]).toEqual([false, false]);
  });

  it("shows #N/A for the intervals, the p-value and the verdict when a group has a single customer", async () => {
    const rows = await ABVALUE([[120]], column(80, 95, 140, 60));
    expect(rows).toEqual([
      ["meanA", 120],
      ["meanB", 93.75],
      ["difference", -26.25],
      ["low", notAvailable],
      ["high", notAvailable],
      ["pValue", notAvailable],
      ["largerThanChance", false],
      ["bootstrapLow", notAvailable],
      ["bootstrapHigh", notAvailable],
      ["bootstrapAgrees", notAvailable],
      ["customersA", 1],
      ["customersB", 4],
      ["confidence", 0.95],
    ]);
    // One customer left when the rest of the range is blank.
    expect(row(await ABVALUE(column(80, 95), column(null, 140, "")), "bootstrapAgrees")).toEqual(notAvailable);
  });

  it("gives the exact difference for constant groups, and no difference at all when everyone spent 0", async () => {
    const constant = await ABVALUE(column(50, 50, 50), column(65, 65, 65, 65));
    expect(constant).toEqual(expectedRows([50, 50, 50], [65, 65, 65, 65]));
    expect(constant.slice(2, 10)).toEqual([
      ["difference", 15],
      ["low", 15],
      ["high", 15],
      ["pValue", 0],
      ["largerThanChance", true],
      ["bootstrapLow", 15],
      ["bootstrapHigh", 15],
      ["bootstrapAgrees", true],
    ]);
    const zeros = await ABVALUE(column(0, 0, 0), column(0, 0));
    expect(zeros.slice(2, 10)).toEqual([
      ["difference", 0],
      ["low", 0],
      ["high", 0],
      ["pValue", 1],
      ["largerThanChance", false],
      ["bootstrapLow", 0],
      ["bootstrapHigh", 0],
      ["bootstrapAgrees", true],
    ]);
  });

  it("names the sheet cell of a value that is not a number, in a column, across a row, and deep in a whole column", async () => {
    const invocation = addresses("Test!B2:B6", "Test!C2:C6", "");
    await expectRejectedValueError(() => ABVALUE(column(120, 80, 40, 50, 10), column(200, 90, "n/a", 0, 45), null, invocation), "Cell C4 of valuesB must be a number or blank, got 'n/a'; replace it with a number.");
    await expectRejectedValueError(
      () => ABVALUE(column(120, new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable), 40), column(200, 90), null, invocation),
      "Cell B3 of valuesA must be a number or blank, got '#N/A'",
    );
    await expectRejectedValueError(() => ABVALUE(column(120, true), column(200, 90), null, invocation), "Cell B3 of valuesA must be a number or blank, got TRUE");
    await expectRejectedValueError(() => ABVALUE([[120, 80, "ti kr"]], [[200, 90]], null, addresses("Test!B2:D2", "Test!B3:C3", "")), "Cell D2 of valuesA");
    const withinRange = await expectRejectedValueError(() => ABVALUE([[120, 80, "ti kr"]], [[200, 90]]), "Row 1, column 3 of valuesA");
    expect(withinRange).toContain("Rows are counted from the first cell of the range.");
    const deep = Array.from({ length: SHEET_ROWS }, (_, index) => [index < 3 ? 100 + index : index === 499_998 ? "refund" : null]);
    await expectRejectedValueError(() => ABVALUE(deep, column(1, 2), null, addresses("Test!B:B", "Test!C2:C3", "")), "Cell B499999 of valuesA");
    const danish = await withDisplayLanguage("da-DK", () => expectRejectedValueError(() => ABVALUE(column(120, 80), column(200, "mange"), null, addresses("Ark1!B2:B3", "Ark1!C2:C3", "")), "Celle C3 i valuesB"));
    expect(danish).toContain("»mange«");
  });

  it("refuses a group with no values, a range of several columns, and a confidence of 0, 1 or typed as a percentage", async () => {
    await expectRejectedValueError(() => ABVALUE(column(null, "", " "), column(200, 90)), "valuesA has no values (every cell is blank)");
    await expectRejectedValueError(() => ABVALUE(column(120, 80), [[null]]), "valuesB has no values");
    await expectRejectedValueError(() => ABVALUE([[120, 1], [80, 2]], column(200, 90)), "valuesA must be one column or one row, got a range of 2 rows and 2 columns");
    await expectRejectedValueError(() => ABVALUE(column(120, 80), column(200, 90), 1), "confidence must be a fraction greater than 0 and less than 1 (0.95 = 95 %), got 1.");
    await expectRejectedValueError(() => ABVALUE(column(120, 80), column(200, 90), 0), "got 0.");
    await expectRejectedValueError(() => ABVALUE(column(120, 80), column(200, 90), 95), "For 95 %, write 0.95 or 95%.");
    await expectRejectedValueError(() => ABVALUE(column(120, 80), column(200, 90), "high"), "confidence must be a number, got 'high'.");
    const swedish = await withDisplayLanguage("sv-SE", () => expectRejectedValueError(() => ABVALUE(column(120, 80), column(200, 90), 1), "confidence måste vara en andel större än 0 och mindre än 1"));
    expect(swedish).toContain("(0,95 = 95 %)");
  });

  it("reads whole columns (1,048,576 rows), blank but for a few customers, and a whole column of customers", async () => {
    // Blank but for 3 customers at the top and 2 scattered below (the rows between them are read, the tail is dropped).
    const sparse = Array.from({ length: SHEET_ROWS }, (_, index) => [index < 3 ? [120, 80, 40][index] : index === 500_000 ? 60 : index === 900_000 ? 0 : null]);
    const blankB = Array.from({ length: SHEET_ROWS }, (_, index) => [index < 4 ? [200, 90, 0, 45][index] : ""]);
    const rows = await ABVALUE(sparse, blankB, null, addresses("Test!B:B", "Test!C:C", ""));
    expect(rows).toEqual(expectedRows([120, 80, 40, 60, 0], [200, 90, 0, 45]));
    // Every row a customer: spend 0 or 100 alternately in A, 0 or 102 in B. The bootstrap takes the fewest resamples.
    const fullA = Array.from({ length: SHEET_ROWS }, (_, index) => [index % 2 === 0 ? 0 : 100]);
    const fullB = Array.from({ length: 200_000 }, (_, index) => [index % 2 === 0 ? 0 : 102]);
    const full = await ABVALUE(fullA, fullB);
    expect(row(full, "customersA")).toBe(SHEET_ROWS);
    expect(row(full, "difference")).toBeCloseTo(1, 10);
    expect(row(full, "bootstrapAgrees")).toBe(true);
  });
});
