import { useCallback, useEffect, useMemo, useState } from "react";
import { FluentProvider, Link, MessageBar, MessageBarBody, Tab, TabList, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { StoredRun } from "../excel/runSettingsStore";
import type { Language } from "../i18n/language";
import { uiText } from "../i18n/uiStrings";
import { wizardText } from "../i18n/wizardStrings";
import { AnalyseWizard, type WizardStep } from "./AnalyseWizard";
import { failureText } from "./failureText";
import { FormulaReference } from "./FormulaReference";
import type { FormulaEntry } from "./formulaEntry";
import { SavedRunPanel } from "./SavedRunPanel";
import { ShareSafeCopyPanel } from "./ShareSafeCopyPanel";
import type { WorkbookPort } from "./workbookPort";
import { useLayout } from "./layout";
import { PANE_THEMES, paneThemeName, useSystemColors, type OfficeThemeColors } from "./paneTheme";

/** The support page in each language, served beside the pane (pages/, built by webpack.config.js); it links the privacy statement. */
const SUPPORT_PAGES: Record<Language, string> = { en: "support.html", da: "support.da.html", sv: "support.sv.html" };

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    // Headings and paragraphs are blocks spaced by their containers' gaps, not by the browser's default margins.
    "& h1": { marginTop: 0, marginBottom: 0 },
    "& h2": { marginTop: 0, marginBottom: 0 },
    "& h3": { marginTop: 0, marginBottom: 0 },
    "& p": { marginTop: 0, marginBottom: 0 },
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  logo: { width: "40px", height: "40px" },
});

type Area = "analyse" | "formulas";

/** The pane's tasks that change the workbook; only one runs at a time. */
type Task = "run" | "refresh" | "share";

/**
 * What {@link App} needs: the user's language, the formula catalogue and, inside Excel, the workbook.
 */
export interface AppProps {
  language: Language;
  formulas: readonly FormulaEntry[];
  /** The workbook's operations (src/excel); absent when the pane runs outside Excel. */
  workbook?: WorkbookPort;
  /** Office's theme (Office.context.officeTheme), which the pane's colours follow; absent outside Office. */
  officeTheme?: OfficeThemeColors;
}

/**
 * The task pane: "Analyse purchases" (the saved analysis with Refresh, the wizard, replacing KV formulas with
 * values) and the formula reference, as two tabs; only the selected tab's panel shows. The wizard stays mounted
 * (hidden) while the reference is open, so its steps are kept. The saved analysis stands above the wizard, except
 * while the wizard runs or shows its results (the run just made is then the saved analysis). One task that
 * changes the workbook runs at a time: while Run, Refresh or the replacement runs, the others are disabled.
 * Results of an earlier run are cleared when another run has written the sheets. Its colours follow Office's theme
 * (light, or dark in Dark Gray and Black) and the system's forced colours (paneTheme).
 * @example createRoot(root).render(<App language="da" formulas={formulaCatalog} workbook={excelWorkbook} />)
 */
export function App({ language, formulas, workbook, officeTheme }: AppProps) {
  const theme = paneThemeName(officeTheme, useSystemColors());
  const styles = useStyles();
  const layout = useLayout();
  const [area, setArea] = useState<Area>("analyse");
  const [stored, setStored] = useState<StoredRun | undefined>(undefined);
  const [loadFailure, setLoadFailure] = useState<string | undefined>(undefined);
  const [runningTask, setRunningTask] = useState<Task | undefined>(undefined);
  // Remounting clears the saved panel's results after a wizard run.
  const [savedPanelKey, setSavedPanelKey] = useState(0);
  // While the wizard runs or shows the results of its run, that run is the saved analysis: its panel would only
  // push the progress and the results down, so it is left out until the wizard starts a new analysis.
  const [wizardShowsRun, setWizardShowsRun] = useState(false);

  const busyCallbacks = useMemo(() => {
    const busyWith = (task: Task) => (busy: boolean) => setRunningTask((current) => (busy ? task : current === task ? undefined : current));
    return { run: busyWith("run"), refresh: busyWith("refresh"), share: busyWith("share") };
  }, []);
  const onWizardStep = useCallback((step: WizardStep) => {
    setWizardShowsRun(step === "run" || step === "results");
  }, []);
  const onWizardRunSaved = useCallback((run: StoredRun) => {
    setStored(run);
    setSavedPanelKey((key) => key + 1);
  }, []);
  const blockedFor = (task: Task) => runningTask !== undefined && runningTask !== task;

  useEffect(() => {
    if (!workbook) return;
    let current = true;
    workbook.loadRunSettings().then(
      (run) => current && setStored(run),
      (error: unknown) => current && setLoadFailure(failureText(error, language)),
    );
    return () => {
      current = false;
    };
  }, [workbook, language]);

  return (
    <FluentProvider theme={PANE_THEMES[theme]} lang={language} data-pane-theme={theme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <img className={styles.logo} src="assets/icon-80.png" alt="" />
          <div>
            <Title2 as="h1" block>{uiText(language, "appTitle")}</Title2>
            <Text as="p" block>
              {uiText(language, "tagline")}
            </Text>
          </div>
        </header>
        <Text as="p" block weight="semibold">
          {uiText(language, "introPrivacy")}{" "}
          <Link inline href={SUPPORT_PAGES[language]} target="_blank" rel="noopener">
            {uiText(language, "supportLink")}
          </Link>
        </Text>
        <TabList selectedValue={area} onTabSelect={(_, data) => setArea(data.value as Area)}>
          <Tab value="analyse" id="tab-analyse">
            {wizardText(language, "tabAnalyse")}
          </Tab>
          <Tab value="formulas" id="tab-formulas">
            {wizardText(language, "tabFormulas")}
          </Tab>
        </TabList>
        <div role="tabpanel" aria-labelledby="tab-analyse" hidden={area !== "analyse"} className={layout.stackWide}>
          {!workbook && <Text as="p" block>{wizardText(language, "wizardOutsideExcel")}</Text>}
          {loadFailure && (
            <MessageBar intent="warning">
              <MessageBarBody>{loadFailure}</MessageBarBody>
            </MessageBar>
          )}
          {workbook && stored && !wizardShowsRun && (
            <SavedRunPanel
              key={`saved-${savedPanelKey}`}
              language={language}
              workbook={workbook}
              stored={stored}
              blocked={blockedFor("refresh")}
              onBusyChange={busyCallbacks.refresh}
              onRunSaved={setStored}
            />
          )}
          {workbook && (
            <AnalyseWizard
              language={language}
              workbook={workbook}
              blocked={blockedFor("run")}
              onBusyChange={busyCallbacks.run}
              onStepChange={onWizardStep}
              onRunSaved={onWizardRunSaved}
              savedChoices={stored?.analysis}
            />
          )}
          {workbook && <ShareSafeCopyPanel language={language} workbook={workbook} blocked={blockedFor("share")} onBusyChange={busyCallbacks.share} />}
        </div>
        {area === "formulas" && (
          <div role="tabpanel" aria-labelledby="tab-formulas" className={layout.stackWide}>
            <Text as="p" block>
              {uiText(language, "introFormulas")}
            </Text>
            <FormulaReference language={language} formulas={formulas} insertFormula={workbook?.insertFormula} />
          </div>
        )}
      </main>
    </FluentProvider>
  );
}
