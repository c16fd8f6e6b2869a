import { InputError } from "../inputError";
import { maximizeLikelihood } from "./maximumLikelihood";
import type { FitConvergence } from "./modelUnavailable";
import type { SbgData } from "./sbgData";
import { sbgLogLikelihoodWithGradient } from "./sbgLikelihood";
import { sbgLogParameters, sbgParametersFromLog, type SbgParameters } from "./sbgParameters";

/**
 * Fewest customers for an sBG fit: with fewer, α and β are not estimable with any confidence (30 is the usual
 * small-sample floor for asymptotic standard errors, as for the BG/NBD).
 */
export const SBG_MINIMUM_CUSTOMERS = 30;

/** A fitted sBG model. */
export interface SbgFit {
  parameters: SbgParameters;
  logLikelihood: number;
  customers: number;
  churners: number;
  /** Asymptotic covariance of θ̂ = (ln α, ln β), 2 × 2 row-major; null if not positive definite. */
  logCovariance: Float64Array | null;
  /** Standard errors of α and β by the delta method (SE(φ) ≈ φ·SE(ln φ)); null with logCovariance. */
  standardErrors: SbgParameters | null;
  convergence: FitConvergence;
}

/** Options of fitShiftedBetaGeometric. */
export interface SbgFitOptions {
  minimumCustomers?: number;
  /** The argument the data came from, named in the errors (default "periods"). */
  argument?: string;
}

/**
 * Fits the sBG model by maximum likelihood (Fader & Hardie 2007) with BFGS on (ln α, ln β) and the analytic
 * gradient. Throws an InputError when the data cannot determine α and β: fewer than 30 customers
 * (`tooFewCustomers`), no cancellation (`noChurners`: α → 0), cancellations only in the first period
 * (`churnOnlyInFirstPeriod`: α, β → 0, or only one period observed), retention that does not rise with tenure
 * (`retentionNotRising`: α, β → ∞, one retention rate for everyone), or a maximization that did not converge
 * (`fitNotConverged`).
 * @example fitShiftedBetaGeometric(sbgDataFromSurvivors(Float64Array.of(1000, 631, 468, 382, 326, 289, 262, 241))) // α 0.704, β 1.182, LL −1680.27
 */
export function fitShiftedBetaGeometric(data: SbgData, options: SbgFitOptions = {}): SbgFit {
  const argument = options.argument ?? "periods";
  const minimum = options.minimumCustomers ?? SBG_MINIMUM_CUSTOMERS;
  const { customers, churners } = data;
  if (customers < minimum) throw new InputError("tooFewCustomers", argument, { customers, minimum });
  if (churners === 0) throw new InputError("noChurners", argument, { customers });
  checkChurnDiffersByTenure(data, argument);
  const result = maximizeLikelihood(sbgLogLikelihoodWithGradient, sbgLogParameters({ alpha: 1, beta: 1 }), { data, customers });
  const { convergence } = result;
  if (!convergence.converged) throw new InputError("fitNotConverged", argument, { iterations: convergence.iterations });
  const parameters = sbgParametersFromLog(result.logParameters);
  const covariance = result.logCovariance;
  const standardError = (index: number, value: number): number => value * Math.sqrt(covariance?.[index * 2 + index] ?? Number.NaN);
  return {
    parameters,
    logLikelihood: result.logLikelihood,
    customers,
    churners,
    logCovariance: covariance,
    standardErrors: covariance && { alpha: standardError(0, parameters.alpha), beta: standardError(1, parameters.beta) },
    convergence,
  };
}

/**
 * Refuses data whose likelihood has its supremum on the edge of the parameter space, where α and β are not
 * determined. Cancellations only in the first period: α, β → 0 (those who renew never leave). Otherwise the sBG's
 * per-period churn is h_t = p/(1 + (t − 1)ε) with p = α/(α + β), ε = 1/(α + β); at ε = 0 (everyone alike) and the
 * pooled p̂ = churners / periods at risk, ∂ ln L/∂ε = Σ_t (t − 1)(p̂·D_t − C_t)/(1 − p̂), with D_t the customers at
 * risk in period t and C_t those who cancelled in it. Unless that is > 0 (churn falls with tenure), the maximum is
 * at ε = 0: α, β → ∞ with one retention rate 1 − p̂ for everyone.
 */
function checkChurnDiffersByTenure(data: SbgData, argument: string): void {
  const { periods, cancelled, active } = data;
  let laterChurners = 0;
  let periodsAtRisk = 0;
  let laterPeriodsAtRisk = 0;
  let laterCancellations = 0;
  for (let k = 0; k < periods.length; k += 1) {
    const t = periods[k];
    const count = cancelled[k] + active[k];
    if (t > 1) laterChurners += cancelled[k];
    periodsAtRisk += count * t;
    laterPeriodsAtRisk += (count * t * (t - 1)) / 2;
    laterCancellations += cancelled[k] * (t - 1);
  }
  if (laterChurners === 0) throw new InputError("churnOnlyInFirstPeriod", argument, { churners: data.churners });
  const churnRate = data.churners / periodsAtRisk;
  const score = churnRate * laterPeriodsAtRisk - laterCancellations;
  if (score <= 1e-9 * laterCancellations) throw new InputError("retentionNotRising", argument, { retentionRate: 1 - churnRate });
}
