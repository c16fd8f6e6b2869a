import { abTestRows, npsIntervalRows } from "../../src/core/spilledRows";
import { testConversion } from "../../src/core/conversionTest";

describe("the spilled rows of the survey and A/B functions", () => {
  it("lays out KV.NPSINTERVAL's figures in the documented order (docs/functions.md: nps, low, high, answers, confidence)", () => {
    expect(npsIntervalRows({ score: 25, low: -29.42, high: 65.78 }, 8, 0.95)).toEqual([
      ["nps", 25],
      ["low", -29.42],
      ["high", 65.78],
      ["answers", 8],
      ["confidence", 0.95],
    ]);
  });

  it("leaves a figure that does not exist as NaN for each side to show as not available (no ratio when A converted no one)", () => {
    const spilled = new Map(abTestRows(testConversion({ visitors: 100, conversions: 0 }, { visitors: 100, conversions: 5 }, 0.95), 0.95));
    expect(spilled.get("relativeUplift")).toBeNaN();
    expect(spilled.get("rateB")).toBe(0.05);
    expect([...spilled.keys()]).toHaveLength(12);
  });
});
