import { fitCountingModel, PURCHASE_MODEL_MINIMUM_CUSTOMERS, PURCHASE_MODEL_MINIMUM_REPEAT_BUYERS, type CountingModelFit, type CountingModelFitOptions } from "./fitCountingModel";
import type { FitOutcome } from "./modelUnavailable";
import { paretoNbdLogLikelihoodWithGradient } from "./paretoNbdLikelihood";
import { paretoNbdLogParameters, paretoNbdParametersFromLog, type ParetoNbdParameters } from "./paretoNbdParameters";
import type { PurchaseHistory } from "./purchaseHistory";

/** Fewest customers for a Pareto/NBD fit: the BG/NBD's floor (four parameters either way). */
export const PARETONBD_MINIMUM_CUSTOMERS = PURCHASE_MODEL_MINIMUM_CUSTOMERS;
/** Fewest repeat buyers (x > 0) for a Pareto/NBD fit: the BG/NBD's floor. */
export const PARETONBD_MINIMUM_REPEAT_BUYERS = PURCHASE_MODEL_MINIMUM_REPEAT_BUYERS;

/** A fitted Pareto/NBD model. α and β are in the history's time unit. */
export type ParetoNbdFit = CountingModelFit<ParetoNbdParameters>;

/** Options of fitParetoNbd; the default start is r = 1, α = ΣT/Σx (so r/α is the observed repeat rate), s = 1, β = mean T. */
export type ParetoNbdFitOptions = CountingModelFitOptions<ParetoNbdParameters>;

/**
 * Fits the Pareto/NBD model by maximum likelihood (Schmittlein, Morrison & Colombo 1987; likelihood as in Fader &
 * Hardie 2005, note, eq. 18) with fitCountingModel: BFGS on the log-parameters, analytic gradients, the floors and
 * the subsample warm start described there.
 * @example fitParetoNbd(cdnowHistory) // { ok: true, fit: { parameters: { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 }, logLikelihood: −9595.0, … } }
 */
export function fitParetoNbd(history: PurchaseHistory, options: ParetoNbdFitOptions = {}): FitOutcome<ParetoNbdFit> {
  return fitCountingModel(history, options, {
    name: "paretonbd",
    logLikelihood: paretoNbdLogLikelihoodWithGradient,
    toLog: paretoNbdLogParameters,
    fromLog: paretoNbdParametersFromLog,
    start: (data) => ({ r: 1, alpha: data.totalAge / data.totalFrequency || 1, s: 1, beta: data.totalAge / data.customers || 1 }),
  });
}
