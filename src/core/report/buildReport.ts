import { simpleLifetime, type PurchaseAnalysis } from "../analysis/analyzeTransactions";
import { monthlyDiscountRate } from "../models/clvSettings";
import type { ModelError } from "../models/customerEquityForecast";
import type { FitConvergence, FitOutcome, ModelName, ModelUnavailableReason } from "../models/modelUnavailable";
import type { SegmentRuleTable } from "../segments/segmentRules";
import { defaultSegmentRules } from "../segments/defaultSegmentMap";
import { valueTierIds } from "../segments/valueTiers";
import type { ChartSpec, ColumnFormat, Report, ReportCell, ReportSentence, ReportSheet, ReportTable, SentenceValue } from "./reportModel";
import { averageClv } from "../analysis/averageClv";
import { figureTable } from "./figureTable";
import { observedYears } from "../summary/observedPeriod";
import { cohortSheet } from "./cohortSheet";
import { customerRows } from "./customerRows";
import { finiteCell } from "./finiteCell";

function headline(analysis: PurchaseAnalysis): ReportTable {
  const { kpis, value } = analysis;
  const equity = value.customerEquity;
  const interval = "low" in equity ? equity : undefined;
  return figureTable("headline", [
    ["customers", kpis.customers, "integer"],
    ["purchases", kpis.purchases, "integer"],
    ["revenue", finiteCell(kpis.revenue), "currency"],
    ["repeatPurchaseRate", finiteCell(kpis.repeatPurchaseRate), "percent"],
    ["repeatCustomers", kpis.repeatCustomers, "integer"],
    ["averageOrderValue", finiteCell(kpis.averageOrderValue), "currency"],
    ["purchaseFrequency", finiteCell(kpis.purchaseFrequency), "decimal"],
    ["customerEquity", finiteCell(equity.value), "currency"],
    ["customerEquityLow", finiteCell(interval?.low), "currency"],
    ["customerEquityHigh", finiteCell(interval?.high), "currency"],
    ...modelErrorFigures(interval),
    ["averageClv", finiteCell(averageClv(analysis)), "currency"],
    ["clvMethod", value.method.kind === "simple" ? "methodSimple" : `method_${value.method.spend}`, "label"],
    ["purchaseModel", `purchaseModel_${value.modelChoice.chosen ?? "none"}`, "label"],
    ["purchaseModelChoice", `modelChoice_${value.modelChoice.by}`, "label"],
  ]);
}

/** The model error the equity range allows for, and where it comes from (the model method only). */
function modelErrorFigures(equity: { modelError: ModelError } | undefined): [string, ReportCell, ColumnFormat][] {
  if (!equity) return [];
  return [
    ["customerEquityModelError", equity.modelError.relative, "percent"],
    ["customerEquityModelErrorSource", `modelErrorSource_${equity.modelError.source}`, "label"],
  ];
}

/** The figures the CLV method rests on: the model's horizon, or the simple CLV's lifetime and observed period. */
function valuationFigures(analysis: PurchaseAnalysis): [string, ReportCell, ColumnFormat][] {
  const { settings, summary, value } = analysis;
  if (value.method.kind !== "simple") {
    return [
      ["horizonMonths", settings.horizonMonths, "integer"],
      ["annualDiscountRate", settings.annualDiscountRate, "percent"],
      ["monthlyDiscountRate", monthlyDiscountRate(settings.annualDiscountRate), "percent"],
    ];
  }
  const lifetime = simpleLifetime(settings);
  return [
    lifetime.kind === "years" ? ["customerLifetimeYears", lifetime.years, "decimal"] : ["yearlyRetentionRate", lifetime.rate, "percent"],
    ["observedYears", observedYears(summary, settings.periodMonths), "decimal"],
    // The simple formula discounts year by year, so the monthly rate does not apply.
    ["annualDiscountRate", settings.annualDiscountRate, "percent"],
  ];
}

function assumptions(analysis: PurchaseAnalysis): ReportTable {
  const { settings, summary } = analysis;
  return figureTable("assumptions", [
    ["observationEnd", finiteCell(summary.observationEndDay), "date"],
    ["timeUnit", `timeUnit_${settings.timeUnit}`, "label"],
    ...valuationFigures(analysis),
    ["grossMargin", settings.grossMargin, "percent"],
    ["newCustomers", settings.newCustomers, "integer"],
    ["currency", settings.currency ? `currency_${settings.currency}` : "currency_none", "label"],
    ["segmentScheme", `scheme_${settings.segmentScheme}`, "label"],
  ]);
}

/**
 * Retention by calendar month (a transaction log only): the average over the complete months as figures, then one
 * row per month — active, new and retained customers, retention and churn rate, the incomplete last month marked.
 * @example retentionTables(cdnowAnalysis).map((table) => table.id) // ["retentionAverage", "retentionByMonth"]
 */
function retentionTables(analysis: PurchaseAnalysis): ReportTable[] {
  const { retention } = analysis;
  if (!retention) return [];
  const average = figureTable("retentionAverage", [
    ["averageMonthlyRetentionRate", finiteCell(retention.averageRetentionRate), "percent"],
    ["averageMonthlyChurnRate", finiteCell(retention.averageChurnRate), "percent"],
  ]);
  const byMonth: ReportTable = {
    id: "retentionByMonth",
    title: "retentionByMonth",
    columns: [
      { key: "month", format: "text" },
      { key: "activeCustomers", format: "integer" },
      { key: "newInMonth", format: "integer" },
      { key: "retainedCustomers", format: "integer" },
      { key: "monthlyRetentionRate", format: "percent" },
      { key: "monthlyChurnRate", format: "percent" },
      { key: "monthNote", format: "label" },
    ],
    rows: retention.months.map((month) => [
      `${month.year}-${String(month.month).padStart(2, "0")}`,
      month.active,
      month.newCustomers,
      month.retained,
      finiteCell(month.retentionRate),
      finiteCell(month.churnRate),
      month.complete ? null : "incompleteMonth",
    ]),
  };
  return [average, byMonth];
}

/** One row per parameter: model, parameter, estimate, standard error, unit (α and β are per time unit). */
function modelParameters(analysis: PurchaseAnalysis): ReportTable {
  const { purchase, gammaGamma } = analysis.value;
  const unit = `timeUnit_${analysis.settings.timeUnit}`;
  const rows: ReportCell[][] = [];
  if (purchase.ok) {
    const { name, logLikelihood } = purchase.fit;
    const estimates: Record<string, number> = { ...purchase.fit.parameters };
    const errors: Record<string, number> = { ...purchase.fit.standardErrors };
    for (const parameter of Object.keys(estimates)) {
      rows.push([name, parameter, estimates[parameter], finiteCell(errors[parameter]), parameter === "alpha" || parameter === "beta" ? unit : null]);
    }
    rows.push([name, "logLikelihood", logLikelihood, null, null]);
  }
  if (gammaGamma.ok) {
    const { parameters: p, standardErrors: se, logLikelihood } = gammaGamma.fit;
    rows.push(
      ["gammaGamma", "p", p.p, finiteCell(se?.p), null],
      ["gammaGamma", "q", p.q, finiteCell(se?.q), null],
      ["gammaGamma", "v", p.v, finiteCell(se?.v), "currency"],
      ["gammaGamma", "logLikelihood", logLikelihood, null, null],
    );
  }
  return {
    id: "modelParameters",
    title: "modelParameters",
    columns: [
      { key: "model", format: "label" },
      { key: "parameter", format: "label" },
      { key: "estimate", format: "decimal" },
      { key: "standardError", format: "decimal" },
      { key: "unit", format: "label" },
    ],
    rows,
  };
}

/** The keys of every member of a union. */
type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/** A figure of a ModelUnavailableReason beside its code and model. */
type ReasonFigure = Exclude<KeysOfUnion<ModelUnavailableReason>, "code" | "model">;

/** The format of each reason figure; a label figure's cell is the key `<figure>_<value>`. */
const REASON_FIGURE_FORMATS: Record<ReasonFigure, ColumnFormat> = {
  customers: "integer",
  minimum: "integer",
  repeatBuyers: "integer",
  repeatBuyersWithSpend: "integer",
  iterations: "integer",
  gradientNorm: "scientific",
  q: "decimal",
  stopReason: "label",
  parameter: "label",
  extreme: "label",
};

type ModelFigure = [model: ModelName, figure: string, value: ReportCell, format: ColumnFormat];

function convergenceFigures(model: ModelName, convergence: FitConvergence): ModelFigure[] {
  return [
    [model, "fitStatus", "fitted", "label"],
    [model, "converged", convergence.converged ? "yes" : "no", "label"],
    [model, "iterations", convergence.iterations, "integer"],
    [model, "evaluations", convergence.evaluations, "integer"],
    [model, "gradientNorm", convergence.gradientNorm, "scientific"],
    [model, "stopReason", `stopReason_${convergence.stopReason}`, "label"],
  ];
}

function reasonFigures(reason: ModelUnavailableReason): ModelFigure[] {
  const figures: ModelFigure[] = [[reason.model, "fitStatus", `reason_${reason.code}`, "label"]];
  for (const [key, value] of Object.entries(reason) as [string, string | number][]) {
    if (key === "code" || key === "model") continue;
    const format = REASON_FIGURE_FORMATS[key as ReasonFigure];
    figures.push([reason.model, key, format === "label" ? `${key}_${value}` : value, format]);
  }
  return figures;
}

function fitFigures(model: ModelName, outcome: FitOutcome<{ convergence: FitConvergence }>): ModelFigure[] {
  return outcome.ok ? convergenceFigures(model, outcome.fit.convergence) : reasonFigures(outcome.reason);
}

/** How each model's fit went, one row per figure: its convergence when fitted, else its reason and the reason's numbers. */
function modelFit(analysis: PurchaseAnalysis): ReportTable {
  const { purchase, gammaGamma } = analysis.value;
  const purchaseModel = purchase.ok ? purchase.fit.name : purchase.reason.model;
  return figureTable("modelFit", [...fitFigures(purchaseModel, purchase), ...fitFigures("gammaGamma", gammaGamma)], ["model", "figure"]);
}

/**
 * The purchase models tried, one row each: log-likelihood, holdout error (when judged on a holdout), and whether it is
 * the one used, fitted but not chosen, or why it could not be used. Absent when only one model was tried.
 */
function modelComparison(analysis: PurchaseAnalysis): ReportTable[] {
  const { candidates, chosen } = analysis.value.modelChoice;
  if (candidates.length < 2) return [];
  return [
    {
      id: "modelComparison",
      title: "modelComparison",
      columns: [
        { key: "model", format: "label" },
        { key: "logLikelihood", format: "decimal" },
        { key: "holdoutError", format: "decimal" },
        { key: "comparisonStatus", format: "label" },
      ],
      rows: candidates.map(({ name, outcome, holdoutError }) => [
        name,
        outcome.ok ? outcome.fit.logLikelihood : null,
        finiteCell(holdoutError),
        outcome.ok ? (name === chosen ? "status_used" : "status_notChosen") : `reason_${outcome.reason.code}`,
      ]),
    },
  ];
}

/** The Gamma-Gamma independence check: correlation of repeat purchases and average spend among repeat buyers. */
function spendIndependence(analysis: PurchaseAnalysis): ReportTable {
  const check = analysis.value.spendIndependence;
  return figureTable("spendIndependence", [
    ["repeatBuyersWithSpend", check.repeatBuyers, "integer"],
    ["spendCorrelation", finiteCell(check.correlation), "decimal"],
    ["spendIndependenceQuestionable", check.questionable ? "yes" : "no", "label"],
  ]);
}

function holdoutTables(analysis: PurchaseAnalysis): { tables: ReportTable[]; charts: ChartSpec[] } {
  const holdout = analysis.holdout;
  if (!holdout || !holdout.ok) return { tables: [], charts: [] };
  const { report } = holdout;
  const groups: ReportTable = {
    id: "holdout",
    title: "holdout",
    columns: [
      { key: "calibrationPurchases", format: "text" },
      { key: "customers", format: "integer" },
      { key: "predictedHoldoutPurchases", format: "decimal" },
      { key: "actualHoldoutPurchases", format: "decimal" },
    ],
    rows: report.groups.map((group) => [
      group.andMore ? `${group.calibrationPurchases}+` : String(group.calibrationPurchases),
      group.customers,
      finiteCell(group.predictedMean),
      finiteCell(group.actualMean),
    ]),
  };
  const totals = figureTable("holdoutTotals", [
    ["calibrationEnd", holdout.calibrationEndDay, "date"],
    ["predictedHoldoutPurchases", report.predictedTotal, "integer"],
    ["actualHoldoutPurchases", report.actualTotal, "integer"],
    ["relativeError", finiteCell(report.relativeError), "percent"],
    ["meanAbsoluteError", report.meanAbsoluteError, "decimal"],
  ]);
  const chart: ChartSpec = {
    id: "holdoutChart",
    kind: "column",
    title: "holdoutChart",
    table: "holdout",
    categoryColumn: "calibrationPurchases",
    valueColumns: ["predictedHoldoutPurchases", "actualHoldoutPurchases"],
  };
  return { tables: [totals, groups], charts: [chart] };
}

/**
 * The segment figures ranked by the value at stake (customers × average CLV = total CLV), ties in segment order.
 * @example rankedSegments(analysis)[0].segment // "champions" on CDNOW
 */
export function rankedSegments(analysis: PurchaseAnalysis): PurchaseAnalysis["segmentFigures"] {
  return analysis.segmentFigures
    .map((figures, order) => ({ figures, order }))
    .sort((x, y) => (y.figures.totalClv ?? 0) - (x.figures.totalClv ?? 0) || x.order - y.order)
    .map(({ figures }) => figures);
}

function segmentsSheet(analysis: PurchaseAnalysis): ReportSheet {
  const model = analysis.value.method.kind === "model";
  const columns: ReportTable["columns"] = [
    { key: "segment", format: "label" },
    { key: "meaning", format: "label" },
    { key: "customers", format: "integer" },
    { key: "share", format: "percent" },
    { key: "revenue", format: "currency" },
    { key: "averageOrderValue", format: "currency" },
    { key: "repeatRate", format: "percent" },
    { key: "averageClv", format: "currency" },
    { key: "totalClv", format: "currency" },
    { key: "equityShare", format: "percent" },
    ...(model ? ([{ key: "averagePurchaseChance", format: "percent" }, { key: "averagePAlive", format: "percent" }] as const) : []),
    { key: "suggestedAction", format: "label" },
  ];
  const table: ReportTable = {
    id: "segments",
    title: "segments",
    columns,
    rows: rankedSegments(analysis).map((figures) => [
      figures.segment,
      `meaning_${figures.segment}`,
      figures.customers,
      finiteCell(figures.share),
      finiteCell(figures.revenue),
      finiteCell(figures.averageOrderValue),
      finiteCell(figures.repeatRate),
      finiteCell(figures.averageClv),
      finiteCell(figures.totalClv),
      finiteCell(figures.equityShare),
      ...(model ? [finiteCell(figures.averagePurchaseChance), finiteCell(figures.averagePAlive)] : []),
      `action_${figures.segment}`,
    ]),
  };
  const chart: ChartSpec = { id: "equityBySegment", kind: "bar", title: "equityBySegment", table: "segments", categoryColumn: "segment", valueColumns: ["totalClv"] };
  // The value tiers' definitions, one note per tier, so the fourth group is explained too.
  const notes = [
    "note_segmentsRanked",
    ...(model ? ["note_pAliveRepeatBuyers"] : []),
    ...(analysis.settings.segmentScheme === "valueTiers" ? valueTierIds.map((tier) => `tierNote_${tier}`) : []),
  ];
  return { id: "segments", tables: [table], charts: [chart], notes };
}

function customersSheet(analysis: PurchaseAnalysis): ReportSheet {
  const source = customerRows(analysis);
  const rows: ReportCell[][] = Array.from({ length: source.length }, (_, index) => source.row(index, []));
  const table: ReportTable = { id: "customers", title: "customers", columns: source.columns, rows };
  const notes = [...(analysis.summary.customersInRow ? ["note_groupedRows"] : []), ...(analysis.value.method.kind === "model" ? ["note_clvRange"] : [])];
  return { id: "customers", tables: [table], charts: [], ...(notes.length > 0 ? { notes } : {}) };
}

function segmentRulesSheet(rules: SegmentRuleTable): ReportSheet {
  return {
    id: "segmentRules",
    tables: [
      {
        id: "segmentRules",
        title: "segmentRules",
        columns: [
          { key: "segment", format: "label" },
          { key: "rMin", format: "integer" },
          { key: "rMax", format: "integer" },
          { key: "fMin", format: "integer" },
          { key: "fMax", format: "integer" },
        ],
        rows: rules.map((rule) => [rule.segment, rule.rMin, rule.rMax, rule.fMin, rule.fMax]),
      },
    ],
    charts: [],
    // Below the table's blank row, where ruleTableFromRows stops reading: the note is never taken for a rule.
    notes: ["segmentRulesNote"],
  };
}

/** Months between two days, to the nearest month (a month is 365.25 / 12 days). */
function monthsBetween(fromDay: number, toDay: number): number {
  return Math.round(((toDay - fromDay) * 12) / 365.25);
}

/**
 * The Overview's summary in words, read first: how sure the value is (customer equity with its 80 % range, or the
 * simple formula's caveat), the model checked against what customers did, which two segments hold the most value,
 * and how purchases were counted.
 * @example leadSentences(cdnowAnalysis).map((sentence) => sentence.key) // ["lead_estimateModel", "lead_holdout", "lead_attention", "lead_counts"]
 */
export function leadSentences(analysis: PurchaseAnalysis): ReportSentence[] {
  const { value, kpis, settings, holdout } = analysis;
  const equity = value.customerEquity;
  const money = (amount: number): SentenceValue => ({ value: amount, format: "currency" });
  const count = (amount: number): SentenceValue => ({ value: amount, format: "integer" });
  const average = averageClv(analysis) ?? 0;
  const sentences: ReportSentence[] = [
    "low" in equity
      ? {
          key: "lead_estimateModel",
          values: { equity: money(equity.value), low: money(equity.low), high: money(equity.high), averageClv: money(average), months: count(settings.horizonMonths) },
        }
      : { key: "lead_estimateSimple", values: { equity: money(equity.value), averageClv: money(average) } },
  ];
  if (holdout?.ok) {
    const { report, calibrationEndDay } = holdout;
    sentences.push({
      key: "lead_holdout",
      values: {
        months: count(monthsBetween(calibrationEndDay, analysis.summary.observationEndDay)),
        predicted: count(report.predictedTotal),
        actual: count(report.actualTotal),
      },
    });
  }
  const [first, second] = rankedSegments(analysis).filter((figures) => figures.customers > 0 && (figures.totalClv ?? 0) > 0);
  if (first && second) {
    const share = (first.equityShare ?? 0) + (second.equityShare ?? 0);
    sentences.push({ key: "lead_attention", values: { first: { label: first.segment }, second: { label: second.segment }, share: { value: share, format: "percent" } } });
  }
  sentences.push({ key: "lead_counts", values: { customers: count(kpis.customers), purchases: count(kpis.purchases) } });
  return sentences;
}

/** The words of the report a marketer may not know, each with its meaning: the terms shown by this run. */
function glossary(analysis: PurchaseAnalysis): ReportTable {
  const model = analysis.value.method.kind === "model";
  const terms = [
    "clv",
    "customerEquity",
    ...(model ? ["range80", "purchaseChance", "pAlive", "expectedPurchases"] : ["simpleFormula"]),
    "repeatPurchaseRate",
    "averageOrderValue",
    "purchaseFrequency",
    ...(analysis.retention ? ["monthlyRetention", "monthlyChurn"] : []),
    "rfmScores",
    ...(analysis.summary.knownDates === "firstAndLast" ? ["frequency", "recency", "T", "monetary"] : []),
    ...(model ? ["bgnbd", "gammaGamma", "modelParameters", "logLikelihood"] : []),
    ...(analysis.holdout?.ok ? ["holdout"] : []),
    "discountRate",
    "grossMargin",
  ];
  return {
    id: "glossary",
    title: "glossary",
    columns: [
      { key: "term", format: "label" },
      { key: "meaning", format: "label" },
    ],
    rows: terms.map((term) => [`term_${term}`, `glossary_${term}`]),
  };
}

/**
 * One sentence on which method produced the CLV, and one on what the next column would add: a table without first
 * purchase dates gets the simple formula, and a date of the first (and the last) purchase would unlock the model.
 * @example methodNotes(analyzeCustomerTable(articleTable, settings)) // ["note_clvSimpleTable", "note_unlockFirstPurchase"]
 */
export function methodNotes(analysis: PurchaseAnalysis): string[] {
  const { method } = analysis.value;
  const { knownDates, customersInRow } = analysis.summary;
  if (method.kind === "model") return customersInRow ? ["note_clvModel", "note_groupedSpend"] : ["note_clvModel"];
  const unlock = knownDates === "none" ? ["note_unlockLastPurchase", "note_unlockFirstPurchase"] : knownDates === "last" ? ["note_unlockFirstPurchase"] : [];
  return [knownDates === "firstAndLast" ? "note_clvSimpleFallback" : "note_clvSimpleTable", ...unlock];
}

/** Options of buildReport. */
export interface BuildReportOptions {
  /** false: leave out the Customers sheet (one row per customer), for an output that shows only totals; default true. */
  customerRows?: boolean;
}

/**
 * The report of an analysis as plain data: an Overview sheet (headline figures, assumptions, retention by month for
 * a log, model parameters, model fit, spend independence check, holdout check with its chart), Segments (per-segment
 * figures and an equity-by-segment chart), Customers (one row per customer), for the R×F scheme the
 * Segment rules used, and for a log its Cohorts (cohortSheet). Numbers are raw values (fractions for percentages, days since 1970 for dates);
 * not-available values are null.
 * @example buildReport(analyzeTransactions(log, settings)).sheets.map((sheet) => sheet.id) // ["overview", "segments", "customers", "segmentRules", "cohorts"]
 */
export function buildReport(analysis: PurchaseAnalysis, options: BuildReportOptions = {}): Report {
  const holdout = holdoutTables(analysis);
  const overview: ReportSheet = {
    id: "overview",
    lead: leadSentences(analysis),
    tables: [
      headline(analysis),
      assumptions(analysis),
      ...retentionTables(analysis),
      modelParameters(analysis),
      modelFit(analysis),
      ...modelComparison(analysis),
      spendIndependence(analysis),
      ...holdout.tables,
      glossary(analysis),
    ],
    charts: holdout.charts,
    notes: methodNotes(analysis),
  };
  const sheets = [overview, segmentsSheet(analysis), ...(options.customerRows === false ? [] : [customersSheet(analysis)])];
  if (analysis.settings.segmentScheme === "rfm") sheets.push(segmentRulesSheet(analysis.settings.segmentRules ?? defaultSegmentRules));
  const cohorts = cohortSheet(analysis);
  if (cohorts) sheets.push(cohorts);
  const { currency } = analysis.settings;
  return { sheets, ...(currency ? { currency } : {}) };
}
