import type { CohortAnalysis, SubscriptionAnalysis } from "../core/subscriptions/analyzeSubscriptions";
import type { SubscriptionData } from "../core/subscriptions/readSubscriptionData";
import { renderInputError } from "../i18n/errorMessages";
import type { Language } from "../i18n/language";
import { subscriptionCliText, type SubscriptionCliTextKey } from "../i18n/subscriptionCliText";
import { subscriptionColumnName } from "../i18n/subscriptionMessages";

/** Number formats of each language: English as en-GB (1,234.56), Danish 1.234,56, Swedish 1 234,56. */
const locales: Record<Language, string> = { en: "en-GB", da: "da-DK", sv: "sv-SE" };

/** How the report writes numbers in a language. */
interface Numbers {
  fixed(value: number, digits: number): string;
  count(value: number): string;
  percent(value: number): string;
}

function numbers(language: Language): Numbers {
  const fixed = (value: number, digits: number) => new Intl.NumberFormat(locales[language], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return { fixed, count: (value) => fixed(value, 0), percent: (value) => `${fixed(value * 100, 1)} %` };
}

/** Rows of cells as right-aligned columns, two spaces apart, indented. */
function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) => `  ${row.map((cell, c) => cell.padStart(widths[c])).join("  ")}`);
}

/** What was read: the rows, the file, the layout with its columns, the cohorts and the customers left out. */
function readLines(data: SubscriptionData, file: string, language: Language, n: Numbers): string[] {
  const text = (key: SubscriptionCliTextKey, values: Record<string, string> = {}) => subscriptionCliText(language, key, values);
  const name = (column: Parameters<typeof subscriptionColumnName>[0]) => subscriptionColumnName(column, language);
  const { columns } = data;
  const layout =
    columns.layout === "customers"
      ? text(columns.activeMeans === "active" ? "layout_customers" : "layout_customersCancelled", { periods: name(columns.periods), active: name(columns.active) })
      : columns.layout === "recency"
        ? text("layout_recency", { recency: name(columns.recency), observed: name(columns.observedPeriods) })
        : text("layout_survivors", { survivors: name(columns.survivors) });
  const lines = [text("read", { rows: n.count(data.rowsRead), file, layout })];
  if (columns.cohort) lines.push(text("cohorts", { cohort: name(columns.cohort) }));
  if (data.firstPeriodCustomers > 0) lines.push(text("firstPeriod", { count: n.count(data.firstPeriodCustomers) }));
  return lines;
}

/** One cohort: its customers, α and β with standard errors, the projection, a new customer's further periods, and the value of future renewals. */
function cohortLines(cohort: CohortAnalysis, analysis: SubscriptionAnalysis, language: Language, n: Numbers): string[] {
  const text = (key: SubscriptionCliTextKey, values: Record<string, string> = {}) => subscriptionCliText(language, key, values);
  const counts = { customers: n.count(cohort.customers), cancelled: n.count(cohort.cancelled), periods: n.count(cohort.lastPeriod) };
  const lines = [cohort.name === undefined ? text("allCustomers", counts) : text("cohort", { name: cohort.name, ...counts })];
  const { fit } = cohort;
  if (!fit) return [...lines, `  ${text("notFitted", { reason: cohort.refusal ? renderInputError(cohort.refusal, language) : "" })}`];
  const parameters = { alpha: n.fixed(fit.parameters.alpha, 3), beta: n.fixed(fit.parameters.beta, 3), logLikelihood: n.fixed(fit.logLikelihood, 2) };
  const errors = fit.standardErrors;
  lines.push(`  ${errors ? text("parameters", { ...parameters, alphaError: n.fixed(errors.alpha, 3), betaError: n.fixed(errors.beta, 3) }) : text("parametersNoErrors", parameters)}`);
  const remaining = cohort.expectedRemainingPeriods as number;
  lines.push(`  ${Number.isFinite(remaining) ? text("remaining", { periods: n.fixed(remaining, 2) }) : text("remainingUnbounded")}`);
  const projected = cohort.survival.filter((row) => row.projected);
  lines.push(`  ${text("projected", { first: n.count(projected[0].period), last: n.count(projected[projected.length - 1].period) })}`);
  lines.push(
    ...table([
      [text("columnPeriod"), text("columnStillActive"), text("columnRetention")],
      ...projected.map((row) => [n.count(row.period), n.percent(row.modelSurvival as number), n.percent(row.modelRetention as number)]),
    ]).map((line) => `  ${line}`),
  );
  const { valuePerPeriod, discountRate } = analysis.settings;
  if (valuePerPeriod === undefined) return lines;
  const amount = (value: number | null) => (value !== null && Number.isFinite(value) ? n.fixed(value, 2) : text("unbounded"));
  lines.push(`  ${text("value", { value: n.fixed(valuePerPeriod, 2), rate: n.percent(discountRate) })}`);
  lines.push(
    ...table([
      [text("columnRenewals"), text("columnActiveNow"), text("columnRenewalChance"), text("columnDerl"), text("columnValue")],
      ...cohort.residualValues.map((row) => [n.count(row.renewals), n.count(row.activeCustomers), n.percent(row.renewalChance), amount(row.discountedRemainingPeriods), amount(row.residualValue)]),
    ]).map((line) => `  ${line}`),
  );
  const active = cohort.residualValues.reduce((sum, row) => sum + row.activeCustomers, 0);
  lines.push(`  ${text("activeValue", { count: n.count(active), value: amount(cohort.activeCustomersValue) })}`);
  return lines;
}

/**
 * The readable report of `kundevaerdi subscriptions`: what was read, then per cohort its customers, α and β with
 * standard errors and log-likelihood, a new customer's expected further periods ("unbounded" when α ≤ 1), the projected
 * survival and retention, and with a value per period the value of future renewals (DERL × value) by renewals made.
 * @example renderSubscriptionsText(analysis, data, "renewals.csv", "en") // "Read 2,000 rows of renewals.csv: …\n\nCohort regular: 1,000 customers, …"
 */
export function renderSubscriptionsText(analysis: SubscriptionAnalysis, data: SubscriptionData, file: string, language: Language): string {
  const n = numbers(language);
  const blocks = [readLines(data, file, language, n), ...analysis.cohorts.map((cohort) => cohortLines(cohort, analysis, language, n))];
  return `${blocks.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
