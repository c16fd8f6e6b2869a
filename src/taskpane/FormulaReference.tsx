import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { uiText, type UiStringKey } from "../i18n/uiStrings";
import type { InsertFormulaResult } from "../excel/insertFormula";
import { exampleFormula, formulaSyntax, type FormulaEntry } from "./formulaEntry";
import { localeOf } from "./locale";
import { useLayout } from "./layout";

const useStyles = makeStyles({
  syntax: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

type Status = { intent: "success" | "warning" | "error"; text: string } | undefined;

function statusOf(language: Language, formula: string, result: InsertFormulaResult): Status {
  return result.kind === "inserted"
    ? { intent: "success", text: uiText(language, "inserted", { formula, address: result.address }) }
    : { intent: "warning", text: uiText(language, "cellNotEmpty", { address: result.address }) };
}

/**
 * What {@link FormulaReference} lists, and how it inserts an example (absent outside Excel: Insert is disabled).
 */
export interface FormulaReferenceProps {
  language: Language;
  formulas: readonly FormulaEntry[];
  /** Writes the formula into the selected cell (src/excel/insertFormula.ts). */
  insertFormula?: (formula: string) => Promise<InsertFormulaResult>;
}

/**
 * The list of KV functions with syntax, a one-line description and a worked example to insert.
 * @example <FormulaReference language="en" formulas={formulaCatalog} insertFormula={excelWorkbook.insertFormula} />
 */
export function FormulaReference({ language, formulas, insertFormula }: FormulaReferenceProps) {
  const styles = useStyles();
  const layout = useLayout();
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<Status>(undefined);
  const [busy, setBusy] = useState(false);
  const numberFormat = useMemo(() => new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }), [language]);
  const t = (key: UiStringKey, values?: Record<string, string>) => uiText(language, key, values);

  const needle = query.trim().toLowerCase();
  const visible = formulas.filter(
    (entry) => needle === "" || entry.id.toLowerCase().includes(needle) || t(entry.description).toLowerCase().includes(needle),
  );

  async function insert(formula: string) {
    if (!insertFormula) return;
    setBusy(true);
    try {
      setStatus(statusOf(language, formula, await insertFormula(formula)));
    } catch (error) {
      setStatus({ intent: "error", text: t("insertFailed", { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const categories: Array<{ id: FormulaEntry["category"]; title: UiStringKey }> = [
    { id: "lifetimeValue", title: "categoryLifetimeValue" },
    { id: "kpis", title: "categoryKpis" },
  ];

  return (
    <section className={layout.stack} aria-labelledby="formula-reference-heading">
      <Subtitle2 as="h2" block id="formula-reference-heading">
        {t("referenceHeading")}
      </Subtitle2>
      <Text as="p" block>
        {insertFormula ? t("referenceHint") : t("outsideExcel")} {t("rateNote")}
      </Text>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t("filterLabel")}>
        <Input value={query} placeholder={t("filterPlaceholder")} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      {visible.length === 0 && <Text as="p" block>
          {t("noMatches", { query })}
        </Text>}
      {categories.map((category) => {
        const entries = visible.filter((entry) => entry.category === category.id);
        if (entries.length === 0) return null;
        return (
          <div className={layout.stackNarrow} key={category.id}>
            <Subtitle2 as="h3" block>{t(category.title)}</Subtitle2>
            {entries.map((entry) => {
              const formula = exampleFormula(entry);
              return (
                <Card key={entry.id} aria-label={`KV.${entry.id}`}>
                  <CardHeader
                    header={<Text weight="semibold">{`KV.${entry.id}`}</Text>}
                    description={<Caption1 className={styles.syntax}>{formulaSyntax(entry)}</Caption1>}
                  />
                  <Text as="p" block>
                    {t(entry.description)}
                  </Text>
                  <div className={layout.spreadWrap}>
                    <Text>
                      {t("exampleLabel")}: <span className={styles.code}>{formula}</span> → <strong>{numberFormat.format(entry.exampleResult())}</strong>
                    </Text>
                    <Button
                      appearance="primary"
                      size="small"
                      disabled={!insertFormula || busy}
                      aria-label={t("insertButtonLabel", { formula })}
                      onClick={() => void insert(formula)}
                    >
                      {t("insertButton")}
                    </Button>
                  </div>
                  <Link href={`functions.html#kv.${entry.id.toLowerCase()}`} target="_blank">
                    {t("helpLink")}
                  </Link>
                </Card>
              );
            })}
          </div>
        );
      })}
    </section>
  );
}
