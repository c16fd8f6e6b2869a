import { useEffect, useState } from "react";
import { Fragment, type ReactNode } from "react";
import { Button, Caption1, Card, CardHeader, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { uiText, type UiStringKey } from "../i18n/uiStrings";
import { exampleFormula, exampleSize, formulaSyntax, type ExampleCell, type ExampleResult, type FormulaEntry } from "./formulaEntry";
import { formatExampleFigure } from "./displayFormats";
import { useLayout } from "./layout";

const useStyles = makeStyles({
  syntax: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  spill: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, alignSelf: "flex-start" },
  spillCell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  spillName: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightRegular, textAlign: "start" },
  spillValue: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** The outcome of pressing Insert, as the card shows it. */
export type InsertStatus = { intent: "success" | "warning" | "error"; text: string };

/** A formula with a line-break opportunity after each comma, so that a long example wraps between its values. */
function breakableFormula(formula: string): ReactNode {
  return formula.split(",").map((part, index, parts) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && (
        <>
          ,<wbr />
        </>
      )}
    </Fragment>
  ));
}

/** What the card shows of its example's result while it is computed, once it is, or when it failed. */
type ExampleState = { kind: "computing" } | { kind: "ready"; result: ExampleResult } | { kind: "failed"; reason: string };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Each entry's example, computed once for the life of the pane: filtering the list remounts cards. */
const examples = new WeakMap<FormulaEntry, ExampleState | Promise<ExampleState>>();

/** The entry's example as known now: settled, or a promise that settles it (it never rejects: a failure is a state). */
function exampleOf(entry: FormulaEntry): ExampleState | Promise<ExampleState> {
  const known = examples.get(entry);
  if (known) return known;
  let computed: ExampleState | Promise<ExampleState>;
  try {
    const result = entry.exampleResult();
    computed =
      result instanceof Promise
        ? result.then(
            (ready): ExampleState => ({ kind: "ready", result: ready }),
            (error: unknown): ExampleState => ({ kind: "failed", reason: reasonOf(error) }),
          )
        : { kind: "ready", result };
  } catch (error) {
    computed = { kind: "failed", reason: reasonOf(error) };
  }
  examples.set(entry, computed);
  if (computed instanceof Promise) void computed.then((settled) => examples.set(entry, settled));
  return computed;
}

/** The entry's example state; a card waiting for a computed example draws again when it settles. */
function useExampleResult(entry: FormulaEntry): ExampleState {
  const known = exampleOf(entry);
  const [, setSettledCount] = useState(0);
  useEffect(() => {
    if (!(known instanceof Promise)) return;
    let current = true;
    void known.then(() => current && setSettledCount((count) => count + 1));
    return () => {
      current = false;
    };
  }, [known]);
  return known instanceof Promise ? { kind: "computing" } : known;
}

/**
 * One formula of the reference: syntax, what it does, its worked example with the result (a number, or the rows
 * of name and value it spills) and a button that inserts the example into the selected cell.
 * @example <FormulaCard entry={clvEntry} language="da" busy={false} status={undefined} onInsert={(formula) => insert(formula)} />
 */
export function FormulaCard({
  entry,
  language,
  busy,
  status,
  onInsert,
}: {
  entry: FormulaEntry;
  language: Language;
  busy: boolean;
  /** What the last Insert on this card did, shown under its button. */
  status?: InsertStatus;
  /** Absent outside Excel: Insert is disabled. */
  onInsert?: (formula: string, result: ExampleResult) => void;
}) {
  const styles = useStyles();
  const layout = useLayout();
  const example = useExampleResult(entry);
  const t = (key: UiStringKey, values?: Record<string, string>) => uiText(language, key, values);
  const formula = exampleFormula(entry);

  /** A value as Excel shows it in this language. */
  function cellText(value: ExampleCell): string {
    if (value === null) return t("notAvailable");
    if (typeof value === "boolean") return t(value ? "trueValue" : "falseValue");
    if (typeof value === "string") return value;
    return formatExampleFigure(value, language);
  }

  return (
    <Card aria-label={`KV.${entry.id}`}>
      <CardHeader header={<Text weight="semibold">{`KV.${entry.id}`}</Text>} description={<Caption1 className={styles.syntax}>{formulaSyntax(entry)}</Caption1>} />
      <Text as="p" block>
        {t(entry.description)}
      </Text>
      <div className={layout.spreadWrap}>
        <Text>
          {t("exampleLabel")}: <span className={styles.code}>{breakableFormula(formula)}</span>
          {example.kind === "ready" && typeof example.result === "number" && (
            <>
              {" → "}
              <strong>{cellText(example.result)}</strong>
            </>
          )}
        </Text>
        <Button
          appearance="primary"
          size="small"
          disabled={!onInsert || busy || example.kind !== "ready"}
          aria-label={t("insertButtonLabel", { formula })}
          onClick={() => example.kind === "ready" && onInsert?.(formula, example.result)}
        >
          {t("insertButton")}
        </Button>
      </div>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {example.kind === "computing" && <Caption1>{t("exampleComputing")}</Caption1>}
      {example.kind === "failed" && <Caption1>{t("exampleFailed", { reason: example.reason })}</Caption1>}
      {example.kind === "ready" && typeof example.result !== "number" && (
        <div className={layout.stackTight}>
          <Caption1>{t("exampleFills", { rows: String(exampleSize(example.result).rows) })}</Caption1>
          <table className={styles.spill} aria-label={formula}>
            <tbody>
              {example.result.map(([name, value]) => (
                <tr key={name}>
                  <th scope="row" className={`${styles.spillCell} ${styles.spillName}`}>
                    {name}
                  </th>
                  <td className={`${styles.spillCell} ${styles.spillValue}`}>{cellText(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Link href={`functions.html#kv.${entry.id.toLowerCase()}`} target="_blank">
        {t("helpLink")}
      </Link>
    </Card>
  );
}
