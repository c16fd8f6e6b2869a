import type { Currency } from "../read/amountText";
import { figureTable, type Figure } from "../report/figureTable";
import { finiteCell } from "../report/finiteCell";
import type { ChartSpec, Report, ReportTable } from "../report/reportModel";
import type { CohortAnalysis, SubscriptionAnalysis } from "./analyzeSubscriptions";

/** The refusals of the sBG fit that have words of their own in the report; any other is `refusal_other`. */
const WORDED_REFUSALS = new Set(["tooFewCustomers", "noChurners", "churnOnlyInFirstPeriod", "retentionNotRising", "fitNotConverged"]);

/** What the analysis assumed: the periods projected, the discount rate per period, the value per period when given. */
function assumptions(analysis: SubscriptionAnalysis): ReportTable {
  const { settings } = analysis;
  const figures: Figure[] = [
    ["projectPeriods", settings.projectPeriods, "integer"],
    ["discountRatePerPeriod", settings.discountRate, "percent"],
  ];
  if (settings.valuePerPeriod !== undefined) figures.push(["valuePerPeriod", settings.valuePerPeriod, "currency"]);
  return { ...figureTable("subscriptionAssumptions", figures), title: "subscriptionAssumptions" };
}

/** A cohort's model: its customers, α and β with standard errors, log-likelihood, a new customer's expected further periods. */
function fitTable(cohort: CohortAnalysis, id: string, valued: boolean): ReportTable {
  const figures: Figure[] = [
    ["subscriptionCustomers", cohort.customers, "integer"],
    ["cancelledCustomers", cohort.cancelled, "integer"],
    ["periodsObserved", cohort.lastPeriod, "integer"],
  ];
  const { fit, refusal } = cohort;
  if (fit) {
    figures.push(
      ["sbgAlpha", fit.parameters.alpha, "parameter"],
      ["sbgAlphaStandardError", fit.standardErrors?.alpha ?? null, "parameter"],
      ["sbgBeta", fit.parameters.beta, "parameter"],
      ["sbgBetaStandardError", fit.standardErrors?.beta ?? null, "parameter"],
      ["subscriptionLogLikelihood", fit.logLikelihood, "decimal"],
      Number.isFinite(cohort.expectedRemainingPeriods) ? ["expectedRemainingPeriods", cohort.expectedRemainingPeriods, "decimal"] : ["expectedRemainingPeriods", "unbounded", "label"],
    );
    if (valued) {
      figures.push(Number.isFinite(cohort.activeCustomersValue) ? ["activeCustomersValue", cohort.activeCustomersValue, "currency"] : ["activeCustomersValue", "unbounded", "label"]);
    }
  } else if (refusal) {
    figures.push(["subscriptionModel", WORDED_REFUSALS.has(refusal.code) ? `refusal_${refusal.code}` : "refusal_other", "label"]);
  }
  return { ...figureTable(id, figures), title: "subscriptionFit", subject: cohort.name };
}

/** A cohort's survival and retention, observed and by the model, for the periods in the data and the projected ones. */
function survivalTable(cohort: CohortAnalysis, id: string): ReportTable {
  return {
    id,
    title: "subscriptionSurvival",
    subject: cohort.name,
    columns: [
      { key: "period", format: "integer" },
      { key: "basis", format: "label" },
      { key: "stillActiveCustomers", format: "integer" },
      { key: "observedSurvival", format: "percent" },
      { key: "modelSurvival", format: "percent" },
      { key: "observedRetention", format: "percent" },
      { key: "modelRetention", format: "percent" },
    ],
    rows: cohort.survival.map((row) => [
      row.period,
      row.projected ? "projected" : "observed",
      row.activeCustomers,
      row.observedSurvival,
      row.modelSurvival,
      row.observedRetention,
      row.modelRetention,
    ]),
  };
}

/** What a customer is worth from now on by renewals made: the chance of the next renewal, DERL and its value. */
function valueTable(cohort: CohortAnalysis, id: string): ReportTable {
  return {
    id,
    title: "subscriptionValue",
    subject: cohort.name,
    columns: [
      { key: "renewals", format: "integer" },
      { key: "activeWithRenewals", format: "integer" },
      { key: "renewalChance", format: "percent" },
      { key: "discountedRemainingPeriods", format: "decimal" },
      { key: "residualValue", format: "currency" },
    ],
    rows: cohort.residualValues.map((row) => [row.renewals, row.activeCustomers, row.renewalChance, finiteCell(row.discountedRemainingPeriods), finiteCell(row.residualValue)]),
  };
}

/**
 * The subscriptions report: one sheet, "subscriptions", with the assumptions, then per cohort the model's figures
 * (α, β with standard errors, log-likelihood, a new customer's expected further periods, "unbounded" when α ≤ 1), the
 * survival table (observed and fitted for the periods in the data, projected after them, each row marked), a line
 * chart of observed and model survival, and — with a value per period — the value of future renewals by renewals
 * made. Notes explain the model, the projected rows and unbounded expectations. Texts are keys (src/i18n/subscriptionLabels.ts).
 * @example buildSubscriptionReport(analyzeSubscriptions(data.cohorts, settings, "Perioder")).sheets[0].id // "subscriptions"
 */
export function buildSubscriptionReport(analysis: SubscriptionAnalysis, currency?: Currency): Report {
  const valued = analysis.settings.valuePerPeriod !== undefined;
  const tables: ReportTable[] = [assumptions(analysis)];
  const charts: ChartSpec[] = [];
  analysis.cohorts.forEach((cohort, index) => {
    const suffix = `_${index + 1}`;
    tables.push(fitTable(cohort, `subscriptionFit${suffix}`, valued), survivalTable(cohort, `subscriptionSurvival${suffix}`));
    charts.push({
      id: `survivalChart${suffix}`,
      kind: "line",
      title: "survivalChart",
      subject: cohort.name,
      table: `subscriptionSurvival${suffix}`,
      categoryColumn: "period",
      valueColumns: cohort.fit ? ["observedSurvival", "modelSurvival"] : ["observedSurvival"],
    });
    if (valued && cohort.fit) tables.push(valueTable(cohort, `subscriptionValue${suffix}`));
  });
  const unbounded = analysis.cohorts.some(
    (cohort) => cohort.expectedRemainingPeriods === Infinity || cohort.residualValues.some((row) => !Number.isFinite(row.discountedRemainingPeriods)),
  );
  const notes = [
    "note_subscriptionModel",
    "note_subscriptionRising",
    "note_subscriptionProjected",
    ...(unbounded ? ["note_subscriptionUnbounded"] : []),
    ...(valued ? ["note_subscriptionResidual"] : []),
  ];
  return { sheets: [{ id: "subscriptions", tables, charts, notes }], ...(currency ? { currency } : {}) };
}
