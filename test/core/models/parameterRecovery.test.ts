import { fitBgNbd } from "../../../src/core/models/fitBgNbd";
import { fitGammaGamma } from "../../../src/core/models/fitGammaGamma";
import { simulateCustomers } from "../../../src/core/simulate/simulateCustomers";

// Parameter recovery: data simulated from known parameters (CDNOW-like, in weeks; FHL 2005 and FHL 2005 JMR
// estimates as the truth), fitted back. Each estimate must lie within 3 of its own standard errors of the truth.
const truth = { bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6.25, q: 3.74, v: 15.44 } };

describe("parameter recovery on simulated customers", () => {
  const simulated = simulateCustomers(truth, { customers: 20_000, seed: 2024, minimumAge: 26, maximumAge: 39 });

  it("recovers the BG/NBD parameters within 3 standard errors", () => {
    const outcome = fitBgNbd(simulated.calibration);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.reason));
    const { parameters, standardErrors } = outcome.fit;
    expect(standardErrors).not.toBeNull();
    for (const name of ["r", "alpha", "a", "b"] as const) {
      const error = Math.abs(parameters[name] - truth.bgnbd[name]);
      expect(error).toBeLessThan(3 * (standardErrors?.[name] ?? 0));
    }
  });

  it("recovers the Gamma-Gamma parameters within 3 standard errors", () => {
    const outcome = fitGammaGamma(simulated.calibration.frequency, simulated.calibration.monetary);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.reason));
    const { parameters, standardErrors } = outcome.fit;
    for (const name of ["p", "q", "v"] as const) {
      const error = Math.abs(parameters[name] - truth.gammaGamma[name]);
      expect(error).toBeLessThan(3 * (standardErrors?.[name] ?? 0));
    }
  });
});
