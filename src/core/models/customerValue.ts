import { requireNonNegative } from "../argumentChecks";
import { clvIntervals } from "./clvIntervals";
import { clvSchedule, type ClvSettings } from "./clvSettings";
import { forecastCustomerEquity, type CustomerEquityForecast, type ModelError } from "./customerEquityForecast";
import { expectedSpendColumn } from "./expectedSpend";
import { modelPurchaseChanceColumn } from "./purchaseChance";
import type { PurchaseModelFit } from "./purchaseModel";
import { choosePurchaseModel, type PurchaseModelChoice, type PurchaseModelRequest } from "./purchaseModelChoice";
import { fitGammaGamma, type GammaGammaFit } from "./fitGammaGamma";
import { implausibleAmountLimit } from "../implausibleAmount";
import type { FitOutcome, ModelUnavailableReason, PurchaseModelName } from "./modelUnavailable";
import { predictModelClv } from "./predictiveClv";
import { checkSpendHistory, type SpendHistory } from "./purchaseHistory";
import { spendIndependenceCheck, type SpendIndependence } from "./spendIndependence";
import { simulateValueDistributions, type ValueModels } from "./valueDistributions";
import { simpleCustomerClv, type SimpleValuation } from "./simpleCustomerValue";
import { spendModelTrust } from "./spendModelTrust";
import { shrunkSpend } from "./spendShrinkage";

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
  /** The purchase model: one by name, or "auto" (default: chosen by holdout error when `holdoutErrors` are given, else by likelihood). */
  purchaseModel?: PurchaseModelRequest;
  /** Each model's error on a holdout (fitted on the calibration period), for the auto choice. */
  holdoutErrors?: Partial<Record<PurchaseModelName, number>>;
  /** Each model's miss of the holdout's total repeat purchases, ln(predicted / actual): the model error the equity range allows for. */
  holdoutMisses?: Partial<Record<PurchaseModelName, number>>;
  /** The holdout period's length in months (the misses are scaled from it to the horizon). */
  holdoutMonths?: number;
}

/**
 * How the CLVs were obtained:
 * - `model` with spend `gammaGamma`: the purchase model (CustomerValueAnalysis.purchase) + Gamma-Gamma, the full method;
 * - `model` with spend `customerAverage`: the purchase model, but the spend model was unavailable (`spendReason`), so each
 *   repeat buyer's own mean repeat spend shrunk toward the median over repeat buyers is used (others: the median;
 *   shrunkSpend), and the intervals leave out spend variation;
 * - `simple`: the article's formula (simpleCustomerClv: each customer's revenue per year carried over a lifetime),
 *   because no purchase model could be fitted or trusted on this base (`reason`); without intervals.
 */
export type ClvMethod =
  | { kind: "model"; spend: "gammaGamma" }
  | { kind: "model"; spend: "customerAverage"; spendReason: ModelUnavailableReason }
  | { kind: "simple"; reason: ModelUnavailableReason };

/** Per-customer results, index i = customer i of the history. */
export interface CustomerValues {
  clv: Float64Array;
  /** Present with the model method. */
  probabilityAlive?: Float64Array;
  /** Expected repeat purchases over the horizon; present with the model method. */
  expectedPurchases?: Float64Array;
  /** The chance of at least one purchase within the horizon (purchaseChance); present with the model method. */
  purchaseChance?: Float64Array;
  /** Expected spend per future purchase; present with the model method. */
  expectedSpend?: Float64Array;
  /** The CLV interval's ends; present with the model method. */
  clvLow?: Float64Array;
  clvHigh?: Float64Array;
}

/** Customer equity under the simple method: average CLV × (existing + new customers), no interval. */
export interface SimpleCustomerEquity {
  value: number;
  existingCustomersValue: number;
  newCustomers: number;
  /** The average CLV of the existing customers (implausible spenders left out), used for each new customer. */
  newCustomerClv: number;
}

/** What the simple method values customers with: revenue per customer of the history, and the valuation. */
export interface SimpleValueInputs {
  revenue: Float64Array;
  valuation: SimpleValuation;
}

/** Everything analyzeCustomerValue found. */
export interface CustomerValueAnalysis {
  method: ClvMethod;
  /** The purchase model used (BG/NBD, MBG/NBD or Pareto/NBD), or why none could be. */
  purchase: FitOutcome<PurchaseModelFit>;
  /** Which purchase models were tried, how each did, and why the one used was chosen. */
  modelChoice: PurchaseModelChoice;
  gammaGamma: FitOutcome<GammaGammaFit>;
  /** The Gamma-Gamma independence diagnostic (correlation of x and m̄ among repeat buyers). */
  spendIndependence: SpendIndependence;
  /** Repeat buyers whose mean spend is implausible (see typicalSpendMonetary), left out of the spend model and averages. */
  spendOutliers: number;
  customers: CustomerValues;
  customerEquity: CustomerEquityForecast | SimpleCustomerEquity;
}

/**
 * The whole model stage on a per-customer history: choose and fit the purchase model (choosePurchaseModel) and
 * Gamma-Gamma, predict P(alive), expected
 * purchases, expected spend and CLV over the horizon with 80 % intervals, and customer equity with its interval;
 * or, when no purchase model can be fitted or trusted on this base (purchaseModelTrust), the simple CLV
 * (simpleCustomerClv on `simple`) flagged with the reason (see ClvMethod).
 * The history must hold only customers to value (no NaN rows), in `settings.timeUnit`; `simple.revenue` is
 * aligned with it.
 * @example analyzeCustomerValue(history, { horizonMonths: 36, annualDiscountRate: 0.1, grossMargin: 0.3, timeUnit: "day", newCustomers: 1000 }, simple)
 */
export function analyzeCustomerValue(history: SpendHistory, settings: CustomerValueSettings, simple: SimpleValueInputs): CustomerValueAnalysis {
  checkSpendHistory(history);
  const schedule = clvSchedule(settings);
  const newCustomers = requireNonNegative(settings.newCustomers ?? 0, "newCustomers");
  const modelChoice = choosePurchaseModel(history, settings.purchaseModel ?? "auto", settings.holdoutErrors);
  const purchase = chosenOutcome(modelChoice);
  const { customersInRow } = history;
  const { monetary: typicalSpend, typical, outliers: spendOutliers } = typicalSpenders(history.frequency, history.monetary, customersInRow);
  const spendIndependence = spendIndependenceCheck(history.frequency, typicalSpend, customersInRow);
  if (!purchase.ok) {
    // The simple formula takes each customer's own amounts: a spend model fitted here would be shown but not used.
    const gammaGamma: FitOutcome<GammaGammaFit> = { ok: false, reason: { code: "withoutPurchaseModel", model: "gammaGamma" } };
    const { clv, customerEquity } = simpleCustomerValue(simple, typical, newCustomers, customersInRow);
    return { method: { kind: "simple", reason: purchase.reason }, purchase, modelChoice, gammaGamma, spendIndependence, spendOutliers, customers: { clv }, customerEquity };
  }
  const gammaGamma = spendModelTrust(fitGammaGamma(history.frequency, typicalSpend, { customersInRow }));
  const fallbackSpend = shrunkSpend(history.frequency, history.monetary, typicalSpend, customersInRow);
  const spendCentre = fallbackSpend.centre;
  const expectedSpend = gammaGamma.ok ? expectedSpendColumn(gammaGamma.fit.parameters, history.frequency, history.monetary) : fallbackSpend.expectedSpend;
  const model = purchase.fit;
  const prediction = predictModelClv(model, expectedSpend, history, schedule);
  const models: ValueModels = { purchase: { model, logCovariance: model.logCovariance }, gammaGamma: gammaGamma.ok ? gammaGamma.fit : null };
  const distributions = simulateValueDistributions(models, history, expectedSpend, schedule, spendCentre, {
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
    newCustomerSpend: spendCentre,
    level: settings.intervalLevel,
    seed: settings.seed,
    modelError: measuredModelError(settings.holdoutMisses?.[model.name], settings.holdoutMonths, settings.horizonMonths),
  });
  const method: ClvMethod = gammaGamma.ok
    ? { kind: "model", spend: "gammaGamma" }
    : { kind: "model", spend: "customerAverage", spendReason: gammaGamma.reason };
  return {
    method,
    purchase,
    modelChoice,
    gammaGamma,
    spendIndependence,
    spendOutliers,
    customers: {
      clv: prediction.clv,
      probabilityAlive: prediction.probabilityAlive,
      expectedPurchases: prediction.expectedPurchases,
      purchaseChance: modelPurchaseChanceColumn(model, history, schedule.monthEnds[schedule.monthEnds.length - 1] ?? 0),
      expectedSpend,
      clvLow: intervals.low,
      clvHigh: intervals.high,
    },
    customerEquity,
  };
}

/**
 * The simple CLV of every customer and customer equity = average CLV × (existing + new customers), the average
 * taken over the `typical` customers (1 = not an implausible spender), so one customer's data never inflates
 * another's value; a grouped table's rows count their customersInRow.
 * @example simpleCustomerValue({ revenue, valuation }, new Uint8Array(revenue.length).fill(1), 100).customerEquity.value
 */
export function simpleCustomerValue(
  simple: SimpleValueInputs,
  typical: Uint8Array,
  newCustomers: number,
  customersInRow?: Float64Array,
): { clv: Float64Array; customerEquity: SimpleCustomerEquity } {
  const clv = simpleCustomerClv(simple.revenue, simple.valuation);
  let existingCustomersValue = 0;
  let typicalValue = 0;
  let typicalCustomers = 0;
  for (let i = 0; i < clv.length; i += 1) {
    const weight = customersInRow ? customersInRow[i] : 1;
    existingCustomersValue += weight * clv[i];
    if (typical[i] === 1) {
      typicalValue += weight * clv[i];
      typicalCustomers += weight;
    }
  }
  const newCustomerClv = typicalCustomers > 0 ? typicalValue / typicalCustomers : 0;
  return { clv, customerEquity: { value: existingCustomersValue + newCustomers * newCustomerClv, existingCustomersValue, newCustomers, newCustomerClv } };
}

/** The repeat buyers' spend with the implausible spenders' left out (typicalSpenders). */
export interface TypicalSpend {
  /** m̄, 0 for an implausible spender; the history's own column when there is none. */
  monetary: Float64Array;
  /** 1 = the customer's spend is kept, 0 = an implausible spender. */
  typical: Uint8Array;
  /** Implausible spenders (customers; a grouped row counts its customersInRow). */
  outliers: number;
}

/**
 * m̄ with the implausible spenders' set to 0: a repeat buyer whose mean spend is above implausibleAmountLimit of the
 * repeat buyers' is left out of the spend model and of the averages other customers are valued with, so that one
 * customer's data (10^15 typed for 1500) never inflates another's value. Their own CLV still uses their own spend.
 * @example typicalSpenders(Float64Array.of(1, 1, 1), Float64Array.of(20, 30, 1e15)).outliers // 1
 */
export function typicalSpenders(frequency: Float64Array, monetary: Float64Array, customersInRow?: Float64Array): TypicalSpend {
  const count = monetary.length;
  const repeatBuyers = new Uint8Array(count);
  for (let i = 0; i < count; i += 1) repeatBuyers[i] = frequency[i] > 0 ? 1 : 0;
  const limit = implausibleAmountLimit(monetary, count, repeatBuyers, customersInRow);
  const typical = new Uint8Array(count).fill(1);
  let outliers = 0;
  for (let i = 0; i < count; i += 1) {
    if (repeatBuyers[i] === 1 && monetary[i] > limit) {
      typical[i] = 0;
      outliers += customersInRow ? customersInRow[i] : 1;
    }
  }
  if (outliers === 0) return { monetary, typical, outliers };
  return { monetary: monetary.map((value, i) => (typical[i] === 1 ? value : 0)), typical, outliers };
}

/** The chosen model's fit; without one, the reason of the model asked for (auto: the BG/NBD's, the first tried). */
function chosenOutcome(choice: PurchaseModelChoice): FitOutcome<PurchaseModelFit> {
  const chosen = choice.candidates.find((candidate) => candidate.name === choice.chosen);
  return (chosen ?? choice.candidates[0]).outcome;
}

/**
 * The model error measured on a holdout: |ln(predicted / actual)| of the holdout's total repeat purchases (one draw of
 * the model's miss on these data, used as its standard deviation), grown with the square root of the horizon over
 * the holdout's length when the horizon is longer (a miss that builds up like a random walk, e.g. a drift in the
 * purchase rates); undefined without a holdout (DEFAULT_MODEL_ERROR is used).
 */
function measuredModelError(miss: number | undefined, holdoutMonths: number | undefined, horizonMonths: number): ModelError | undefined {
  if (miss === undefined || !Number.isFinite(miss)) return undefined;
  const growth = holdoutMonths !== undefined && holdoutMonths > 0 ? Math.sqrt(Math.max(1, horizonMonths / holdoutMonths)) : 1;
  return { relative: Math.abs(miss) * growth, source: "holdout" };
}
