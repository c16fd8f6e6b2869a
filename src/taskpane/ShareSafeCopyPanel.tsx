import { useEffect, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { wizardText, type WizardStringKey } from "../i18n/wizardStrings";
import { formatCount } from "./displayFormats";
import { failureText } from "./failureText";
import { localeOf } from "./locale";
import type { WorkbookPort } from "./workbookPort";
import { useLayout } from "./layout";

const useStyles = makeStyles({
  start: { alignItems: "flex-start" },
});

type ShareState =
  | { status: "idle" }
  | { status: "finding" }
  | { status: "confirming"; cells: number; sheets: string[] }
  | { status: "replacing"; done: number; total: number }
  | { status: "finished"; intent: "success" | "info" | "error"; text: string };

/**
 * What {@link ShareSafeCopyPanel} needs, and the pane's one-task-at-a-time lock.
 */
export interface ShareSafeCopyPanelProps {
  language: Language;
  workbook: WorkbookPort;
  /** Another task of the pane (Run, Refresh) is running, so the replacement must wait. */
  blocked?: boolean;
  /** Called with true from the search for formulas until the replacement has finished or was declined. */
  onBusyChange?: (busy: boolean) => void;
}

/**
 * "Share with colleagues": finds the cells with KV formulas, asks for confirmation (how many cells, on which
 * sheets), then replaces them in the open workbook with their current values, with progress — so colleagues
 * without the add-in see numbers.
 * @example <ShareSafeCopyPanel language="sv" workbook={excelWorkbook} blocked={busy} onBusyChange={setSharing} />
 */
export function ShareSafeCopyPanel({ language, workbook, blocked = false, onBusyChange }: ShareSafeCopyPanelProps) {
  const styles = useStyles();
  const layout = useLayout();
  const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);
  const [state, setState] = useState<ShareState>({ status: "idle" });
  const busy = state.status === "finding" || state.status === "confirming" || state.status === "replacing";
  useEffect(() => {
    onBusyChange?.(busy);
  }, [busy, onBusyChange]);

  async function find() {
    setState({ status: "finding" });
    try {
      const found = await workbook.findAddinFormulas();
      setState(found.cells === 0 ? { status: "finished", intent: "info", text: t("shareNothing") } : { status: "confirming", ...found });
    } catch (error) {
      setState({ status: "finished", intent: "error", text: failureText(error, language) });
    }
  }

  async function replace(total: number) {
    setState({ status: "replacing", done: 0, total });
    try {
      const { cellsReplaced } = await workbook.replaceAddinFormulasWithValues({
        onProgress: ({ cellsDone, totalCells }) => setState({ status: "replacing", done: cellsDone, total: totalCells }),
      });
      setState({ status: "finished", intent: "success", text: t("shareDone", { cells: formatCount(cellsReplaced, language) }) });
    } catch (error) {
      setState({ status: "finished", intent: "error", text: t("shareFailed", { reason: failureText(error, language) }) });
    }
  }

  return (
    <section className={mergeClasses(layout.stackNarrow, styles.start)} aria-labelledby="share-heading">
      <Subtitle2 as="h3" block id="share-heading">
        {t("shareHeading")}
      </Subtitle2>
      <Text as="p" block>
        {t("shareHint")}
      </Text>
      <Button onClick={() => void find()} disabled={blocked || busy}>
        {t("shareSafe")}
      </Button>
      {state.status === "replacing" && (
        <Field label={t("progressLabel")} hint={t("shareProgress", { done: formatCount(state.done, language), total: formatCount(state.total, language) })}>
          <ProgressBar value={state.total > 0 ? state.done / state.total : 0} max={1} />
        </Field>
      )}
      {state.status === "finished" && (
        <MessageBar intent={state.intent}>
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={state.status === "confirming"} onOpenChange={(_, data) => !data.open && setState({ status: "idle" })}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("shareDialogTitle")}</DialogTitle>
            <DialogContent>
              {state.status === "confirming" &&
                t("shareDialogBody", {
                  cells: formatCount(state.cells, language),
                  sheets: new Intl.ListFormat(localeOf(language), { type: "conjunction" }).format(state.sheets),
                })}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setState({ status: "idle" })}>{t("cancel")}</Button>
              <Button appearance="primary" onClick={() => state.status === "confirming" && void replace(state.cells)}>
                {t("shareConfirm")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
