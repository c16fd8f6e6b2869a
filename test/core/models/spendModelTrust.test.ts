import { analyzeCustomerValue } from "../../../src/core/models/customerValue";
import { fitGammaGamma } from "../../../src/core/models/fitGammaGamma";
import { RUNAWAY_FACTOR } from "../../../src/core/models/purchaseModelTrust";
import { spendModelTrust } from "../../../src/core/models/spendModelTrust";
import { cdnowSummary } from "./cdnowSummary";
import { simpleInputsOf } from "./simpleInputs";

/** Repeat buyers whose mean spends differ by a hair: no heterogeneity across customers for the model to learn. */
function alikeSpenders(count: number): { frequency: Float64Array; monetary: Float64Array } {
  const frequency = Float64Array.from({ length: count }, (_, i) => 1 + (i % 4));
  const monetary = Float64Array.from({ length: count }, (_, i) => 50 + ((i * 7) % 5));
  return { frequency, monetary };
}

describe("spendModelTrust: Gamma-Gamma fit health", () => {
  it("keeps the CDNOW fit (p 6.25, q 3.74, v 15.4: nothing ran away, every standard error small)", () => {
    const cdnow = cdnowSummary();
    const outcome = spendModelTrust(fitGammaGamma(cdnow.frequency, cdnow.monetary));
    expect(outcome.ok && outcome.fit.parameters.p).toBeCloseTo(6.2488, 3);
  });

  it("flags a fit whose p or q ran away on alike spends as degenerate instead of converged", () => {
    const { frequency, monetary } = alikeSpenders(40);
    const raw = fitGammaGamma(frequency, monetary);
    // The raw fit 'converges' with a runaway shape: the p = 5,506,767 case.
    expect(raw.ok).toBe(true);
    if (raw.ok) expect(Math.max(raw.fit.parameters.p, raw.fit.parameters.q)).toBeGreaterThan(RUNAWAY_FACTOR);
    const outcome = spendModelTrust(raw);
    expect(outcome.ok ? null : outcome.reason).toMatchObject({ code: "degenerateFit", model: "gammaGamma", customers: 40, extreme: "veryLarge" });
  });

  it("makes the engine fall back to the shrunk average spend, saying why", () => {
    // CDNOW's purchase histories with the repeat buyers' mean spends 50, 60, …, 90 in turn (the first 200 customers): too alike to tell customers apart.
    const cdnow = cdnowSummary();
    const take = 200;
    let k = 0;
    const monetary = Float64Array.from(cdnow.frequency.subarray(0, take), (x) => (x > 0 ? 50 + 10 * (k++ % 5) : 0));
    const history = { frequency: cdnow.frequency.subarray(0, take), recency: cdnow.recency.subarray(0, take), T: cdnow.T.subarray(0, take), monetary };
    const raw = fitGammaGamma(history.frequency, monetary);
    expect(raw.ok && Math.max(raw.fit.parameters.p, raw.fit.parameters.q)).toBeGreaterThan(RUNAWAY_FACTOR);
    const settings = { horizonMonths: 12, annualDiscountRate: 0, grossMargin: 1, timeUnit: "week" as const, purchaseModel: "bgnbd" as const };
    const analysis = analyzeCustomerValue(history, settings, simpleInputsOf(history, settings));
    expect(analysis.method).toMatchObject({ kind: "model", spend: "customerAverage", spendReason: { code: "degenerateFit", model: "gammaGamma" } });
  });
});
