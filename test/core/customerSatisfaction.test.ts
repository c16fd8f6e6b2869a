import { satisfactionAnswers, satisfactionIndex, satisfactionShare, wilsonInterval } from "../../src/core/customerSatisfaction";
import { InputError } from "../../src/core/inputError";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

const tenAnswers = [[5, 4, 4, 3, 5, 2, 4, 5, 1, 4]];

describe("satisfactionAnswers", () => {
  it("skips blanks and detects the smallest scale that holds every answer", () => {
    expect(satisfactionAnswers([[5, null, 4], [1, null, null]])).toEqual({ scale: "1-5", detected: true, values: [5, 4, 1] });
    expect(satisfactionAnswers([[6, 10, 1]]).scale).toBe("1-10");
    expect(satisfactionAnswers([[0, 3]]).scale).toBe("0-10");
  });

  it("keeps a given scale and names the row and column of an answer off it", () => {
    expect(satisfactionAnswers([[2, 3]], "1-10")).toEqual({ scale: "1-10", detected: false, values: [2, 3] });
    expect(() => satisfactionAnswers([[5], [6]], "1-5")).toThrow(expect.objectContaining({ code: "offScale", params: { value: 6, row: 2, column: 1, lowest: 1, highest: 5 } }));
    expect(() => satisfactionAnswers([[4.5]])).toThrow(InputError);
    expect(() => satisfactionAnswers([[11]])).toThrow(expect.objectContaining({ code: "offScale" }));
    expect(() => satisfactionAnswers([[null, null]])).toThrow(expect.objectContaining({ code: "noValues" }));
  });
});

describe("wilsonInterval", () => {
  it("matches the textbook Wilson interval: 7 of 10 at 95 % is 0.3968 to 0.8922 (Brown, Cai & DasGupta 2001)", () => {
    // By hand: z² = 3.841459; centre (0.7 + 0.192073)/1.384146 = 0.644493; half 1.959964·√0.0306037/1.384146 = 0.247716.
    const { share, low, high } = wilsonInterval(7, 10, 0.95);
    expect(share).toBe(0.7);
    expect(low).toBeCloseTo(0.396777, 5);
    expect(high).toBeCloseTo(0.892209, 5);
  });

  it("stays inside 0–1 and away from them at 0 % and 100 % (where the Wald interval collapses to a point)", () => {
    const none = wilsonInterval(0, 20, 0.95);
    expect(none.low).toBe(0);
    expect(none.high).toBeGreaterThan(0.1);
    const all = wilsonInterval(20, 20, 0.95);
    expect(all.high).toBe(1);
    expect(all.low).toBeLessThan(0.9);
  });
});

describe("satisfactionShare (CSAT)", () => {
  it("counts the top two boxes of the scale: 4–5 on 1–5, 9–10 on 0–10", () => {
    const csat = satisfactionShare(satisfactionAnswers(tenAnswers), 0.95);
    expect(csat).toMatchObject({ satisfied: 7, answers: 10, share: 0.7 });
    expect(csat.low).toBeCloseTo(0.396777, 5);
    expect(satisfactionShare(satisfactionAnswers([[9, 10, 8, 0]]), 0.95)).toMatchObject({ satisfied: 2, answers: 4, share: 0.5 });
    expect(satisfactionShare(satisfactionAnswers([[9, 10, 8, 1]], "1-10"), 0.95).satisfied).toBe(2);
  });
});

describe("satisfactionIndex (CSI)", () => {
  it("rescales the mean to 0–100 with the t interval of the mean (hand calculation)", () => {
    // Mean 37/10 = 3.7 → 100·2.7/4 = 67.5. Squared deviations sum to 16.1, sd √(16.1/9) = 1.337494, se 0.422953,
    // t(0.975, 9) = 2.262157: 3.7 ± 0.956785 → 100·(2.743215 − 1)/4 = 43.58 and 100·(4.656785 − 1)/4 = 91.42.
    const csi = satisfactionIndex(satisfactionAnswers(tenAnswers), 0.95, tQuantile);
    expect(csi.index).toBeCloseTo(67.5, 10);
    expect(csi.mean).toBeCloseTo(3.7, 10);
    expect(csi.low).toBeCloseTo(43.58, 2);
    expect(csi.high).toBeCloseTo(91.42, 2);
  });

  it("has no interval for a single answer, and clamps it to 0–100", () => {
    const one = satisfactionIndex(satisfactionAnswers([[4]]), 0.95, tQuantile);
    expect(one.index).toBe(75);
    expect(Number.isNaN(one.low) && Number.isNaN(one.high)).toBe(true);
    const extreme = satisfactionIndex(satisfactionAnswers([[5, 5, 1]]), 0.95, tQuantile);
    expect(extreme.low).toBe(0);
    expect(extreme.high).toBe(100);
    const same = satisfactionIndex(satisfactionAnswers([[5, 5, 5]]), 0.95, tQuantile);
    expect([same.index, same.low, same.high]).toEqual([100, 100, 100]);
  });
});
