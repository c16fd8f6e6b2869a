import { useState } from "react";
import { Field, Input, Subtitle2, Text } from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { uiText, type UiStringKey } from "../i18n/uiStrings";
import type { InsertFormulaResult, SpillSize } from "../excel/insertFormula";
import { exampleSize, type ExampleResult, type FormulaEntry } from "./formulaEntry";
import { FormulaCard, type InsertStatus } from "./FormulaCard";
import { useLayout } from "./layout";

/** What the last Insert did: Excel's answer, or the reason it failed. */
type InsertOutcome = InsertFormulaResult | { kind: "failed"; reason: string };

/** The message for an Insert's outcome, worded when shown (so it follows a change of language). */
function statusOf(language: Language, formula: string, outcome: InsertOutcome): InsertStatus {
  switch (outcome.kind) {
    case "inserted":
      return {
        intent: "success",
        text: outcome.spillArea
          ? uiText(language, "insertedSpill", { formula, address: outcome.address, area: outcome.spillArea })
          : uiText(language, "inserted", { formula, address: outcome.address }),
      };
    case "cellNotEmpty":
      return { intent: "warning", text: uiText(language, "cellNotEmpty", { address: outcome.address }) };
    case "spillAreaNotEmpty":
      return { intent: "warning", text: uiText(language, "spillAreaNotEmpty", { area: outcome.spillArea }) };
    case "noRoomForSpill":
      return { intent: "warning", text: uiText(language, "noRoomForSpill", { address: outcome.address, rows: String(outcome.rows), columns: String(outcome.columns) }) };
    case "failed":
      return { intent: "error", text: uiText(language, "insertFailed", { reason: outcome.reason }) };
  }
}

/**
 * What {@link FormulaReference} lists, and how it inserts an example (absent outside Excel: Insert is disabled).
 */
export interface FormulaReferenceProps {
  language: Language;
  formulas: readonly FormulaEntry[];
  /** Writes the formula into the selected cell, checking the cells its result spills into (src/excel/insertFormula.ts). */
  insertFormula?: (formula: string, spill?: SpillSize) => Promise<InsertFormulaResult>;
}

const categories: Array<{ id: FormulaEntry["category"]; title: UiStringKey }> = [
  { id: "lifetimeValue", title: "categoryLifetimeValue" },
  { id: "kpis", title: "categoryKpis" },
  { id: "customerVoice", title: "categoryCustomerVoice" },
  { id: "experiments", title: "categoryExperiments" },
];

/**
 * The list of KV functions with syntax, a one-line description and a worked example to insert.
 * @example <FormulaReference language="en" formulas={formulaCatalog} insertFormula={excelWorkbook.insertFormula} />
 */
export function FormulaReference({ language, formulas, insertFormula }: FormulaReferenceProps) {
  const layout = useLayout();
  const [query, setQuery] = useState("");
  /** The outcome of the last Insert, shown on the card whose button was pressed (where the user is looking). */
  const [last, setLast] = useState<{ entryId: string; formula: string; outcome: InsertOutcome } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const t = (key: UiStringKey, values?: Record<string, string>) => uiText(language, key, values);

  const needle = query.trim().toLowerCase();
  const visible = formulas.filter(
    (entry) => needle === "" || entry.id.toLowerCase().includes(needle) || t(entry.description).toLowerCase().includes(needle),
  );

  async function insert(entryId: string, formula: string, result: ExampleResult) {
    if (!insertFormula) return;
    setBusy(true);
    try {
      const inserted = typeof result === "number" ? await insertFormula(formula) : await insertFormula(formula, exampleSize(result));
      setLast({ entryId, formula, outcome: inserted });
    } catch (error) {
      setLast({ entryId, formula, outcome: { kind: "failed", reason: error instanceof Error ? error.message : String(error) } });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={layout.stack} aria-labelledby="formula-reference-heading">
      <Subtitle2 as="h2" block id="formula-reference-heading">
        {t("referenceHeading")}
      </Subtitle2>
      <Text as="p" block>
        {insertFormula ? t("referenceHint") : t("outsideExcel")} {t("rateNote")}
      </Text>
      <Field label={t("filterLabel")}>
        <Input value={query} placeholder={t("filterPlaceholder")} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      {visible.length === 0 && (
        <Text as="p" block>
          {t("noMatches", { query })}
        </Text>
      )}
      {categories.map((category) => {
        const entries = visible.filter((entry) => entry.category === category.id);
        if (entries.length === 0) return null;
        return (
          <div className={layout.stackNarrow} key={category.id}>
            <Subtitle2 as="h3" block>
              {t(category.title)}
            </Subtitle2>
            {entries.map((entry) => (
              <FormulaCard
                key={entry.id}
                entry={entry}
                language={language}
                busy={busy}
                status={last?.entryId === entry.id ? statusOf(language, last.formula, last.outcome) : undefined}
                onInsert={insertFormula ? (formula, result) => void insert(entry.id, formula, result) : undefined}
              />
            ))}
          </div>
        );
      })}
    </section>
  );
}
