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
  /** Periods are projected while they start within this many months after the observation end. */
  horizonMonths: number;
}

/** The model's expectation for each cohort in the calendar periods after the data, up to the horizon. */
export interface CohortProjection {
  /** The number of the first projected period: the one after the observation end's (periodOfDay). */
  firstPeriod: number;
  /** How many periods are projected. */
  periods: number;
  /** Per cohort (the table's order), per projected period: the expected number of customers who buy in it. */
  active: Float64Array[];
  /** Per cohort, per projected period: the expected revenue in it (before margin); NaN without expected spend. */
  revenue: Float64Array[];
  /** Per cohort, per projected period: the expected revenue from the observation end to the period's end. */
  revenueToEnd: Float64Array[];
}

/**
 * Each cohort's expected active customers and revenue in the calendar periods after the data, from its customers'
 * fitted histories: a period's days d₁ … d₂ after the observation end E are the window (d₁ − 1 − E, d₂ − E] after T;
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
  const boundaries: number[] = [periodStartDay(period, firstPeriod) - 1];
  while (periodStartDay(period, firstPeriod + boundaries.length - 1) <= horizonEnd) boundaries.push(periodStartDay(period, firstPeriod + boundaries.length) - 1);
  const periods = boundaries.length - 1;
  const unitDays = daysPerUnit[timeUnit];
  const offsets = boundaries.map((day) => (day - observationEndDay) / unitDays);

  const cohortCount = table.cohorts.length;
  const active = Array.from({ length: cohortCount }, () => new Float64Array(periods));
  const revenue = Array.from({ length: cohortCount }, () => new Float64Array(periods).fill(expectedSpend ? 0 : Number.NaN));
  const revenueToEnd = Array.from({ length: cohortCount }, () => new Float64Array(periods).fill(expectedSpend ? 0 : Number.NaN));
  if (periods === 0) return { firstPeriod, periods, active, revenue, revenueToEnd };

  const groups = frequencyAgeGroups(history);
  const groupCount = groups.frequency.length;
  const buys = new Float64Array(groupCount * periods);
  const purchasesBy = new Float64Array(groupCount * (periods + 1));
  for (let g = 0; g < groupCount; g += 1) {
    const x = groups.frequency[g];
    const T = groups.age[g];
    for (let j = 0; j <= periods; j += 1) purchasesBy[g * (periods + 1) + j] = modelPurchasesGivenAlive(model, x, T, offsets[j]);
    for (let j = 0; j < periods; j += 1) buys[g * periods + j] = purchaseInWindowGivenAlive(model, x, T, offsets[j], offsets[j + 1] - offsets[j]);
  }
  for (let i = 0; i < customerIndex.length; i += 1) {
    const cohort = table.cohortOfCustomer[customerIndex[i]];
    if (cohort < 0) continue;
    const alive = probabilityAlive[i];
    const g = groups.groupOf[i];
    const cohortActive = active[cohort];
    for (let j = 0; j < periods; j += 1) cohortActive[j] += alive * buys[g * periods + j];
    if (!expectedSpend) continue;
    const spendIfAlive = alive * expectedSpend[i];
    const cohortRevenue = revenue[cohort];
    const cohortToEnd = revenueToEnd[cohort];
    const base = g * (periods + 1);
    for (let j = 0; j < periods; j += 1) {
      cohortRevenue[j] += spendIfAlive * (purchasesBy[base + j + 1] - purchasesBy[base + j]);
      cohortToEnd[j] += spendIfAlive * purchasesBy[base + j + 1];
    }
  }
  return { firstPeriod, periods, active, revenue, revenueToEnd };
}
