import { useEffect, useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ResolvedSource, SourceChoice, TableInfo } from "../excel/dataSources";
import type { Language } from "../i18n/language";
import { subscriptionText } from "../i18n/subscriptionStrings";
import { wizardText, type WizardStringKey } from "../i18n/wizardStrings";
import { failureText } from "./failureText";
import { rangeLabel } from "./rangeAddress";
import { rangeSizeText } from "./rangeSizeText";
import type { WorkbookPort } from "./workbookPort";
import { useLayout } from "./layout";

const useStyles = makeStyles({
  previewBox: { overflowX: "auto", maxWidth: "100%" },
  preview: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    whiteSpace: "nowrap",
    textAlign: "start",
  },
  caption: { textAlign: "start", paddingBottom: tokens.spacingVerticalXS },
});

/** Rows shown in the preview (the header and five data rows). */
const previewRows = 6;

type SourceKind = SourceChoice["kind"];

/** What the data is analysed as: purchases (the wizard's own path) or subscriptions (the renewal model's path). */
export type AnalysisKind = "purchases" | "subscriptions";

/**
 * The data chosen in the Data step: what it is to be analysed as, where it is and its first rows.
 */
export interface ChosenData {
  analysis: AnalysisKind;
  source: ResolvedSource;
  preview: unknown[][];
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/**
 * What {@link DataStep} needs, and where it goes next.
 */
export interface DataStepProps {
  language: Language;
  workbook: WorkbookPort;
  /** The data chosen before (when the user comes back to this step). */
  chosen?: ChosenData;
  /** The chosen data with its first rows (read on Next when the preview was not shown). */
  onNext: (chosen: ChosenData) => void;
}

/**
 * Step 1: what to analyse — purchases or subscriptions — and where the data is: the selected cells, an Excel table
 * picked from a list, or the region around the active cell — with an optional preview of the first rows and the size
 * of the range; Next goes on with or without it. Only reads.
 * @example <DataStep language="sv" workbook={excelWorkbook} onNext={(chosen) => setChosen(chosen)} />
 */
export function DataStep({ language, workbook, chosen: chosenBefore, onNext }: DataStepProps) {
  const styles = useStyles();
  const layout = useLayout();
  const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);
  const [analysis, setAnalysis] = useState<AnalysisKind>(chosenBefore?.analysis ?? "purchases");
  const [kind, setKind] = useState<SourceKind>(chosenBefore?.source.stored.kind === "table" ? "table" : "selection");
  const [tables, setTables] = useState<TableInfo[] | undefined>(undefined);
  const [tableName, setTableName] = useState<string | undefined>(
    chosenBefore?.source.stored.kind === "table" ? chosenBefore.source.stored.name : undefined,
  );
  const [chosen, setChosen] = useState<ChosenData | undefined>(chosenBefore);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  useEffect(() => {
    let current = true;
    workbook.listTables().then(
      (found) => current && setTables(found),
      (error: unknown) => {
        if (!current) return;
        setTables([]);
        setFailure(failureText(error, language));
      },
    );
    return () => {
      current = false;
    };
  }, [workbook, language]);

  function choose(next: SourceKind) {
    setKind(next);
    setChosen(undefined);
    setFailure(undefined);
  }

  /** Resolves the chosen source and reads its first rows; undefined (with the reason shown) when it cannot. */
  async function readChoice(): Promise<ChosenData | undefined> {
    if (kind === "table" && !tableName) {
      setFailure(t("chooseTable"));
      return undefined;
    }
    const choice: SourceChoice = kind === "table" ? { kind, name: tableName as string } : { kind };
    setBusy(true);
    setFailure(undefined);
    try {
      const source = await workbook.resolveSource(choice);
      const { values } = await workbook.readRangeValues({ sheet: source.sheet, address: source.address }, { maxRows: previewRows });
      return { analysis, source, preview: values.slice(0, previewRows) };
    } catch (error) {
      setFailure(failureText(error, language));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function showPreview() {
    setChosen(undefined);
    const read = await readChoice();
    if (read) setChosen(read);
  }

  /** Next: the data previewed, or, without a preview, the data chosen now (the Columns step shows how it reads). */
  async function next() {
    const read = chosen ?? (await readChoice());
    if (read) onNext({ ...read, analysis });
  }

  const noTables = tables !== undefined && tables.length === 0;
  const range = chosen && rangeLabel(chosen.source.sheet, chosen.source.address);

  return (
    <div className={layout.stack}>
      <Field label={subscriptionText(language, "analysisKindLabel")}>
        <RadioGroup value={analysis} onChange={(_, data) => setAnalysis(data.value as AnalysisKind)}>
          <Radio value="purchases" label={subscriptionText(language, "analysisPurchases")} />
          <Radio value="subscriptions" label={subscriptionText(language, "analysisSubscriptions")} />
        </RadioGroup>
      </Field>
      <Text as="p" block>
        {analysis === "subscriptions" ? subscriptionText(language, "dataIntroSubscriptions") : t("dataIntro")}
      </Text>
      <Field label={analysis === "subscriptions" ? subscriptionText(language, "sourceLabelSubscriptions") : t("sourceLabel")}>
        <RadioGroup value={kind} onChange={(_, data) => choose(data.value as SourceKind)}>
          <Radio value="selection" label={t("sourceSelection")} />
          <Radio value="table" label={t("sourceTable")} disabled={noTables} />
          <Radio value="region" label={t("sourceRegion")} />
        </RadioGroup>
      </Field>
      {noTables && <Text as="p" block size={200}>
          {t("noTables")}
        </Text>}
      {kind === "table" && tables && tables.length > 0 && (
        <Field label={t("tableLabel")}>
          <Dropdown
            placeholder={t("tablePlaceholder")}
            value={tableName ?? ""}
            selectedOptions={tableName ? [tableName] : []}
            onOptionSelect={(_, data) => {
              setTableName(data.optionValue);
              setChosen(undefined);
              setFailure(undefined);
            }}
          >
            {tables.map((table) => (
              <Option key={table.name} value={table.name} text={table.name}>
                {`${table.name} (${rangeLabel(table.sheet, table.address)})`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <div>
        <Button onClick={() => void showPreview()} disabled={busy}>
          {t("showPreview")}
        </Button>
      </div>
      {busy && <Spinner size="tiny" />}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {chosen && range && (
        <>
          <Text as="p" block role="status">
            {rangeSizeText(chosen.source.rowCount, chosen.source.columnCount, range, language)}
          </Text>
          <div className={styles.previewBox}>
            <table className={styles.preview}>
              <caption className={styles.caption}>{t("previewCaption", { range })}</caption>
              <tbody>
                {chosen.preview.map((row, r) => (
                  <tr key={r}>
                    {row.map((value, c) =>
                      r === 0 ? (
                        <th key={c} scope="col" className={styles.cell}>
                          {cellText(value)}
                        </th>
                      ) : (
                        <td key={c} className={styles.cell}>
                          {cellText(value)}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className={layout.end}>
        <Button appearance="primary" disabled={busy} onClick={() => void next()}>
          {t("next")}
        </Button>
      </div>
    </div>
  );
}
