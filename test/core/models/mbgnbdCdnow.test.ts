import type { BgNbdParameters } from "../../../src/core/models/bgnbdParameters";
import { fitMbgNbd } from "../../../src/core/models/fitMbgNbd";
import { mbgnbdLogLikelihood } from "../../../src/core/models/mbgnbdLikelihood";
import {
  mbgnbdConditionalExpectedPurchases,
  mbgnbdExpectedPurchasesOfNewCustomer,
  mbgnbdProbabilityAlive,
} from "../../../src/core/models/mbgnbdPredictions";
import type { PurchaseHistory } from "../../../src/core/models/purchaseHistory";
import { readFixture } from "../../support/fixtures";
import { cdnowSummary } from "./cdnowSummary";

// Reference numbers: lifetimes' tests/test_estimation.py (CamDavidsonPilon/lifetimes at 4f2833f, class
// TestModifiedBetaGammaFitter, on load_cdnow_summary(), whose x, t_x, T equal our fixture's row for row):
// - line 786: BTYDplus's MBG/NBD estimates r 0.525, α 6.183, a 0.891, b 1.614, asserted to 3 decimals (line 787,
//   numpy's assert_array_almost_equal: |difference| < 1.5e-3);
// - lines 789–798: E[Y(39) | x 2, t_x 30.43, T 38.86] within 0.05 of the BG/NBD's 1.226 (Hardie's Excel sheet);
// - lines 800–807: E[X(t)] at t = 0.1429, 1, 3, 31.8571, 32, 78 within 5 % of the BG/NBD's 0.0078, 0.0532, 0.1506,
//   1.0405, 1.0437, 1.8576;
// - lines 809–822: P(alive | x 0, t_x 1, T 1) < 1, and 0 ≤ P(alive) ≤ 1 over x, t_x, T in 0, 10, …, 90 with t_x ≤ T;
// - lines 876–900: a fit with recency and T in units 10 times smaller gives the same P(alive) (to 0.1 there).
const history = cdnowSummary();
const btydplus = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };

describe("MBG/NBD on CDNOW (weeks)", () => {
  const started = performance.now();
  const outcome = fitMbgNbd(history);
  const fitMilliseconds = performance.now() - started;
  if (!outcome.ok) throw new Error(`fit failed: ${JSON.stringify(outcome.reason)}`);
  const fit = outcome.fit;

  it("finds BTYDplus's estimates to 3 decimals, with a log-likelihood at least as high as at theirs", () => {
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(fit.parameters[name] - btydplus[name])).toBeLessThan(1.5e-3);
    }
    const atBtydplus = mbgnbdLogLikelihood(history, btydplus);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(atBtydplus);
    expect(fit.logLikelihood - atBtydplus).toBeLessThan(0.01);
    expect(fit.logLikelihood).toBeCloseTo(mbgnbdLogLikelihood(history, fit.parameters), 6);
    expect(fit.logLikelihood).toBeCloseTo(-9582.13, 2);
  });

  it("converges well under a second, with standard errors", () => {
    expect(fitMilliseconds).toBeLessThan(1000);
    expect(fit.convergence.converged).toBe(true);
    expect(fit.convergence.gradientNorm).toBeLessThan(1e-8);
    expect(fit.customers).toBe(2357);
    expect(fit.repeatBuyers).toBe(946);
    for (const value of Object.values(fit.standardErrors ?? {})) expect(value).toBeGreaterThan(0);
    expect(fit.standardErrors).not.toBeNull();
  });

  it("is close to the BG/NBD's predictions where lifetimes checks it is (lines 789–807)", () => {
    expect(Math.abs(mbgnbdConditionalExpectedPurchases(fit.parameters, 2, 30.43, 38.86, 39) - 1.226)).toBeLessThan(0.05);
    const times = [0.1429, 1, 3, 31.8571, 32, 78];
    const bgnbd = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((time, k) => {
      expect(Math.abs(mbgnbdExpectedPurchasesOfNewCustomer(fit.parameters, time) / bgnbd[k] - 1)).toBeLessThan(0.05);
    });
  });

  it("gives one-time buyers P(alive) < 1, every P(alive) in [0, 1] (lines 809–822)", () => {
    expect(mbgnbdProbabilityAlive(fit.parameters, 0, 1, 1)).toBeLessThan(1);
    for (let x = 0; x < 100; x += 10) {
      for (let recency = 0; recency < 100; recency += 10) {
        for (let age = recency; age < 100; age += 10) {
          const alive = mbgnbdProbabilityAlive(fit.parameters, x, recency, age);
          expect(alive).toBeGreaterThanOrEqual(0);
          expect(alive).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it("says 41 % of the 1,411 one-time buyers are still alive, as lifetimes does on this calibration period", () => {
    // By hand for the first one-time buyer in the file (x 0, T 38.86) at BTYDplus's estimates:
    // odds of having dropped out = a/b · ((α+T)/α)^r = 0.55204 · (45.043/6.183)^0.525 = 0.55204 · 2.83645 = 1.56585.
    const index = history.frequency.indexOf(0);
    expect(history.T[index]).toBe(38.86);
    expect(mbgnbdProbabilityAlive(btydplus, 0, 0, 38.86)).toBeCloseTo(1 / (1 + (0.891 / 1.614) * Math.pow(45.043 / 6.183, 0.525)), 12);
    expect(mbgnbdProbabilityAlive(btydplus, 0, 0, 38.86)).toBeCloseTo(1 / 2.56585, 4);

    let sum = 0;
    let oneTimeBuyers = 0;
    for (let i = 0; i < history.frequency.length; i += 1) {
      if (history.frequency[i] > 0) continue;
      sum += mbgnbdProbabilityAlive(fit.parameters, 0, history.recency[i], history.T[i]);
      oneTimeBuyers += 1;
    }
    expect(oneTimeBuyers).toBe(1411);
    expect(sum / oneTimeBuyers).toBeCloseTo(0.4088, 3);
    expect(Math.round((sum / oneTimeBuyers) * 100) / 100).toBe(0.41);
  });

  it("does not depend on the time unit: times ten times larger give α ten times larger, the rest unchanged (lines 876–900)", () => {
    const scaled: PurchaseHistory = {
      frequency: history.frequency,
      recency: history.recency.map((value) => value * 10),
      T: history.T.map((value) => value * 10),
    };
    const scaledOutcome = fitMbgNbd(scaled);
    if (!scaledOutcome.ok) throw new Error(JSON.stringify(scaledOutcome.reason));
    const scaledFit = scaledOutcome.fit;
    expect(scaledFit.parameters.alpha / 10).toBeCloseTo(fit.parameters.alpha, 4);
    for (const name of ["r", "a", "b"] as const) expect(scaledFit.parameters[name]).toBeCloseTo(fit.parameters[name], 5);
    // the density of times scales by 10 per repeat purchase: LL − Σ x ln(1/10)
    const totalRepeats = history.frequency.reduce((sum, value) => sum + value, 0);
    expect(scaledFit.logLikelihood).toBeCloseTo(fit.logLikelihood - totalRepeats * Math.log(10), 4);
    expect(mbgnbdProbabilityAlive(scaledFit.parameters, 1, 10, 20)).toBeCloseTo(mbgnbdProbabilityAlive(fit.parameters, 1, 1, 2), 5);
  });
});

describe("fitMbgNbd refuses data that cannot support a fit, naming the MBG/NBD", () => {
  const customers = (count: number, repeatBuyers: number): PurchaseHistory => ({
    frequency: Float64Array.from({ length: count }, (_, i) => (i < repeatBuyers ? 2 : 0)),
    recency: Float64Array.from({ length: count }, (_, i) => (i < repeatBuyers ? 5 + i : 0)),
    T: Float64Array.from({ length: count }, (_, i) => 30 + (i % 7)),
  });

  it("gives the reason with the same floors as the BG/NBD (30 customers, 10 repeat buyers)", () => {
    expect(fitMbgNbd(customers(0, 0))).toEqual({ ok: false, reason: { code: "noCustomers", model: "mbgnbd" } });
    expect(fitMbgNbd(customers(29, 20))).toEqual({ ok: false, reason: { code: "tooFewCustomers", model: "mbgnbd", customers: 29, minimum: 30 } });
    expect(fitMbgNbd(customers(40, 0))).toEqual({ ok: false, reason: { code: "allOneTimeBuyers", model: "mbgnbd", customers: 40 } });
    expect(fitMbgNbd(customers(40, 9))).toEqual({ ok: false, reason: { code: "tooFewRepeatBuyers", model: "mbgnbd", repeatBuyers: 9, minimum: 10 } });
  });

  it("reports a maximization that did not converge as notConverged", () => {
    const outcome = fitMbgNbd(history, { gradientTolerance: 0 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatchObject({ code: "notConverged", model: "mbgnbd" });
  });
});

describe("MBG/NBD on CDNOW against lifetimes 0.11.3 (test/fixtures/lifetimes/reference.json)", () => {
  // Written by scripts/lifetimesReference.py: lifetimes' ModifiedBetaGeoFitter fitted tightly (BFGS to 1e-10, then
  // Newton steps on its own likelihood), its log-likelihood in weeks, and its per-customer predictions at those
  // parameters.
  const reference = JSON.parse(readFixture("lifetimes/reference.json")).purchaseModels.mbgnbd;
  const tight: BgNbdParameters = reference.tight.params;
  const outcome = fitMbgNbd(history);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reason));
  const fit = outcome.fit;
  const relative = (ours: number, theirs: number): number => Math.abs(ours - theirs) / Math.max(Math.abs(theirs), 1e-300);
  const maxRelative = (ours: ArrayLike<number>, theirs: number[]): number => {
    expect(ours.length).toBe(theirs.length);
    let worst = 0;
    for (let i = 0; i < theirs.length; i += 1) worst = Math.max(worst, relative(ours[i], theirs[i]));
    return worst;
  };

  it("reaches lifetimes' maximum: parameters within 1e-6 relative (8e-8 found), the log-likelihood as high", () => {
    for (const name of ["r", "alpha", "a", "b"] as const) expect(relative(fit.parameters[name], tight[name])).toBeLessThan(1e-6);
    expect(mbgnbdLogLikelihood(history, tight)).toBeCloseTo(reference.tight.logLikelihood, 6);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(reference.tight.logLikelihood - 1e-9);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(reference.default.logLikelihood);
  });

  it("gives every customer lifetimes' P(alive) and E[Y(13)], E[Y(39)] at lifetimes' parameters (to 1e-12, 1e-11 relative)", () => {
    const at = reference.atTightParams;
    const alive = Float64Array.from(history.frequency, (x, i) => mbgnbdProbabilityAlive(tight, x, history.recency[i], history.T[i]));
    const expected = (horizon: number): Float64Array =>
      Float64Array.from(history.frequency, (x, i) => mbgnbdConditionalExpectedPurchases(tight, x, history.recency[i], history.T[i], horizon));
    expect(maxRelative(alive, at.probabilityAlive)).toBeLessThan(1e-12);
    expect(maxRelative(expected(39), at.conditionalExpectedPurchases39)).toBeLessThan(1e-11);
    expect(maxRelative(expected(13), at.conditionalExpectedPurchases13)).toBeLessThan(1e-11);
    for (const [horizon, value] of Object.entries(at.expectedPurchasesUpToTime as Record<string, number>)) {
      expect(relative(mbgnbdExpectedPurchasesOfNewCustomer(tight, Number(horizon)), value)).toBeLessThan(1e-12);
    }
    const ours = Float64Array.from(history.frequency, (x, i) => mbgnbdProbabilityAlive(fit.parameters, x, history.recency[i], history.T[i]));
    expect(maxRelative(ours, at.probabilityAlive)).toBeLessThan(1e-6);
    let oneTimeSum = 0;
    for (let i = 0; i < alive.length; i += 1) if (history.frequency[i] === 0) oneTimeSum += alive[i];
    expect(relative(oneTimeSum / at.zeroRepeatCustomers, at.meanProbabilityAliveOfZeroRepeatCustomers)).toBeLessThan(1e-12);
  });
});
