import { requireNonNegative } from "../argumentChecks";
import { clvIntervals } from "./clvIntervals";
import { clvSchedule, type ClvSettings } from "./clvSettings";
import { forecastCustomerEquity, type CustomerEquityForecast } from "./customerEquityForecast";
import { expectedSpendColumn } from "./expectedSpend";
import { fitBgNbd, type BgNbdFit } from "./fitBgNbd";
import { fitGammaGamma, type GammaGammaFit } from "./fitGammaGamma";
import { implausibleAmountLimit } from "../implausibleAmount";
import { historicalClv } from "./historicalClv";
import type { FitOutcome, ModelUnavailableReason } from "./modelUnavailable";
import { predictClv } from "./predictiveClv";
import { checkSpendHistory, type SpendHistory } from "./purchaseHistory";
import { spendIndependenceCheck, type SpendIndependence } from "./spendIndependence";
import { simulateValueDistributions, type ValueModels } from "./valueDistributions";

/** Settings of analyzeCustomerValue: the CLV valuation plus the equity and interval options. */
export interface CustomerValueSettings extends ClvSettings {
  /** Expected new customers over the horizon, for customer equity; default 0. */
  newCustomers?: number;
  /** Central probability of the intervals; default 0.8. */
  intervalLevel?: number;
  /** Seed of the interval simulation; default 1 (same data + seed = same intervals). */
  seed?: number;
  /** Simulated futures per group of similar customers; default 500. */
  samplesPerGroup?: number;
}

/**
 * How the CLVs were obtained:
 * - `model` with spend `gammaGamma`: BG/NBD + Gamma-Gamma, the full method;
 * - `model` with spend `customerAverage`: BG/NBD, but the spend model was unavailable (`spendReason`), so each
 *   repeat buyer's own mean repeat spend is used (others: the mean over repeat buyers), and the intervals leave out
 *   spend variation;
 * - `historical`: the BG/NBD was unavailable (`reason`); historicalClv, flagged, without intervals.
 */
export type ClvMethod =
  | { kind: "model"; spend: "gammaGamma" }
  | { kind: "model"; spend: "customerAverage"; spendReason: ModelUnavailableReason }
  | { kind: "historical"; reason: ModelUnavailableReason };

/** Per-customer results, index i = customer i of the history. */
export interface CustomerValues {
  clv: Float64Array;
  /** Present with the model method. */
  probabilityAlive?: Float64Array;
  /** Expected repeat purchases over the horizon; present with the model method. */
  expectedPurchases?: Float64Array;
  /** Expected spend per future purchase; present with the model method. */
  expectedSpend?: Float64Array;
  /** The CLV interval's ends; present with the model method. */
  clvLow?: Float64Array;
  clvHigh?: Float64Array;
}

/** Customer equity under the historical method: no interval. */
export interface HistoricalCustomerEquity {
  value: number;
  existingCustomersValue: number;
  newCustomers: number;
  /** The average historical CLV, used for each new customer. */
  newCustomerClv: number;
}

/** Everything analyzeCustomerValue found. */
export interface CustomerValueAnalysis {
  method: ClvMethod;
  bgnbd: FitOutcome<BgNbdFit>;
  gammaGamma: FitOutcome<GammaGammaFit>;
  /** The Gamma-Gamma independence diagnostic (correlation of x and m̄ among repeat buyers). */
  spendIndependence: SpendIndependence;
  /** Repeat buyers whose mean spend is implausible (see typicalSpendMonetary), left out of the spend model and averages. */
  spendOutliers: number;
  customers: CustomerValues;
  customerEquity: CustomerEquityForecast | HistoricalCustomerEquity;
}

/**
 * The whole model stage on a per-customer history: fit BG/NBD and Gamma-Gamma, predict P(alive), expected
 * purchases, expected spend and CLV over the horizon with 80 % intervals, and customer equity with its interval;
 * or, when the BG/NBD cannot be fitted, the historical CLV flagged with the reason (see ClvMethod).
 * The history must hold only customers to value (no NaN rows), in `settings.timeUnit`.
 * @example analyzeCustomerValue(history, { horizonMonths: 36, annualDiscountRate: 0.1, grossMargin: 0.3, timeUnit: "day", newCustomers: 1000 })
 */
export function analyzeCustomerValue(history: SpendHistory, settings: CustomerValueSettings): CustomerValueAnalysis {
  checkSpendHistory(history);
  const schedule = clvSchedule(settings);
  const newCustomers = requireNonNegative(settings.newCustomers ?? 0, "newCustomers");
  const bgnbd = fitBgNbd(history);
  const typicalSpend = typicalSpendMonetary(history);
  const spendOutliers = history.monetary.length - countTypical(typicalSpend, history);
  const gammaGamma = fitGammaGamma(history.frequency, typicalSpend);
  const spendIndependence = spendIndependenceCheck(history.frequency, typicalSpend);
  if (!bgnbd.ok) {
    const clv = historicalClv(history, schedule);
    let existingCustomersValue = 0;
    let typicalValue = 0;
    for (let i = 0; i < clv.length; i += 1) {
      existingCustomersValue += clv[i];
      if (isTypical(typicalSpend, history, i)) typicalValue += clv[i];
    }
    const typicalCustomers = clv.length - spendOutliers;
    const newCustomerClv = typicalCustomers > 0 ? typicalValue / typicalCustomers : 0;
    return {
      method: { kind: "historical", reason: bgnbd.reason },
      bgnbd,
      gammaGamma,
      spendIndependence,
      spendOutliers,
      customers: { clv },
      customerEquity: { value: existingCustomersValue + newCustomers * newCustomerClv, existingCustomersValue, newCustomers, newCustomerClv },
    };
  }
  const averageRepeatSpend = meanRepeatSpend(history.frequency, typicalSpend);
  const expectedSpend = gammaGamma.ok
    ? expectedSpendColumn(gammaGamma.fit.parameters, history.frequency, history.monetary)
    : history.monetary.map((monetary, i) => (history.frequency[i] > 0 && monetary > 0 ? monetary : averageRepeatSpend));
  const prediction = predictClv(bgnbd.fit.parameters, expectedSpend, history, schedule);
  const models: ValueModels = { bgnbd: bgnbd.fit, gammaGamma: gammaGamma.ok ? gammaGamma.fit : null };
  const distributions = simulateValueDistributions(models, history, expectedSpend, schedule, averageRepeatSpend, {
    seed: settings.seed,
    samplesPerGroup: settings.samplesPerGroup,
  });
  const intervals = clvIntervals(distributions, prediction.probabilityAlive, settings.intervalLevel);
  const customerEquity = forecastCustomerEquity({
    models,
    history,
    prediction,
    distributions,
    schedule,
    newCustomers,
    newCustomerSpend: averageRepeatSpend,
    level: settings.intervalLevel,
    seed: settings.seed,
  });
  const method: ClvMethod = gammaGamma.ok
    ? { kind: "model", spend: "gammaGamma" }
    : { kind: "model", spend: "customerAverage", spendReason: gammaGamma.reason };
  return {
    method,
    bgnbd,
    gammaGamma,
    spendIndependence,
    spendOutliers,
    customers: {
      clv: prediction.clv,
      probabilityAlive: prediction.probabilityAlive,
      expectedPurchases: prediction.expectedPurchases,
      expectedSpend,
      clvLow: intervals.low,
      clvHigh: intervals.high,
    },
    customerEquity,
  };
}

/** Mean of m̄ over repeat buyers with spend; 0 when there are none. */
function meanRepeatSpend(frequency: Float64Array, monetary: Float64Array): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < frequency.length; i += 1) {
    if (frequency[i] > 0 && monetary[i] > 0) {
      sum += monetary[i];
      count += 1;
    }
  }
  return count > 0 ? sum / count : 0;
}

/**
 * m̄ with the implausible spenders' set to 0: a repeat buyer whose mean spend is above implausibleAmountLimit of the
 * repeat buyers' is left out of the spend model and of the averages other customers are valued with, so that one
 * customer's data (10^15 typed for 1500) never inflates another's value. Their own CLV still uses their own spend.
 */
function typicalSpendMonetary(history: SpendHistory): Float64Array {
  const { frequency, monetary } = history;
  const count = monetary.length;
  const repeatBuyers = new Uint8Array(count);
  for (let i = 0; i < count; i += 1) repeatBuyers[i] = frequency[i] > 0 ? 1 : 0;
  const limit = implausibleAmountLimit(monetary, count, repeatBuyers);
  let outliers = 0;
  for (let i = 0; i < count; i += 1) if (repeatBuyers[i] === 1 && monetary[i] > limit) outliers += 1;
  if (outliers === 0) return monetary;
  const typical = new Float64Array(count);
  for (let i = 0; i < count; i += 1) typical[i] = repeatBuyers[i] === 1 && monetary[i] > limit ? 0 : monetary[i];
  return typical;
}

/** Whether customer i's spend was kept (not an implausible spender). */
function isTypical(typicalSpend: Float64Array, history: SpendHistory, i: number): boolean {
  return typicalSpend[i] === history.monetary[i];
}

function countTypical(typicalSpend: Float64Array, history: SpendHistory): number {
  if (typicalSpend === history.monetary) return typicalSpend.length;
  let count = 0;
  for (let i = 0; i < typicalSpend.length; i += 1) if (isTypical(typicalSpend, history, i)) count += 1;
  return count;
}
