import { useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import type { SubscriptionSettings } from "../core/subscriptions/analyzeSubscriptions";
import type { ResolvedSource } from "../excel/dataSources";
import type { Language } from "../i18n/language";
import { subscriptionText } from "../i18n/subscriptionStrings";
import { wizardText } from "../i18n/wizardStrings";
import type { WizardStep } from "./AnalyseWizard";
import { useLayout } from "./layout";
import { RunStoppedMessage } from "./RunStoppedMessage";
import { runPhaseText } from "./RunProgressView";
import { SubscriptionColumnsStep, type SubscriptionColumnChoices } from "./SubscriptionColumnsStep";
import { defaultSubscriptionForm, type SubscriptionForm } from "./subscriptionForm";
import { SubscriptionResultsView } from "./SubscriptionResultsView";
import { SubscriptionSettingsStep } from "./SubscriptionSettingsStep";
import { useSubscriptionRun } from "./useSubscriptionRun";
import type { WorkbookPort } from "./workbookPort";

/** What {@link SubscriptionSteps} needs: the data chosen, the wizard's step and how to change it. */
export interface SubscriptionStepsProps {
  language: Language;
  workbook: WorkbookPort;
  /** The range chosen in the Data step. */
  source: ResolvedSource;
  /** The wizard's step (any but "data", which the wizard shows itself). */
  step: WizardStep;
  go: (step: WizardStep) => void;
  /** Another task of the pane is running, so Run must wait. */
  blocked?: boolean;
  onBusyChange?: (busy: boolean) => void;
  /** "Start a new analysis": back to the Data step with nothing chosen. */
  onNewAnalysis: () => void;
}

/**
 * The wizard's Subscriptions path after the Data step, in the same five steps: Columns (the periods, active, survivors
 * and cohort columns) → Analysis (periods to project, discount rate, value per period) → Run (read, fit the sBG model
 * per cohort, write the Subscriptions sheet; Cancel leaves the workbook as it was) → Results. Keeps its choices while
 * the user goes back and forth.
 * @example <SubscriptionSteps language="da" workbook={excelWorkbook} source={chosen.source} step={step} go={go} onNewAnalysis={reset} />
 */
export function SubscriptionSteps({ language, workbook, source, step, go, blocked = false, onBusyChange, onNewAnalysis }: SubscriptionStepsProps) {
  const layout = useLayout();
  const [columns, setColumns] = useState<SubscriptionColumnChoices | undefined>(undefined);
  const [form, setForm] = useState<SubscriptionForm>(() => defaultSubscriptionForm(language));
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const run = useSubscriptionRun(workbook, language);

  function move(next: WizardStep) {
    setNotice(undefined);
    go(next);
  }

  async function start(settings: SubscriptionSettings, typed: SubscriptionForm) {
    if (!columns) return;
    setForm(typed);
    move("run");
    onBusyChange?.(true);
    const outcome = await run.start({ source, columns: columns.columns, settings, language });
    onBusyChange?.(false);
    if (outcome.status === "done") move("results");
    else if (outcome.status === "cancelled") {
      move("analysis");
      setNotice(wizardText(language, "cancelled"));
    }
  }

  const { state } = run;
  return (
    <>
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {step === "columns" && (
        <SubscriptionColumnsStep
          language={language}
          workbook={workbook}
          source={source}
          initial={columns?.columns}
          onBack={() => move("data")}
          onNext={(next) => {
            setColumns(next);
            move("analysis");
          }}
        />
      )}
      {step === "analysis" && columns && (
        <SubscriptionSettingsStep
          language={language}
          initial={form}
          runBlocked={blocked}
          onBack={(typed) => {
            setForm(typed);
            move("columns");
          }}
          onRun={(settings, typed) => void start(settings, typed)}
        />
      )}
      {step === "run" && state.status === "running" && (
        <div className={layout.stack}>
          <Field
            label={wizardText(language, "progressLabel")}
            hint={state.progress.phase === "analyse" ? subscriptionText(language, "phaseAnalyseSubscriptions") : runPhaseText(state.progress, language)}
          >
            <ProgressBar value={state.progress.fraction} max={1} thickness="large" />
          </Field>
          <div className={layout.end}>
            <Button onClick={run.cancel}>{wizardText(language, "cancel")}</Button>
          </div>
        </div>
      )}
      {step === "run" && state.status === "stopped" && (
        <>
          <RunStoppedMessage language={language} messages={state.messages} />
          <div className={layout.spread}>
            <Button onClick={() => move("analysis")}>{wizardText(language, "back")}</Button>
          </div>
        </>
      )}
      {step === "results" && state.status === "done" && (
        <>
          <SubscriptionResultsView language={language} result={state.result} openSheet={workbook.activateSheet} />
          <div className={layout.spread}>
            <Button onClick={onNewAnalysis}>{wizardText(language, "newAnalysis")}</Button>
          </div>
        </>
      )}
    </>
  );
}
