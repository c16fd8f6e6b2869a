import { useEffect, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { StoredRun } from "../excel/runSettingsStore";
import type { Language } from "../i18n/language";
import { wizardText, type WizardStringKey } from "../i18n/wizardStrings";
import { defaultAnalysisForm, startingDraft, type AnalysisChoices, type AnalysisDraft } from "./analysisForm";
import { AnalysisStep } from "./AnalysisStep";
import { ColumnsStep, type ColumnChoices } from "./ColumnsStep";
import { DataStep, type ChosenData } from "./DataStep";
import { analysisScope } from "../core/analysis/analysisScope";
import { ResultsView } from "./ResultsView";
import { RunProgressView } from "./RunProgressView";
import { RunStoppedMessage } from "./RunStoppedMessage";
import { SubscriptionSteps } from "./SubscriptionSteps";
import { useAnalysisRun } from "./useAnalysisRun";
import type { WorkbookPort } from "./workbookPort";
import { useLayout } from "./layout";

/** The wizard's steps, in order. */
const wizardSteps = ["data", "columns", "analysis", "run", "results"] as const;

/**
 * A step of the wizard: "data", "columns", "analysis", "run" or "results".
 */
export type WizardStep = (typeof wizardSteps)[number];

const stepNames: Record<WizardStep, WizardStringKey> = {
  data: "stepData",
  columns: "stepColumns",
  analysis: "stepAnalysis",
  run: "stepRun",
  results: "stepResults",
};

/**
 * What {@link AnalyseWizard} needs, and what it tells the pane around it.
 */
export interface AnalyseWizardProps {
  language: Language;
  workbook: WorkbookPort;
  /** Another task of the pane (Refresh, the formula replacement) is running, so Run must wait. */
  blocked?: boolean;
  /** Called with true when Run starts and false when it has finished, however it ended. */
  onBusyChange?: (busy: boolean) => void;
  /** Called whenever the wizard shows another step. */
  onStepChange?: (step: WizardStep) => void;
  /** Called after a run has written its sheets and stored its settings (so the pane can offer Refresh). */
  onRunSaved?: (run: StoredRun) => void;
  /**
   * The analysis choices of the saved analysis (the workbook's stored run, or the run just made in this session): the
   * Analysis step starts from them instead of the defaults. Absent when the workbook has no saved run.
   */
  savedChoices?: AnalysisChoices;
}

/**
 * "Analyse purchases" or subscriptions (chosen on the Data step; SubscriptionSteps runs the latter's steps):
 * Data → Columns → Analysis → Run → Results. The first three steps only read the workbook; Run writes the report
 * sheets (or, when cancelled or stopped, leaves the workbook as it was). The Analysis step starts from the saved
 * analysis's choices when there is one, else from the defaults. When the step changes, focus moves to its heading.
 * @example <AnalyseWizard language="en" workbook={excelWorkbook} blocked={refreshing} onRunSaved={setStored} savedChoices={stored?.analysis} />
 */
export function AnalyseWizard({ language, workbook, blocked = false, onBusyChange, onStepChange, onRunSaved, savedChoices }: AnalyseWizardProps) {
  const layout = useLayout();
  const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);
  const [step, setStep] = useState<WizardStep>("data");
  const [chosen, setChosen] = useState<ChosenData | undefined>(undefined);
  const [columns, setColumns] = useState<ColumnChoices | undefined>(undefined);
  const [draft, setDraft] = useState<AnalysisDraft | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const run = useAnalysisRun(workbook, language);

  const scope = columns && analysisScope(columns.data);
  const subscriptions = chosen?.analysis === "subscriptions";

  // When the step changes, the button that was pressed is gone: focus moves to the new step's heading, so a keyboard or
  // screen-reader user goes on from the top of the step (and hears which step it is), not from the page's start.
  const heading = useRef<HTMLHeadingElement>(null);
  const focusedStep = useRef(step);
  useEffect(() => {
    onStepChange?.(step);
    if (focusedStep.current === step) return;
    focusedStep.current = step;
    heading.current?.focus();
  }, [step, onStepChange]);

  function go(next: WizardStep) {
    setNotice(undefined);
    setStep(next);
  }

  async function start(choices: AnalysisChoices, typed: AnalysisDraft) {
    if (!chosen || !columns) return;
    setDraft(typed);
    go("run");
    onBusyChange?.(true);
    const outcome = await run.start({
      source: { resolved: chosen.source },
      columns: columns.columns,
      dateOrder: columns.dateOrder,
      analysis: choices,
      language,
    });
    onBusyChange?.(false);
    if (outcome.status === "done") {
      setStep("results");
      onRunSaved?.(outcome.result.stored);
    } else if (outcome.status === "cancelled") {
      setStep("analysis");
      setNotice(t("cancelled"));
    }
  }

  const number = wizardSteps.indexOf(step) + 1;
  return (
    <section className={layout.stack} aria-labelledby="wizard-step-heading">
      <Text as="h2" block size={500} weight="semibold" id="wizard-step-heading" tabIndex={-1} ref={heading}>
        {t("stepOf", { number: String(number), count: String(wizardSteps.length), name: t(stepNames[step]) })}
      </Text>
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {step === "data" && (
        <DataStep
          language={language}
          workbook={workbook}
          chosen={chosen}
          onNext={(next) => {
            if (next.source !== chosen?.source || next.analysis !== chosen?.analysis) {
              setColumns(undefined);
              setDraft(undefined);
            }
            setChosen(next);
            go("columns");
          }}
        />
      )}
      {step !== "data" && chosen && subscriptions && (
        <SubscriptionSteps
          language={language}
          workbook={workbook}
          source={chosen.source}
          step={step}
          go={go}
          blocked={blocked}
          onBusyChange={onBusyChange}
          onNewAnalysis={() => {
            setChosen(undefined);
            go("data");
          }}
        />
      )}
      {step === "columns" && chosen && !subscriptions && (
        <ColumnsStep
          language={language}
          workbook={workbook}
          source={chosen.source}
          initial={columns}
          onBack={() => go("data")}
          onNext={(next) => {
            const nextScope = analysisScope(next.data);
            const same = scope && scope.valuation === nextScope.valuation && scope.period?.lastDay === nextScope.period?.lastDay && columns?.data.layout === next.data.layout;
            if (!draft || !same) setDraft(undefined);
            setColumns(next);
            go("analysis");
          }}
        />
      )}
      {step === "analysis" && columns && scope && !subscriptions && (
        <AnalysisStep
          language={language}
          scope={scope}
          runBlocked={blocked}
          initial={draft ?? startingDraft(savedChoices, scope, language)}
          defaults={defaultAnalysisForm(scope, language)}
          onBack={(typed) => {
            setDraft(typed);
            go("columns");
          }}
          onRun={(choices, typed) => void start(choices, typed)}
        />
      )}
      {step === "run" && run.state.status === "running" && !subscriptions && (
        <RunProgressView language={language} progress={run.state.progress} onCancel={run.cancel} />
      )}
      {step === "run" && run.state.status === "stopped" && !subscriptions && (
        <>
          <RunStoppedMessage language={language} messages={run.state.messages} />
          <div className={layout.spread}>
            <Button onClick={() => go("analysis")}>{t("back")}</Button>
          </div>
        </>
      )}
      {step === "results" && run.state.status === "done" && !subscriptions && (
        <>
          <ResultsView language={language} result={run.state.result} openSheet={workbook.activateSheet} />
          <div className={layout.spread}>
            <Button
              onClick={() => {
                run.reset();
                setChosen(undefined);
                setColumns(undefined);
                setDraft(undefined);
                go("data");
              }}
            >
              {t("newAnalysis")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
