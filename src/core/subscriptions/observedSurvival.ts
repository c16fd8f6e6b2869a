import type { SbgData } from "../models/sbgData";

/**
 * What a cohort's data show of its survival, period by period: for each period t = 1 … the last observed, the
 * customers observed through it (`atRisk`: stayed at least t periods) and those who cancelled at its end; `survival`
 * is S(t) for t = 0 … the last, the product-limit estimate Π_{i ≤ t} (1 − cancelled_i / atRisk_i) (Kaplan & Meier
 * 1958), which is survivors(t) / survivors(0) when every customer is followed equally long (Fader & Hardie 2007,
 * Table 1).
 */
export interface ObservedSurvival {
  /** The last period observed. */
  lastPeriod: number;
  /** Index t − 1: customers who stayed at least t periods. */
  atRisk: Float64Array;
  /** Index t − 1: customers who cancelled at the end of period t. */
  cancelled: Float64Array;
  /** Index t: the share still active after t periods; survival[0] = 1. */
  survival: Float64Array;
}

/**
 * The observed survival of a cohort's sBG data (see ObservedSurvival).
 * @example observedSurvival(sbgDataFromSurvivors(Float64Array.of(1000, 631, 468))).survival // [1, 0.631, 0.468]
 */
export function observedSurvival(data: SbgData): ObservedSurvival {
  const lastPeriod = data.periods.reduce((last, t) => Math.max(last, t), 0);
  const stayed = new Float64Array(lastPeriod + 1);
  const cancelled = new Float64Array(lastPeriod);
  data.periods.forEach((t, k) => {
    stayed[t] += data.cancelled[k] + data.active[k];
    cancelled[t - 1] += data.cancelled[k];
  });
  const atRisk = new Float64Array(lastPeriod);
  let atLeast = 0;
  for (let t = lastPeriod; t >= 1; t -= 1) {
    atLeast += stayed[t];
    atRisk[t - 1] = atLeast;
  }
  const survival = new Float64Array(lastPeriod + 1);
  survival[0] = 1;
  // A survivors curve that reaches 0 has no one at risk after it: survival stays at 0.
  for (let t = 1; t <= lastPeriod; t += 1) survival[t] = atRisk[t - 1] > 0 ? survival[t - 1] * (1 - cancelled[t - 1] / atRisk[t - 1]) : survival[t - 1];
  return { lastPeriod, atRisk, cancelled, survival };
}
