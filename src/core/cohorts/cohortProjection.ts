import { frequencyAgeGroups } from "../models/frequencyAgeGroups";
import type { PurchaseHistory } from "../models/purchaseHistory";
import { purchaseInWindowGivenAlive } from "../models/purchaseInWindow";
import { modelPurchasesGivenAlive, type PurchaseModel } from "../models/purchaseModel";
import { DAYS_PER_MONTH, daysPerUnit, type TimeUnit } from "../transactionLog";
import { periodStartDay } from "./calendarPeriod";
import type { CohortTable } from "./cohortTable";

/** What projectCohorts needs: the cohorts, and the purchase model's customers (model order) with their predictions. */
export interface CohortProjectionInputs {
  table: CohortTable;
  model: PurchaseModel;
  /** The customers the model valued, in its time unit. */
  history: PurchaseHistory;
  /** customerIndex[k] = the log's index of the history's k-th customer. */
  customerIndex: Int32Array;
  /** P(alive) of each history customer. */
  probabilityAlive: Float64Array;
  /** Expected spend per future purchase of each history customer; without it no revenue is projected. */
  expectedSpend?: Float64Array;
  timeUnit: TimeUnit;
  /** Periods are projected when they end within this many months after the observation end. */
  horizonMonths: number;
}

/** The model's expectation for each cohort in the calendar periods after the data, up to the horizon. */
export interface CohortProjection {
  /** The number of the first projected period: the one after the observation end's (periodOfDay). */
  firstPeriod: number;
  /** How many periods are projected: those that end within the horizon after the observation end (may be 0). */
  periods: number;
  /** Per cohort (the table's order), per projected period: the expected number of customers who buy in it. */
  active: Float64Array[];
  /** Per cohort, per projected period: the expected revenue in it (before margin); NaN without expected spend. */
  revenue: Float64Array[];
  /** Per cohort, per projected period: the expected revenue from the observation end to the period's end. */
  revenueToEnd: Float64Array[];
}

/**
 * Each cohort's expected active customers and revenue in the calendar periods after the data that end within the
 * horizon, from its customers' fitted histories: a period's days d₁ … d₂ after the observation end E are the window (d₁ − 1 − E, d₂ − E] after T;
 * expected active customers = Σ P(alive) × P(a purchase in the window | alive) (purchaseInWindowGivenAlive);
 * expected revenue = Σ expected spend × P(alive) × (E[Y(end) | alive] − E[Y(start) | alive]), as the predictive CLV
 * counts purchases (undiscounted here). The part of a period the data end inside is in revenueToEnd only. Customers
 * acquired after the data are not in any cohort, so the projections are of the cohorts as they are.
 *
 * Source: the purchase models' conditional expectations (Fader, Hardie & Lee 2005 eq. 10 and its analogues) summed
 * over a cohort's customers; the definitions of docs/ARCHITECTURE.md ("Cohorts").
 * @example projectCohorts({ table, model, history, customerIndex, probabilityAlive, expectedSpend, timeUnit: "week", horizonMonths: 12 }).active[0][0]
 */
export function projectCohorts(inputs: CohortProjectionInputs): CohortProjection {
  const { table, model, history, customerIndex, probabilityAlive, expectedSpend, timeUnit, horizonMonths } = inputs;
  const { period, observationEndDay } = table;
  const firstPeriod = table.lastPeriod + 1;
  const horizonEnd = observationEndDay + horizonMonths * DAYS_PER_MONTH;
  // The last day before each projected period, then each period's last day: periods that end within the horizon.
  const boundaries: number[] = [periodStartDay(period, firstPeriod) - 1];
  while (periodStartDay(period, firstPeriod + boundaries.length) - 1 <= horizonEnd) boundaries.push(periodStartDay(period, firstPeriod + boundaries.length) - 1);
  const periods = boundaries.length - 1;
  const unitDays = daysPerUnit[timeUnit];
  const offsets = boundaries.map((day) => (day - observationEndDay) / unitDays);

  const cohortCount = table.cohorts.length;
  const active = Array.from({ length: cohortCount }, () => new Float64Array(periods));
  const revenue = Array.from({ length: cohortCount }, () => new Float64Array(periods).fill(expectedSpend ? 0 : Number.NaN));
  const revenueToEnd = Array.from({ length: cohortCount }, () => new Float64Array(periods).fill(expectedSpend ? 0 : Number.NaN));
  if (periods === 0) return { firstPeriod, periods, active, revenue, revenueToEnd };

  // Customers of equal (x, T) share every given-alive expectation, and (T fixing the first purchase day) a cohort:
  // sum their P(alive) and P(alive) × spend per (group, cohort) pair, then project each pair once.
  const groups = frequencyAgeGroups(history);
  const pairOf = new Map<number, number>();
  const pairGroup: number[] = [];
  const pairCohort: number[] = [];
  const pairAlive: number[] = [];
  const pairSpend: number[] = [];
  for (let i = 0; i < customerIndex.length; i += 1) {
    const cohort = table.cohortOfCustomer[customerIndex[i]];
    if (cohort < 0) continue;
    const key = groups.groupOf[i] * cohortCount + cohort;
    let pair = pairOf.get(key);
    if (pair === undefined) {
      pair = pairGroup.length;
      pairOf.set(key, pair);
      pairGroup.push(groups.groupOf[i]);
      pairCohort.push(cohort);
      pairAlive.push(0);
      pairSpend.push(0);
    }
    pairAlive[pair] += probabilityAlive[i];
    if (expectedSpend) pairSpend[pair] += probabilityAlive[i] * expectedSpend[i];
  }
  const purchasesBy = new Float64Array(periods + 1);
  for (let pair = 0; pair < pairGroup.length; pair += 1) {
    const x = groups.frequency[pairGroup[pair]];
    const T = groups.age[pairGroup[pair]];
    const cohort = pairCohort[pair];
    for (let j = 0; j < periods; j += 1) active[cohort][j] += pairAlive[pair] * purchaseInWindowGivenAlive(model, x, T, offsets[j], offsets[j + 1] - offsets[j]);
    if (!expectedSpend) continue;
    for (let j = 0; j <= periods; j += 1) purchasesBy[j] = modelPurchasesGivenAlive(model, x, T, offsets[j]);
    for (let j = 0; j < periods; j += 1) {
      revenue[cohort][j] += pairSpend[pair] * (purchasesBy[j + 1] - purchasesBy[j]);
      revenueToEnd[cohort][j] += pairSpend[pair] * purchasesBy[j + 1];
    }
  }
  return { firstPeriod, periods, active, revenue, revenueToEnd };
}
