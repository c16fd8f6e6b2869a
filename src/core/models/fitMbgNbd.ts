import { fitCountingModel } from "./fitCountingModel";
import { BG_NBD_SHAPE, type BgNbdFit, type BgNbdFitOptions } from "./fitBgNbd";
import { mbgnbdLogLikelihoodWithGradient } from "./mbgnbdLikelihood";
import type { FitOutcome } from "./modelUnavailable";
import type { PurchaseHistory } from "./purchaseHistory";

/**
 * Fits the MBG/NBD model by maximum likelihood (Batislam, Denizel & Filiztekin 2007, IJRM 24(3)) with
 * fitCountingModel; the fit has the BG/NBD's shape (r, α, a, b), floors and start.
 * @example fitMbgNbd(cdnowHistory) // { ok: true, fit: { parameters: { r: 0.5248, alpha: 6.1830, a: 0.8914, b: 1.6140 }, logLikelihood: −9582.13, … } }
 */
export function fitMbgNbd(history: PurchaseHistory, options: BgNbdFitOptions = {}): FitOutcome<BgNbdFit> {
  return fitCountingModel(history, options, { name: "mbgnbd", logLikelihood: mbgnbdLogLikelihoodWithGradient, ...BG_NBD_SHAPE });
}
