import { FluentProvider, Text, Title2, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { uiText } from "../i18n/uiStrings";
import type { InsertFormulaResult } from "../excel/insertFormula";
import { FormulaReference } from "./FormulaReference";
import type { FormulaEntry } from "./formulaEntry";

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
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface AppProps {
  language: Language;
  formulas: readonly FormulaEntry[];
  /** Puts a formula into the selected cell; absent when the pane runs outside Excel. */
  insertFormula?: (formula: string) => Promise<InsertFormulaResult>;
}

/** The task pane's first screen: what the add-in does, and the formula reference. */
export function App({ language, formulas, insertFormula }: AppProps) {
  const styles = useStyles();
  const t = (key: Parameters<typeof uiText>[1]) => uiText(language, key);
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <main className={styles.page}>
        <header className={styles.header}>
          <img className={styles.logo} src="assets/icon-80.png" alt="" />
          <div>
            <Title2 as="h1">{t("appTitle")}</Title2>
            <Text as="p" block>
              {t("tagline")}
            </Text>
          </div>
        </header>
        <section className={styles.intro}>
          <Text as="p" block>
            {t("introFormulas")}
          </Text>
          <Text as="p" block weight="semibold">
            {t("introPrivacy")}
          </Text>
        </section>
        <FormulaReference language={language} formulas={formulas} insertFormula={insertFormula} />
      </main>
    </FluentProvider>
  );
}
