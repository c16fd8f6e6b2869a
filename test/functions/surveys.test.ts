import { compareNetPromoterScores } from "../../src/core/netPromoterComparison";
import { netPromoterInterval } from "../../src/core/netPromoterInterval";
import { NPSCHANGE, NPSINTERVAL } from "../../src/functions/surveys";
import { expectValueError, withDisplayLanguage } from "./excelErrors";

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
