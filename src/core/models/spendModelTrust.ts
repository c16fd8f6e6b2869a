import type { GammaGammaFit } from "./fitGammaGamma";
import type { FitOutcome, ModelParameterName } from "./modelUnavailable";
import { extremeOf, runawayParameter, TRUSTED_MAXIMUM_LOG_STANDARD_ERROR } from "./purchaseModelTrust";
import { isFiniteNumber, sqrt } from "../hotGlobals";

const SPEND_PARAMETERS: ModelParameterName[] = ["p", "q", "v"];

/**
 * A Gamma-Gamma fit that can be trusted, or why not: `degenerateFit` when a parameter ran away (p or q beyond
 * 1,000, runawayParameter) or the data do not determine p or q (SE(ln θ) above 3 or no covariance, as for the purchase
 * models); the spend then falls back to each customer's shrunk average (shrunkSpend).
 * @example spendModelTrust(fitGammaGamma(frequency, monetary)) // { ok: false, reason: { code: "degenerateFit", model: "gammaGamma", parameter: "p", extreme: "veryLarge", … } } on 20 alike spenders
 */
export function spendModelTrust(outcome: FitOutcome<GammaGammaFit>): FitOutcome<GammaGammaFit> {
  if (!outcome.ok) return outcome;
  const { parameters, logCovariance, customers } = outcome.fit;
  const values: Record<string, number> = { ...parameters };
  let degenerate = runawayParameter(SPEND_PARAMETERS, values, logCovariance);
  if (degenerate === null) {
    for (const [index, parameter] of (["p", "q"] as const).entries()) {
      const variance = logCovariance ? logCovariance[index * 3 + index] : Number.NaN;
      const logStandardError = isFiniteNumber(variance) && variance >= 0 ? sqrt(variance) : Number.POSITIVE_INFINITY;
      if (logStandardError > TRUSTED_MAXIMUM_LOG_STANDARD_ERROR) {
        degenerate = { parameter, value: values[parameter], logStandardError };
        break;
      }
    }
  }
  if (degenerate === null) return outcome;
  return { ok: false, reason: { code: "degenerateFit", model: "gammaGamma", customers, parameter: degenerate.parameter, extreme: extremeOf(degenerate.value) } };
}
