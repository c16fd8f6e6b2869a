import { fitBgNbd, type BgNbdFit } from "../../../src/core/models/fitBgNbd";
import type { PurchaseHistory } from "../../../src/core/models/purchaseHistory";
import { extremeOf, fitDegeneracy, purchaseModelTrust, TRUSTED_MINIMUM_REPEAT_BUYERS } from "../../../src/core/models/purchaseModelTrust";
import { simulateCustomers } from "../../../src/core/simulate/simulateCustomers";
import { runCell, STUDY_SCENARIOS, type ReplicateResult } from "../../../scripts/smallBaseStudy";
import { cdnowSummary } from "./cdnowSummary";

// The rule comes from the small-base study (docs/smallBaseStudy.md; `KV_SMALL_BASE_STUDY=1 npx jest
// test/scripts/smallBaseStudy.test.ts`, seed 2025, 200 bases per cell): fewer than 20 repeat buyers, or a parameter
// with SE(ln θ) > 3, and the model's ranking of one-time against 5+-time buyers departs from the truth 4 × as often
// (6.9 % of pairs against 1.7 %). The reduced study below reruns a few of its cells.

const cdnowLike = { bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6.25, q: 3.74, v: 15.44 } };

function fitted(history: PurchaseHistory): BgNbdFit {
  const outcome = fitBgNbd(history);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reason));
  return outcome.fit;
}

/** A fit as fitBgNbd returns it, with the given parameters and log-scale variances (null: no covariance). */
function handBuiltFit(parameters: BgNbdFit["parameters"], logVariances: number[] | null, repeatBuyers = 30): BgNbdFit {
  const logCovariance = logVariances && new Float64Array(16).map((_, k) => (k % 5 === 0 ? logVariances[k / 5] : 0));
  return {
    parameters,
    logLikelihood: -500,
    customers: 40,
    repeatBuyers,
    logCovariance,
    standardErrors: null,
    convergence: { converged: true, iterations: 40, evaluations: 60, gradientNorm: 1e-9, logLikelihood: -500, stopReason: "gradientSmall" },
  };
}

const history40: PurchaseHistory = {
  frequency: Float64Array.of(0, 4, 3, 6, 2),
  recency: Float64Array.of(0, 40, 30, 50, 20),
  T: Float64Array.of(10, 52, 52, 52, 30),
};

describe("purchaseModelTrust", () => {
  it("trusts the fit on the real CDNOW sample (2,357 customers, 946 repeat buyers)", () => {
    const history = cdnowSummary();
    expect(purchaseModelTrust(history, fitted(history))).toEqual({ trusted: true });
  });

  it("trusts a CDNOW-sized simulated base", () => {
    const { calibration } = simulateCustomers(cdnowLike, { customers: 2357, seed: 11, minimumAge: 27, maximumAge: 39 });
    expect(purchaseModelTrust(calibration, fitted(calibration))).toEqual({ trusted: true });
  });

  it("refuses a simulated base of 40 CDNOW-like customers as too small, with its numbers", () => {
    const { calibration } = simulateCustomers(cdnowLike, { customers: 40, seed: 3, minimumAge: 27, maximumAge: 39 });
    const fit = fitted({ ...calibration });
    expect(fit.repeatBuyers).toBeLessThan(TRUSTED_MINIMUM_REPEAT_BUYERS);
    expect(purchaseModelTrust(calibration, fit)).toEqual({
      trusted: false,
      reason: { code: "smallBase", model: "bgnbd", customers: 40, repeatBuyers: fit.repeatBuyers, minimum: 20 },
    });
  });

  it("refuses the issue's degenerate fit (a = 0.0000152, no covariance) and names a", () => {
    const fit = handBuiltFit({ r: 2.1, alpha: 9.5, a: 0.0000152, b: 1.3 }, null);
    expect(purchaseModelTrust(history40, fit)).toEqual({
      trusted: false,
      reason: { code: "degenerateFit", model: "bgnbd", customers: 40, parameter: "a", extreme: "nearZero" },
    });
  });

  it("reports where an undetermined estimate ended, not its number (which differs between machines)", () => {
    expect([extremeOf(0.0000152), extremeOf(0.5), extremeOf(2.5e6)]).toEqual(["nearZero", "undetermined", "veryLarge"]);
  });

  it("names the parameter with the largest SE(ln θ) above 3, and trusts one just below", () => {
    const sound = { r: 0.5, alpha: 5, a: 0.8, b: 2.5 };
    expect(fitDegeneracy(history40, handBuiltFit(sound, [4, 0.01, 10, 0.5]))).toEqual({ parameter: "a", value: 0.8, logStandardError: Math.sqrt(10) });
    expect(fitDegeneracy(history40, handBuiltFit(sound, [9.5, 0.01, 0.2, 0.5]))?.parameter).toBe("r");
    expect(purchaseModelTrust(history40, handBuiltFit(sound, [8.9, 8.9, 8.9, 8.9]))).toEqual({ trusted: true });
  });

  it("refuses a fit that sees no dropout (every repeat buyer 100.0 % alive) even with finite standard errors", () => {
    const fit = handBuiltFit({ r: 0.5, alpha: 5, a: 0.00001, b: 2.5 }, [0.1, 0.1, 0.1, 0.1]);
    const trust = purchaseModelTrust(history40, fit);
    expect(trust.trusted).toBe(false);
    if (!trust.trusted) expect(trust.reason).toMatchObject({ code: "degenerateFit", parameter: "a", extreme: "nearZero" });
  });
});

describe("the small-base study, reduced (docs/smallBaseStudy.md)", () => {
  const [cdnow, , highDropout] = STUDY_SCENARIOS;
  const meanInversions = (results: ReplicateResult[]): number => {
    const values = results.map((result) => result.modelInversions).filter((value): value is number => value !== null);
    return values.reduce((sum, value) => sum + value, 0) / values.length;
  };

  it("refuses most small CDNOW-like bases and trusts large ones, where the model beats the simple method", () => {
    const small = runCell(cdnow, 30, 12, 2025).results;
    expect(small.filter((result) => result.trusted).length).toBeLessThanOrEqual(2);
    const large = runCell(cdnow, 1000, 3, 2025).results;
    for (const result of large) {
      expect(result.trusted).toBe(true);
      expect(result.modelError).toBeLessThan(result.simpleError);
    }
  });

  it("ranks one-time against 5+-time buyers against the truth more often in the fits it calls degenerate", () => {
    const results = runCell(highDropout, 100, 40, 2025).results.filter((result) => result.outcome === "fitted");
    const degenerate = results.filter((result) => result.degenerate);
    const sound = results.filter((result) => !result.degenerate);
    expect(degenerate.length).toBeGreaterThan(5);
    expect(meanInversions(degenerate)).toBeGreaterThan(2 * meanInversions(sound));
    // The simple method ranks by purchases: it never puts a one-time buyer above a 5+-time buyer.
    for (const result of results) expect(result.simpleInversions ?? 0).toBe(0);
  });
});
