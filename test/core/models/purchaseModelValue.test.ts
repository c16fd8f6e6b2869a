import { clvSchedule } from "../../../src/core/models/clvSettings";
import { analyzeCustomerValue } from "../../../src/core/models/customerValue";
import type { PurchaseModelName } from "../../../src/core/models/modelUnavailable";
import { predictModelClv } from "../../../src/core/models/predictiveClv";
import { simulateValueDistributions } from "../../../src/core/models/valueDistributions";
import { cdnowSummary } from "./cdnowSummary";
import { simpleInputsOf } from "./simpleInputs";

const settings = { horizonMonths: 24, annualDiscountRate: 0.1, grossMargin: 0.3, timeUnit: "week" as const };
const history = cdnowSummary();

describe.each(["bgnbd", "mbgnbd", "paretonbd"] as PurchaseModelName[])("the value of CDNOW's customers under %s", (name) => {
  const analysis = analyzeCustomerValue(history, { ...settings, purchaseModel: name, newCustomers: 100 }, simpleInputsOf(history, settings));

  it("is predicted by the model asked for, with P(alive), expected purchases, intervals and customer equity", () => {
    expect(analysis.method).toEqual({ kind: "model", spend: "gammaGamma" });
    expect(analysis.purchase.ok && analysis.purchase.fit.name).toBe(name);
    const { clv, clvLow, clvHigh, probabilityAlive } = analysis.customers;
    for (let i = 0; i < clv.length; i += 1) {
      expect(clvLow![i]).toBeLessThanOrEqual(clvHigh![i]);
      expect(probabilityAlive![i]).toBeGreaterThanOrEqual(0);
      expect(probabilityAlive![i]).toBeLessThanOrEqual(1);
    }
    const equity = analysis.customerEquity;
    if (!("low" in equity)) throw new Error("expected the model's equity");
    expect(equity.low).toBeLessThan(equity.value);
    expect(equity.high).toBeGreaterThan(equity.value);
  });

  it("says one-time buyers may have left unless the model is the BG/NBD (issue's lifetimes figures: Pareto/NBD 0.34, MBG/NBD 0.41)", () => {
    const alive = analysis.customers.probabilityAlive!;
    const oneTime = Array.from(alive).filter((_, i) => history.frequency[i] === 0);
    const mean = oneTime.reduce((sum, value) => sum + value, 0) / oneTime.length;
    const expected = { bgnbd: 1, mbgnbd: 0.41, paretonbd: 0.34 }[name];
    expect(mean).toBeCloseTo(expected, 2);
  });

  it("simulates futures whose mean is the closed-form CLV (the interval's distribution agrees with the prediction, within Monte Carlo error)", () => {
    if (!analysis.purchase.ok || !analysis.gammaGamma.ok) throw new Error("fits failed");
    const model = analysis.purchase.fit;
    const schedule = clvSchedule(settings);
    const expectedSpend = analysis.customers.expectedSpend!;
    const prediction = predictModelClv(model, expectedSpend, history, schedule);
    const distributions = simulateValueDistributions({ purchase: { model, logCovariance: null }, gammaGamma: null }, history, expectedSpend, schedule, 0, {
      samplesPerGroup: 2000,
      parameterUncertainty: false,
    });
    let simulated = 0;
    let predicted = 0;
    for (let i = 0; i < history.frequency.length; i += 1) {
      simulated += prediction.probabilityAlive[i] * distributions.scale[i] * distributions.moments[3 * distributions.groupOf[i]];
      predicted += prediction.clv[i];
    }
    expect(Math.abs(simulated / predicted - 1)).toBeLessThan(0.02);
  });
});
