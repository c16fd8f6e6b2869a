import { useEffect, useMemo, useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import type { ColumnRole } from "../core/read/columnRoles";
import type { ColumnOverrides } from "../core/read/detectColumns";
import type { DateOrder } from "../core/read/dateText";
import { PurchaseDataError } from "../core/read/purchaseDataError";
import { readPurchaseData, type PurchaseData } from "../core/read/readPurchaseData";
import type { ResolvedSource } from "../excel/dataSources";
import type { Language } from "../i18n/language";
import { columnRoleName, renderPurchaseDataError, renderReadCounts, renderReadNotice, renderRowProblem } from "../i18n/rowProblems";
import { wizardText, type WizardStringKey } from "../i18n/wizardStrings";
import { analysisReadiness } from "./analysisReadiness";
import type { AmountReadingExample } from "../core/read/readDiagnostics";
import { formatAmount, formatCount } from "./displayFormats";
import { failureText } from "./failureText";
import { firstRowOfAddress } from "./rangeAddress";
import type { WorkbookPort } from "./workbookPort";
import { useLayout } from "./layout";
import { RangeReadingView, useRangeValues } from "./RangeReading";

/** Problems listed on screen; the count says how many there are in all. */
const listedProblems = 50;

const transactionRoles: readonly ColumnRole[] = ["customer", "date", "amount", "quantity", "orderId"];
const customerTableRoles: readonly ColumnRole[] = ["customer", "purchases", "totalAmount", "averageAmount", "firstPurchase", "lastPurchase", "customerCount"];
/** Roles without which the layout cannot be read, so "(none)" is not offered for them. */
const requiredRoles: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["customer", "date"]);
const none = "none";

/**
 * The Columns step's decisions, handed to the Analysis step and stored with the run.
 */
export interface ColumnChoices {
  columns: ColumnOverrides;
  dateOrder?: DateOrder;
  data: PurchaseData;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What each column is called in the dropdowns: its header, or "Column 3" when it has none. */
function columnNames(values: unknown[][], data: PurchaseData | undefined, language: Language): string[] {
  const count = Math.max(0, ...values.slice(0, 50).map((row) => row.length));
  return Array.from({ length: count }, (_, index) => {
    const header = data ? data.columns.headers[index] : typeof values[0]?.[index] === "string" ? (values[0][index] as string).trim() : undefined;
    return header || wizardText(language, "columnNumber", { number: String(index + 1) });
  });
}

/**
 * Overrides as stored with the run: a column with a header of its own is named by the header (it is found again
 * when columns move), others by position.
 */
function storableColumns(overrides: ColumnOverrides, data: PurchaseData): ColumnOverrides {
  const headers = data.columns.headers;
  const stored: ColumnOverrides = {};
  for (const [role, given] of Object.entries(overrides) as Array<[ColumnRole, number | string | null]>) {
    const header = typeof given === "number" ? headers[given] : undefined;
    stored[role] = header !== undefined && headers.filter((other) => other === header).length === 1 ? header : given;
  }
  return stored;
}

/**
 * What {@link ColumnsStep} needs: the data chosen in the Data step, and where to go next.
 */
export interface ColumnsStepProps {
  language: Language;
  workbook: WorkbookPort;
  /** The range chosen in the Data step; the whole of it is read. */
  source: ResolvedSource;
  /** The choices made before (when the user comes back to this step). */
  initial?: { columns: ColumnOverrides; dateOrder?: DateOrder };
  onBack: () => void;
  /** The choices, once the data can be analysed. */
  onNext: (choices: ColumnChoices) => void;
}

/**
 * Step 2: reads the whole source (with progress), detects the layout and the column of each role, and shows
 * them with dropdowns to change them, the date order (changeable) and currency, the notices of the read and the
 * rows that cannot be read — before anything is computed. Next is blocked, with the reason, when the data cannot
 * be analysed.
 * @example <ColumnsStep language="da" workbook={excelWorkbook} source={chosen.source} onBack={back} onNext={setColumns} />
 */
export function ColumnsStep({ language, workbook, source, initial, onBack, onNext }: ColumnsStepProps) {
  const layout = useLayout();
  const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);
  const reading = useRangeValues(workbook, source, language);
  const [overrides, setOverrides] = useState<ColumnOverrides>(initial?.columns ?? {});
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>(initial?.dateOrder);
  // The amount column that could be a total or per purchase, kept once asked so the answer can be changed back.
  const [amountQuestion, setAmountQuestion] = useState<{ index: number; header?: string; example: AmountReadingExample } | undefined>(undefined);

  const values = reading.status === "read" ? reading.values : undefined;
  const read = useMemo((): { data: PurchaseData } | { error: string } | undefined => {
    if (!values) return undefined;
    try {
      return { data: readPurchaseData(values, { columns: overrides, dateOrder, firstRowNumber: firstRowOfAddress(source.address) }) };
    } catch (error) {
      if (error instanceof PurchaseDataError) return { error: renderPurchaseDataError(error, language) };
      return { error: failureText(error, language) };
    }
  }, [values, overrides, dateOrder, source.address, language]);

  const askedAmount = useMemo(() => {
    const notice = read && "data" in read ? read.data.diagnostics.notices.find((candidate) => candidate.code === "amountAsTotal") : undefined;
    return notice?.code === "amountAsTotal" && notice.example ? { index: notice.column.index, header: notice.column.header, example: notice.example } : undefined;
  }, [read]);
  useEffect(() => {
    if (askedAmount) setAmountQuestion(askedAmount);
  }, [askedAmount]);

  if (reading.status !== "read" || !values || !read) {
    return <RangeReadingView language={language} reading={reading} onBack={onBack} />;
  }

  const data = "data" in read ? read.data : undefined;
  const names = columnNames(values, data, language);
  const roles = data?.layout === "customerTable" ? customerTableRoles : transactionRoles;
  const readiness = data ? analysisReadiness(data, language) : undefined;
  const blocked = !data ? ("error" in read ? read.error : undefined) : readiness && !readiness.ready ? readiness.message : undefined;

  const chosenIndex = (role: ColumnRole): number | undefined => {
    if (data) return (data.columns.roles as Partial<Record<ColumnRole, { index: number }>>)[role]?.index;
    const given = overrides[role];
    return typeof given === "number" ? given : undefined;
  };
  const choose = (role: ColumnRole, value: string | undefined) => {
    setOverrides((before) => ({ ...before, [role]: value === undefined || value === none ? null : Number(value) }));
  };

  const dateFormat = data?.layout === "transactions" ? data.dateFormat : data && (data.dateFormats.lastPurchase ?? data.dateFormats.firstPurchase);
  const amountFormat = data?.layout === "transactions" ? data.amountFormat : data && (data.amountFormats.totalAmount ?? data.amountFormats.averageAmount);
  const dateOrderNotes: Record<string, WizardStringKey> = {
    data: "dateOrderFromData",
    default: "dateOrderAssumed",
    option: "dateOrderChosen",
    mixed: "dateOrderMixed",
  };
  const report = data?.diagnostics;
  const listed = report ? report.problems.slice(0, listedProblems) : [];
  const question = askedAmount ?? amountQuestion;
  const notices = report ? report.notices.filter((notice) => !(notice.code === "amountAsTotal" && notice.example)) : [];
  const money = (value: number) => (amountFormat?.currency ? `${formatAmount(value, language, 2)} ${amountFormat.currency}` : formatAmount(value, language, 2));
  const readPerPurchase = question !== undefined && overrides.averageAmount === question.index;
  const answerAmountReading = (perPurchase: boolean) => {
    if (!question) return;
    setOverrides((before) => ({ ...before, totalAmount: perPurchase ? null : question.index, averageAmount: perPurchase ? question.index : null }));
  };

  return (
    <div className={layout.stack}>
      <Text as="p" block>
        {t("columnsIntro")}
      </Text>
      {data && (
        <Text as="p" block>
          <strong>{t("layoutLabel")}:</strong> {t(data.layout === "transactions" ? "layoutTransactions" : data.table.customersInRow ? "layoutGroupedTable" : "layoutCustomerTable")}
        </Text>
      )}
      {roles.map((role) => {
        const index = chosenIndex(role);
        const value = index === undefined ? none : String(index);
        const optional = !requiredRoles.has(role);
        return (
          <Field key={role} label={capitalized(columnRoleName(role, language))}>
            <Dropdown
              value={index === undefined ? t("columnNone") : names[index]}
              selectedOptions={[value]}
              onOptionSelect={(_, selected) => choose(role, selected.optionValue)}
            >
              {optional && (
                <Option value={none} text={t("columnNone")}>
                  {t("columnNone")}
                </Option>
              )}
              {names.map((name, column) => (
                <Option key={column} value={String(column)} text={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      {dateFormat && dateFormat.orderSource !== "notNeeded" ? (
        <Field label={t("dateOrderLabel")} hint={t(dateOrderNotes[dateFormat.orderSource])}>
          <Dropdown
            value={t((dateOrder ?? dateFormat.order) === "mdy" ? "dateOrderMdy" : "dateOrderDmy")}
            selectedOptions={[dateOrder ?? dateFormat.order ?? "dmy"]}
            onOptionSelect={(_, selected) => setDateOrder(selected.optionValue as DateOrder)}
          >
            <Option value="dmy" text={t("dateOrderDmy")}>
              {t("dateOrderDmy")}
            </Option>
            <Option value="mdy" text={t("dateOrderMdy")}>
              {t("dateOrderMdy")}
            </Option>
          </Dropdown>
        </Field>
      ) : (
        dateFormat && <Text as="p" block>{t("dateOrderNotNeeded")}</Text>
      )}
      {amountFormat && (
        <Text as="p" block>
          {amountFormat.currencies.length === 0
            ? t("currencyNone")
            : amountFormat.currency
              ? t("currencyOne", { currency: amountFormat.currency })
              : t("currencyMixed", { currencies: amountFormat.currencies.join(", ") })}
        </Text>
      )}
      {question && (
        <Field label={t("amountReadingQuestion", { column: question.header ?? names[question.index] })} hint={t("amountReadingHint")}>
          <RadioGroup value={readPerPurchase ? "perPurchase" : "total"} onChange={(_, selected) => answerAmountReading(selected.value === "perPurchase")}>
            <Radio
              value="total"
              label={t("amountReadingTotal", { customer: question.example.customer, amount: money(question.example.amount) })}
            />
            <Radio
              value="perPurchase"
              label={t("amountReadingPerPurchase", {
                customer: question.example.customer,
                purchases: formatCount(question.example.purchases, language),
                amount: money(question.example.amount),
                total: money(question.example.amount * question.example.purchases),
              })}
            />
          </RadioGroup>
        </Field>
      )}
      {blocked && (
        <MessageBar intent="error">
          <MessageBarBody>{blocked}</MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <Text as="p" block>
          {renderReadCounts(report, language)}
        </Text>
      )}
      {report && notices.length > 0 && (
        <section aria-label={t("noticesHeading")} className={layout.stackTight}>
          <Subtitle2 as="h3" block>{t("noticesHeading")}</Subtitle2>
          <ul className={mergeClasses(layout.list, layout.stackTight)}>
            {notices.map((notice, index) => (
              <li key={index}>{renderReadNotice(notice, language)}</li>
            ))}
          </ul>
        </section>
      )}
      {report && (
        <section aria-label={t("problemsHeading", { count: formatCount(report.problemCount, language) })} className={layout.stackTight}>
          <Subtitle2 as="h3" block>{t("problemsHeading", { count: formatCount(report.problemCount, language) })}</Subtitle2>
          {report.problemCount === 0 ? (
            <Text as="p" block>{t("noProblems")}</Text>
          ) : (
            <ul className={mergeClasses(layout.list, layout.stackTight)}>
              {listed.map((problem, index) => (
                <li key={index}>{renderRowProblem(problem, language)}</li>
              ))}
              {report.problemCount > listed.length && <li>{t("problemsMore", { count: formatCount(report.problemCount - listed.length, language) })}</li>}
            </ul>
          )}
        </section>
      )}
      <div className={layout.spread}>
        <Button onClick={onBack}>{t("back")}</Button>
        <Button
          appearance="primary"
          disabled={!data || blocked !== undefined}
          onClick={() => data && onNext({ columns: storableColumns(overrides, data), dateOrder, data })}
        >
          {t("next")}
        </Button>
      </div>
    </div>
  );
}
