import { weightTotal } from "../segments/weightedOrderStatistics";
import { RandomStream } from "../random/randomStream";
import type { ClvSchedule } from "./clvSettings";
import { expectedSpendColumn } from "./expectedSpend";
import { gammaGammaLogParameters, gammaGammaParametersFromLog, populationMeanSpend, type GammaGammaParameters } from "./gammaGammaParameters";
import { modelDiscountedPurchasesGivenAlive, predictModelClv, type ClvPrediction } from "./predictiveClv";
import { modelProbabilityAlive, purchaseModelFromLog, purchaseModelLogParameters, type PurchaseModel } from "./purchaseModel";
import type { SpendHistory } from "./purchaseHistory";
import type { ValueDistributions, ValueModels } from "./valueDistributions";
import { ceil, exp, max, min, sqrt } from "../hotGlobals";

/** Customer equity with its interval. */
export interface CustomerEquityForecast {
  /** Σ CLV of the existing customers + newCustomers × newCustomerClv. */
  value: number;
  /** The interval's central probability (0.8) and its ends. */
  level: number;
  low: number;
  high: number;
  existingCustomersValue: number;
  newCustomers: number;
  /** CLV of a brand-new customer: x = 0, T = 0, spending the population mean per purchase. */
  newCustomerClv: number;
  /** Standard deviation of the predictive distribution of the total, and the share of its variance that comes
   * from parameter uncertainty (shared by all customers, so it does not average out). */
  standardDeviation: number;
  parameterShareOfVariance: number;
  /** The model error the interval allows for: a relative error of the total (the standard deviation of its log) and
   * where it comes from — measured on the holdout, or the documented default. */
  modelError: ModelError;
}

/** A relative error of the model's total forecast, as the standard deviation of ln(forecast / actual). */
export interface ModelError {
  relative: number;
  source: "holdout" | "default";
}

/** What forecastCustomerEquity needs from the earlier steps. */
export interface CustomerEquityInput {
  models: ValueModels;
  history: SpendHistory;
  prediction: ClvPrediction;
  distributions: ValueDistributions;
  schedule: ClvSchedule;
  /** Expected number of new customers over the horizon (may be fractional); default 0. */
  newCustomers?: number;
  /** Spend per purchase of a new customer without a spend model (with one it is v·p/(q − 1)). */
  newCustomerSpend: number;
  /** Default 0.8. */
  level?: number;
  seed?: number;
  /** The model error to allow for; default: DEFAULT_MODEL_ERROR. */
  modelError?: ModelError;
}

/** Customers used for the parameter-uncertainty gradient (a systematic subsample, scaled up). */
const GRADIENT_CUSTOMERS = 1000;
const GRADIENT_STEP = 1e-4;
const QUANTILE_DRAWS = 20_000;

/**
 * The model error allowed for without a holdout: 15 % (the standard deviation of ln(forecast / actual) of the
 * customer-base total). docs/equityCoverageStudy.md: the three models' misses on their own holdouts over the study's
 * datasets had a root mean square of about that size, and with it the ranges held the actual future revenue in
 * at least 8 of 10 datasets.
 */
export const DEFAULT_MODEL_ERROR = 0.15;

/**
 * Customer equity (Blattberg & Deighton 1996; Gupta, Lehmann & Stuart 2004): Σ predicted CLV of the
 * current customers + expected new customers × the CLV of a new customer, with an interval for the total.
 *
 * The total's predictive distribution has two parts. Individual randomness: customers are independent given the
 * parameters, so its cumulants are the sums of the customers' cumulants (κ₂, κ₃ from each customer's mixture of
 * an atom at 0 and their simulated group distribution). Parameter uncertainty: shared by every customer, so it
 * does not average out; its variance is ∇μᵀ Σ ∇μ (delta method) with μ(θ) the total expected value and Σ the
 * fits' covariance, ∇μ by forward differences on a 1 000-customer systematic subsample scaled to the base.
 * The total is then a shifted gamma matched to mean, variance and skewness (the translated-gamma approximation
 * of risk theory, Seal 1977, Scandinavian Actuarial Journal), normal when the skewness is ~0, and the interval
 * its (1 − level)/2 and (1 + level)/2 quantiles (by 20 000 seeded draws), never below 0.
 * @example forecastCustomerEquity({ models, history, prediction, distributions, schedule, newCustomers: 500, newCustomerSpend: 0 })
 */
export function forecastCustomerEquity(input: CustomerEquityInput): CustomerEquityForecast {
  const { models, prediction, distributions, schedule } = input;
  const level = input.level ?? 0.8;
  const newCustomers = input.newCustomers ?? 0;
  const spendModel = models.gammaGamma?.parameters ?? null;
  const newCustomerSpend = spendModel ? populationMeanSpend(spendModel) : input.newCustomerSpend;
  const newCustomerClv = (model: PurchaseModel, spend: number): number =>
    schedule.grossMargin * spend * modelProbabilityAlive(model, 0, 0, 0) * modelDiscountedPurchasesGivenAlive(model, 0, 0, schedule).discounted;
  const fittedNewCustomerClv = newCustomerClv(models.purchase.model, newCustomerSpend);

  let existingCustomersValue = 0;
  let secondCumulant = 0;
  let thirdCumulant = 0;
  const addCumulants = (weight: number, alive: number, scale: number, group: number): void => {
    const first = alive * scale * distributions.moments[3 * group];
    const second = alive * scale * scale * distributions.moments[3 * group + 1];
    const third = alive * scale * scale * scale * distributions.moments[3 * group + 2];
    secondCumulant += weight * max(0, second - first * first);
    thirdCumulant += weight * (third - 3 * second * first + 2 * first * first * first);
  };
  const { customersInRow } = input.history;
  for (let i = 0; i < prediction.clv.length; i += 1) {
    const weight = customersInRow ? customersInRow[i] : 1;
    existingCustomersValue += weight * prediction.clv[i];
    addCumulants(weight, prediction.probabilityAlive[i], distributions.scale[i], distributions.groupOf[i]);
  }
  if (newCustomers > 0) addCumulants(newCustomers, modelProbabilityAlive(models.purchase.model, 0, 0, 0), distributions.newCustomerScale, distributions.newCustomerGroup);
  const value = existingCustomersValue + newCustomers * fittedNewCustomerClv;
  const parameterVariance = totalValueParameterVariance(input, newCustomers, newCustomerClv);
  const variance = secondCumulant + parameterVariance;
  const modelError = input.modelError ?? { relative: DEFAULT_MODEL_ERROR, source: "default" };
  const [low, high] = totalQuantiles(value, variance, thirdCumulant, modelError.relative, [(1 - level) / 2, (1 + level) / 2], input.seed ?? 1);
  return {
    value,
    level,
    low,
    high,
    existingCustomersValue,
    newCustomers,
    newCustomerClv: fittedNewCustomerClv,
    standardDeviation: sqrt(variance),
    parameterShareOfVariance: variance > 0 ? parameterVariance / variance : 0,
    modelError,
  };
}

/**
 * ∇μᵀ Σ ∇μ over the BG/NBD and (if present) Gamma-Gamma log-parameters, fitted independently (block-diagonal Σ).
 * μ = Σ_i u_i(BG/NBD) · m̂_i(Gamma-Gamma) + new customers' value, with u_i the CLV per unit of spend, so the
 * spend-parameter derivatives need no new BG/NBD predictions.
 */
function totalValueParameterVariance(
  input: CustomerEquityInput,
  newCustomers: number,
  newCustomerClv: (model: PurchaseModel, spend: number) => number,
): number {
  const { models, history, schedule } = input;
  const count = history.frequency.length;
  const stride = max(1, ceil(count / GRADIENT_CUSTOMERS));
  const subsample = stridedHistory(history, stride);
  const fixedSpend = stridedColumn(input.prediction.expectedSpend, stride);
  const rowCustomers = history.customersInRow ?? new Float64Array(count).fill(1);
  const subsampleCustomers = stridedColumn(rowCustomers, stride);
  const scaleUp = weightTotal(rowCustomers) / weightTotal(subsampleCustomers);
  const unitSpend = new Float64Array(subsample.frequency.length).fill(1);
  const valuePerSpend = (model: PurchaseModel): Float64Array => predictModelClv(model, unitSpend, subsample, schedule).clv;
  const total = (model: PurchaseModel, perSpend: Float64Array, spend: GammaGammaParameters | null): number => {
    const spendColumn = spend ? expectedSpendColumn(spend, subsample.frequency, subsample.monetary) : fixedSpend;
    let sum = 0;
    for (let i = 0; i < perSpend.length; i += 1) sum += subsampleCustomers[i] * perSpend[i] * spendColumn[i];
    const newSpend = spend ? populationMeanSpend(spend) : input.newCustomerSpend;
    return scaleUp * sum + newCustomers * newCustomerClv(model, newSpend);
  };
  const spendParameters = models.gammaGamma?.parameters ?? null;
  const fittedModel = models.purchase.model;
  const basePerSpend = valuePerSpend(fittedModel);
  const base = total(fittedModel, basePerSpend, spendParameters);
  let variance = 0;
  const purchaseCovariance = models.purchase.logCovariance;
  if (purchaseCovariance) {
    const center = purchaseModelLogParameters(fittedModel);
    const gradient = forwardGradient(
      center,
      (point) => {
        const model = purchaseModelFromLog(fittedModel.name, point);
        return total(model, valuePerSpend(model), spendParameters);
      },
      base,
    );
    variance += quadraticForm(gradient, purchaseCovariance);
  }
  const spendCovariance = models.gammaGamma?.logCovariance;
  if (spendParameters && spendCovariance) {
    const center = gammaGammaLogParameters(spendParameters);
    const gradient = forwardGradient(
      center,
      (point) => total(fittedModel, basePerSpend, gammaGammaParametersFromLog(point)),
      base,
    );
    variance += quadraticForm(gradient, spendCovariance);
  }
  return variance;
}

function forwardGradient(center: Float64Array, evaluate: (point: Float64Array) => number, base: number): Float64Array {
  const gradient = new Float64Array(center.length);
  const point = Float64Array.from(center);
  for (let i = 0; i < center.length; i += 1) {
    point[i] = center[i] + GRADIENT_STEP;
    gradient[i] = (evaluate(point) - base) / GRADIENT_STEP;
    point[i] = center[i];
  }
  return gradient;
}

function quadraticForm(vector: Float64Array, matrix: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < vector.length; i += 1) {
    for (let j = 0; j < vector.length; j += 1) sum += vector[i] * matrix[i * vector.length + j] * vector[j];
  }
  return sum;
}

/**
 * Quantiles of the total, ≥ 0: the shifted gamma with this mean, variance and third cumulant (normal when the skew is
 * ~0) times an independent model-error factor exp(σ z − σ²/2), z standard normal (a lognormal with mean 1, so the
 * forecast stays the centre in expectation: the model may be off either way).
 */
function totalQuantiles(mean: number, variance: number, thirdCumulant: number, modelError: number, levels: number[], seed: number): number[] {
  if (!(variance > 0) && !(modelError > 0)) return levels.map(() => max(0, mean));
  const skewness = variance > 0 ? thirdCumulant / variance ** 1.5 : 0;
  const random = new RandomStream(seed, 0xe9);
  const draws = new Float64Array(QUANTILE_DRAWS);
  if (skewness > 1e-6) {
    const shape = 4 / (skewness * skewness);
    const scale = thirdCumulant / (2 * variance);
    for (let k = 0; k < draws.length; k += 1) draws[k] = mean + scale * (random.gamma(shape) - shape);
  } else {
    const deviation = sqrt(max(0, variance));
    for (let k = 0; k < draws.length; k += 1) draws[k] = mean + deviation * random.normal();
  }
  if (modelError > 0) {
    const shift = (modelError * modelError) / 2;
    for (let k = 0; k < draws.length; k += 1) draws[k] *= exp(modelError * random.normal() - shift);
  }
  draws.sort();
  return levels.map((level) => max(0, draws[min(draws.length - 1, max(0, ceil(level * draws.length) - 1))]));
}

function stridedColumn(column: Float64Array, stride: number): Float64Array {
  const out = new Float64Array(ceil(column.length / stride));
  for (let i = 0; i < out.length; i += 1) out[i] = column[i * stride];
  return out;
}

function stridedHistory(history: SpendHistory, stride: number): SpendHistory {
  return {
    frequency: stridedColumn(history.frequency, stride),
    recency: stridedColumn(history.recency, stride),
    T: stridedColumn(history.T, stride),
    monetary: stridedColumn(history.monetary, stride),
  };
}

