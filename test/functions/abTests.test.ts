import { conversionSampleSize } from "../../src/core/conversionSampleSize";
import { testConversion } from "../../src/core/conversionTest";
import { ABSAMPLESIZE, ABTEST } from "../../src/functions/abTests";
import { expectValueError, withDisplayLanguage } from "./excelErrors";

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
});

describe("KV.ABSAMPLESIZE", () => {
  it("gives the core's visitors per group, with 80 % power and 95 % confidence by default", () => {
    expect(ABSAMPLESIZE(0.1, 0.02)).toBe(3841);
    expect(ABSAMPLESIZE(0.1, 0.02, 0.9, 0.99)).toBe(conversionSampleSize(0.1, 0.02, 0.9, 0.99));
    expect(ABSAMPLESIZE(0.1, 0.02, "", null)).toBe(3841);
  });

  it("refuses an uplift of 0 or one past 100 %, and a rate typed as a percentage", () => {
    expectValueError(() => ABSAMPLESIZE(0.1, 0), "minimumUplift");
    expectValueError(() => ABSAMPLESIZE(0.95, 0.1), "minimumUplift");
    expectValueError(() => ABSAMPLESIZE(10, 0.02), "baselineRate");
  });
});
