import type { CustomerValueAnalysis } from "../models/customerValue";
import type { CustomerDayOrder } from "../summary/customerDayOrder";
import type { CustomerSummary } from "../summary/customerSummary";
import { modelInput } from "../summary/modelInput";
import type { TimeUnit, TransactionLog } from "../transactionLog";
import type { CohortPeriod } from "./calendarPeriod";
import { projectCohorts, type CohortProjection } from "./cohortProjection";
import { cohortTable, type CohortTable } from "./cohortTable";

/** A log's cohorts as observed, and the purchase model's projection of them when the run has a model. */
export interface CohortAnalysis {
  table: CohortTable;
  /** Absent when no purchase model valued the customers (the simple CLV): nothing is then projected. */
  projection?: CohortProjection;
}

/** The settings cohortAnalysis reads. */
export interface CohortSettings {
  cohortPeriod?: CohortPeriod;
  timeUnit: TimeUnit;
  horizonMonths: number;
}

/**
 * The cohort table of a log (cohortTable, up to the summary's observation end) and, when a purchase model valued
 * the customers, each cohort's expected continuation up to the horizon (projectCohorts).
 * @example cohortAnalysis(log, summary, value, { cohortPeriod: "month", timeUnit: "week", horizonMonths: 12 }).projection?.periods // 12
 */
export function cohortAnalysis(log: TransactionLog, summary: CustomerSummary, value: CustomerValueAnalysis, settings: CohortSettings, order?: CustomerDayOrder): CohortAnalysis {
  const table = cohortTable(log, { period: settings.cohortPeriod ?? "month", observationEndDay: summary.observationEndDay, order });
  const { probabilityAlive, expectedSpend } = value.customers;
  if (!value.purchase.ok || value.method.kind !== "model" || !probabilityAlive) return { table };
  const history = modelInput(summary);
  const projection = projectCohorts({
    table,
    model: value.purchase.fit,
    history,
    customerIndex: history.customerIndex,
    probabilityAlive,
    expectedSpend: summary.hasAmounts ? expectedSpend : undefined,
    timeUnit: settings.timeUnit,
    horizonMonths: settings.horizonMonths,
  });
  return { table, projection };
}
