import { clvSchedule, monthlyDiscountRate } from "../../../src/core/models/clvSettings";
import { conditionalExpectedPurchases } from "../../../src/core/models/expectedPurchases";
import { predictClv } from "../../../src/core/models/predictiveClv";
import { expectInputError } from "../expectInputError";
import { cdnowSummary } from "./cdnowSummary";

// CLV = Σ_{i=1}^{H} m̂ · margin · (E(t_i) − E(t_{i−1})) / (1 + d_month)^i with t_i = i × 365.25/12 days in the
// data's unit and d_month = (1 + d)^(1/12) − 1 (docs/ARCHITECTURE.md). Checked against a direct sum of conditional expectations.
const parameters = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe("clvSchedule", () => {
  it("converts the annual discount rate to the compounding-equivalent monthly rate", () => {
    // (1.1)^(1/12) − 1 = 0.0079741404
    expect(monthlyDiscountRate(0.1)).toBeCloseTo(0.0079741404, 9);
    expect((1 + monthlyDiscountRate(0.1)) ** 12).toBeCloseTo(1.1, 12);
    expect(monthlyDiscountRate(0)).toBe(0);
  });

  it("ends month i at exactly i × 365.25/12 days, in days or weeks", () => {
    const days = clvSchedule({ horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, timeUnit: "day" });
    const weeks = clvSchedule({ horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, timeUnit: "week" });
    expect(days.monthEnds[0]).toBe(30.4375);
    expect(days.monthEnds[11]).toBe(365.25);
    expect(weeks.monthEnds[11]).toBeCloseTo(365.25 / 7, 12);
    expect(days.discountFactors[11]).toBeCloseTo(1 / 1.1, 12);
  });

  it("rejects a fractional horizon, a percentage typed as a whole number and a margin above 1", () => {
    const valid = { horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 0.3, timeUnit: "day" as const };
    expectInputError(() => clvSchedule({ ...valid, horizonMonths: 2.5 }), "mustBeWholeNumber", "horizonMonths");
    expectInputError(() => clvSchedule({ ...valid, annualDiscountRate: 10 }), "rateLooksLikePercent", "annualDiscountRate");
    expectInputError(() => clvSchedule({ ...valid, grossMargin: 1.5 }), "rateLooksLikePercent", "grossMargin");
  });
});

describe("predictClv", () => {
  const history = cdnowSummary();
  const schedule = clvSchedule({ horizonMonths: 24, annualDiscountRate: 0.12, grossMargin: 0.3, timeUnit: "week" });
  const spend = Float64Array.from(history.frequency, (_, i) => 20 + (i % 7));
  const prediction = predictClv(parameters, spend, history, schedule);

  it("equals the direct month-by-month sum of conditional expectations", () => {
    for (const i of [0, 1, 5, 17, 2356]) {
      let direct = 0;
      let previous = 0;
      for (let month = 1; month <= 24; month += 1) {
        const current = conditionalExpectedPurchases(parameters, history.frequency[i], history.recency[i], history.T[i], (month * 365.25) / 12 / 7);
        direct += (spend[i] * 0.3 * (current - previous)) / Math.pow(1.12, month / 12);
        previous = current;
      }
      expect(prediction.clv[i]).toBeCloseTo(direct, 9);
      expect(prediction.expectedPurchases[i]).toBeCloseTo(previous, 12);
    }
  });

  it("is margin × spend × E[Y(H)] without discounting, and 0 over a zero horizon", () => {
    const undiscounted = predictClv(parameters, spend, history, clvSchedule({ horizonMonths: 24, annualDiscountRate: 0, grossMargin: 0.3, timeUnit: "week" }));
    for (const i of [0, 3, 40]) expect(undiscounted.clv[i]).toBeCloseTo(0.3 * spend[i] * undiscounted.expectedPurchases[i], 9);
    const none = predictClv(parameters, spend, history, clvSchedule({ horizonMonths: 0, annualDiscountRate: 0.1, grossMargin: 1, timeUnit: "week" }));
    expect(none.clv.every((value) => value === 0)).toBe(true);
  });

  it("gives the same CLV when the history is in days instead of weeks (α scaled by 7)", () => {
    const inDays = { frequency: history.frequency, recency: history.recency.map((value) => value * 7), T: history.T.map((value) => value * 7) };
    const daySchedule = clvSchedule({ horizonMonths: 24, annualDiscountRate: 0.12, grossMargin: 0.3, timeUnit: "day" });
    const dayPrediction = predictClv({ ...parameters, alpha: parameters.alpha * 7 }, spend, inDays, daySchedule);
    for (const i of [0, 1, 2, 100]) expect(dayPrediction.clv[i]).toBeCloseTo(prediction.clv[i], 9);
  });
});
