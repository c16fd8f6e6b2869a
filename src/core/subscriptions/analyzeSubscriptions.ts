import { InputError } from "../inputError";
import { fitShiftedBetaGeometric, type SbgFit } from "../models/fitShiftedBetaGeometric";
import type { SbgData } from "../models/sbgData";
import { sbgDiscountedResidualLifetime, sbgExpectedRemainingPeriods, sbgRetentionRate, sbgSurvival } from "../models/sbgPredictions";
import { observedSurvival } from "./observedSurvival";
import type { SubscriptionCohort } from "./readSubscriptionData";

/** What a subscriptions analysis is asked for. */
export interface SubscriptionSettings {
  /** Periods projected beyond the last one observed (a whole number ≥ 1). */
  projectPeriods: number;
  /** Discount rate per period as a fraction (0.1 = 10 %), for the discounted expected residual lifetime. */
  discountRate: number;
  /** The margin a customer brings per period; without it, no residual value in money. */
  valuePerPeriod?: number;
}

/** Projected periods when none are asked for. */
export const DEFAULT_PROJECT_PERIODS = 5;
/** Discount rate per period when none is given (Fader & Hardie 2010 value their yearly cohorts at 10 %). */
export const DEFAULT_SUBSCRIPTION_DISCOUNT_RATE = 0.1;

/**
 * One period of a cohort's survival curve: observed for the periods in the data, projected (by the model) after them.
 * Period 0 is the start (everyone active); retention is for t ≥ 1.
 */
export interface SurvivalRow {
  period: number;
  projected: boolean;
  /** Customers still active after the period as observed (period 0: the cohort's customers); null when projected. */
  activeCustomers: number | null;
  observedSurvival: number | null;
  observedRetention: number | null;
  /** The model's S(t) and r_t; null when the model could not be fitted. */
  modelSurvival: number | null;
  modelRetention: number | null;
}

/**
 * What a customer who has renewed `renewals` times is worth from now on: the chance of the next renewal, the expected
 * further periods (Infinity when α ≤ 1), the discounted expected residual lifetime in periods (DERL, Fader & Hardie
 * 2010, eq. 6; Infinity when α ≤ 1 and the discount rate is 0) and DERL × value per period (null without a value).
 */
export interface ResidualValueRow {
  renewals: number;
  /** Customers in the data still active after exactly `renewals` renewals. */
  activeCustomers: number;
  renewalChance: number;
  expectedRemainingPeriods: number;
  discountedRemainingPeriods: number;
  residualValue: number | null;
}

/** One cohort's fit (or why the model could not be fitted), its survival curve and its customers' residual value. */
export interface CohortAnalysis {
  /** The cohort column's text; undefined without a cohort column. */
  name: string | undefined;
  customers: number;
  cancelled: number;
  lastPeriod: number;
  fit: SbgFit | undefined;
  /** Why the model could not be fitted to this cohort (tooFewCustomers, noChurners, …). */
  refusal: InputError | undefined;
  survival: SurvivalRow[];
  /** Expected further periods of a customer in their first period (Infinity when α ≤ 1); null without a fit. */
  expectedRemainingPeriods: number | null;
  /** Renewals 0 … the last period observed; empty without a fit. */
  residualValues: ResidualValueRow[];
  /** Σ over the active customers of their residual value (null without a value per period or a fit; may be Infinity). */
  activeCustomersValue: number | null;
}

/** A subscriptions analysis: each cohort's, in the data's order, with the settings it was made with. */
export interface SubscriptionAnalysis {
  settings: SubscriptionSettings;
  cohorts: CohortAnalysis[];
}

/** Customers still active after exactly t periods (t renewals made), by t. */
function activeByRenewals(data: SbgData): Map<number, number> {
  const counts = new Map<number, number>();
  data.periods.forEach((t, k) => counts.set(t, (counts.get(t) ?? 0) + data.active[k]));
  return counts;
}

/** The fit, or the InputError that says why the data cannot determine α and β. */
function tryFit(data: SbgData, argument: string): { fit: SbgFit } | { refusal: InputError } {
  try {
    return { fit: fitShiftedBetaGeometric(data, { argument }) };
  } catch (error) {
    if (error instanceof InputError) return { refusal: error };
    throw error;
  }
}

/**
 * One cohort: fits the sBG model (Fader & Hardie 2007), lays the observed survival and retention beside the model's
 * for every period in the data and projects `projectPeriods` more; the expected further periods of a new customer and,
 * for each number of renewals seen in the data, the residual value (Fader & Hardie 2010). `argument` names the data in
 * a refusal's message (the cohort, or the column).
 * @example analyzeCohort({ name: "regular", data: sbgDataFromSurvivors(Float64Array.of(1000, 631, 468, 382, 326, 289, 262, 241)) }, { projectPeriods: 5, discountRate: 0.1 }, "regular").fit?.parameters // α 0.704, β 1.182
 */
export function analyzeCohort(cohort: SubscriptionCohort, settings: SubscriptionSettings, argument: string): CohortAnalysis {
  const { data } = cohort;
  const observed = observedSurvival(data);
  const outcome = tryFit(data, argument);
  const fit = "fit" in outcome ? outcome.fit : undefined;
  const parameters = fit?.parameters;
  const survival: SurvivalRow[] = [];
  for (let t = 0; t <= observed.lastPeriod + settings.projectPeriods; t += 1) {
    const projected = t > observed.lastPeriod;
    survival.push({
      period: t,
      projected,
      activeCustomers: projected ? null : t === 0 ? data.customers : observed.atRisk[t - 1] - observed.cancelled[t - 1],
      observedSurvival: projected ? null : observed.survival[t],
      observedRetention: projected || t === 0 || observed.survival[t - 1] === 0 ? null : observed.survival[t] / observed.survival[t - 1],
      modelSurvival: parameters ? sbgSurvival(parameters, t) : null,
      modelRetention: parameters && t > 0 ? sbgRetentionRate(parameters, t) : null,
    });
  }
  const active = activeByRenewals(data);
  const residualValues: ResidualValueRow[] = parameters
    ? Array.from({ length: observed.lastPeriod + 1 }, (_, renewals) => {
        const discounted = sbgDiscountedResidualLifetime(parameters, renewals, settings.discountRate);
        return {
          renewals,
          activeCustomers: active.get(renewals) ?? 0,
          renewalChance: sbgRetentionRate(parameters, renewals + 1),
          expectedRemainingPeriods: sbgExpectedRemainingPeriods(parameters, renewals),
          discountedRemainingPeriods: discounted,
          residualValue: settings.valuePerPeriod === undefined ? null : settings.valuePerPeriod * discounted,
        };
      })
    : [];
  const activeCustomersValue =
    parameters && settings.valuePerPeriod !== undefined
      ? residualValues.reduce((sum, row) => sum + (row.activeCustomers > 0 ? row.activeCustomers * (row.residualValue as number) : 0), 0)
      : null;
  return {
    name: cohort.name,
    customers: data.customers,
    cancelled: data.churners,
    lastPeriod: observed.lastPeriod,
    fit,
    refusal: "refusal" in outcome ? outcome.refusal : undefined,
    survival,
    expectedRemainingPeriods: parameters ? sbgExpectedRemainingPeriods(parameters, 0) : null,
    residualValues,
    activeCustomersValue,
  };
}

/**
 * Analyses each cohort separately (analyzeCohort), as Fader & Hardie (2007) fit their regular and high-end customers.
 * `argument` names data without a cohort column in a refusal's message.
 * @example analyzeSubscriptions(readSubscriptionData(rows).cohorts, { projectPeriods: 5, discountRate: 0.1 }, "Perioder").cohorts.length // one per cohort
 */
export function analyzeSubscriptions(cohorts: readonly SubscriptionCohort[], settings: SubscriptionSettings, argument: string): SubscriptionAnalysis {
  return { settings, cohorts: cohorts.map((cohort) => analyzeCohort(cohort, settings, cohort.name ?? argument)) };
}
