import gammaln from "@stdlib/math-base-special-gammaln";
import { exp } from "./hotGlobals";

/**
 * The two-sided p-value of Fisher's exact test on a 2×2 table (successes and failures of two groups): the probability,
 * with the margins fixed, of every table no more likely than the one observed (hypergeometric, summed over the
 * possible successes of group A; ties within a relative 1e-7 count as equally likely, as R's fisher.test does).
 * Source: Fisher (1935), "The logic of inductive inference", JRSS 98(1); Agresti (2007), §2.6.
 * @example fisherExactPValue(3, 4, 1, 4) // 0.4857 (Fisher's tea-tasting table 3 1 / 1 3)
 */
export function fisherExactPValue(successesA: number, trialsA: number, successesB: number, trialsB: number): number {
  const successes = successesA + successesB;
  const total = trialsA + trialsB;
  const logChoose = (n: number, k: number) => gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1);
  const logDenominator = logChoose(total, successes);
  const logProbability = (k: number) => logChoose(trialsA, k) + logChoose(trialsB, successes - k) - logDenominator;
  const observed = logProbability(successesA);
  const lowest = Math.max(0, successes - trialsB);
  const highest = Math.min(successes, trialsA);
  let p = 0;
  for (let k = lowest; k <= highest; k += 1) {
    const logP = logProbability(k);
    if (logP <= observed + 1e-7) p += exp(logP);
  }
  return Math.min(1, p);
}
