import type { ColumnRef } from "../core/read/columnRef";
import type { CohortAnalysis, SubscriptionAnalysis } from "../core/subscriptions/analyzeSubscriptions";
import type { SubscriptionData } from "../core/subscriptions/readSubscriptionData";
import { renderInputError } from "../i18n/errorMessages";
import type { Language } from "../i18n/language";

/** How the file was written, as the JSON reports it. */
export interface SubscriptionFileFacts {
  file: string;
  encoding: string;
  delimiter: string;
}

/** A number, or "unbounded" for an infinite expectation (JSON has no Infinity). */
function bounded(value: number): number | "unbounded" {
  return Number.isFinite(value) ? value : "unbounded";
}

/** A column by its header, else its 1-based number. */
function columnName(column: ColumnRef | undefined): string | number | null {
  return column === undefined ? null : (column.header ?? column.index + 1);
}

function cohortJson(cohort: CohortAnalysis, valued: boolean, language: Language) {
  const { fit } = cohort;
  return {
    name: cohort.name ?? null,
    customers: cohort.customers,
    cancelled: cohort.cancelled,
    periodsObserved: cohort.lastPeriod,
    fitted: fit !== undefined,
    ...(fit
      ? {
          alpha: fit.parameters.alpha,
          beta: fit.parameters.beta,
          standardErrors: fit.standardErrors,
          logLikelihood: fit.logLikelihood,
          converged: fit.convergence.converged,
          iterations: fit.convergence.iterations,
          expectedRemainingPeriods: bounded(cohort.expectedRemainingPeriods as number),
        }
      : { refusal: cohort.refusal ? { code: cohort.refusal.code, message: renderInputError(cohort.refusal, language) } : null }),
    survival: cohort.survival,
    ...(valued && fit
      ? {
          residualValues: cohort.residualValues.map((row) => ({
            ...row,
            expectedRemainingPeriods: bounded(row.expectedRemainingPeriods),
            discountedRemainingPeriods: bounded(row.discountedRemainingPeriods),
            residualValue: bounded(row.residualValue as number),
          })),
          activeCustomersValue: bounded(cohort.activeCustomersValue as number),
        }
      : {}),
  };
}

/**
 * The JSON report of `kundevaerdi subscriptions`: the file, layout and columns read, the rows, the settings and per
 * cohort the fit (α, β, standard errors, log-likelihood, convergence) or why there is none in words, the survival
 * table (observed and model, projected rows marked) and, with a value per period, the value of future renewals.
 * Infinite expectations (α ≤ 1) are "unbounded".
 * @example JSON.parse(renderSubscriptionsJson(analysis, data, facts, "en")).cohorts[0].alpha // 0.668
 */
export function renderSubscriptionsJson(analysis: SubscriptionAnalysis, data: SubscriptionData, facts: SubscriptionFileFacts, language: Language): string {
  const { columns } = data;
  const valued = analysis.settings.valuePerPeriod !== undefined;
  const json = {
    file: facts.file,
    encoding: facts.encoding,
    delimiter: facts.delimiter,
    language,
    layout: data.layout,
    columns: {
      periods: columnName(columns.layout === "customers" ? columns.periods : undefined),
      active: columnName(columns.layout === "customers" ? columns.active : undefined),
      activeMeans: columns.layout === "customers" ? columns.activeMeans : null,
      recency: columnName(columns.layout === "recency" ? columns.recency : undefined),
      T: columnName(columns.layout === "recency" ? columns.observedPeriods : undefined),
      survivors: columnName(columns.layout === "survivors" ? columns.survivors : undefined),
      cohort: columnName(columns.cohort),
    },
    rowsRead: data.rowsRead,
    emptyRows: data.emptyRows,
    firstPeriodCustomers: data.firstPeriodCustomers,
    settings: { projectPeriods: analysis.settings.projectPeriods, discountRate: analysis.settings.discountRate, valuePerPeriod: analysis.settings.valuePerPeriod ?? null },
    cohorts: analysis.cohorts.map((cohort) => cohortJson(cohort, valued, language)),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
