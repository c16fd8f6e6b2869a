import { fitParetoNbd } from "../../../src/core/models/fitParetoNbd";
import { paretoNbdLogLikelihood } from "../../../src/core/models/paretoNbdLikelihood";
import {
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchasesOfNewCustomer,
  paretoNbdProbabilityAlive,
} from "../../../src/core/models/paretoNbdPredictions";
import { cdnowSummary } from "./cdnowSummary";

// Reference numbers:
// - MLE r = 0.553, α = 10.58, s = 0.606, β = 11.67 on this calibration summary (weeks, to 1997-09-30): Fader, Hardie &
//   Lee (2005), "RFM and CLV: using iso-value curves for customer base analysis", JMR 42(4); ln L ≈ −9595.0 there,
//   −9594.98 to two decimals (docs/ARCHITECTURE.md, "Sources for the models and measures to come").
// - lifetimes' tests/test_estimation.py (CamDavidsonPilon/lifetimes, commit 4f2833f), class TestParetoNBDFitter:
//   l. 336–340 the fit is (0.553, 10.578, 0.606, 11.669) to 2 decimals; l. 342–362 E[X(t)], t = 0…9, from R BTYD's
//   pnbd.Expectation example (its parameters c(0.55, 10.56, 0.61, 11.64), BTYD manual), to ±0.01 with the fit;
//   l. 364–374 E[Y(52) | x = 26, t_x = 30.86, T = 31] = 25.46 ± 0.01 with the fit (BTYD walkthrough); l. 376–392
//   E[Y(10) | 132, 200, 200] = 6.2060517889632418 and E[Y(10) | 133, 200, 200] = 6.2528722475748113 at (0.55, 10.58,
//   0.61, 11.67) (lifetimes' output in its comments); l. 394–401 P(alive) within [0, 1] on a grid; l. 403–411
//   P(alive | 26, 30.86, 31) = 0.9979 at (0.5534, 10.5802, 0.6061, 11.6562) (BTYD walkthrough, p. 8); l. 413–424
//   P(alive) finite within [0, 1] at (10.465, 0.00798565181, 3.0516, 2.820) for x = 40, 50.
const history = cdnowSummary();
const published = { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 };

describe("Pareto/NBD on CDNOW (weeks)", () => {
  const outcome = fitParetoNbd(history);
  if (!outcome.ok) throw new Error(`fit failed: ${JSON.stringify(outcome.reason)}`);
  const fit = outcome.fit;

  it("finds the published maximum-likelihood estimates to their published rounding", () => {
    expect(Math.abs(fit.parameters.r - published.r)).toBeLessThan(0.0005);
    expect(Math.abs(fit.parameters.alpha - published.alpha)).toBeLessThan(0.005);
    expect(Math.abs(fit.parameters.s - published.s)).toBeLessThan(0.0005);
    expect(Math.abs(fit.parameters.beta - published.beta)).toBeLessThan(0.005);
    expect(Math.abs(fit.logLikelihood - -9594.98)).toBeLessThan(0.01);
    // lifetimes l. 336–340: decimal = 2 in numpy's sense, |difference| < 1.5e-2
    const lifetimes = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    for (const name of ["r", "alpha", "s", "beta"] as const) expect(Math.abs(fit.parameters[name] - lifetimes[name])).toBeLessThan(0.015);
  });

  it("reports convergence, counts and standard errors", () => {
    expect(fit.convergence.converged).toBe(true);
    expect(fit.convergence.gradientNorm).toBeLessThan(1e-6);
    expect(fit.customers).toBe(2357);
    expect(fit.repeatBuyers).toBe(946);
    expect(fit.standardErrors).not.toBeNull();
    for (const value of Object.values(fit.standardErrors ?? {})) expect(value).toBeGreaterThan(0);
  });

  it("reaches the same maximum from other starting values", () => {
    for (const start of [{ r: 2, alpha: 3, s: 2, beta: 3 }, { r: 0.1, alpha: 50, s: 0.1, beta: 2 }, { r: 1, alpha: 1, s: 5, beta: 200 }]) {
      const other = fitParetoNbd(history, { start });
      if (!other.ok) throw new Error(JSON.stringify(other.reason));
      expect(other.fit.logLikelihood).toBeCloseTo(fit.logLikelihood, 5);
      expect(other.fit.parameters.r).toBeCloseTo(fit.parameters.r, 3);
      expect(other.fit.parameters.s).toBeCloseTo(fit.parameters.s, 3);
    }
  });

  it("gives ln L ≈ −9595.0 at the published parameters", () => {
    expect(Math.abs(paretoNbdLogLikelihood(history, published) - -9595.0)).toBeLessThan(0.05);
  });

  it("reproduces R BTYD's E[X(t)] (lifetimes l. 342–362)", () => {
    const expected = [0, 0.05077821, 0.09916088, 0.14542507, 0.1897993, 0.23247466, 0.27361274, 0.31335159, 0.35181024, 0.38909211];
    const btyd = { r: 0.55, alpha: 10.56, s: 0.61, beta: 11.64 };
    expected.forEach((value, t) => {
      expect(Math.abs(paretoNbdExpectedPurchasesOfNewCustomer(btyd, t) - value)).toBeLessThan(5e-9);
      expect(Math.abs(paretoNbdExpectedPurchasesOfNewCustomer(fit.parameters, t) - value)).toBeLessThan(0.01);
    });
  });

  it("reproduces BTYD's walkthrough customer: 25.46 purchases in 52 weeks, P(alive) = 0.9979 (lifetimes l. 364–374, 403–411)", () => {
    expect(Math.abs(paretoNbdConditionalExpectedPurchases(fit.parameters, 26, 30.86, 31, 52) - 25.46)).toBeLessThan(0.01);
    expect(Math.abs(paretoNbdProbabilityAlive({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 }, 26, 30.86, 31) - 0.9979)).toBeLessThan(5e-5);
  });

  it("reproduces lifetimes' values where its guard against underflow matters (l. 376–392)", () => {
    const parameters = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
    const left = paretoNbdConditionalExpectedPurchases(parameters, 132, 200, 200, 10);
    const right = paretoNbdConditionalExpectedPurchases(parameters, 133, 200, 200, 10);
    expect(Math.abs(left / 6.2060517889632418 - 1)).toBeLessThan(1e-12);
    expect(Math.abs(right / 6.2528722475748113 - 1)).toBeLessThan(1e-12);
  });

  it("keeps P(alive) within [0, 1], finite, where lifetimes guards against overflow (l. 394–401, 413–424)", () => {
    for (let x = 0; x < 100; x += 10) {
      for (let tx = 0; tx < 100; tx += 10) {
        for (let T = tx; T < 100; T += 10) {
          const alive = paretoNbdProbabilityAlive(fit.parameters, x, tx, T);
          expect(alive).toBeGreaterThanOrEqual(0);
          expect(alive).toBeLessThanOrEqual(1);
        }
      }
    }
    const overflowing = { r: 10.465, alpha: 7.98565181e-3, s: 3.0516, beta: 2.82 };
    for (const [x, tx, T] of [[40, 5, 6], [50, 1, 37], [50, 4, 37]]) {
      const alive = paretoNbdProbabilityAlive(overflowing, x, tx, T);
      expect(Number.isFinite(alive) && alive >= 0 && alive <= 1).toBe(true);
    }
  });
});
