import { prepareBgNbdData, type BgNbdData } from "./bgnbdData";
import { maximizeLikelihood, type LogLikelihood } from "./maximumLikelihood";
import { notConvergedReason, type FitConvergence, type FitOutcome, type PurchaseModelName } from "./modelUnavailable";
import { checkPurchaseHistory, customersIn, type PurchaseHistory } from "./purchaseHistory";

/**
 * Fewest customers for a purchase-model fit: with fewer, four parameters are not estimable with any confidence
 * (30 is the usual small-sample floor for asymptotic standard errors).
 */
export const PURCHASE_MODEL_MINIMUM_CUSTOMERS = 30;
/** Fewest repeat buyers (x > 0) for a purchase-model fit: the dropout parameters are learned from them alone. */
export const PURCHASE_MODEL_MINIMUM_REPEAT_BUYERS = 10;
/** Above this many distinct (x, t_x, T) rows the fit starts from a subsample of about WARM_START_CUSTOMERS. */
const WARM_START_ROWS = 40_000;
const WARM_START_CUSTOMERS = 25_000;

/** A fitted purchase model with parameters P (each > 0, fitted on the log scale). */
export interface CountingModelFit<P> {
  parameters: P;
  logLikelihood: number;
  customers: number;
  repeatBuyers: number;
  /** Asymptotic covariance of θ̂ (the log-parameters, in the order of P's fields), row-major; null if not positive definite. */
  logCovariance: Float64Array | null;
  /** Standard errors by the delta method (SE(φ) ≈ φ·SE(ln φ)); null with logCovariance. */
  standardErrors: P | null;
  convergence: FitConvergence;
}

/** Options of the purchase-model fits. */
export interface CountingModelFitOptions<P> {
  minimumCustomers?: number;
  minimumRepeatBuyers?: number;
  /** Starting values; each model has its default. */
  start?: P;
  /** Converged when max |∂(−ln L/N)/∂θ_i| ≤ this; default 1e-8. */
  gradientTolerance?: number;
  /** The history compressed for fitting (preparePurchaseHistory of this very history), shared by several models' fits. */
  prepare?: () => PreparedHistory;
}

/** A purchase history compressed for the likelihoods (prepareBgNbdData), with the subsample a large one starts from. */
export interface PreparedHistory {
  data: BgNbdData;
  warmStart: BgNbdData | undefined;
}

/**
 * Compresses a checked history once for every purchase model fitted on it: customers with equal (x, t_x, T) as one
 * weighted row, and above 40,000 rows a systematic subsample of about 25,000 customers for the warm start.
 * @example preparePurchaseHistory(history).data.rows // distinct (x, t_x, T) rows
 */
export function preparePurchaseHistory(history: PurchaseHistory): PreparedHistory {
  const data = prepareBgNbdData(history);
  const warmStart = data.rows > WARM_START_ROWS ? prepareBgNbdData(history, Math.ceil(history.frequency.length / WARM_START_CUSTOMERS)) : undefined;
  return { data, warmStart };
}

/** What distinguishes one purchase model's fit: its likelihood on the compressed data, its parameters' log scale and its start. */
export interface CountingModelSpec<P> {
  name: PurchaseModelName;
  logLikelihood: LogLikelihood<BgNbdData>;
  toLog: (parameters: P) => Float64Array;
  fromLog: (logParameters: ArrayLike<number>) => P;
  start: (data: BgNbdData) => P;
}

/**
 * Fits a purchase model (BG/NBD, MBG/NBD, Pareto/NBD) to a purchase history by maximum likelihood: BFGS on the
 * log-parameters with the model's analytic gradient (maximizeLikelihood), customers with equal (x, t_x, T) as one
 * weighted row, and above 40 000 rows a 25 000-customer systematic subsample fitted first. Returns the reason
 * instead of a fit when the data cannot support one (empty, fewer than 30 customers, all one-time buyers, fewer than
 * 10 repeat buyers) or the maximization did not converge.
 * @example fitCountingModel(history, {}, { name: "bgnbd", logLikelihood: bgnbdLogLikelihoodWithGradient, toLog, fromLog, start })
 */
export function fitCountingModel<P extends object>(history: PurchaseHistory, options: CountingModelFitOptions<P>, spec: CountingModelSpec<P>): FitOutcome<CountingModelFit<P>> {
  const model = spec.name;
  checkPurchaseHistory(history);
  const customers = customersIn(history);
  const minimumCustomers = options.minimumCustomers ?? PURCHASE_MODEL_MINIMUM_CUSTOMERS;
  const minimumRepeatBuyers = options.minimumRepeatBuyers ?? PURCHASE_MODEL_MINIMUM_REPEAT_BUYERS;
  if (customers === 0) return { ok: false, reason: { code: "noCustomers", model } };
  if (customers < minimumCustomers) return { ok: false, reason: { code: "tooFewCustomers", model, customers, minimum: minimumCustomers } };
  const { data, warmStart: warmStartData } = options.prepare ? options.prepare() : preparePurchaseHistory(history);
  if (data.repeatBuyers === 0) return { ok: false, reason: { code: "allOneTimeBuyers", model, customers } };
  if (data.repeatBuyers < minimumRepeatBuyers) {
    return { ok: false, reason: { code: "tooFewRepeatBuyers", model, repeatBuyers: data.repeatBuyers, minimum: minimumRepeatBuyers } };
  }
  const start = spec.toLog(options.start ?? spec.start(data));
  const result = maximizeLikelihood(spec.logLikelihood, start, {
    data,
    customers,
    warmStart: warmStartData && { data: warmStartData, customers: warmStartData.customers },
    gradientTolerance: options.gradientTolerance,
  });
  const { convergence } = result;
  if (!convergence.converged) return { ok: false, reason: notConvergedReason(model, convergence) };
  const parameters = spec.fromLog(result.logParameters);
  const covariance = result.logCovariance;
  const size = result.logParameters.length;
  const standardErrors =
    covariance &&
    (Object.fromEntries(
      Object.entries(parameters).map(([name, value], index) => [name, (value as number) * Math.sqrt(covariance[index * size + index])]),
    ) as P);
  return {
    ok: true,
    fit: { parameters, logLikelihood: result.logLikelihood, customers, repeatBuyers: data.repeatBuyers, logCovariance: covariance, standardErrors, convergence },
  };
}
