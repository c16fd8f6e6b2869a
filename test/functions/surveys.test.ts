import { compareNetPromoterScores } from "../../src/core/netPromoterComparison";
import { netPromoterInterval } from "../../src/core/netPromoterInterval";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { satisfactionAnswers, satisfactionIndex, satisfactionShare } from "../../src/core/customerSatisfaction";
import { CSAT, CSI, NPSCHANGE, NPSINTERVAL, SatisfactionScaleOption } from "../../src/functions/surveys";
import { expectRejectedValueError, expectValueError, withDisplayLanguage } from "./excelErrors";

// The worksheet functions are called with the argument shapes Excel sends; the reference values are the core's,
// themselves pinned to hand calculations in test/core/netPromoterInterval.test.ts and netPromoterComparison.test.ts.

/** What Excel passes as the last argument of a function with @requiresParameterAddresses. */
const addresses = (...parameterAddresses: string[]) => ({ parameterAddresses }) as CustomFunctions.Invocation;

describe("KV.NPSINTERVAL", () => {
  it("spills the NPS with the core's adjusted-Wald interval, 95 % when no confidence is given", () => {
    const range = [[10, 9], [9, null], [8, ""], [7, 3], [10, 6]];
    const interval = netPromoterInterval({ promoters: 4, detractors: 2, answers: 8 }, 0.95);
    expect(NPSINTERVAL(range)).toEqual([["nps", 25], ["low", interval.low], ["high", interval.high], ["answers", 8], ["confidence", 0.95]]);
    expect(NPSINTERVAL(range, "")[4]).toEqual(["confidence", 0.95]);
    expect(NPSINTERVAL(range, 0.9)[1][1]).toBeCloseTo(netPromoterInterval({ promoters: 4, detractors: 2, answers: 8 }, 0.9).low, 12);
  });

  it("names the sheet cell of an answer off the scale, and takes a confidence typed as a percentage for one", () => {
    expectValueError(() => NPSINTERVAL([[9], [12]], null, addresses("Survey!B2:B3", "")), "Cell B3 of scores");
    expectValueError(() => NPSINTERVAL([[9], [8]], 95), "confidence");
    expect(withDisplayLanguage("da-DK", () => expectValueError(() => NPSINTERVAL([[]], null), "scores"))).toContain("scores");
  });
});

describe("KV.NPSCHANGE", () => {
  it("spills the core's comparison: change, interval, p-value, whether larger than chance, and the answers", () => {
    const before = [[9], [10], [6], [3], [7], [8], [9], [5], [10], [2]];
    const after = [[9], [10], [10], [9], [8], [7], [9], [10], [6], [9]];
    const comparison = compareNetPromoterScores({ promoters: 4, detractors: 4, answers: 10 }, { promoters: 7, detractors: 1, answers: 10 }, 0.95);
    expect(NPSCHANGE(before, after)).toEqual([
      ["change", 60],
      ["low", comparison.low],
      ["high", comparison.high],
      ["pValue", comparison.pValue],
      ["largerThanChance", false],
      ["answersBefore", 10],
      ["answersAfter", 10],
    ]);
  });

  it("names which survey holds a bad answer", () => {
    expectValueError(() => NPSCHANGE([[9]], [[9], ["ja"]], null, addresses("Q1!A2:A2", "Q2!A2:A3", "")), "scoresAfter");
  });
});

describe("KV.CSAT", () => {
  it("spills the core's CSAT with its Wilson interval, the scale it used and whether it was detected", () => {
    const answers = [[5], [4], [""], [4], [3], [5], [2], [4], [5], [1], [4], [null]];
    const expected = satisfactionShare(satisfactionAnswers([[5, 4, 4, 3, 5, 2, 4, 5, 1, 4]]), 0.95);
    expect(CSAT(answers)).toEqual([
      ["csat", 0.7],
      ["low", expected.low],
      ["high", expected.high],
      ["satisfied", 7],
      ["answers", 10],
      ["scale", "1-5"],
      ["scaleDetected", true],
      ["confidence", 0.95],
    ]);
  });

  it("takes every scale AutoComplete offers, and the same written with another dash or as 5", () => {
    for (const scale of Object.values(SatisfactionScaleOption)) expect(CSAT([[1], [2]], scale)[5]).toEqual(["scale", scale]);
    expect(CSAT([[1], [2]], "1–10" as SatisfactionScaleOption)[5]).toEqual(["scale", "1-10"]);
    expect(CSAT([[1], [2]], 5 as unknown as SatisfactionScaleOption)[5]).toEqual(["scale", "1-5"]);
    expectValueError(() => CSAT([[1]], "1-7" as SatisfactionScaleOption), "scale");
  });

  it("names the sheet cell of an answer off the given scale, and of a text answer", () => {
    const invocation = { parameterAddresses: ["Survey!C2:C4", "", ""] } as CustomFunctions.Invocation;
    expectValueError(() => CSAT([[5], [4], [7]], SatisfactionScaleOption.from1to5, null, invocation), "Cell C4 of answers must be a whole number from 1 to 5");
    expectValueError(() => CSAT([[5], ["good"], [4]], undefined, null, invocation), "Cell C3 of answers");
    expect(withDisplayLanguage("da-DK", () => expectValueError(() => CSAT([[5], [4], [7]], SatisfactionScaleOption.from1to5, null, invocation), "Celle C4"))).toContain("skala");
  });
});

describe("KV.CSI", () => {
  it("spills the core's index with its t interval; a single answer has #N/A for the interval", async () => {
    const expected = satisfactionIndex(satisfactionAnswers([[5, 4, 4, 3, 5, 2, 4, 5, 1, 4]]), 0.9, tQuantile);
    const rows = await CSI([[5, 4, 4, 3, 5, 2, 4, 5, 1, 4]], undefined, 0.9);
    expect(rows.slice(0, 5)).toEqual([["csi", 67.5], ["low", expected.low], ["high", expected.high], ["mean", 3.7], ["answers", 10]]);
    const one = await CSI([[4]]);
    expect(one[1][1]).toEqual(expect.objectContaining({ code: "#N/A" }));
    expect(one[0]).toEqual(["csi", 75]);
  });
});

describe("the confidence of the survey functions", () => {
  const refused = "confidence must be a fraction greater than 0 and less than 1 (0.95 = 95 %), got";

  // At 100 % the interval would be every possible score (NPS −100 to 100, CSAT 0 to 1, the t interval infinite), and
  // at 0 % a point: neither says how sure the figure is, so both are refused as KV.ABVALUE refuses them.
  it.each([0, 1])("refuses a confidence of %j in KV.NPSINTERVAL, KV.NPSCHANGE, KV.CSAT and KV.CSI", async (level) => {
    expectValueError(() => NPSINTERVAL([[9], [10], [3]], level), `${refused} ${level}.`);
    expectValueError(() => NPSCHANGE([[9], [10], [3]], [[9], [3]], level), `${refused} ${level}.`);
    expectValueError(() => CSAT([[5], [4], [1]], undefined, level), `${refused} ${level}.`);
    await expectRejectedValueError(() => CSI([[5], [4], [1]], undefined, level), `${refused} ${level}.`);
  });

  it("still takes a confidence just inside 0 and 1, and reports 95 as a percentage typed as a whole number", async () => {
    expect(NPSINTERVAL([[9], [10], [3]], 0.999)[4]).toEqual(["confidence", 0.999]);
    expect(CSAT([[5], [4], [1]], undefined, "1%")[7]).toEqual(["confidence", 0.01]);
    await expectRejectedValueError(() => CSI([[5], [4], [1]], undefined, 95), "For 95 %, write 0.95 or 95%.");
  });
});
