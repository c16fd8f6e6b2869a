import { conditionalExpectedPurchases } from "../../../src/core/models/expectedPurchases";
import { fitBgNbd } from "../../../src/core/models/fitBgNbd";
import { holdoutCheck } from "../../../src/core/models/holdoutCheck";
import { simulateCustomers } from "../../../src/core/simulate/simulateCustomers";

const parameters = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe("holdoutCheck", () => {
  it("sums predictions and actuals, in total and by calibration purchases 0 … 7+ (FHL 2005 Figure 4)", () => {
    const calibration = {
      frequency: Float64Array.of(0, 0, 2, 9, 12),
      recency: Float64Array.of(0, 0, 30, 35, 38),
      T: Float64Array.of(38, 20, 38.86, 38, 39),
    };
    const actual = Float64Array.of(0, 1, 2, 5, 9);
    const report = holdoutCheck(parameters, calibration, actual, 39);
    const predicted = [0, 1, 2, 3, 4].map((i) =>
      conditionalExpectedPurchases(parameters, calibration.frequency[i], calibration.recency[i], calibration.T[i], 39),
    );
    expect(report.predictedTotal).toBeCloseTo(predicted.reduce((sum, value) => sum + value, 0), 12);
    expect(report.actualTotal).toBe(17);
    expect(report.groups.map((group) => group.calibrationPurchases)).toEqual([0, 2, 7]);
    const sevenPlus = report.groups[2];
    expect(sevenPlus).toMatchObject({ andMore: true, customers: 2, actualMean: 7 });
    expect(sevenPlus.predictedMean).toBeCloseTo((predicted[3] + predicted[4]) / 2, 12);
    const absoluteErrors = predicted.map((value, i) => Math.abs(value - actual[i]));
    expect(report.meanAbsoluteError).toBeCloseTo(absoluteErrors.reduce((sum, value) => sum + value, 0) / 5, 12);
    expect(holdoutCheck(parameters, calibration, new Float64Array(5), 39).relativeError).toBeNull();
  });

  it("predicts a simulated holdout period within a few percent (fit on calibration, check on holdout)", () => {
    const truth = { bgnbd: parameters, gammaGamma: { p: 6.25, q: 3.74, v: 15.44 } };
    const simulated = simulateCustomers(truth, { customers: 20_000, seed: 21, minimumAge: 26, maximumAge: 39, futureLength: 39 });
    const fit = fitBgNbd(simulated.calibration);
    if (!fit.ok) throw new Error("fit failed");
    const report = holdoutCheck(fit.fit.parameters, simulated.calibration, simulated.future.purchases, 39);
    expect(Math.abs(report.relativeError ?? 1)).toBeLessThan(0.05);
    for (const group of report.groups) {
      if (group.customers > 300) expect(Math.abs(group.predictedMean - group.actualMean)).toBeLessThan(0.1 + 0.1 * group.actualMean);
    }
  });
});
