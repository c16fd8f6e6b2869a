import { prepareBgNbdData } from "./bgnbdData";
import { bgnbdLogParameters, bgnbdParametersFromLog } from "./bgnbdParameters";
import { BGNBD_MINIMUM_CUSTOMERS, BGNBD_MINIMUM_REPEAT_BUYERS, type BgNbdFit, type BgNbdFitOptions } from "./fitBgNbd";
import { maximizeLikelihood } from "./maximumLikelihood";
import { mbgnbdLogLikelihoodWithGradient } from "./mbgnbdLikelihood";
import { notConvergedReason, type FitOutcome } from "./modelUnavailable";
import { checkPurchaseHistory, type PurchaseHistory } from "./purchaseHistory";

/** Above this many distinct (x, t_x, T) rows the fit starts from a subsample of about WARM_START_CUSTOMERS. */
const WARM_START_ROWS = 40_000;
const WARM_START_CUSTOMERS = 25_000;

/**
 * Fits the MBG/NBD model by maximum likelihood (Batislam, Denizel & Filiztekin 2007, IJRM 24(3)) with BFGS on the
 * log-parameters and analytic gradients; the fit has the BG/NBD's shape (same parameters r, α, a, b) and the same
 * floors (30 customers, 10 repeat buyers). Returns the reason instead of a fit when the data cannot support one or
 * the maximization did not converge. Large histories start from a 25 000-customer systematic subsample.
 * @example fitMbgNbd(cdnowHistory) // { ok: true, fit: { parameters: { r: 0.5248, alpha: 6.1830, a: 0.8914, b: 1.6140 }, logLikelihood: −9582.13, … } }
 */
export function fitMbgNbd(history: PurchaseHistory, options: BgNbdFitOptions = {}): FitOutcome<BgNbdFit> {
  const customers = checkPurchaseHistory(history);
  const minimumCustomers = options.minimumCustomers ?? BGNBD_MINIMUM_CUSTOMERS;
  const minimumRepeatBuyers = options.minimumRepeatBuyers ?? BGNBD_MINIMUM_REPEAT_BUYERS;
  if (customers === 0) return { ok: false, reason: { code: "noCustomers", model: "mbgnbd" } };
  if (customers < minimumCustomers) {
    return { ok: false, reason: { code: "tooFewCustomers", model: "mbgnbd", customers, minimum: minimumCustomers } };
  }
  const data = prepareBgNbdData(history);
  if (data.repeatBuyers === 0) return { ok: false, reason: { code: "allOneTimeBuyers", model: "mbgnbd", customers } };
  if (data.repeatBuyers < minimumRepeatBuyers) {
    const reason = { code: "tooFewRepeatBuyers", model: "mbgnbd", repeatBuyers: data.repeatBuyers, minimum: minimumRepeatBuyers } as const;
    return { ok: false, reason };
  }
  const start = bgnbdLogParameters(options.start ?? { r: 1, alpha: data.totalAge / data.totalFrequency || 1, a: 1, b: 3 });
  const warmStartStride = Math.ceil(customers / WARM_START_CUSTOMERS);
  const warmStartData = data.rows > WARM_START_ROWS ? prepareBgNbdData(history, warmStartStride) : undefined;
  const result = maximizeLikelihood(mbgnbdLogLikelihoodWithGradient, start, {
    data,
    customers,
    warmStart: warmStartData && { data: warmStartData, customers: warmStartData.customers },
    gradientTolerance: options.gradientTolerance,
  });
  const { convergence } = result;
  if (!convergence.converged) return { ok: false, reason: notConvergedReason("mbgnbd", convergence) };
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
