import type { BgNbdData } from "./bgnbdData";
import { prepareBgNbdData } from "./bgnbdData";
import { bgnbdLogParameters, type BgNbdParameters } from "./bgnbdParameters";
import { betaGeometricLogLikelihood } from "./bgnbdLikelihood";
import type { PurchaseHistory } from "./purchaseHistory";

/**
 * The MBG/NBD log-likelihood and its gradient with respect to θ = (ln r, ln α, ln a, ln b), written into
 * `gradient`. Per customer (Batislam, Denizel & Filiztekin 2007, IJRM 24(3), with the erratum of Wagner & Hoppe
 * 2008, IJRM 25(3)):
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x+1) − ln B(a, b)
 *          + ln[ (α+T)^−(r+x) + a/(b+x) · (α+t_x)^−(r+x) ],
 * the second term (dropout after the x-th repeat purchase, or at the first purchase when x = 0, so t_x = 0) as
 * a log-sum-exp so nothing overflows for x in the thousands or T huge. The data's x = 0 rows carry T as their
 * recency; here they use t_x = 0 (ln α).
 * @example
 * const data = prepareBgNbdData({ frequency: Float64Array.of(0), recency: Float64Array.of(0), T: Float64Array.of(38.86) });
 * mbgnbdLogLikelihoodWithGradient(data, Float64Array.of(0, 0, 0, 0), new Float64Array(4)); // ln(1/2) + ln(1/39.86 + 1) = −0.6684 at r = α = a = b = 1
 */
export function mbgnbdLogLikelihoodWithGradient(data: BgNbdData, logParameters: Float64Array, gradient: Float64Array): number {
  return betaGeometricLogLikelihood(data, logParameters, gradient, true);
}

/**
 * The MBG/NBD log-likelihood of a purchase history at the given parameters (Batislam, Denizel & Filiztekin 2007).
 * @example mbgnbdLogLikelihood(cdnowHistory, { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }) // −9582.13 (CDNOW, weeks)
 */
export function mbgnbdLogLikelihood(history: PurchaseHistory, parameters: BgNbdParameters): number {
  return mbgnbdLogLikelihoodWithGradient(prepareBgNbdData(history), bgnbdLogParameters(parameters), new Float64Array(4));
}
