import betaln from "@stdlib/math-base-special-betaln";
import digamma from "@stdlib/math-base-special-digamma";
import { exp, log } from "../hotGlobals";
import type { SbgData } from "./sbgData";

/**
 * The sBG log-likelihood and its gradient with respect to θ = (ln α, ln β), written into `gradient` (Fader & Hardie
 * 2007, with their P(T = t) and S(t) written as Beta functions):
 *   ln L = Σ_t cancelled_t · ln P(T = t) + active_t · ln S(t),
 *   ln S(t) = ln B(α, β + t) − ln B(α, β),   ln P(T = t) = ln α − ln(α + β + t − 1) + ln S(t − 1),
 * with ∂/∂α and ∂/∂β of ln B by digamma functions. Each distinct period costs a few ln B and ψ evaluations.
 * @example
 * const data = sbgDataFromSurvivors(Float64Array.of(1000, 869, 743, 653, 593, 551, 517, 491));
 * sbgLogLikelihoodWithGradient(data, sbgLogParameters({ alpha: 0.668, beta: 3.806 }), new Float64Array(2)); // −1611.16
 */
export function sbgLogLikelihoodWithGradient(data: SbgData, logParameters: Float64Array, gradient: Float64Array): number {
  const alpha = exp(logParameters[0]);
  const beta = exp(logParameters[1]);
  const sum = alpha + beta;
  const lnBeta = betaln(alpha, beta);
  const lnAlpha = log(alpha);
  const psiSum = digamma(sum);
  const psiBeta = digamma(beta);
  let logLikelihood = 0;
  let dAlpha = 0;
  let dBeta = 0;
  const { periods, cancelled, active } = data;
  for (let k = 0; k < periods.length; k += 1) {
    const t = periods[k];
    if (active[k] > 0) {
      const psiTail = digamma(sum + t);
      logLikelihood += active[k] * (betaln(alpha, beta + t) - lnBeta);
      dAlpha += active[k] * (psiSum - psiTail);
      dBeta += active[k] * (digamma(beta + t) - psiTail - psiBeta + psiSum);
    }
    if (cancelled[k] > 0) {
      const last = sum + t - 1;
      const psiLast = digamma(last);
      logLikelihood += cancelled[k] * (lnAlpha - log(last) + betaln(alpha, beta + t - 1) - lnBeta);
      dAlpha += cancelled[k] * (1 / alpha - 1 / last + psiSum - psiLast);
      dBeta += cancelled[k] * (digamma(beta + t - 1) - 1 / last - psiLast - psiBeta + psiSum);
    }
  }
  gradient[0] = alpha * dAlpha;
  gradient[1] = beta * dBeta;
  return logLikelihood;
}
