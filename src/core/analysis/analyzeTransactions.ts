import { requireNonNegative } from "../argumentChecks";
import { analyzeCustomerValue, simpleCustomerValue, typicalSpenders, type CustomerValueAnalysis } from "../models/customerValue";
import type { CustomerLifetime, SimpleValuation } from "../models/simpleCustomerValue";
import { spendIndependenceCheck } from "../models/spendIndependence";
import { observedYears } from "../summary/observedPeriod";
import { holdoutCheck, type HoldoutReport } from "../models/holdoutCheck";
import type { ModelUnavailableReason, PurchaseModelName } from "../models/modelUnavailable";
import { PURCHASE_MODEL_NAMES } from "../models/purchaseModel";
import { sharedPreparation, trustedPurchaseFit, type PurchaseModelRequest } from "../models/purchaseModelChoice";
import { assignSegments, type SegmentAssignment } from "../segments/assignSegments";
import { defaultSegmentRules } from "../segments/defaultSegmentMap";
import { rfmScores, type RfmScores } from "../segments/rfmScores";
import { aggregateSegments, type SegmentAggregate } from "../segments/segmentAggregates";
import type { SegmentRuleTable } from "../segments/segmentRules";
import { assignValueTiers } from "../segments/valueTiers";
import { baseKpis, type BaseKpis } from "../summary/baseKpis";
import { customerDayOrder } from "../summary/customerDayOrder";
import { summarizeCustomers, type CustomerSummary } from "../summary/customerSummary";
import { holdoutSplit } from "../summary/holdoutSplit";
import { modelInput, type ModelInput } from "../summary/modelInput";
import { gathered } from "../summary/gathered";
import { periodRetention, type PeriodRetention } from "../summary/periodRetention";
import type { CohortPeriod } from "../cohorts/calendarPeriod";
import { cohortAnalysis, type CohortAnalysis } from "../cohorts/cohortAnalysis";
import { DAYS_PER_MONTH, type TimeUnit, type TransactionLog } from "../transactionLog";
import type { Currency } from "../read/amountText";

/** The choices of one analysis run (the CLI's options, the wizard's Analysis step). */
export interface AnalysisSettings {
  timeUnit: TimeUnit;
  /** Observation end (days since 1970-01-01); default: the last purchase day in the log. */
  observationEndDay?: number;
  horizonMonths: number;
  /** Per year, as a fraction (0.1 = 10 %). */
  annualDiscountRate: number;
  grossMargin: number;
  /** Expected new customers over the horizon, for customer equity. */
  newCustomers: number;
  /** "rfm": the R×F segment map (default, or `segmentRules`); "valueTiers": loyal / big spender / one-time. */
  segmentScheme: "rfm" | "valueTiers";
  /** A user-edited R×F rule table; default: the gap-free map (defaultSegmentRules). */
  segmentRules?: SegmentRuleTable;
  /** When given, the model is also fitted on the log up to this day and checked on the rest (holdout). */
  calibrationEndDay?: number;
  /** Seed of the interval simulation (same data + seed = same intervals). */
  seed?: number;
  /** The customer lifetime of the simple CLV; default: the horizon (horizonMonths / 12 years). */
  customerLifetime?: CustomerLifetime;
  /** The months a table without first purchase dates covers, for purchases per year; default 12 (observedYears). */
  periodMonths?: number;
  /** The currency money is shown in (reportCurrency); none: amounts without a sign. */
  currency?: Currency;
  /** The purchase model: "auto" (default: the data choose) or one by name. */
  purchaseModel?: PurchaseModelRequest;
  /** The calendar period of the cohorts: "month" (default), "quarter" or "week". */
  cohortPeriod?: CohortPeriod;
}

/** One purchase model's holdout check, or why it could not be made. */
export type ModelHoldout = { model: PurchaseModelName; ok: true; report: HoldoutReport } | { model: PurchaseModelName; ok: false; reason: ModelUnavailableReason };

/**
 * The holdout check of the model used (or why it could not be made), with every model tried (`models`, each fitted on
 * the calibration period and checked on the rest).
 */
export type HoldoutOutcome = (
  | { ok: true; calibrationEndDay: number; report: HoldoutReport }
  | { ok: false; calibrationEndDay: number; reason: ModelUnavailableReason }
) & { models: ModelHoldout[] };

/** Per-customer model results laid out by the log's customer index (NaN for customers outside the summary). */
export interface CustomerPredictions {
  clv: Float64Array;
  clvLow: Float64Array;
  clvHigh: Float64Array;
  probabilityAlive: Float64Array;
  expectedPurchases: Float64Array;
  /** The chance of buying again within the horizon. */
  purchaseChance: Float64Array;
}

/** Everything one run found, as plain data for the report builder, the CLI and the task pane. */
export interface PurchaseAnalysis {
  settings: AnalysisSettings;
  summary: CustomerSummary;
  kpis: BaseKpis;
  value: CustomerValueAnalysis;
  predictions: CustomerPredictions;
  scores: RfmScores;
  segments: SegmentAssignment;
  segmentFigures: SegmentAggregate[];
  holdout?: HoldoutOutcome;
  /** Month-by-month retention and churn of a transaction log; none for a per-customer table (no purchase dates by month). */
  retention?: PeriodRetention;
  /** The log's cohorts by acquisition period, observed and projected; none for a per-customer table. */
  cohorts?: CohortAnalysis;
}

/** Spreads a column over the model's customers back to the log's customer index; NaN elsewhere (itself when all are there). */
function byCustomer(values: Float64Array | undefined, customerIndex: Int32Array, customers: number): Float64Array {
  if (values !== undefined && customerIndex.length === customers) return values;
  const spread = new Float64Array(customers).fill(Number.NaN);
  if (values === undefined) return spread;
  for (let k = 0; k < customerIndex.length; k += 1) spread[customerIndex[k]] = values[k];
  return spread;
}

/** Each model asked for (all with "auto"), fitted on the log up to the calibration end and checked on the rest. */
function modelHoldouts(log: TransactionLog, settings: AnalysisSettings, calibrationEndDay: number): ModelHoldout[] {
  const split = holdoutSplit(log, { timeUnit: settings.timeUnit, calibrationEndDay, observationEndDay: settings.observationEndDay });
  const calibration = modelInput(split.calibration);
  const actual = gathered(split.holdoutPurchases, calibration.customerIndex);
  const request = settings.purchaseModel ?? "auto";
  const names = request === "auto" ? PURCHASE_MODEL_NAMES : [request];
  const prepare = sharedPreparation(calibration);
  return names.map((model) => {
    const fit = trustedPurchaseFit(model, calibration, prepare);
    if (!fit.ok) return { model, ok: false, reason: fit.reason };
    return { model, ok: true, report: holdoutCheck(fit.fit, calibration, actual, split.holdoutLength) };
  });
}

/** The holdout check of the model the run used (its first candidate when none could be used). */
function holdoutOutcome(models: ModelHoldout[], used: PurchaseModelName | null, calibrationEndDay: number): HoldoutOutcome {
  const check = models.find((holdout) => holdout.model === used) ?? models[0];
  return check.ok ? { ok: true, calibrationEndDay, report: check.report, models } : { ok: false, calibrationEndDay, reason: check.reason, models };
}

/** The model stage of a run: fits, per-customer predictions with intervals, customer equity. */
export interface ValuedCustomers {
  value: CustomerValueAnalysis;
  predictions: CustomerPredictions;
}

/**
 * The customer lifetime the simple CLV uses: the one chosen, else the horizon in years.
 * @example simpleLifetime({ ...settings, horizonMonths: 18 }) // { kind: "years", years: 1.5 }
 */
export function simpleLifetime(settings: Pick<AnalysisSettings, "customerLifetime" | "horizonMonths">): CustomerLifetime {
  return settings.customerLifetime ?? { kind: "years", years: settings.horizonMonths / 12 };
}

/** How the settings value customers by the simple CLV (simpleCustomerClv). */
function simpleValuation(summary: CustomerSummary, settings: AnalysisSettings): SimpleValuation {
  return {
    observedYears: observedYears(summary, settings.periodMonths),
    lifetime: simpleLifetime(settings),
    grossMargin: settings.grossMargin,
    annualDiscountRate: settings.annualDiscountRate,
  };
}

/**
 * The simple CLV of every included customer, for data without first purchase dates (no history to fit a model on).
 * @example simpleValue(summary, modelInput(summary), settings).value.method // { kind: "simple", reason: { code: "noFirstPurchaseDates", … } }
 */
function simpleValue(summary: CustomerSummary, history: ModelInput, settings: AnalysisSettings): CustomerValueAnalysis {
  const revenue = gathered(summary.revenue, history.customerIndex);
  const { customersInRow } = history;
  const spend = typicalSpenders(history.frequency, history.monetary, customersInRow);
  const newCustomers = requireNonNegative(settings.newCustomers, "newCustomers");
  const { clv, customerEquity } = simpleCustomerValue({ revenue, valuation: simpleValuation(summary, settings) }, spend.typical, newCustomers, customersInRow);
  return {
    method: { kind: "simple", reason: { code: "noFirstPurchaseDates", model: "bgnbd" } },
    purchase: { ok: false, reason: { code: "noFirstPurchaseDates", model: "bgnbd" } },
    modelChoice: { requested: settings.purchaseModel ?? "auto", chosen: null, by: "none", candidates: [] },
    gammaGamma: { ok: false, reason: { code: "withoutPurchaseModel", model: "gammaGamma" } },
    spendIndependence: spendIndependenceCheck(history.frequency, spend.monetary, customersInRow),
    spendOutliers: spend.outliers,
    customers: { clv },
    customerEquity,
  };
}

/**
 * Values the summary's customers — by the models when it has first purchase dates (with the simple CLV as their
 * fallback), else by the simple CLV — and lays the results out by the log's customer index.
 * @example valueCustomers(summary, settings).predictions.clv[0] // CLV of the log's first customer
 */
export function valueCustomers(summary: CustomerSummary, settings: AnalysisSettings, holdouts: ModelHoldout[] = []): ValuedCustomers {
  const history = modelInput(summary);
  const value =
    summary.knownDates === "firstAndLast"
      ? analyzeCustomerValue(
          history,
          {
            timeUnit: settings.timeUnit,
            horizonMonths: settings.horizonMonths,
            annualDiscountRate: settings.annualDiscountRate,
            grossMargin: settings.grossMargin,
            newCustomers: settings.newCustomers,
            seed: settings.seed,
            purchaseModel: settings.purchaseModel,
            holdoutErrors: holdoutErrors(holdouts),
            holdoutMisses: holdoutMisses(holdouts),
            holdoutMonths: settings.calibrationEndDay === undefined ? undefined : (summary.observationEndDay - settings.calibrationEndDay) / DAYS_PER_MONTH,
          },
          { revenue: gathered(summary.revenue, history.customerIndex), valuation: simpleValuation(summary, settings) },
        )
      : simpleValue(summary, history, settings);
  const customers = summary.customerIds.length;
  const spread = (values: Float64Array | undefined) => byCustomer(values, history.customerIndex, customers);
  return {
    value,
    predictions: {
      clv: spread(value.customers.clv),
      clvLow: spread(value.customers.clvLow),
      clvHigh: spread(value.customers.clvHigh),
      probabilityAlive: spread(value.customers.probabilityAlive),
      expectedPurchases: spread(value.customers.expectedPurchases),
      purchaseChance: spread(value.customers.purchaseChance),
    },
  };
}

/** The segment stage of a run: RFM scores, the chosen scheme's segments and their figures. */
export interface SegmentedCustomers {
  scores: RfmScores;
  segments: SegmentAssignment;
  segmentFigures: SegmentAggregate[];
}

/**
 * Scores and segments the summary's customers with the settings' scheme and sums each segment's figures.
 * @example segmentCustomers(summary, valueCustomers(summary, settings), settings).segmentFigures[0].segment // "champions"
 */
export function segmentCustomers(summary: CustomerSummary, { value, predictions }: ValuedCustomers, settings: AnalysisSettings): SegmentedCustomers {
  const scores = rfmScores(summary);
  const pAlive = value.customers.probabilityAlive ? predictions.probabilityAlive : undefined;
  const segments: SegmentAssignment =
    settings.segmentScheme === "valueTiers"
      ? assignValueTiers(summary, scores.frequency, { pAlive })
      : assignSegments(scores, settings.segmentRules ?? defaultSegmentRules);
  const purchaseChance = value.customers.purchaseChance ? predictions.purchaseChance : undefined;
  return { scores, segments, segmentFigures: aggregateSegments(segments, summary, { clv: predictions.clv, pAlive, purchaseChance }) };
}

/**
 * The stages every run makes once it has a per-customer summary, whatever the data's layout: fitted models,
 * predictions, CLV with intervals and customer equity (valueCustomers) → base KPIs → RFM scores, segments and
 * their figures (segmentCustomers). Everything of a PurchaseAnalysis but the holdout check, which needs a log.
 * @example analysisStages(summarizeCustomerTable(table, { timeUnit: "week" }), settings).segmentFigures[0].segment // "champions"
 */
export function analysisStages(summary: CustomerSummary, settings: AnalysisSettings, holdouts: ModelHoldout[] = []): Omit<PurchaseAnalysis, "holdout"> {
  const valued = valueCustomers(summary, settings, holdouts);
  return { settings, summary, kpis: baseKpis(summary), ...valued, ...segmentCustomers(summary, valued, settings) };
}

/**
 * The whole engine on a transaction log, in the pipeline's order (docs/ARCHITECTURE.md): per-customer summary → with a
 * calibration end, each purchase model fitted on the calibration period and checked on the rest (holdout) → the
 * purchase model chosen (by holdout error, else likelihood, or as asked) and Gamma-Gamma fitted → per-customer
 * P(alive), expected purchases, CLV with 80 % intervals → customer equity → RFM scores and segments with their
 * figures; beside them the monthly retention of the log and its cohorts (observed, and projected by the model).
 * @example analyzeTransactions(log, { timeUnit: "week", horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, newCustomers: 0, segmentScheme: "rfm" })
 */
export function analyzeTransactions(log: TransactionLog, settings: AnalysisSettings): PurchaseAnalysis {
  const order = customerDayOrder(log);
  const summary = summarizeCustomers(log, {
    timeUnit: settings.timeUnit,
    observationEndDay: settings.observationEndDay,
    order,
  });
  const { calibrationEndDay } = settings;
  const holdouts = calibrationEndDay === undefined ? [] : modelHoldouts(log, settings, calibrationEndDay);
  const stages = analysisStages(summary, settings, holdouts);
  return {
    ...stages,
    holdout: calibrationEndDay === undefined ? undefined : holdoutOutcome(holdouts, stages.value.modelChoice.chosen, calibrationEndDay),
    retention: periodRetention(log, { observationEndDay: summary.observationEndDay, order }),
    cohorts: cohortAnalysis(log, summary, stages.value, settings, order),
  };
}

/** Each checked model's holdout error (groupWeightedError), for the auto choice. */
function holdoutErrors(holdouts: ModelHoldout[]): Partial<Record<PurchaseModelName, number>> | undefined {
  if (holdouts.length === 0) return undefined;
  const errors: Partial<Record<PurchaseModelName, number>> = {};
  for (const holdout of holdouts) if (holdout.ok) errors[holdout.model] = holdout.report.groupWeightedError;
  return errors;
}

/** Each checked model's miss of the holdout's total, ln(predicted / actual), for the equity range's model error. */
function holdoutMisses(holdouts: ModelHoldout[]): Partial<Record<PurchaseModelName, number>> | undefined {
  const misses: Partial<Record<PurchaseModelName, number>> = {};
  for (const holdout of holdouts) {
    if (holdout.ok && holdout.report.actualTotal > 0 && holdout.report.predictedTotal > 0) misses[holdout.model] = Math.log(holdout.report.predictedTotal / holdout.report.actualTotal);
  }
  return holdouts.length === 0 ? undefined : misses;
}
