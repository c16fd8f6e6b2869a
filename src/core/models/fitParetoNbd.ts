import { prepareBgNbdData } from "./bgnbdData";
import { BGNBD_MINIMUM_CUSTOMERS, BGNBD_MINIMUM_REPEAT_BUYERS } from "./fitBgNbd";
import { maximizeLikelihood } from "./maximumLikelihood";
import { notConvergedReason, type FitConvergence, type FitOutcome } from "./modelUnavailable";
import { paretoNbdLogLikelihoodWithGradient } from "./paretoNbdLikelihood";
import { paretoNbdLogParameters, paretoNbdParametersFromLog, type ParetoNbdParameters } from "./paretoNbdParameters";
import { checkPurchaseHistory, type PurchaseHistory } from "./purchaseHistory";

/** Fewest customers for a Pareto/NBD fit: the BG/NBD's floor (four parameters either way). */
export const PARETONBD_MINIMUM_CUSTOMERS = BGNBD_MINIMUM_CUSTOMERS;
/** Fewest repeat buyers (x > 0) for a Pareto/NBD fit: the BG/NBD's floor. */
export const PARETONBD_MINIMUM_REPEAT_BUYERS = BGNBD_MINIMUM_REPEAT_BUYERS;
/** Above this many distinct (x, t_x, T) rows the fit starts from a subsample of about WARM_START_CUSTOMERS. */
const WARM_START_ROWS = 40_000;
const WARM_START_CUSTOMERS = 25_000;

/** A fitted Pareto/NBD model. α and β are in the history's time unit. */
export interface ParetoNbdFit {
  parameters: ParetoNbdParameters;
  logLikelihood: number;
  customers: number;
  repeatBuyers: number;
  /** Asymptotic covariance of θ̂ = (ln r, ln α, ln s, ln β), 4 × 4 row-major; null if not positive definite. */
  logCovariance: Float64Array | null;
  /** Standard errors of r, α, s, β by the delta method (SE(φ) ≈ φ·SE(ln φ)); null with logCovariance. */
  standardErrors: ParetoNbdParameters | null;
  convergence: FitConvergence;
}

/** Options of fitParetoNbd. */
export interface ParetoNbdFitOptions {
  minimumCustomers?: number;
  minimumRepeatBuyers?: number;
  /** Starting values; default r = 1, α = ΣT/Σx (so r/α is the observed repeat rate), s = 1, β = mean T. */
  start?: ParetoNbdParameters;
  /** Converged when max |∂(−ln L/N)/∂θ_i| ≤ this; default 1e-8. */
  gradientTolerance?: number;
}

/**
 * Fits the Pareto/NBD model by maximum likelihood (Schmittlein, Morrison & Colombo 1987; likelihood as in Fader &
 * Hardie 2005, note, eq. 18) with BFGS on the log-parameters and analytic gradients. Returns the reason instead of
 * a fit when the data cannot support one (empty, fewer than 30 customers, all one-time buyers, fewer than 10 repeat
 * buyers) or the maximization did not converge. Customers with equal (x, t_x, T) are one weighted row, and above
 * 40 000 rows a 25 000-customer systematic subsample is fitted first (see maximizeLikelihood).
 * @example fitParetoNbd(cdnowHistory) // { ok: true, fit: { parameters: { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 }, logLikelihood: −9595.0, … } }
 */
export function fitParetoNbd(history: PurchaseHistory, options: ParetoNbdFitOptions = {}): FitOutcome<ParetoNbdFit> {
  const customers = checkPurchaseHistory(history);
  const minimumCustomers = options.minimumCustomers ?? PARETONBD_MINIMUM_CUSTOMERS;
  const minimumRepeatBuyers = options.minimumRepeatBuyers ?? PARETONBD_MINIMUM_REPEAT_BUYERS;
  if (customers === 0) return { ok: false, reason: { code: "noCustomers", model: "paretonbd" } };
  if (customers < minimumCustomers) {
    return { ok: false, reason: { code: "tooFewCustomers", model: "paretonbd", customers, minimum: minimumCustomers } };
  }
  const data = prepareBgNbdData(history);
  if (data.repeatBuyers === 0) return { ok: false, reason: { code: "allOneTimeBuyers", model: "paretonbd", customers } };
  if (data.repeatBuyers < minimumRepeatBuyers) {
    const reason = { code: "tooFewRepeatBuyers", model: "paretonbd", repeatBuyers: data.repeatBuyers, minimum: minimumRepeatBuyers } as const;
    return { ok: false, reason };
  }
  const meanAge = data.totalAge / customers || 1;
  const start = paretoNbdLogParameters(options.start ?? { r: 1, alpha: data.totalAge / data.totalFrequency || 1, s: 1, beta: meanAge });
  const warmStartStride = Math.ceil(customers / WARM_START_CUSTOMERS);
  const warmStartData = data.rows > WARM_START_ROWS ? prepareBgNbdData(history, warmStartStride) : undefined;
  const result = maximizeLikelihood(paretoNbdLogLikelihoodWithGradient, start, {
    data,
    customers,
    warmStart: warmStartData && { data: warmStartData, customers: warmStartData.customers },
    gradientTolerance: options.gradientTolerance,
  });
  const { convergence } = result;
  if (!convergence.converged) return { ok: false, reason: notConvergedReason("paretonbd", convergence) };
  const parameters = paretoNbdParametersFromLog(result.logParameters);
  const covariance = result.logCovariance;
  const standardError = (index: number, value: number): number =>
    value * Math.sqrt(covariance?.[index * 4 + index] ?? Number.NaN);
  return {
    ok: true,
    fit: {
      parameters,
      logLikelihood: result.logLikelihood,
      customers,
      repeatBuyers: data.repeatBuyers,
      logCovariance: covariance,
      standardErrors: covariance && {
        r: standardError(0, parameters.r),
        alpha: standardError(1, parameters.alpha),
        s: standardError(2, parameters.s),
        beta: standardError(3, parameters.beta),
      },
      convergence,
    },
  };
}
