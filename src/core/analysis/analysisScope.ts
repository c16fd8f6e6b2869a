import type { PurchaseData } from "../read/readPurchaseData";
import { purchasePeriod, type DataPeriod } from "../read/purchasePeriod";
import { calendarMonthsSpanned, DEFAULT_PERIOD_MONTHS } from "../summary/observedPeriod";
import type { Currency } from "../read/amountText";
import { dataCurrency } from "../report/moneyFormat";

/**
 * What the data read allows a run (the Analysis step and the command line offer it): its purchase period (none for a table without dates), how
 * the customers will be valued (the models need first and last purchase dates: a log or a full table; otherwise the
 * simple CLV), whether the R×F segments (a last purchase date) and the holdout check (a log) are possible, and the
 * period a table without first purchase dates is taken to cover unless the user says otherwise.
 */
export interface AnalysisScope {
  period?: DataPeriod;
  valuation: "model" | "simple";
  rfmPossible: boolean;
  holdoutPossible: boolean;
  /** A log has purchase dates by customer, so cohorts by the period of the first purchase (a per-customer table has not). */
  cohortsPossible: boolean;
  /** The calendar months the dates span (calendarMonthsSpanned), or 12 without dates. */
  defaultPeriodMonths: number;
  /** The currency the amounts are written in, if one. */
  dataCurrency?: Currency;
}

/**
 * The scope of the data read.
 * @example analysisScope(readPurchaseData(articleTable)) // { period: {…}, valuation: "simple", rfmPossible: true, holdoutPossible: false, cohortsPossible: false, defaultPeriodMonths: 12 }
 */
export function analysisScope(data: PurchaseData): AnalysisScope {
  const period = purchasePeriod(data);
  const defaultPeriodMonths = period ? calendarMonthsSpanned(period.firstDay, period.lastDay) : DEFAULT_PERIOD_MONTHS;
  const currency = dataCurrency(data);
  const common = { period, defaultPeriodMonths, ...(currency ? { dataCurrency: currency } : {}) };
  if (data.layout === "transactions") return { ...common, valuation: "model", rfmPossible: true, holdoutPossible: true, cohortsPossible: true };
  const { table } = data;
  return { ...common, valuation: table.firstDay && table.lastDay ? "model" : "simple", rfmPossible: table.lastDay !== undefined, holdoutPossible: false, cohortsPossible: false };
}
