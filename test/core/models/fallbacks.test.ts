import { clvSchedule } from "../../../src/core/models/clvSettings";
import { analyzeCustomerValue } from "../../../src/core/models/customerValue";
import { BGNBD_MINIMUM_CUSTOMERS, BGNBD_MINIMUM_REPEAT_BUYERS, fitBgNbd } from "../../../src/core/models/fitBgNbd";
import { fitGammaGamma } from "../../../src/core/models/fitGammaGamma";
import { historicalClv } from "../../../src/core/models/historicalClv";
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

  it("falls back to the historical CLV, flagged with the reason, without intervals", () => {
    const oneTimers = history(Array.from({ length: 50 }, (_, i) => [0, 0, 10 + i, 0] as [number, number, number, number]));
    const analysis = analyzeCustomerValue(oneTimers, { ...settings, newCustomers: 10 });
    expect(analysis.method).toEqual({ kind: "historical", reason: { code: "allOneTimeBuyers", model: "bgnbd", customers: 50 } });
    expect(analysis.customers.clvLow).toBeUndefined();
    expect(analysis.customers.clv.every((value) => value === 0)).toBe(true);
    expect(analysis.customerEquity.value).toBe(0);

    const single = analyzeCustomerValue(history([[2, 20, 40, 50]]), settings);
    expect(single.method.kind).toBe("historical");
    // 2 × 50 / 40 weeks = 2.5 a week × 0.5 margin × (365.25/12/7 weeks a month × 12 months = 52.1786) = 65.2232
    expect(single.customers.clv[0]).toBeCloseTo(65.2232, 4);
    expect(analyzeCustomerValue(history([]), settings).customers.clv.length).toBe(0);
  });

  it("defines the historical CLV as repeat revenue per unit of time, projected and discounted month by month", () => {
    const schedule = clvSchedule({ horizonMonths: 2, annualDiscountRate: 0.1, grossMargin: 1, timeUnit: "day" });
    const clv = historicalClv(history([[3, 60, 90, 10], [0, 0, 30, 0], [1, 0, 0, 5]]), schedule);
    // 3 × 10 / 90 = 1/3 per day × 30.4375 days × (1.1^(−1/12) + 1.1^(−2/12)) = 10.1458 × 1.98417 = 20.1311
    expect(clv[0]).toBeCloseTo((1 / 3) * 30.4375 * (Math.pow(1.1, -1 / 12) + Math.pow(1.1, -2 / 12)), 10);
    expect(clv[1]).toBe(0);
    expect(clv[2]).toBe(0);
  });

  it("rejects histories that break the summary's rules, naming the column", () => {
    expectInputError(() => fitBgNbd(history([[1.5, 2, 3, 0]])), "mustBeWholeNumber", "frequency");
    expectInputError(() => fitBgNbd(history([[1, 5, 3, 0]])), "mustNotExceed", "recency");
    expectInputError(() => fitBgNbd(history([[1, 2, Number.NaN, 0]])), "cellNotANumber", "T");
    expectInputError(() => fitGammaGamma(Float64Array.of(1), Float64Array.of(-3)), "mustBeNonNegative", "monetary");
  });
});
