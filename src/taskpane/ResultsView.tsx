import type { Currency } from "../core/read/amountText";
import { withCurrency } from "../core/report/moneyFormat";
import { Subtitle2, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { simpleLifetime, type PurchaseAnalysis } from "../core/analysis/analyzeTransactions";
import { observedYears } from "../core/summary/observedPeriod";
import { renderModelUnavailable } from "../i18n/modelMessages";
import { reportLabel } from "../i18n/reportLabels";
import { renderSentence } from "../i18n/reportSentences";
import { leadSentences, rankedSegments } from "../core/report/buildReport";
import { SegmentValueChart } from "./SegmentValueChart";
import { wizardText } from "../i18n/wizardStrings";
import { formatAmount, formatCount, formatDay, formatDecimal, formatPercent } from "./displayFormats";
import { WrittenSheetLinks } from "./WrittenSheetLinks";
import { headlineFigures, type HeadlineFigures } from "./headlineFigures";
import type { RunResult } from "./runAnalysis";
import { useLayout } from "./layout";

const useStyles = makeStyles({
  figures: { borderCollapse: "collapse", width: "100%" },
  label: { textAlign: "start", fontWeight: tokens.fontWeightRegular, padding: `${tokens.spacingVerticalXS} 0`, verticalAlign: "top" },
  value: { textAlign: "end", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0`, verticalAlign: "top" },
  note: { display: "block", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Amounts of a thousand and more are shown without decimals, with the run's currency. */
function amount(value: number, language: Language, currency: Currency | undefined): string {
  return withCurrency(formatAmount(value, language, Math.abs(value) >= 1000 ? 0 : 2), currency);
}

/** How far the forecast was from the actual repeat purchases, and in which direction. */
function differenceText(relativeError: number | null, language: Language): string {
  if (relativeError === null) return wizardText(language, "fitNoActual");
  if (relativeError === 0) return wizardText(language, "fitExact");
  return wizardText(language, relativeError > 0 ? "fitMore" : "fitFewer", { error: formatPercent(Math.abs(relativeError), language) });
}

/**
 * The model-fit sentence: the holdout check's predicted and actual repeat purchases (counted from the day after the
 * calibration end), whether the forecast was above or below, or why there is no check.
 * @example modelFitText(figures, "en") // "Holdout check: the model predicted 1,788 repeat purchases from 1 Oct 1997 to 30 Jun 1998; customers made 1,720 (4.0% more than actual)."
 */
export function modelFitText(figures: HeadlineFigures, language: Language): string {
  const { fit } = figures;
  switch (fit.kind) {
    case "holdout":
      return wizardText(language, "fitHoldout", {
        predicted: formatDecimal(fit.predicted, language, 0),
        actual: formatDecimal(fit.actual, language, 0),
        start: formatDay(fit.calibrationEndDay + 1, language),
        end: formatDay(fit.observationEndDay, language),
        difference: differenceText(fit.relativeError, language),
      });
    case "unavailable":
      return renderModelUnavailable(fit.reason, language);
    case "off":
      return wizardText(language, "fitOff");
    case "needsLog":
      return wizardText(language, "fitNeedsLog");
  }
}

/** How the CLVs were obtained, why a model was left out, and what another column would add. */
function methodText(figures: HeadlineFigures, language: Language): string {
  const { method } = figures;
  if (method.kind === "simple") {
    const [methodNote, ...unlockNotes] = figures.methodNotes.map((key) => reportLabel(language, key));
    const reason = method.reason.code === "noFirstPurchaseDates" ? [] : [renderModelUnavailable(method.reason, language)];
    return [methodNote, ...reason, ...unlockNotes].join(" ");
  }
  const model = figures.purchaseModel;
  const names = model ? { model: reportLabel(language, `purchaseModel_${model.name}`), why: reportLabel(language, `modelChoice_${model.by}`) } : { model: "", why: "" };
  // After the method's own note (shown as the sentence below), what else the Overview says of it: a grouped table.
  const furtherNotes = figures.methodNotes.slice(1).map((key) => reportLabel(language, key));
  const spend =
    method.spend === "gammaGamma"
      ? [wizardText(language, "methodModel", { ...names, spend: wizardText(language, "spendGammaGamma") })]
      : [wizardText(language, "methodModel", { ...names, spend: wizardText(language, "spendCustomerAverage") }), renderModelUnavailable(method.spendReason, language)];
  return [...spend, ...furtherNotes].join(" ");
}

/**
 * The segments a marketer should turn to first — the two holding the most value (customers × CLV), each with what
 * it means and what to do — and the value of every segment as a bar chart (the Segments sheet's chart).
 */
function WhereToAct({ analysis, language }: { analysis: PurchaseAnalysis; language: Language }) {
  const layout = useLayout();
  const ranked = rankedSegments(analysis).filter((figures) => figures.customers > 0);
  const first = ranked.filter((figures) => (figures.totalClv ?? 0) > 0).slice(0, 2);
  return (
    <section aria-label={wizardText(language, "actHeading")} className={layout.stackNarrow}>
      <Subtitle2 as="h3" block>
        {wizardText(language, "actHeading")}
      </Subtitle2>
      <ul className={mergeClasses(layout.list, layout.stackTight)}>
        {first.map((figures) => (
          <li key={figures.segment}>
            <strong>{reportLabel(language, figures.segment)}</strong> ({formatCount(figures.customers, language)}): {reportLabel(language, `meaning_${figures.segment}`)}{" "}
            {reportLabel(language, `action_${figures.segment}`)}
          </li>
        ))}
      </ul>
      <SegmentValueChart
        title={reportLabel(language, "equityBySegment")}
        bars={ranked.map((figures) => ({
          label: reportLabel(language, figures.segment),
          value: figures.totalClv ?? 0,
          text: amount(figures.totalClv ?? 0, language, analysis.settings.currency),
        }))}
      />
    </section>
  );
}

/** What the values rest on: the model's horizon and data end, or the simple formula's lifetime and period. */
function introText(analysis: PurchaseAnalysis, language: Language): string {
  const { settings, summary, value, kpis } = analysis;
  const margin = formatPercent(settings.grossMargin, language);
  if (value.method.kind !== "simple") {
    return wizardText(language, "resultsIntro", { months: formatCount(settings.horizonMonths, language), margin, date: formatDay(summary.observationEndDay, language) });
  }
  const lifetime = simpleLifetime(settings);
  return wizardText(language, "resultsIntroSimple", {
    lifetime:
      lifetime.kind === "years"
        ? wizardText(language, "lifetimeYearsText", { years: formatDecimal(lifetime.years, language, 1) })
        : wizardText(language, "lifetimeRetentionText", { rate: formatPercent(lifetime.rate, language) }),
    margin,
    customers: formatCount(kpis.customers, language),
    years: formatDecimal(observedYears(summary, settings.periodMonths), language, 1),
  });
}

/**
 * What {@link ResultsView} shows: a finished run, and how to open one of its sheets.
 */
export interface ResultsViewProps {
  language: Language;
  /** The run's data, analysis and written sheets. */
  result: RunResult;
  /** Activates a written sheet (worksheet.activate). */
  openSheet: (name: string) => Promise<void>;
}

/**
 * The Results step: customers, customer equity with its 80% range, average CLV, repeat purchase rate and the
 * model fit, in the user's number format, and a link per written sheet that opens it.
 * @example <ResultsView language="da" result={outcome.result} openSheet={excelWorkbook.activateSheet} />
 */
export function ResultsView({ language, result, openSheet }: ResultsViewProps) {
  const styles = useStyles();
  const layout = useLayout();
  const dataLayout = result.data.layout;
  const figures = headlineFigures(result.analysis, dataLayout);
  const t = (key: Parameters<typeof wizardText>[1], values?: Record<string, string>) => wizardText(language, key, values);

  const rows: Array<{ label: string; value: string; note?: string }> = [
    { label: t("figureCustomers"), value: formatCount(figures.customers, language) },
    {
      label: t("figureEquity"),
      value: amount(figures.customerEquity, language, result.analysis.settings.currency),
      note:
        figures.equityLow !== undefined && figures.equityHigh !== undefined
          ? t("figureEquityRange", { low: amount(figures.equityLow, language, result.analysis.settings.currency), high: amount(figures.equityHigh, language, result.analysis.settings.currency) })
          : undefined,
    },
    { label: t("figureAverageClv"), value: figures.averageClv === undefined ? "–" : amount(figures.averageClv, language, result.analysis.settings.currency) },
    { label: t("figureRepeatRate"), value: Number.isFinite(figures.repeatPurchaseRate) ? formatPercent(figures.repeatPurchaseRate, language) : "–" },
  ];

  return (
    <section className={layout.stack} aria-label={t("stepResults")}>
      <Text as="p" block>
        {introText(result.analysis, language)}
      </Text>
      {leadSentences(result.analysis).map((sentence) => (
        <Text as="p" block key={sentence.key}>
          {renderSentence(language, sentence, result.analysis.settings.currency)}
        </Text>
      ))}
      <table className={styles.figures}>
        <caption className={styles.label}>
          <Subtitle2>{t("figuresLabel")}</Subtitle2>
        </caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" className={styles.label}>
                {row.label}
              </th>
              <td className={styles.value}>
                {row.value}
                {row.note && <span className={styles.note}>{row.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-label={t("figureModelFit")} className={layout.stackNarrow}>
        <Subtitle2 as="h3" block>{t("figureModelFit")}</Subtitle2>
        {(figures.method.kind === "model" || figures.fit.kind !== "needsLog") && (
          <Text as="p" block>
            {modelFitText(figures, language)}
          </Text>
        )}
        <Text as="p" block>
          {methodText(figures, language)}
        </Text>
      </section>
      <WhereToAct analysis={result.analysis} language={language} />
      <WrittenSheetLinks language={language} sheets={result.sheets} openSheet={openSheet} />
    </section>
  );
}
