import { expectedSpend, expectedSpendColumn } from "../../../src/core/models/expectedSpend";
import { fitGammaGamma } from "../../../src/core/models/fitGammaGamma";
import { gammaGammaLogLikelihood } from "../../../src/core/models/gammaGammaLikelihood";
import { populationMeanSpend } from "../../../src/core/models/gammaGammaParameters";
import { spendIndependenceCheck } from "../../../src/core/models/spendIndependence";
import { cdnowSummary } from "./cdnowSummary";

// Reference numbers:
// - MLE p = 6.2488, q = 3.7446, v = 15.4477, LL = −4055.92 on the 946 repeat buyers: test/fixtures/README.md
//   ("Checks these files reproduce"); published as p = 6.25, q = 3.74, v = 15.44 in Fader, Hardie & Lee (2005),
//   "RFM and CLV: using iso-value curves for customer base analysis", JMR 42(4), and asserted by lifetimes'
//   tests (TestGammaGammaFitter.test_params_out_is_close_to_Hardie_paper).
// - E[M | x, m̄] for the first ten customers = 24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17:
//   Hardie's spreadsheet for note 025 ("The Gamma-Gamma model of monetary value"), as quoted in lifetimes'
//   tests/test_estimation.py (TestGammaGammaFitter.test_conditional_expected_average_profit).
// - Correlation of x and m̄ among repeat buyers ≈ 0.11: FHL 2005 JMR (the independence check).
const history = cdnowSummary();

describe("Gamma-Gamma on CDNOW", () => {
  const outcome = fitGammaGamma(history.frequency, history.monetary);
  if (!outcome.ok) throw new Error(`fit failed: ${JSON.stringify(outcome.reason)}`);
  const fit = outcome.fit;

  it("finds the published estimates within 0.5 % and the log-likelihood within 0.05", () => {
    const expected = { p: 6.2488, q: 3.7446, v: 15.4477 };
    for (const name of ["p", "q", "v"] as const) expect(Math.abs(fit.parameters[name] / expected[name] - 1)).toBeLessThan(0.005);
    expect(Math.abs(fit.logLikelihood - -4055.92)).toBeLessThan(0.05);
    expect(Math.abs(gammaGammaLogLikelihood(history.frequency, history.monetary, expected) - -4055.92)).toBeLessThan(0.05);
    expect(fit.customers).toBe(946);
    expect(fit.convergence.converged).toBe(true);
  });

  it("gives Hardie's expected spend for the first ten customers", () => {
    const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    const column = expectedSpendColumn(fit.parameters, history.frequency, history.monetary);
    expected.forEach((value, i) => expect(Math.abs(column[i] - value)).toBeLessThan(0.011));
  });

  it("is the weighted mean of the population mean and the customer's own mean (hand check)", () => {
    // p = 6.25, q = 3.74, v = 15.44: population mean 6.25 × 15.44 / 2.74 = 35.2190; customer 1 (x = 2, m̄ = 22.35):
    // w = 12.5 / (12.5 + 2.74) = 0.820210; E = 0.179790 × 35.2190 + 0.820210 × 22.35 = 6.3320 + 18.3317 = 24.6637
    const rounded = { p: 6.25, q: 3.74, v: 15.44 };
    expect(populationMeanSpend(rounded)).toBeCloseTo(35.2190, 4);
    expect(expectedSpend(rounded, 2, 22.35)).toBeCloseTo(24.6637, 4);
    expect(expectedSpend(rounded, 0, 0)).toBeCloseTo(35.2190, 4);
  });

  it("reports the independence diagnostic: x and m̄ are only weakly correlated on CDNOW", () => {
    const check = spendIndependenceCheck(history.frequency, history.monetary);
    expect(check.repeatBuyers).toBe(946);
    expect(check.correlation).toBeCloseTo(0.11, 2);
    expect(check.questionable).toBe(false);
  });
});
