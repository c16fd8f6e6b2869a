import { bgnbdLogLikelihood } from "../../../src/core/models/bgnbdLikelihood";
import { conditionalExpectedPurchases, conditionalExpectedPurchasesColumn, expectedPurchasesOfNewCustomer } from "../../../src/core/models/expectedPurchases";
import { fitBgNbd } from "../../../src/core/models/fitBgNbd";
import { probabilityAlive, probabilityAliveColumn } from "../../../src/core/models/probabilityAlive";
import { cdnowSummary } from "./cdnowSummary";

// Reference numbers:
// - MLE r = 0.2426, α = 4.4135, a = 0.7929, b = 2.4258, LL = −9582.43, and LL = −9582.427 at the published
//   (0.243, 4.414, 0.793, 2.426): test/fixtures/README.md ("Checks these files reproduce"); the published values are
//   Fader, Hardie & Lee (2005), "Counting your customers the easy way", Marketing Science 24(2), §4.
// - E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226: the FHL Excel note "Implementing the BG/NBD model for customer
//   base analysis in Excel" (customer ID 1 of this sample), asserted to ±0.001 by lifetimes' tests/test_estimation.py
//   (TestBetaGeoFitter.test_conditional_expectation_returns_same_value_as_Hardie_excel_sheet).
// - E[X(t)] at t = 0.1429, 1, 3, 31.8571, 32, 78 = 0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576: Hardie's Excel
//   sheet, asserted to 3 decimals by lifetimes' test_expectation_returns_same_value_Hardie_excel_sheet.
const history = cdnowSummary();
const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("BG/NBD on CDNOW (weeks)", () => {
  const outcome = fitBgNbd(history);
  if (!outcome.ok) throw new Error(`fit failed: ${JSON.stringify(outcome.reason)}`);
  const fit = outcome.fit;

  it("finds the published maximum-likelihood estimates within 0.5 %", () => {
    const expected = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(fit.parameters[name] / expected[name] - 1)).toBeLessThan(0.005);
    }
    expect(Math.abs(fit.logLikelihood - -9582.43)).toBeLessThan(0.05);
  });

  it("reports convergence", () => {
    expect(fit.convergence.converged).toBe(true);
    expect(fit.convergence.gradientNorm).toBeLessThan(1e-6);
    expect(fit.convergence.iterations).toBeGreaterThan(0);
    expect(fit.customers).toBe(2357);
    expect(fit.repeatBuyers).toBe(946);
    expect(fit.standardErrors).not.toBeNull();
    for (const value of Object.values(fit.standardErrors ?? {})) expect(value).toBeGreaterThan(0);
  });

  it("gives the published log-likelihood at the published parameters", () => {
    expect(Math.abs(bgnbdLogLikelihood(history, published) - -9582.427)).toBeLessThan(0.01);
  });

  it("reproduces the paper's example customer: 1.226 purchases in the next 39 weeks", () => {
    expect(Math.abs(conditionalExpectedPurchases(published, 2, 30.43, 38.86, 39) - 1.226)).toBeLessThan(0.0005);
    expect(Math.abs(conditionalExpectedPurchases(fit.parameters, 2, 30.43, 38.86, 39) - 1.226)).toBeLessThan(0.001);
  });

  it("reproduces Hardie's unconditional expectations E[X(t)]", () => {
    const times = [0.1429, 1, 3, 31.8571, 32, 78];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((time, k) => expect(Math.abs(expectedPurchasesOfNewCustomer(fit.parameters, time) - expected[k])).toBeLessThan(0.0005));
  });

  it("computes P(alive) as the share of the likelihood in which the customer is still alive", () => {
    // Independent route (FHL 2005 eq. 6 split into its two terms, plain powers and Γ via ln Γ differences):
    // L_alive ∝ B(a, b+x)/B(a,b) (α+T)^−(r+x); L_dead ∝ B(a+1, b+x−1)/B(a,b) (α+t_x)^−(r+x); P(alive) = L_alive/(L_alive + L_dead).
    const { r, alpha, a, b } = published;
    const direct = (x: number, tx: number, T: number): number => {
      if (x === 0) return 1;
      const alive = Math.pow(alpha + T, -(r + x));
      const dead = (a / (b + x - 1)) * Math.pow(alpha + tx, -(r + x));
      return alive / (alive + dead);
    };
    for (const [x, tx, T] of [[2, 30.43, 38.86], [1, 1.71, 38.86], [0, 0, 38.86], [10, 20, 38], [5, 37.5, 38]]) {
      expect(probabilityAlive(published, x, tx, T)).toBeCloseTo(direct(x, tx, T), 12);
    }
    // Hand check for customer 1: ((4.414+38.86)/(4.414+30.43))^2.243 = 1.62599…, × 0.793/3.426 → P = 0.72659
    expect(probabilityAlive(published, 2, 30.43, 38.86)).toBeCloseTo(0.7266, 4);
  });

  it("computes P(alive) by numerical integration over the posterior of λ and p too", () => {
    // Second independent route: integrate the alive and dead likelihood terms over λ ~ Gamma(r, α), p ~ Beta(a, b)
    // on a grid (midpoint rule in u = F(λ), p), for customer 1.
    const { r, alpha, a, b } = published;
    const x = 2;
    const tx = 30.43;
    const T = 38.86;
    let alive = 0;
    let dead = 0;
    const steps = 400;
    for (let i = 0; i < steps; i += 1) {
      const lambda = 0.001 + (3 * i + 1.5) / steps;
      const lambdaDensity = Math.pow(lambda, r - 1) * Math.exp(-alpha * lambda);
      for (let j = 0; j < steps; j += 1) {
        const p = (j + 0.5) / steps;
        const weight = lambdaDensity * Math.pow(p, a - 1) * Math.pow(1 - p, b - 1);
        alive += weight * Math.pow(1 - p, x) * Math.pow(lambda, x) * Math.exp(-lambda * T);
        dead += weight * p * Math.pow(1 - p, x - 1) * Math.pow(lambda, x) * Math.exp(-lambda * tx);
      }
    }
    expect(probabilityAlive(published, x, tx, T)).toBeCloseTo(alive / (alive + dead), 2);
  });

  it("gives per-customer columns equal to the one-customer functions", () => {
    const alive = probabilityAliveColumn(fit.parameters, history);
    const expected = conditionalExpectedPurchasesColumn(fit.parameters, history, 39);
    for (const i of [0, 1, 2, 100, 2356]) {
      expect(alive[i]).toBe(probabilityAlive(fit.parameters, history.frequency[i], history.recency[i], history.T[i]));
      expect(expected[i]).toBeCloseTo(
        conditionalExpectedPurchases(fit.parameters, history.frequency[i], history.recency[i], history.T[i], 39),
        12,
      );
    }
  });
});
