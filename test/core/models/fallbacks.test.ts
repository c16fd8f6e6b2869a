import { analyzeCustomerValue } from "../../../src/core/models/customerValue";
import { BGNBD_MINIMUM_CUSTOMERS, BGNBD_MINIMUM_REPEAT_BUYERS, fitBgNbd } from "../../../src/core/models/fitBgNbd";
import { fitGammaGamma } from "../../../src/core/models/fitGammaGamma";
import { simpleCustomerClv } from "../../../src/core/models/simpleCustomerValue";
import { simpleInputsOf } from "./simpleInputs";
import type { SpendHistory } from "../../../src/core/models/purchaseHistory";
import { expectInputError } from "../expectInputError";

function history(rows: [number, number, number, number][]): SpendHistory {
  return {
    frequency: Float64Array.from(rows, (row) => row[0]),
    recency: Float64Array.from(rows, (row) => row[1]),
    T: Float64Array.from(rows, (row) => row[2]),
    monetary: Float64Array.from(rows, (row) => row[3]),
  };
}
const settings = { horizonMonths: 12, annualDiscountRate: 0, grossMargin: 0.5, timeUnit: "week" as const };

describe("when the models cannot be fitted", () => {
  it("gives a reason code with its numbers instead of a fit", () => {
    expect(fitBgNbd(history([]))).toEqual({ ok: false, reason: { code: "noCustomers", model: "bgnbd" } });
    expect(fitBgNbd(history([[3, 10, 20, 5]]))).toEqual({
      ok: false,
      reason: { code: "tooFewCustomers", model: "bgnbd", customers: 1, minimum: BGNBD_MINIMUM_CUSTOMERS },
    });
    const oneTimers = history(Array.from({ length: 50 }, (_, i) => [0, 0, 10 + i, 0] as [number, number, number, number]));
    expect(fitBgNbd(oneTimers)).toEqual({ ok: false, reason: { code: "allOneTimeBuyers", model: "bgnbd", customers: 50 } });
    const fewRepeaters = history(Array.from({ length: 50 }, (_, i) => [i < 4 ? 1 : 0, i < 4 ? 3 : 0, 20, 0] as [number, number, number, number]));
    expect(fitBgNbd(fewRepeaters)).toEqual({
      ok: false,
      reason: { code: "tooFewRepeatBuyers", model: "bgnbd", repeatBuyers: 4, minimum: BGNBD_MINIMUM_REPEAT_BUYERS },
    });
    expect(fitGammaGamma(fewRepeaters.frequency, fewRepeaters.monetary)).toEqual({
      ok: false,
      reason: { code: "tooFewRepeatBuyersWithSpend", model: "gammaGamma", repeatBuyersWithSpend: 0, minimum: 10 },
    });
  });

  it("reports a spend model whose q reaches 1 (infinite average spend) instead of returning it", () => {
    // One purchase each, spends 1/u² for u evenly spread on (0, 1): a Pareto tail P(M > m) = m^(−1/2) with no
    // finite mean, so the likelihood pushes q to 1, which q = 1 + e^θ can only approach.
    const frequency = new Float64Array(200).fill(1);
    const monetary = Float64Array.from(frequency, (_, i) => 1 / ((i + 0.5) / 200) ** 2);
    const outcome = fitGammaGamma(frequency, monetary);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason.code).toBe("spendMeanUnbounded");
  });

  it("falls back to the simple CLV, flagged with the reason, without intervals", () => {
    const oneTimers = history(Array.from({ length: 50 }, (_, i) => [0, 0, 10 + i, 0] as [number, number, number, number]));
    const revenue = new Float64Array(50).fill(40);
    const valuation = { observedYears: 2, lifetime: { kind: "years" as const, years: 3 }, grossMargin: 0.5, annualDiscountRate: 0 };
    const analysis = analyzeCustomerValue(oneTimers, { ...settings, newCustomers: 10 }, { revenue, valuation });
    expect(analysis.method).toEqual({ kind: "simple", reason: { code: "allOneTimeBuyers", model: "bgnbd", customers: 50 } });
    expect(analysis.customers.clvLow).toBeUndefined();
    // 40 bought over 2 years = 20 a year × 3 years × 0.5 margin = 30 each; one-time buyers are worth their rate, not 0.
    expect(analysis.customers.clv.every((value) => value === 30)).toBe(true);
    // The article's customer equity: average CLV × (existing + new customers) = 30 × (50 + 10).
    expect(analysis.customerEquity.value).toBeCloseTo(30 * 60, 9);

    const single = analyzeCustomerValue(history([[2, 20, 40, 50]]), settings, simpleInputsOf(history([[2, 20, 40, 50]]), settings));
    expect(single.method.kind).toBe("simple");
    // 150 over 40 weeks (280 days = 0.76660 years) = 195.669 a year × 1 year × 0.5 margin = 97.8348
    expect(single.customers.clv[0]).toBeCloseTo((150 / (280 / 365.25)) * 0.5, 4);
    expect(analyzeCustomerValue(history([]), settings, simpleInputsOf(history([]), settings)).customers.clv.length).toBe(0);
  });

  it("defines the simple CLV as each customer's revenue per year over the lifetime, discounted yearly, or by retention", () => {
    const revenue = Float64Array.of(2500, 500, -80);
    const years = simpleCustomerClv(revenue, { observedYears: 1, lifetime: { kind: "years", years: 3 }, grossMargin: 1, annualDiscountRate: 0.1 });
    // 2,500 a year: 2500/1.1 + 2500/1.1² + 2500/1.1³ = 2272.73 + 2066.12 + 1878.29 = 6217.13; net returns are worth 0.
    expect(years[0]).toBeCloseTo(2500 / 1.1 + 2500 / 1.21 + 2500 / 1.331, 8);
    expect(years[1]).toBeCloseTo(years[0] / 5, 8);
    expect(years[2]).toBe(0);
    const retention = simpleCustomerClv(revenue, { observedYears: 2, lifetime: { kind: "retention", rate: 0.6 }, grossMargin: 0.4, annualDiscountRate: 0.1 });
    // 1,250 a year × 0.4 margin = 500; × 0.6 / (1 + 0.1 − 0.6) = 600 (Gupta & Lehmann's margin multiple 1.2).
    expect(retention[0]).toBeCloseTo(600, 9);
  });

  it("rejects histories that break the summary's rules, naming the column", () => {
    expectInputError(() => fitBgNbd(history([[1.5, 2, 3, 0]])), "mustBeWholeNumber", "frequency");
    expectInputError(() => fitBgNbd(history([[1, 5, 3, 0]])), "mustNotExceed", "recency");
    expectInputError(() => fitBgNbd(history([[1, 2, Number.NaN, 0]])), "cellNotANumber", "T");
    expectInputError(() => fitGammaGamma(Float64Array.of(1), Float64Array.of(-3)), "mustBeNonNegative", "monetary");
  });
});
