import { fitBgNbd } from "../../../src/core/models/fitBgNbd";
import { fitGammaGamma } from "../../../src/core/models/fitGammaGamma";
import { notConvergedReason } from "../../../src/core/models/modelUnavailable";
import { cdnowSummary } from "./cdnowSummary";

describe("notConvergedReason", () => {
  it("carries the stop reason, iterations and gradient of the convergence record", () => {
    const convergence = { converged: false, iterations: 500, evaluations: 812, gradientNorm: 0.2, logLikelihood: -10, stopReason: "iterationLimit" as const };
    expect(notConvergedReason("gammaGamma", convergence)).toEqual({ code: "notConverged", model: "gammaGamma", stopReason: "iterationLimit", iterations: 500, gradientNorm: 0.2 });
  });

  it("is what both fitters return when the maximization cannot meet its tolerance (a gradient of exactly 0)", () => {
    const history = cdnowSummary();
    for (const outcome of [fitBgNbd(history, { gradientTolerance: 0 }), fitGammaGamma(history.frequency, history.monetary, { gradientTolerance: 0 })]) {
      expect(outcome.ok).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.reason.code).toBe("notConverged");
      if (outcome.reason.code !== "notConverged") continue;
      expect(outcome.reason.iterations).toBeGreaterThan(0);
      expect(outcome.reason.gradientNorm).toBeGreaterThan(0);
    }
  });
});
