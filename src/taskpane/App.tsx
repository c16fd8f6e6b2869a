import { useEffect, useState } from "react";
import { FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Text, Title2, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { StoredRun } from "../excel/runSettingsStore";
import type { Language } from "../i18n/language";
import { uiText } from "../i18n/uiStrings";
import { wizardText } from "../i18n/wizardStrings";
import { AnalyseWizard } from "./AnalyseWizard";
import { failureText } from "./failureText";
import { FormulaReference } from "./FormulaReference";
import type { FormulaEntry } from "./formulaEntry";
import { SavedRunPanel } from "./SavedRunPanel";
import { ShareSafeCopy } from "./ShareSafeCopy";
import type { WorkbookPort } from "./workbookPort";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  logo: { width: "40px", height: "40px" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

type Area = "analyse" | "formulas";

export interface AppProps {
  language: Language;
  formulas: readonly FormulaEntry[];
  /** The workbook's operations (src/excel); absent when the pane runs outside Excel. */
  workbook?: WorkbookPort;
}

/**
 * The task pane: "Analyse purchases" (the saved analysis with Refresh, the wizard, the share-safe copy) and the
 * formula reference, as two tabs. The wizard stays mounted while the reference is open, so its steps are kept.
 */
export function App({ language, formulas, workbook }: AppProps) {
  const styles = useStyles();
  const [area, setArea] = useState<Area>("analyse");
  const [stored, setStored] = useState<StoredRun | undefined>(undefined);
  const [loadFailure, setLoadFailure] = useState<string | undefined>(undefined);

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
    <FluentProvider theme={webLightTheme} lang={language}>
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
          {uiText(language, "introPrivacy")}
        </Text>
        <TabList selectedValue={area} onTabSelect={(_, data) => setArea(data.value as Area)}>
          <Tab value="analyse" id="tab-analyse">
            {wizardText(language, "tabAnalyse")}
          </Tab>
          <Tab value="formulas" id="tab-formulas">
            {wizardText(language, "tabFormulas")}
          </Tab>
        </TabList>
        <div role="tabpanel" aria-labelledby="tab-analyse" hidden={area !== "analyse"} className={styles.panel}>
          {!workbook && <Text as="p" block>{wizardText(language, "wizardOutsideExcel")}</Text>}
          {loadFailure && (
            <MessageBar intent="warning">
              <MessageBarBody>{loadFailure}</MessageBarBody>
            </MessageBar>
          )}
          {workbook && stored && <SavedRunPanel language={language} workbook={workbook} stored={stored} onRunSaved={setStored} />}
          {workbook && <AnalyseWizard language={language} workbook={workbook} onRunSaved={setStored} />}
          {workbook && <ShareSafeCopy language={language} workbook={workbook} />}
        </div>
        {area === "formulas" && (
          <div role="tabpanel" aria-labelledby="tab-formulas" className={styles.panel}>
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
