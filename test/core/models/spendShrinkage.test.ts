import { analyzeCustomerValue } from "../../../src/core/models/customerValue";
import { CENTRE_WEIGHT_PURCHASES, shrunkSpend } from "../../../src/core/models/spendShrinkage";
import type { SpendHistory } from "../../../src/core/models/purchaseHistory";
import { cdnowSummary } from "./cdnowSummary";
import { simpleInputsOf } from "./simpleInputs";

describe("shrunkSpend: the spend fallback when the Gamma-Gamma model cannot be used", () => {
  it("pulls each repeat buyer's mean toward the median by one purchase and gives everyone else the median (hand calculation)", () => {
    // Repeat buyers' means 100, 20, 40 → median 40. (x·m̄ + 1·40)/(x + 1): x = 1, m̄ = 100 → 70; x = 3, m̄ = 20 → 25;
    // x = 1, m̄ = 40 → 40; the one-time buyer and the repeat buyer without spend get 40.
    const result = shrunkSpend(Float64Array.of(1, 3, 0, 1, 2), Float64Array.of(100, 20, 0, 40, 0));
    expect(CENTRE_WEIGHT_PURCHASES).toBe(1);
    expect(result.centre).toBe(40);
    expect(Array.from(result.expectedSpend)).toEqual([70, 25, 40, 40, 40]);
  });

  it("takes the mean of the two middle values for an even number of repeat buyers", () => {
    expect(shrunkSpend(Float64Array.of(1, 1, 1, 1), Float64Array.of(10, 30, 50, 1000)).centre).toBe(40);
    expect(shrunkSpend(Float64Array.of(0, 0), Float64Array.of(0, 0)).centre).toBe(0);
  });

  it("takes the median over typical spenders only, but each customer's own mean for their own value", () => {
    const frequency = Float64Array.of(1, 1, 1);
    const own = Float64Array.of(10, 20, 1e15);
    const typical = Float64Array.of(10, 20, 0);
    const result = shrunkSpend(frequency, own, typical);
    expect(result.centre).toBe(15);
    expect(result.expectedSpend[2]).toBeCloseTo((1e15 + 15) / 2, 0);
  });

  it("lies between the customer's own mean and the centre, closer to their own the more they bought (property)", () => {
    const frequency = Float64Array.from({ length: 200 }, (_, i) => 1 + (i % 9));
    const monetary = Float64Array.from({ length: 200 }, (_, i) => 5 + ((i * 37) % 311));
    const { expectedSpend, centre } = shrunkSpend(frequency, monetary);
    for (let i = 0; i < 200; i += 1) {
      const low = Math.min(monetary[i], centre);
      const high = Math.max(monetary[i], centre);
      expect(expectedSpend[i]).toBeGreaterThanOrEqual(low - 1e-9);
      expect(expectedSpend[i]).toBeLessThanOrEqual(high + 1e-9);
      const weightOnOwn = monetary[i] === centre ? 1 : (expectedSpend[i] - centre) / (monetary[i] - centre);
      if (monetary[i] !== centre) expect(weightOnOwn).toBeCloseTo(frequency[i] / (frequency[i] + 1), 12);
    }
  });
});

describe("the engine without a spend model", () => {
  it("values one-time buyers at the median repeat spend, not the mean, when spend is too heavy-tailed for Gamma-Gamma", () => {
    // CDNOW's purchase histories with heavy-tailed spends: repeat buyer k's mean is 1/u² for u evenly spread on
    // (0, 1) (a Pareto tail with no finite mean, so Gamma-Gamma's q runs to 1), as in the example where the
    // mean (1,494) was ten times the median (112).
    const cdnow = cdnowSummary();
    const repeatBuyers = cdnow.frequency.filter((x) => x > 0).length;
    let k = 0;
    const monetary = Float64Array.from(cdnow.frequency, (x) => (x > 0 ? 1 / ((k++ + 0.5) / repeatBuyers) ** 2 : 0));
    const history: SpendHistory = { ...cdnow, monetary };
    const settings = { horizonMonths: 12, annualDiscountRate: 0, grossMargin: 1, timeUnit: "week" as const };
    const analysis = analyzeCustomerValue(history, settings, simpleInputsOf(history, settings));
    expect(analysis.method).toMatchObject({ kind: "model", spend: "customerAverage", spendReason: { code: "spendMeanUnbounded" } });
    const sorted = Array.from(monetary.filter((_, i) => cdnow.frequency[i] > 0)).sort((a, b) => a - b);
    const median = sorted[Math.floor(repeatBuyers / 2)];
    const mean = sorted.reduce((sum, value) => sum + value, 0) / repeatBuyers;
    expect(mean).toBeGreaterThan(50 * median);
    const spend = analysis.customers.expectedSpend!;
    // The centre is the median over typical spenders (a few extreme 1/u² values are left out as implausible), so it
    // lies within a few ranks of the full median and far below the mean.
    const centre = spend[cdnow.frequency.indexOf(0)];
    expect(centre).toBeGreaterThan(sorted[Math.floor(repeatBuyers * 0.45)]);
    expect(centre).toBeLessThan(sorted[Math.ceil(repeatBuyers * 0.55)]);
    for (let i = 0; i < cdnow.frequency.length; i += 1) {
      const x = cdnow.frequency[i];
      const expected = x > 0 ? (x * monetary[i] + centre) / (x + 1) : centre;
      expect(Math.abs(spend[i] - expected) / expected).toBeLessThan(1e-12);
    }
  });
});
