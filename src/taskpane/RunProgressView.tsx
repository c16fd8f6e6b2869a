import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { wizardText, type WizardStringKey } from "../i18n/wizardStrings";
import { formatCount } from "./displayFormats";
import type { RunPhase, RunProgress } from "./runAnalysis";
import { useLayout } from "./layout";

const phaseTexts: Record<RunPhase, WizardStringKey> = {
  find: "phaseFind",
  read: "phaseRead",
  analyse: "phaseAnalyse",
  write: "phaseWrite",
};

/**
 * The sentence for a run's phase, with rows done of the total where the phase counts rows.
 * @example runPhaseText({ phase: "read", done: 3000, total: 6920, fraction: 0.15 }, "da") // "Læser dataene (3.000 af 6.920 rækker) …"
 */
export function runPhaseText(progress: RunProgress, language: Language): string {
  if (progress.phase === "write" && progress.total === undefined) return wizardText(language, "phaseWriteStart");
  return wizardText(language, phaseTexts[progress.phase], {
    done: formatCount(progress.done ?? 0, language),
    total: formatCount(progress.total ?? 0, language),
  });
}

/**
 * What {@link RunProgressView} shows: where the run is, and what Cancel does.
 */
export interface RunProgressViewProps {
  language: Language;
  progress: RunProgress;
  /** Stops the run (its AbortController); the workbook is left as it was. */
  onCancel: () => void;
}

/**
 * The Run step: one progress bar over read → analyse → write, the phase in words, and Cancel.
 * @example <RunProgressView language="en" progress={{ phase: "read", done: 3000, total: 6920, fraction: 0.15 }} onCancel={run.cancel} />
 */
export function RunProgressView({ language, progress, onCancel }: RunProgressViewProps) {
  const layout = useLayout();
  return (
    <div className={layout.stack}>
      <Field label={wizardText(language, "progressLabel")} hint={runPhaseText(progress, language)}>
        <ProgressBar value={progress.fraction} max={1} thickness="large" />
      </Field>
      <div className={layout.end}>
        <Button onClick={onCancel}>{wizardText(language, "cancel")}</Button>
      </div>
    </div>
  );
}
