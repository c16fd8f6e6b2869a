import { bgnbdLogLikelihoodWithGradient } from "./bgnbdLikelihood";
import { bgnbdLogParameters, bgnbdParametersFromLog, type BgNbdParameters } from "./bgnbdParameters";
import {
  fitCountingModel,
  PURCHASE_MODEL_MINIMUM_CUSTOMERS,
  PURCHASE_MODEL_MINIMUM_REPEAT_BUYERS,
  type CountingModelFit,
  type CountingModelFitOptions,
} from "./fitCountingModel";
import type { FitOutcome } from "./modelUnavailable";
import type { PurchaseHistory } from "./purchaseHistory";

/** Fewest customers for a BG/NBD fit (PURCHASE_MODEL_MINIMUM_CUSTOMERS). */
export const BGNBD_MINIMUM_CUSTOMERS = PURCHASE_MODEL_MINIMUM_CUSTOMERS;
/** Fewest repeat buyers (x > 0) for a BG/NBD fit: the dropout parameters a, b are learned from them alone. */
export const BGNBD_MINIMUM_REPEAT_BUYERS = PURCHASE_MODEL_MINIMUM_REPEAT_BUYERS;

/** A fitted BG/NBD model (or MBG/NBD: the same parameters). α is in the history's time unit. */
export type BgNbdFit = CountingModelFit<BgNbdParameters>;

/** Options of fitBgNbd; the default start is r = 1, α = ΣT/Σx (so r/α is the observed repeat rate), a = 1, b = 3. */
export type BgNbdFitOptions = CountingModelFitOptions<BgNbdParameters>;

/**
 * Fits the BG/NBD model by maximum likelihood (Fader, Hardie & Lee 2005, eq. 6) with fitCountingModel: BFGS on the
 * log-parameters, analytic gradients, the floors and the subsample warm start described there.
 * @example fitBgNbd(cdnowHistory) // { ok: true, fit: { parameters: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }, logLikelihood: −9582.43, … } }
 */
export function fitBgNbd(history: PurchaseHistory, options: BgNbdFitOptions = {}): FitOutcome<BgNbdFit> {
  return fitCountingModel(history, options, { name: "bgnbd", logLikelihood: bgnbdLogLikelihoodWithGradient, ...BG_NBD_SHAPE });
}

/**
 * What the BG/NBD and the MBG/NBD fits share: the parameters (r, α, a, b) on the log scale and back, and the start.
 * @example BG_NBD_SHAPE.toLog({ r: 1, alpha: 1, a: 1, b: 1 }) // [0, 0, 0, 0]
 */
export const BG_NBD_SHAPE = {
  toLog: bgnbdLogParameters,
  fromLog: bgnbdParametersFromLog,
  start: (data: { totalAge: number; totalFrequency: number }): BgNbdParameters => ({ r: 1, alpha: data.totalAge / data.totalFrequency || 1, a: 1, b: 3 }),
};
