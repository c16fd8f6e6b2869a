import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { SubscriptionSettings } from "../core/subscriptions/analyzeSubscriptions";
import type { Language } from "../i18n/language";
import { subscriptionText, type SubscriptionStringKey } from "../i18n/subscriptionStrings";
import { wizardText } from "../i18n/wizardStrings";
import { useLayout } from "./layout";
import { validateSubscriptionForm, type SubscriptionField, type SubscriptionForm } from "./subscriptionForm";

/** What {@link SubscriptionSettingsStep} needs: the form as it was, and where to go next. */
export interface SubscriptionSettingsStepProps {
  language: Language;
  initial: SubscriptionForm;
  /** Another task of the pane is running: Run analysis waits until it has finished. */
  runBlocked?: boolean;
  onBack: (form: SubscriptionForm) => void;
  onRun: (settings: SubscriptionSettings, form: SubscriptionForm) => void;
}

/**
 * Step 3 of the Subscriptions path: the periods to project, the discount rate per period and, optionally, the value
 * of a customer per period — each explained under its field and checked before the run.
 * @example <SubscriptionSettingsStep language="sv" initial={defaultSubscriptionForm("sv")} onBack={back} onRun={run} />
 */
export function SubscriptionSettingsStep({ language, initial, runBlocked = false, onBack, onRun }: SubscriptionSettingsStepProps) {
  const layout = useLayout();
  const s = (key: SubscriptionStringKey) => subscriptionText(language, key);
  const [form, setForm] = useState<SubscriptionForm>(initial);
  const [problems, setProblems] = useState<Partial<Record<SubscriptionField, string>>>({});

  function run() {
    const checked = validateSubscriptionForm(form, language);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    onRun(checked.settings, form);
  }

  const field = (key: SubscriptionField, label: SubscriptionStringKey, hint: SubscriptionStringKey) => (
    <Field label={s(label)} hint={s(hint)} validationMessage={problems[key]} validationState={problems[key] ? "error" : "none"}>
      <Input
        inputMode="decimal"
        value={form[key]}
        onChange={(_, data) => {
          setForm((before) => ({ ...before, [key]: data.value }));
          setProblems((before) => ({ ...before, [key]: undefined }));
        }}
      />
    </Field>
  );

  return (
    <div className={layout.stack}>
      <Text as="p" block>
        {s("analysisIntroSubscriptions")}
      </Text>
      {field("projectPeriods", "projectLabel", "projectHint")}
      {field("discountPercent", "discountLabel", "discountHint")}
      {field("valuePerPeriod", "valueLabel", "valueHint")}
      {Object.values(problems).some((problem) => problem !== undefined) && (
        <MessageBar intent="error">
          <MessageBarBody>{wizardText(language, "fixErrors")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={layout.spread}>
        <Button onClick={() => onBack(form)}>{wizardText(language, "back")}</Button>
        <Button appearance="primary" onClick={run} disabled={runBlocked}>
          {wizardText(language, "runAnalysis")}
        </Button>
      </div>
    </div>
  );
}
