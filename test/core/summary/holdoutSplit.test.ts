import { holdoutSplit } from "../../../src/core/summary/holdoutSplit";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { expectInputError } from "../expectInputError";
import { cdnowLog, dayNumber } from "./cdnowLog";
import { logOf } from "./logOf";

describe("holdoutSplit", () => {
  it("counts purchase days in (calibration end, observation end] for calibration customers", () => {
    const log = logOf([
      ["a", 1, 10], ["a", 5, 10], // calibration
      ["a", 12, 10], ["a", 12, 5], ["a", 15, 20], ["a", 15, -20], ["a", 18, 0], // holdout: days 12 and 18 (15 is cancelled)
      ["a", 25, 10], // after the observation end
      ["b", 11, 30], // first purchase in the holdout: not a calibration customer
    ]);
    const split = holdoutSplit(log, { timeUnit: "week", calibrationEndDay: 10, observationEndDay: 24 });
    expect(Array.from(split.holdoutPurchases)).toEqual([2, 0]);
    expect(split.holdoutLength).toBe(14 / 7);
    expect(split.calibration.includedCustomers).toBe(1);
    expect(split.calibration.customersFirstPurchasingAfterEnd).toBe(1);
    expect(split.calibration.frequency[0]).toBe(1);
    expect(split.calibration.T[0]).toBe(9 / 7);
  });

  it("has the same calibration summary as summarizeCustomers at the calibration end", () => {
    const log = cdnowLog();
    const split = holdoutSplit(log, { timeUnit: "week", calibrationEndDay: dayNumber(1997, 9, 30) });
    const direct = summarizeCustomers(log, { timeUnit: "week", observationEndDay: dayNumber(1997, 9, 30) });
    expect(split.calibration).toEqual(direct);
    expect(split.observationEndDay).toBe(dayNumber(1998, 6, 30));
    expect(split.holdoutLength).toBeCloseTo(273 / 7, 12); // 1997-10-01 … 1998-06-30: 39 weeks
  });

  it("gives CDNOW's holdout purchases: calibration + holdout purchase days = all purchase days of the whole period", () => {
    // Every CDNOW customer first buys in Q1 1997 and there are no returns, so per customer the purchase days
    // of the whole period are the calibration purchases (x + 1) plus the holdout ones; 6,696 in all (README).
    const log = cdnowLog();
    const split = holdoutSplit(log, { timeUnit: "week", calibrationEndDay: dayNumber(1997, 9, 30) });
    const whole = summarizeCustomers(log, { timeUnit: "week" });
    split.holdoutPurchases.forEach((holdout, index) => {
      expect(split.calibration.purchases[index] + holdout).toBe(whole.purchases[index]);
    });
    const total = split.holdoutPurchases.reduce((sum, value) => sum + value, 0);
    expect(total + split.calibration.purchases.reduce((sum, value) => sum + value, 0)).toBe(6696);
  });

  it("allows an empty holdout and rejects a calibration end after the observation end", () => {
    const log = logOf([["a", 1, 10], ["a", 5, 10]]);
    expect(holdoutSplit(log, { timeUnit: "day", calibrationEndDay: 5 }).holdoutLength).toBe(0);
    const error = expectInputError(() => holdoutSplit(log, { timeUnit: "day", calibrationEndDay: 6 }), "mustNotExceed", "calibrationEndDay");
    expect(error.params).toEqual({ value: 6, limit: 5, limitArgument: "observationEndDay" });
  });
});
