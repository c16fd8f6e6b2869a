import { prepareBgNbdData } from "./bgnbdData";
import { bgnbdLogLikelihoodWithGradient } from "./bgnbdLikelihood";
import { bgnbdLogParameters, bgnbdParametersFromLog, type BgNbdParameters } from "./bgnbdParameters";
import { maximizeLikelihood } from "./maximumLikelihood";
import { notConvergedReason, type FitConvergence, type FitOutcome } from "./modelUnavailable";
import { checkPurchaseHistory, type PurchaseHistory } from "./purchaseHistory";

/**
 * Fewest customers for a BG/NBD fit: with fewer, four parameters are not estimable with any confidence
 * (30 is the usual small-sample floor for asymptotic standard errors).
 */
export const BGNBD_MINIMUM_CUSTOMERS = 30;
/** Fewest repeat buyers (x > 0) for a BG/NBD fit: the dropout parameters a, b are learned from them alone. */
export const BGNBD_MINIMUM_REPEAT_BUYERS = 10;
/** Above this many distinct (x, t_x, T) rows the fit starts from a subsample of about WARM_START_CUSTOMERS. */
const WARM_START_ROWS = 40_000;
const WARM_START_CUSTOMERS = 25_000;

/** A fitted BG/NBD model. α is in the history's time unit. */
export interface BgNbdFit {
  parameters: BgNbdParameters;
  logLikelihood: number;
  customers: number;
  repeatBuyers: number;
  /** Asymptotic covariance of θ̂ = (ln r, ln α, ln a, ln b), 4 × 4 row-major; null if not positive definite. */
  logCovariance: Float64Array | null;
  /** Standard errors of r, α, a, b by the delta method (SE(φ) ≈ φ·SE(ln φ)); null with logCovariance. */
  standardErrors: BgNbdParameters | null;
  convergence: FitConvergence;
}

/** Options of fitBgNbd. */
export interface BgNbdFitOptions {
  minimumCustomers?: number;
  minimumRepeatBuyers?: number;
  /** Starting values; default r = 1, α = ΣT/Σx (so r/α is the observed repeat rate), a = 1, b = 3. */
  start?: BgNbdParameters;
  /** Converged when max |∂(−ln L/N)/∂θ_i| ≤ this; default 1e-8. */
  gradientTolerance?: number;
}

/**
 * Fits the BG/NBD model by maximum likelihood (Fader, Hardie & Lee 2005, eq. 6) with BFGS on the log-parameters
 * and analytic gradients. Returns the reason instead of a fit when the data cannot support one (empty, fewer than
 * 30 customers, all one-time buyers, fewer than 10 repeat buyers) or the maximization did not converge.
 * Speed: customers with equal (x, t_x, T) are one weighted row, and above 40 000 rows a 25 000-customer
 * systematic subsample is fitted first (see maximizeLikelihood).
 * @example fitBgNbd(cdnowHistory) // { ok: true, fit: { parameters: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }, logLikelihood: −9582.43, … } }
 */
export function fitBgNbd(history: PurchaseHistory, options: BgNbdFitOptions = {}): FitOutcome<BgNbdFit> {
  const customers = checkPurchaseHistory(history);
  const minimumCustomers = options.minimumCustomers ?? BGNBD_MINIMUM_CUSTOMERS;
  const minimumRepeatBuyers = options.minimumRepeatBuyers ?? BGNBD_MINIMUM_REPEAT_BUYERS;
  if (customers === 0) return { ok: false, reason: { code: "noCustomers", model: "bgnbd" } };
  if (customers < minimumCustomers) {
    return { ok: false, reason: { code: "tooFewCustomers", model: "bgnbd", customers, minimum: minimumCustomers } };
  }
  const data = prepareBgNbdData(history);
  if (data.repeatBuyers === 0) return { ok: false, reason: { code: "allOneTimeBuyers", model: "bgnbd", customers } };
  if (data.repeatBuyers < minimumRepeatBuyers) {
    const reason = { code: "tooFewRepeatBuyers", model: "bgnbd", repeatBuyers: data.repeatBuyers, minimum: minimumRepeatBuyers } as const;
    return { ok: false, reason };
  }
  const start = bgnbdLogParameters(options.start ?? { r: 1, alpha: data.totalAge / data.totalFrequency || 1, a: 1, b: 3 });
  const warmStartStride = Math.ceil(customers / WARM_START_CUSTOMERS);
  const warmStartData = data.rows > WARM_START_ROWS ? prepareBgNbdData(history, warmStartStride) : undefined;
  const result = maximizeLikelihood(bgnbdLogLikelihoodWithGradient, start, {
    data,
    customers,
    warmStart: warmStartData && { data: warmStartData, customers: warmStartData.customers },
    gradientTolerance: options.gradientTolerance,
  });
  const { convergence } = result;
  if (!convergence.converged) return { ok: false, reason: notConvergedReason("bgnbd", convergence) };
  const parameters = bgnbdParametersFromLog(result.logParameters);
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
        a: standardError(2, parameters.a),
        b: standardError(3, parameters.b),
      },
      convergence,
    },
  };
}
