import type { CohortPeriod } from "../core/cohorts/calendarPeriod";
import { withCurrency } from "../core/report/moneyFormat";
import { reportedCohorts, type ReportedCohort } from "../core/report/reportedCohorts";
import type { Report } from "../core/report/reportModel";
import { cliText } from "../i18n/cliMessages";
import type { Language } from "../i18n/language";
import { reportLabel } from "../i18n/reportLabels";
import { alignedTable, numberFormats } from "./textFormats";

/** The periods since acquisition the text shows per cohort: the usual milestones of a cohort table. */
const MILESTONES: Readonly<Record<CohortPeriod, readonly number[]>> = { month: [1, 3, 6, 12], quarter: [1, 2, 4, 8], week: [1, 4, 13, 26] };

/** The most recent cohorts the text lists; the rest are counted (all are in the JSON and on the sheet). */
export const LISTED_COHORTS = 24;

/** A cohort's value at a period since acquisition: observed, observed so far (*), projected (≈), or none. */
function valueAt(cohort: ReportedCohort, pick: (values: ReportedCohort["observed"]) => (number | null)[] | null, age: number, show: (value: number) => string): string {
  const observed = pick(cohort.observed) ?? [];
  if (age < observed.length) {
    const value = observed[age];
    if (value === null) return "";
    return age === observed.length - 1 && cohort.lastPeriodIncomplete ? `${show(value)}*` : show(value);
  }
  const projected = cohort.projected ? pick(cohort.projected) : null;
  const value = projected?.[age - observed.length];
  return value === null || value === undefined ? "" : `≈ ${show(value)}`;
}

/**
 * The text report's cohort table: per cohort (the latest LISTED_COHORTS), its customers, the share who bought at the
 * milestones (1, 3, 6 and 12 months; quarters 1, 2, 4, 8; weeks 1, 4, 13, 26) and the cumulative amount per customer
 * won by then, projected values marked ≈ and a period counted so far *, and the all-cohorts row (the cohorts observed
 * whole through each milestone, pooled); none without a Cohorts sheet.
 * @example cohortLines(buildReport(cdnowAnalysis), "en")[0] // "Cohorts by month of the first purchase: …"
 */
export function cohortLines(report: Report, language: Language): string[] {
  const cohorts = reportedCohorts(report);
  if (!cohorts || cohorts.cohorts.length === 0) return [];
  const { percent, money } = numberFormats(language);
  const milestones = MILESTONES[cohorts.period];
  const age = (value: number) => cliText(language, `cohortAge_${cohorts.period}`, { age: String(value) });
  const amount = cohorts.amounts;
  const header = [
    cliText(language, "reportCohort"),
    cliText(language, "reportCustomers"),
    ...milestones.map((milestone) => cliText(language, "reportCohortActive", { age: age(milestone) })),
    ...(amount ? milestones.map((milestone) => `${cliText(language, `reportAmountShort_${amount}`)} ${age(milestone)}`) : []),
  ];
  const listed = cohorts.cohorts.slice(-LISTED_COHORTS);
  const rows = listed.map((cohort) => [
    cohort.cohort,
    String(cohort.customers),
    ...milestones.map((milestone) => valueAt(cohort, (values) => values.activeRate, milestone, percent)),
    ...(amount ? milestones.map((milestone) => valueAt(cohort, (values) => values.cumulativeAmountPerCustomer, milestone, (value) => withCurrency(money(value), report.currency))) : []),
  ]);
  const periods = milestones.map(String).join(", ") + " " + cliText(language, `cohortPeriods_${cohorts.period}`);
  const period = cliText(language, `cohortPeriod_${cohorts.period}`);
  const intro = amount
    ? cliText(language, "reportCohorts", {
        period,
        periods,
        amount: cliText(language, `reportAmount_${amount}`),
        model: cohorts.projectedBy ? reportLabel(language, `modelShort_${cohorts.projectedBy}`) : cliText(language, "reportCohortNoModel"),
      })
    : cliText(language, "reportCohortsCounted", { period, periods });
  const { allCohorts } = cohorts;
  const pooled = (values: (number | null)[] | null, age: number, show: (value: number) => string) => {
    const value = values?.[age];
    return value === null || value === undefined ? "" : show(value);
  };
  rows.push([
    cliText(language, "reportCohortAll"),
    String(allCohorts.customers),
    ...milestones.map((milestone) => pooled(allCohorts.activeRate, milestone, percent)),
    ...(amount ? milestones.map((milestone) => pooled(allCohorts.cumulativeAmountPerCustomer, milestone, (value) => withCurrency(money(value), report.currency))) : []),
  ]);
  const earlier = cohorts.cohorts.length - listed.length;
  return [intro, alignedTable(header, rows), ...(earlier > 0 ? [cliText(language, "reportCohortsEarlier", { count: String(earlier) })] : [])];
}
