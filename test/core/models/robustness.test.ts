import fc from "fast-check";
import { simpleInputsOf } from "./simpleInputs";
import { analyzeCustomerValue } from "../../../src/core/models/customerValue";
import { conditionalExpectedPurchases } from "../../../src/core/models/expectedPurchases";
import { fitBgNbd } from "../../../src/core/models/fitBgNbd";
import { probabilityAlive } from "../../../src/core/models/probabilityAlive";
import type { SpendHistory } from "../../../src/core/models/purchaseHistory";
import { cdnowSummary } from "./cdnowSummary";

const parameters = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
const settings = { horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 0.4, timeUnit: "week" as const };

/** A customer row (x, t_x, T, m̄) obeying the summary's rules, with extremes: x up to 10⁵, T up to 10⁷. */
const customerRow = fc
  .record({
    frequency: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 100_000 })),
    age: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 1e7, noNaN: true })),
    recencyShare: fc.double({ min: 0, max: 1, noNaN: true }),
    monetary: fc.double({ min: 0, max: 1e5, noNaN: true }),
  })
  .map(({ frequency, age, recencyShare, monetary }) => ({
    frequency,
    recency: frequency > 0 ? age * recencyShare : 0,
    T: age,
    monetary: frequency > 0 ? monetary : 0,
  }));

function historyOf(rows: { frequency: number; recency: number; T: number; monetary: number }[]): SpendHistory {
  return {
    frequency: Float64Array.from(rows, (row) => row.frequency),
    recency: Float64Array.from(rows, (row) => row.recency),
    T: Float64Array.from(rows, (row) => row.T),
    monetary: Float64Array.from(rows, (row) => row.monetary),
  };
}

describe("robustness", () => {
  it("E[Y(t)] stays finite for a degenerate fit with a huge a and a tiny b (seen on a 40-customer file)", () => {
    // The fit of a 40-customer toy log: a ≈ 1.1e5, b ≈ 2.7e-5. There (1−z)^(a−1) underflows while Euler's series
    // overflows; the textbook form holds: G = (a+b+x−1)/(a−1)·[1 − (1−z)^(r+x)·₂F₁(…)] with ₂F₁ ≈ 1 + 1.5e-6, so for
    // x = 1, T = 30, t = 4.35: G ≈ 1 − (31.768/36.118)^1.3647 ≈ 0.161 (hand calculation).
    const degenerate = { r: 0.364725086758892, alpha: 1.768383203648492, a: 112830.8381173204, b: 0.00002658847570496714 };
    const alive = probabilityAlive(degenerate, 1, 1.857, 30);
    const expected = conditionalExpectedPurchases(degenerate, 1, 1.857, 30, 4.35);
    expect(Number.isFinite(expected)).toBe(true);
    expect(expected / alive).toBeCloseTo(1 - Math.pow((degenerate.alpha + 30) / (degenerate.alpha + 34.35), degenerate.r + 1), 4);
  });

  it("P(alive) and E[Y(t)] are finite and in range for any valid history, however extreme", () => {
    fc.assert(
      fc.property(customerRow, fc.double({ min: 0, max: 1e4, noNaN: true }), (row, horizon) => {
        const alive = probabilityAlive(parameters, row.frequency, row.recency, row.T);
        const expected = conditionalExpectedPurchases(parameters, row.frequency, row.recency, row.T, horizon);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        expect(Number.isFinite(expected)).toBe(true);
        expect(expected).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it("the whole analysis returns finite numbers (no NaN) for small random customer bases, model or fallback", () => {
    fc.assert(
      fc.property(fc.array(customerRow, { minLength: 0, maxLength: 60 }), (rows) => {
        const analysis = analyzeCustomerValue(historyOf(rows), { ...settings, samplesPerGroup: 50, newCustomers: 3 }, simpleInputsOf(historyOf(rows), settings));
        const columns = Object.values(analysis.customers).filter((column): column is Float64Array => column !== undefined);
        for (const column of columns) for (const value of column) expect(Number.isFinite(value)).toBe(true);
        expect(Number.isFinite(analysis.customerEquity.value)).toBe(true);
        if (analysis.customers.clvLow && analysis.customers.clvHigh) {
          const { clvLow, clvHigh } = analysis.customers;
          clvLow.forEach((low, i) => expect(low).toBeLessThanOrEqual(clvHigh[i]));
        }
      }),
      { numRuns: 40, seed: 23 },
    );
  });

  it("fits and predicts CDNOW with a few customers whose frequencies are in the thousands added", () => {
    const base = cdnowSummary();
    const extra = 3;
    const grow = (column: Float64Array, values: number[]): Float64Array => Float64Array.from([...column, ...values]);
    const history: SpendHistory = {
      frequency: grow(base.frequency, [2500, 4000, 9000]),
      recency: grow(base.recency, [38, 20, 38.86]),
      T: grow(base.T, [38.86, 38.86, 38.86]),
      monetary: grow(base.monetary, [10, 12, 9]),
    };
    const fit = fitBgNbd(history);
    expect(fit.ok).toBe(true);
    const analysis = analyzeCustomerValue(history, settings, simpleInputsOf(history, settings));
    expect(analysis.method.kind).toBe("model");
    const last = history.frequency.length - 1;
    for (let i = last - extra + 1; i <= last; i += 1) {
      expect(Number.isFinite(analysis.customers.clv[i])).toBe(true);
      expect(Number.isFinite(analysis.customers.clvHigh?.[i] ?? Number.NaN)).toBe(true);
    }
    // the customer who bought 4000 times but not in the last 18.86 weeks is almost surely gone
    expect(analysis.customers.probabilityAlive?.[last - 1]).toBeLessThan(1e-6);
    // the customer who bought 9000 times up to the end is almost surely alive, and buys ~9000/38.86 a week
    expect(analysis.customers.probabilityAlive?.[last]).toBeGreaterThan(0.99);
  });
});
