import type { ClvSchedule } from "./clvSettings";
import type { SpendHistory } from "./purchaseHistory";

/**
 * The historical CLV used when the models cannot be fitted: each customer keeps buying as they did. Their past
 * repeat revenue per time unit, ρ = x·m̄ / T (the first purchase is acquisition, as in the models; 0 when T = 0
 * or x = 0), is projected over the horizon month by month and discounted like the predictive CLV:
 *   CLV_hist = margin · ρ · (month length in the history's unit) · Σ_{i=1}^{H} 1/(1 + d_month)^i.
 * Flag it as historical wherever it is shown: it ignores that customers drop out, so it overstates the value of
 * lapsed customers and gives one-time buyers 0.
 * @example historicalClv({ frequency: Float64Array.of(2), recency: Float64Array.of(20), T: Float64Array.of(40), monetary: Float64Array.of(50) }, clvSchedule({ horizonMonths: 12, annualDiscountRate: 0, grossMargin: 1, timeUnit: "week" })) // 2·50/40 × 52.18 = 130.4
 */
export function historicalClv(history: SpendHistory, schedule: ClvSchedule): Float64Array {
  const months = schedule.monthEnds.length;
  const monthLength = months > 0 ? schedule.monthEnds[0] : 0;
  let discountSum = 0;
  for (let i = 0; i < months; i += 1) discountSum += schedule.discountFactors[i];
  const factor = schedule.grossMargin * monthLength * discountSum;
  const out = new Float64Array(history.frequency.length);
  for (let i = 0; i < out.length; i += 1) {
    const age = history.T[i];
    out[i] = age > 0 ? ((history.frequency[i] * history.monetary[i]) / age) * factor : 0;
  }
  return out;
}
