import { useEffect, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import type { StoredRun } from "../excel/runSettingsStore";
import type { Language } from "../i18n/language";
import { wizardText, type WizardStringKey } from "../i18n/wizardStrings";
import { rangeLabel } from "./rangeAddress";
import { ResultsView } from "./ResultsView";
import { RunProgressView } from "./RunProgressView";
import { RunStoppedMessage } from "./RunStoppedMessage";
import { useAnalysisRun } from "./useAnalysisRun";
import type { WorkbookPort } from "./workbookPort";
import { useLayout } from "./layout";

/**
 * What {@link SavedRunPanel} needs: the run saved in the workbook, and the pane's one-task-at-a-time lock.
 */
export interface SavedRunPanelProps {
  language: Language;
  workbook: WorkbookPort;
  stored: StoredRun;
  /** Another task of the pane (the wizard's Run, the formula replacement) is running, so Refresh must wait. */
  blocked?: boolean;
  /** Called with true when Refresh starts and false when it has finished, however it ended. */
  onBusyChange?: (busy: boolean) => void;
  /** Called after Refresh has written its sheets and stored its settings. */
  onRunSaved?: (run: StoredRun) => void;
}

/**
 * The workbook's saved analysis and "Refresh": the same run with the stored settings on the data as it is now
 * (a table's current range; a range down to the last used row), with progress, Cancel and the results; focus stays
 * on Refresh while it runs and moves to the results when they appear.
 * @example <SavedRunPanel language="da" workbook={excelWorkbook} stored={run} blocked={busy} onBusyChange={setRefreshing} />
 */
export function SavedRunPanel({ language, workbook, stored, blocked = false, onBusyChange, onRunSaved }: SavedRunPanelProps) {
  const layout = useLayout();
  const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);
  const run = useAnalysisRun(workbook, language);
  const refreshButton = useRef<HTMLButtonElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const [refreshesEnded, setRefreshesEnded] = useState(0);
  const source = stored.source.kind === "table" ? t("savedTable", { name: stored.source.name }) : rangeLabel(stored.source.sheet, stored.source.address);

  async function refresh() {
    onBusyChange?.(true);
    const outcome = await run.start({
      source: { stored: stored.source },
      columns: stored.columns,
      dateOrder: stored.dateOrder,
      analysis: stored.analysis,
      language,
    });
    onBusyChange?.(false);
    setRefreshesEnded((count) => count + 1);
    if (outcome.status === "done") onRunSaved?.(outcome.result.stored);
  }

  // When a Refresh has ended, focus goes to its results, or back to Refresh (Cancel, which had it, is gone).
  useEffect(() => {
    if (refreshesEnded > 0) (results.current ?? refreshButton.current)?.focus();
  }, [refreshesEnded]);

  return (
    <section className={layout.stackNarrow} aria-labelledby="saved-run-heading">
      <Subtitle2 as="h2" block id="saved-run-heading">
        {t("savedHeading")}
      </Subtitle2>
      <Text as="p" block>
        {t("savedSource", { source })} {t("refreshHint")}
      </Text>
      <div className={layout.row}>
        <Button ref={refreshButton} appearance="primary" disabled={blocked} disabledFocusable={run.state.status === "running"} onClick={() => void refresh()}>
          {t("refresh")}
        </Button>
      </div>
      {run.state.status === "running" && <RunProgressView language={language} progress={run.state.progress} onCancel={run.cancel} />}
      {run.state.status === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>{t("cancelled")}</MessageBarBody>
        </MessageBar>
      )}
      {run.state.status === "stopped" && (
        <RunStoppedMessage language={language} messages={run.state.messages} />
      )}
      {run.state.status === "done" && (
        <div ref={results} tabIndex={-1}>
          <ResultsView language={language} result={run.state.result} openSheet={workbook.activateSheet} />
        </div>
      )}
    </section>
  );
}
