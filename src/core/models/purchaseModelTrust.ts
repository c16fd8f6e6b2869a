import type { BgNbdFit } from "./fitBgNbd";
import type { DegenerateExtreme, ModelParameterName, ModelUnavailableReason } from "./modelUnavailable";
import { modelProbabilityAlive, type PurchaseModelFit } from "./purchaseModel";
import type { PurchaseHistory } from "./purchaseHistory";
import { abs, isFiniteNumber, log, sqrt } from "../hotGlobals";

/**
 * Fewest repeat buyers (x > 0) for a trusted BG/NBD fit. In the small-base study (docs/smallBaseStudy.md, four
 * simulated worlds, bases of 20 to 1,000 customers) 86 % of the fits on fewer than 10 repeat buyers and 73 % on
 * 10–19 were degenerate (59 % at 20–29, 19 % at 100–199), and even the sound ones among them misranked one-time
 * buyers more often: below 20 a sound fit is luck, not information.
 */
export const TRUSTED_MINIMUM_REPEAT_BUYERS = 20;

/**
 * Largest standard error of a log-parameter, SE(ln θ), for a trusted fit: 3 means the data pin θ down within a
 * factor e³ ≈ 20 either way at one standard error. In the study, fits beyond it ranked a one-time buyer above a
 * buyer with 5+ purchases against the true model's ranking 4 × as often (6.9 % of such pairs against 1.7 %), and it
 * caught all 353 fits that showed every repeat buyer 100 % alive (a → 0: no one ever leaves).
 */
export const TRUSTED_MAXIMUM_LOG_STANDARD_ERROR = 3;

/** P(alive) shown as 100.0 %: when every repeat buyer is at least this likely alive, the fit sees no dropout at all. */
const EVERYONE_ALIVE = 0.9995;

/** A purchase model's fit; a BgNbdFit without a name is the BG/NBD's. */
type TrustedFitCandidate = PurchaseModelFit | BgNbdFit;

function named(fit: TrustedFitCandidate): PurchaseModelFit {
  return "name" in fit ? fit : { name: "bgnbd", ...fit };
}

/** The parameters in the order of the fit's log-covariance. */
function parameterOrder(fit: PurchaseModelFit): ModelParameterName[] {
  return fit.name === "paretonbd" ? ["r", "alpha", "s", "beta"] : ["r", "alpha", "a", "b"];
}

/** The parameter that makes a model see no dropout when it runs away: a (BG/NBD, MBG/NBD) or s (Pareto/NBD). */
function dropoutParameter(fit: PurchaseModelFit): ModelParameterName {
  return fit.name === "paretonbd" ? "s" : "a";
}

/** The parameter that makes a fit degenerate, its estimate, and SE(ln θ) (Infinity when the data give no standard error). */
export interface FitDegeneracy {
  parameter: ModelParameterName;
  value: number;
  logStandardError: number;
}

/**
 * Whether a purchase model's fit is degenerate: some parameter is not determined by the data — its estimate is not finite,
 * the observed information gives no covariance, or SE(ln θ) > TRUSTED_MAXIMUM_LOG_STANDARD_ERROR — or a unit-free
 * parameter ran away (runawayParameter), or the fit sees no dropout at all (every repeat buyer of `history` has P(alive) ≥ 99.95 %, which reads as 100.0 %; then a, or
 * s for the Pareto/NBD, is named). Returns the worst parameter (the largest SE(ln θ); among equals, e.g. with no
 * covariance at all, the unit-free one furthest from 1), or null when the fit is sound.
 * @example fitDegeneracy(history, fit) // { parameter: "a", value: 0.0000152, logStandardError: Infinity } on a 40-customer base
 */
export function fitDegeneracy(
  history: PurchaseHistory,
  candidate: TrustedFitCandidate,
  maximumLogStandardError = TRUSTED_MAXIMUM_LOG_STANDARD_ERROR,
): FitDegeneracy | null {
  const fit = named(candidate);
  const covariance = fit.logCovariance;
  const values: Record<string, number> = { ...fit.parameters };
  const order = parameterOrder(fit);
  let worst: FitDegeneracy | null = null;
  order.forEach((parameter, index) => {
    const value = values[parameter];
    const variance = covariance ? covariance[index * 4 + index] : Number.NaN;
    const logStandardError = isFiniteNumber(value) && isFiniteNumber(variance) && variance >= 0 ? sqrt(variance) : Number.POSITIVE_INFINITY;
    if (!(logStandardError > maximumLogStandardError)) return;
    const found = { parameter, value, logStandardError };
    if (worst === null || logStandardError > worst.logStandardError || (logStandardError === worst.logStandardError && extremity(found) > extremity(worst))) {
      worst = found;
    }
  });
  if (worst === null) worst = runawayParameter(order, values, covariance);
  if (worst === null && everyoneAlive(history, fit)) {
    const parameter = dropoutParameter(fit);
    const index = order.indexOf(parameter);
    worst = { parameter, value: values[parameter], logStandardError: sqrt(covariance?.[index * 4 + index] ?? Number.POSITIVE_INFINITY) };
  }
  return worst;
}

/** A unit-free shape parameter beyond this factor from 1 (above 1,000 or below 0.001) has run to a bound of the model. */
export const RUNAWAY_FACTOR = 1e3;

/**
 * The unit-free parameter (r, a, b, s, or Gamma-Gamma's p, q) that ran away — beyond RUNAWAY_FACTOR from 1: the
 * likelihood rises toward a boundary of the model (e.g. s, β → ∞ together: a Pareto/NBD with one dropout rate for
 * everybody; p → ∞ in the Gamma-Gamma) and the estimate is where the optimizer stopped, not a finding — or null.
 * Parameters with a unit (α, β, v) are left out: their size depends on the time unit or currency.
 * @example runawayParameter(["r", "alpha", "s", "beta"], { r: 4.9, alpha: 19, s: 39339, beta: 548820 }, null) // { parameter: "s", value: 39339, … }
 */
export function runawayParameter(order: readonly ModelParameterName[], values: Record<string, number>, covariance: Float64Array | null): FitDegeneracy | null {
  let worst: FitDegeneracy | null = null;
  order.forEach((parameter, index) => {
    if (parameter === "alpha" || parameter === "beta" || parameter === "v") return;
    const value = values[parameter];
    if (!(abs(log(value)) > log(RUNAWAY_FACTOR))) return;
    const variance = covariance ? covariance[index * order.length + index] : Number.NaN;
    const found = { parameter, value, logStandardError: variance >= 0 ? sqrt(variance) : Number.POSITIVE_INFINITY };
    if (worst === null || extremity(found) > extremity(worst)) worst = found;
  });
  return worst;
}

/** How far a unit-free parameter (r, a, b, s) is from 1 on the log scale; α and β have a time unit, so 0. Breaks ties between parameters with no standard error. */
function extremity(degeneracy: FitDegeneracy): number {
  return degeneracy.parameter === "alpha" || degeneracy.parameter === "beta" ? 0 : abs(log(degeneracy.value));
}

function everyoneAlive(history: PurchaseHistory, fit: PurchaseModelFit): boolean {
  const { frequency, recency, T } = history;
  let repeatBuyers = 0;
  for (let i = 0; i < frequency.length; i += 1) {
    if (frequency[i] === 0) continue;
    repeatBuyers += 1;
    if (modelProbabilityAlive(fit, frequency[i], recency[i], T[i]) < EVERYONE_ALIVE) return false;
  }
  return repeatBuyers > 0;
}

/**
 * Where an undetermined estimate ended: near 0 (below 0.001), very large (above 1,000) or anywhere between. Only
 * this is reported, not the number: an estimate the data do not determine differs between runs and machines.
 * @example extremeOf(0.0000152) // "nearZero"
 */
export function extremeOf(value: number): DegenerateExtreme {
  if (value < 1e-3) return "nearZero";
  return value > 1e3 ? "veryLarge" : "undetermined";
}

/** Whether the purchase model may be used, or why the simple method is used instead. */
export type PurchaseModelTrust = { trusted: true } | { trusted: false; reason: ModelUnavailableReason };

/** Options of purchaseModelTrust (the study's values by default). */
export interface PurchaseModelTrustOptions {
  minimumRepeatBuyers?: number;
  maximumLogStandardError?: number;
}

/**
 * Whether a converged purchase model's fit (BG/NBD, MBG/NBD, Pareto/NBD) can be trusted to value customers, by the rule of the small-base study
 * (docs/smallBaseStudy.md): at least 20 repeat buyers (`smallBase` otherwise) and no degenerate parameter
 * (`degenerateFit`, naming the parameter and its estimate). fitBgNbd's own floors (30 customers, 10 repeat buyers)
 * come first; this decides between the fits it returns and the simple method.
 * `history` is the one the fit was made on.
 * @example purchaseModelTrust(history, fit) // { trusted: false, reason: { code: "degenerateFit", model: "bgnbd", customers: 40, parameter: "a", extreme: "nearZero" } }
 */
export function purchaseModelTrust(history: PurchaseHistory, candidate: TrustedFitCandidate, options: PurchaseModelTrustOptions = {}): PurchaseModelTrust {
  const fit = named(candidate);
  const minimum = options.minimumRepeatBuyers ?? TRUSTED_MINIMUM_REPEAT_BUYERS;
  if (fit.repeatBuyers < minimum) {
    return { trusted: false, reason: { code: "smallBase", model: fit.name, customers: fit.customers, repeatBuyers: fit.repeatBuyers, minimum } };
  }
  const degeneracy = fitDegeneracy(history, fit, options.maximumLogStandardError);
  if (degeneracy) {
    return { trusted: false, reason: { code: "degenerateFit", model: fit.name, customers: fit.customers, parameter: degeneracy.parameter, extreme: extremeOf(degeneracy.value) } };
  }
  return { trusted: true };
}
