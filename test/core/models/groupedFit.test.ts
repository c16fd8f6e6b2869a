/**
 * Fits on a grouped summary (one row per distinct history with its number of customers) against fits on the same
 * customers one row each. Property that must hold: the likelihood is a sum over customers, so weighting a row by its
 * customers gives the same likelihood, hence the same estimates (to the optimizer's rounding; issue requirement 1e-9).
 */
import { fitBgNbd } from "../../../src/core/models/fitBgNbd";
import { fitMbgNbd } from "../../../src/core/models/fitMbgNbd";
import { fitParetoNbd } from "../../../src/core/models/fitParetoNbd";
import { fitGammaGamma } from "../../../src/core/models/fitGammaGamma";
import { customersIn, type PurchaseHistory, type SpendHistory } from "../../../src/core/models/purchaseHistory";
import { simulateCustomers } from "../../../src/core/simulate/simulateCustomers";
import { cdnowSummary } from "./cdnowSummary";

/** Groups equal keys of the chosen columns with a plain Map (independent of the project's distinctValues). */
function grouped(history: SpendHistory, key: (i: number) => string): SpendHistory {
  const rows = new Map<string, { x: number; tx: number; T: number; m: number; count: number }>();
  for (let i = 0; i < history.frequency.length; i += 1) {
    const k = key(i);
    const row = rows.get(k);
    if (row) row.count += 1;
    else rows.set(k, { x: history.frequency[i], tx: history.recency[i], T: history.T[i], m: history.monetary[i], count: 1 });
  }
  // Reversed so that the grouped rows' order differs from the customers' order.
  const list = [...rows.values()].reverse();
  return {
    frequency: Float64Array.from(list, (r) => r.x),
    recency: Float64Array.from(list, (r) => r.tx),
    T: Float64Array.from(list, (r) => r.T),
    monetary: Float64Array.from(list, (r) => r.m),
    customersInRow: Float64Array.from(list, (r) => r.count),
  };
}

function relativeDifference(a: Record<string, number>, b: Record<string, number>): number {
  let largest = 0;
  for (const name of Object.keys(a)) largest = Math.max(largest, Math.abs(a[name] - b[name]) / Math.abs(b[name]));
  return largest;
}

/** Whole weeks, as a grouped warehouse summary counts them. */
function wholeWeeks(history: SpendHistory): SpendHistory {
  return { ...history, recency: history.recency.map(Math.floor), T: history.T.map(Math.floor) };
}

const fits = {
  bgnbd: (h: PurchaseHistory) => fitBgNbd(h),
  mbgnbd: (h: PurchaseHistory) => fitMbgNbd(h),
  paretoNbd: (h: PurchaseHistory) => fitParetoNbd(h),
};

describe("purchase models on grouped rows", () => {
  const cdnow = wholeWeeks(cdnowSummary());
  const groups = grouped(cdnow, (i) => `${cdnow.frequency[i]}|${cdnow.frequency[i] > 0 ? cdnow.recency[i] : 0}|${cdnow.T[i]}`);

  it("groups CDNOW's 2,357 customers into fewer rows that stand for all of them", () => {
    expect(customersIn(groups)).toBe(2357);
    expect(groups.frequency.length).toBeLessThan(1500);
  });

  it.each(Object.keys(fits) as (keyof typeof fits)[])("%s: grouped estimates equal the per-customer ones to 1e-9", (name) => {
    const single = fits[name](cdnow);
    const weighted = fits[name](groups);
    if (!single.ok || !weighted.ok) throw new Error(`${name} did not fit`);
    expect(relativeDifference(weighted.fit.parameters as unknown as Record<string, number>, single.fit.parameters as unknown as Record<string, number>)).toBeLessThan(1e-9);
    expect(weighted.fit.customers).toBe(2357);
    expect(weighted.fit.repeatBuyers).toBe(single.fit.repeatBuyers);
    expect(Math.abs(weighted.fit.logLikelihood - single.fit.logLikelihood)).toBeLessThan(1e-8 * Math.abs(single.fit.logLikelihood));
  });

  it("a base too small counts customers, not rows: 25 customers in 2 rows are refused as 25", () => {
    const small: PurchaseHistory = {
      frequency: Float64Array.of(0, 3),
      recency: Float64Array.of(0, 20),
      T: Float64Array.of(30, 30),
      customersInRow: Float64Array.of(20, 5),
    };
    const outcome = fitBgNbd(small);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toEqual({ code: "tooFewCustomers", model: "bgnbd", customers: 25, minimum: 30 });
  });

  it("a simulated base with more than 40,000 distinct rows (warm start on a subsample) still fits to 1e-9", () => {
    const { calibration } = simulateCustomers(
      { bgnbd: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, gammaGamma: { p: 6, q: 4, v: 15 } },
      { customers: 300_000, seed: 7, minimumAge: 0, maximumAge: 150 },
    );
    const base: SpendHistory = { ...calibration, recency: calibration.recency.map((t) => Math.round(t * 7)), T: calibration.T.map((t) => Math.round(t * 7)) };
    const rows = grouped(base, (i) => `${base.frequency[i]}|${base.frequency[i] > 0 ? base.recency[i] : 0}|${base.T[i]}`);
    expect(rows.frequency.length).toBeGreaterThan(40_000);
    const single = fitBgNbd(base);
    const weighted = fitBgNbd(rows);
    if (!single.ok || !weighted.ok) throw new Error("BG/NBD did not fit");
    expect(relativeDifference(weighted.fit.parameters as unknown as Record<string, number>, single.fit.parameters as unknown as Record<string, number>)).toBeLessThan(1e-9);
  });
});

describe("Gamma-Gamma on grouped rows", () => {
  it("customers with equal x and m̄ as one weighted row give the per-customer estimates to 1e-9", () => {
    // CDNOW's mean spends rounded to whole dollars, so that many repeat buyers share (x, m̄).
    const cdnow = cdnowSummary();
    const rounded = { ...cdnow, monetary: cdnow.monetary.map(Math.round) };
    const groups = grouped(rounded, (i) => `${rounded.frequency[i]}|${rounded.monetary[i]}`);
    expect(groups.frequency.length).toBeLessThan(1000);
    const single = fitGammaGamma(rounded.frequency, rounded.monetary);
    const weighted = fitGammaGamma(groups.frequency, groups.monetary, { customersInRow: groups.customersInRow });
    if (!single.ok || !weighted.ok) throw new Error("Gamma-Gamma did not fit");
    expect(weighted.fit.customers).toBe(single.fit.customers);
    expect(relativeDifference(weighted.fit.parameters as unknown as Record<string, number>, single.fit.parameters as unknown as Record<string, number>)).toBeLessThan(1e-9);
  });
});
