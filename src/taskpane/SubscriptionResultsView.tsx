import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Currency } from "../core/read/amountText";
import { withCurrency } from "../core/report/moneyFormat";
import type { CohortAnalysis } from "../core/subscriptions/analyzeSubscriptions";
import { renderInputError } from "../i18n/errorMessages";
import type { Language } from "../i18n/language";
import { subscriptionText, type SubscriptionStringKey } from "../i18n/subscriptionStrings";
import { wizardText } from "../i18n/wizardStrings";
import { formatAmount, formatCount, formatPercent } from "./displayFormats";
import { WrittenSheetLinks } from "./WrittenSheetLinks";
import { useLayout } from "./layout";
import type { SubscriptionRunResult } from "./runSubscriptions";

const useStyles = makeStyles({
  figures: { borderCollapse: "collapse", width: "100%" },
  label: { textAlign: "start", fontWeight: tokens.fontWeightRegular, padding: `${tokens.spacingVerticalXS} 0`, verticalAlign: "top" },
  value: { textAlign: "end", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0`, verticalAlign: "top", whiteSpace: "nowrap" },
});

/** A model parameter as papers publish it, three decimals, with its standard error when there is one: "0.704 (0.066)". */
function parameterText(value: number, error: number | undefined, language: Language): string {
  return error === undefined ? formatAmount(value, language, 3) : `${formatAmount(value, language, 3)} (${formatAmount(error, language, 3)})`;
}

/** One cohort's figures as rows of label and value. */
function cohortRows(cohort: CohortAnalysis, language: Language, currency: Currency | undefined): Array<{ label: string; value: string }> {
  const s = (key: SubscriptionStringKey, values?: Record<string, string>) => subscriptionText(language, key, values);
  const { fit } = cohort;
  const rows = [{ label: s("resultCustomers"), value: formatCount(cohort.customers, language) }];
  if (!fit) return rows;
  const projected = cohort.survival.filter((row) => row.projected);
  const [next, last] = [projected[0], projected[projected.length - 1]];
  const remaining = cohort.expectedRemainingPeriods as number;
  rows.push(
    { label: s("resultAlpha"), value: parameterText(fit.parameters.alpha, fit.standardErrors?.alpha, language) },
    { label: s("resultBeta"), value: parameterText(fit.parameters.beta, fit.standardErrors?.beta, language) },
    { label: s("resultRetentionNext", { period: formatCount(next.period, language) }), value: formatPercent(next.modelRetention as number, language) },
    { label: s("resultSurvivalLast", { period: formatCount(last.period, language) }), value: formatPercent(last.modelSurvival as number, language) },
    { label: s("resultRemaining"), value: Number.isFinite(remaining) ? formatAmount(remaining, language, 2) : s("resultUnbounded") },
  );
  const value = cohort.activeCustomersValue;
  if (value !== null) {
    rows.push({ label: s("resultActiveValue"), value: Number.isFinite(value) ? withCurrency(formatAmount(value, language, Math.abs(value) >= 1000 ? 0 : 2), currency) : s("resultUnbounded") });
  }
  return rows;
}

/** What {@link SubscriptionResultsView} shows: the finished run, and how to open a sheet it wrote. */
export interface SubscriptionResultsViewProps {
  language: Language;
  result: SubscriptionRunResult;
  openSheet: (name: string) => Promise<void>;
}

/**
 * The Results step of the Subscriptions path: what was fitted and where to see it, then per cohort its customers, α
 * and β with standard errors, the projected retention and survival, a new customer's expected further periods
 * ("unbounded" when α ≤ 1, explained below them) and, with a value per period, what the active customers' future renewals are worth; a
 * cohort the model refuses says why. Links open the sheet written.
 * @example <SubscriptionResultsView language="da" result={run.state.result} openSheet={workbook.activateSheet} />
 */
export function SubscriptionResultsView({ language, result, openSheet }: SubscriptionResultsViewProps) {
  const styles = useStyles();
  const layout = useLayout();
  const s = (key: SubscriptionStringKey, values?: Record<string, string>) => subscriptionText(language, key, values);
  const { analysis, sheets, report } = result;
  const sheet = sheets[0]?.name ?? "";

  return (
    <section className={layout.stack} aria-label={wizardText(language, "stepResults")}>
      <Text as="p" block>
        {analysis.cohorts.length > 1 ? s("resultsIntro", { count: formatCount(analysis.cohorts.length, language), sheet }) : s("resultsIntroOne", { sheet })}
      </Text>
      {analysis.cohorts.map((cohort, index) => {
        const heading = cohort.name === undefined ? s("allCustomersHeading") : s("cohortHeading", { name: cohort.name });
        return (
          <section key={index} aria-label={heading} className={layout.stackNarrow}>
            <Subtitle2 as="h3" block>
              {heading}
            </Subtitle2>
            <table className={styles.figures}>
              <tbody>
                {cohortRows(cohort, language, report.currency).map((row) => (
                  <tr key={row.label}>
                    <th scope="row" className={styles.label}>
                      {row.label}
                    </th>
                    <td className={styles.value}>{row.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {cohort.refusal && (
              <Text as="p" block>
                {s("notFitted", { reason: renderInputError(cohort.refusal, language) })}
              </Text>
            )}
          </section>
        );
      })}
      {analysis.cohorts.some((cohort) => cohort.expectedRemainingPeriods === Number.POSITIVE_INFINITY) && (
        <Text as="p" block>
          {s("resultUnboundedNote")}
        </Text>
      )}
      <WrittenSheetLinks language={language} sheets={sheets} openSheet={openSheet} />
    </section>
  );
}
