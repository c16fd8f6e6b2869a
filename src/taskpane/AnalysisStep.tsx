import { PURCHASE_MODEL_NAMES } from "../core/models/purchaseModel";
import { COHORT_PERIODS } from "../core/cohorts/calendarPeriod";
import { useState } from "react";
import { CURRENCIES } from "../core/read/amountText";
import { reportLabel } from "../i18n/reportLabels";
import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Radio, RadioGroup, Switch, Text } from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { wizardText, type WizardStringKey } from "../i18n/wizardStrings";
import type { AnalysisScope } from "../core/analysis/analysisScope";
import { validateAnalysisForm, type AnalysisChoices, type AnalysisDraft, type AnalysisField, type AnalysisForm } from "./analysisForm";
import { formatDateField, formatDay } from "./displayFormats";
import { useLayout } from "./layout";

/**
 * What {@link AnalysisStep} needs: what the data allows (its period, how customers are valued, the R×F segments,
 * the holdout check), the form as it was, the defaults, and where to go next.
 */
export interface AnalysisStepProps {
  language: Language;
  scope: AnalysisScope;
  /** Another task of the pane is running: Run analysis is disabled until it has finished. */
  runBlocked?: boolean;
  /** The form as it was; when it started from the saved analysis, the step says so and offers the defaults. */
  initial: AnalysisDraft;
  /** What "Use the defaults" puts in the fields. */
  defaults: AnalysisForm;
  /** Back to the Columns step, keeping what was typed. */
  onBack: (draft: AnalysisDraft) => void;
  /** The checked choices (and the form as typed, for coming back). */
  onRun: (choices: AnalysisChoices, draft: AnalysisDraft) => void;
}

/**
 * Step 3: observation end date (data with dates, typed as the user's language writes a date), CLV horizon (the models) or the simple CLV's lifetime — in years
 * or as a yearly retention rate — and the months the table covers (a table without first purchase dates), annual
 * discount rate, gross margin, expected new customers, segment scheme and the holdout check — each with a one-line
 * explanation — checked before the run, with a message under each field that is wrong. When the fields start from
 * the saved analysis's choices, a line says so, with "Use the defaults" to reset them.
 * @example <AnalysisStep language="da" scope={analysisScope(data)} initial={draft} defaults={defaultAnalysisForm(scope, "da")} onBack={back} onRun={run} />
 */
export function AnalysisStep({ language, scope, runBlocked = false, initial, defaults, onBack, onRun }: AnalysisStepProps) {
  const { period, holdoutPossible } = scope;
  const simple = scope.valuation === "simple";
  const layout = useLayout();
  const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);
  const [form, setForm] = useState<AnalysisForm>(initial.form);
  const [fromSaved, setFromSaved] = useState(initial.fromSaved);
  const [problems, setProblems] = useState<Partial<Record<AnalysisField, string>>>({});

  const set = <Key extends keyof AnalysisForm>(key: Key, value: AnalysisForm[Key]) => {
    setForm((before) => ({ ...before, [key]: value }));
    if (key in problems) setProblems((before) => ({ ...before, [key]: undefined }));
  };

  function run() {
    const checked = validateAnalysisForm(form, scope, language);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    onRun(checked.choices, { form, fromSaved });
  }

  function resetToDefaults() {
    setForm(defaults);
    setProblems({});
    setFromSaved(false);
  }

  const numberField = (field: Exclude<AnalysisField, "observationEnd">, label: WizardStringKey, hint: WizardStringKey, values?: Record<string, string>) => (
    <Field
      label={t(label)}
      hint={t(hint, values)}
      validationMessage={problems[field]}
      validationState={problems[field] ? "error" : "none"}
    >
      <Input inputMode="decimal" value={form[field]} onChange={(_, data) => set(field, data.value)} />
    </Field>
  );
  const hasProblems = Object.values(problems).some((problem) => problem !== undefined);

  return (
    <div className={layout.stack}>
      <Text as="p" block>
        {t("analysisIntro")}
      </Text>
      {fromSaved && (
        <div className={layout.spreadWrap}>
          <Text as="p" block>
            {t("fromSavedAnalysis")}
          </Text>
          <Button onClick={resetToDefaults}>{t("useDefaults")}</Button>
        </div>
      )}
      {simple && (
        <Text as="p" block>
          {t("simpleValuationIntro")}
        </Text>
      )}
      {period && (
        <Field
          label={t("observationEndLabel")}
          hint={`${t("observationEndHint", { date: formatDay(period.lastDay, language) })} ${t("dateFieldFormat", { example: formatDateField(period.lastDay, language) })}`}
          validationMessage={problems.observationEnd}
          validationState={problems.observationEnd ? "error" : "none"}
        >
          {/* Text, not a date input: a date input shows the browser's date format, not the Office display language's. */}
          <Input value={form.observationEnd} autoComplete="off" onChange={(_, data) => set("observationEnd", data.value)} />
        </Field>
      )}
      {!simple && numberField("horizonMonths", "horizonLabel", "horizonHint")}
      {simple && (
        <>
          {numberField("periodMonths", "periodLabel", "periodHint", { months: String(scope.defaultPeriodMonths) })}
          <Field label={t("lifetimeLabel")}>
            <RadioGroup value={form.lifetimeKind} onChange={(_, data) => set("lifetimeKind", data.value as AnalysisForm["lifetimeKind"])}>
              <Radio value="years" label={t("lifetimeYearsOption")} />
              <Radio value="retention" label={t("lifetimeRetentionOption")} />
            </RadioGroup>
          </Field>
          {form.lifetimeKind === "years"
            ? numberField("lifetimeYears", "lifetimeYearsLabel", "lifetimeYearsHint")
            : numberField("retentionPercent", "retentionLabel", "retentionHint")}
        </>
      )}
      {numberField("discountPercent", "discountLabel", "discountHint")}
      {numberField("marginPercent", "marginLabel", "marginHint")}
      {numberField("newCustomers", "newCustomersLabel", "newCustomersHint")}
      <Field label={t("currencyLabel")} hint={t("currencyHint")}>
        <Dropdown
          value={reportLabel(language, `currency_${form.currency}`)}
          selectedOptions={[form.currency]}
          onOptionSelect={(_, selected) => set("currency", selected.optionValue as AnalysisForm["currency"])}
        >
          {(["none", ...CURRENCIES] as const).map((currency) => (
            <Option key={currency} value={currency} text={reportLabel(language, `currency_${currency}`)}>
              {reportLabel(language, `currency_${currency}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {!simple && (
        <Field label={t("purchaseModelLabel")} hint={t("purchaseModelHint")}>
          <Dropdown
            value={t(`purchaseModel_${form.purchaseModel}`)}
            selectedOptions={[form.purchaseModel]}
            onOptionSelect={(_, selected) => set("purchaseModel", selected.optionValue as AnalysisForm["purchaseModel"])}
          >
            {(["auto", ...PURCHASE_MODEL_NAMES] as const).map((model) => (
              <Option key={model} value={model} text={t(`purchaseModel_${model}`)}>
                {t(`purchaseModel_${model}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {scope.cohortsPossible && (
        <Field label={t("cohortPeriodLabel")} hint={t("cohortPeriodHint")}>
          <Dropdown
            value={t(`cohortPeriod_${form.cohortPeriod}`)}
            selectedOptions={[form.cohortPeriod]}
            onOptionSelect={(_, selected) => set("cohortPeriod", selected.optionValue as AnalysisForm["cohortPeriod"])}
          >
            {COHORT_PERIODS.map((period) => (
              <Option key={period} value={period} text={t(`cohortPeriod_${period}`)}>
                {t(`cohortPeriod_${period}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label={t("schemeLabel")} hint={scope.rfmPossible ? t("schemeHint") : `${t("schemeHint")} ${t("schemeRfmNeedsDate")}`}>
        <RadioGroup value={form.segmentScheme} onChange={(_, data) => set("segmentScheme", data.value as AnalysisForm["segmentScheme"])}>
          <Radio value="rfm" label={t("schemeRfm")} disabled={!scope.rfmPossible} />
          <Radio value="valueTiers" label={t("schemeValueTiers")} />
        </RadioGroup>
      </Field>
      <Field hint={holdoutPossible ? t("holdoutHint") : t("holdoutNeedsLog")}>
        <Switch
          label={t("holdoutLabel")}
          checked={holdoutPossible && form.holdout}
          disabled={!holdoutPossible}
          onChange={(_, data) => set("holdout", data.checked)}
        />
      </Field>
      {hasProblems && (
        <MessageBar intent="error">
          <MessageBarBody>{t("fixErrors")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={layout.spread}>
        <Button onClick={() => onBack({ form, fromSaved })}>{t("back")}</Button>
        <Button appearance="primary" onClick={run} disabled={runBlocked}>
          {t("runAnalysis")}
        </Button>
      </div>
    </div>
  );
}
