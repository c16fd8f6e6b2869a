import { useMemo, useState } from "react";
import { Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Subtitle2, Text, mergeClasses } from "@fluentui/react-components";
import { readSubscriptionData, type SubscriptionData } from "../core/subscriptions/readSubscriptionData";
import type { SubscriptionColumnOverrides, SubscriptionColumns } from "../core/subscriptions/subscriptionColumns";
import { SubscriptionDataError } from "../core/subscriptions/subscriptionDataError";
import type { ResolvedSource } from "../excel/dataSources";
import type { Language } from "../i18n/language";
import { renderSubscriptionCellProblem, renderSubscriptionDataError } from "../i18n/subscriptionMessages";
import { subscriptionText, type SubscriptionStringKey } from "../i18n/subscriptionStrings";
import { wizardText } from "../i18n/wizardStrings";
import { formatCount } from "./displayFormats";
import { failureText } from "./failureText";
import { useLayout } from "./layout";
import { RangeReadingView, useRangeValues } from "./RangeReading";
import { firstRowOfAddress } from "./rangeAddress";
import { subscriptionDataProblems } from "./subscriptionReadiness";
import type { WorkbookPort } from "./workbookPort";

/** Problems listed on screen; the heading says how many there are in all. */
const listedProblems = 50;
const none = "none";

/** The roles a user can choose a column for. */
type ChosenRole = keyof SubscriptionColumnOverrides;

/** The Subscriptions Columns step's decisions, handed on to the Analysis step and the run. */
export interface SubscriptionColumnChoices {
  columns: SubscriptionColumnOverrides;
  data: SubscriptionData;
}

const roleNames: Record<ChosenRole, SubscriptionStringKey> = { periods: "rolePeriods", active: "roleActive", survivors: "roleSurvivors", cohort: "roleCohort" };

/** The roles offered for each layout (all four when the data could not be read, so the user can choose). */
function offeredRoles(columns: SubscriptionColumns | undefined): ChosenRole[] {
  if (!columns) return ["periods", "active", "survivors", "cohort"];
  if (columns.layout === "customers") return ["periods", "active", "cohort"];
  if (columns.layout === "survivors") return ["survivors", "cohort"];
  return ["cohort"];
}

/** The layout in words. */
function layoutText(columns: SubscriptionColumns, language: Language): string {
  if (columns.layout === "customers") return subscriptionText(language, columns.activeMeans === "active" ? "layoutCustomers" : "layoutCustomersCancelled");
  return subscriptionText(language, columns.layout === "recency" ? "layoutRecency" : "layoutSurvivors");
}

/** What each column is called in the dropdowns: its header, or "Column 3" when it has none. */
function columnNames(values: unknown[][], language: Language): string[] {
  const count = Math.max(0, ...values.slice(0, 50).map((row) => row.length));
  return Array.from({ length: count }, (_, index) => {
    const header = values[0]?.[index];
    return typeof header === "string" && header.trim() !== "" ? header.trim() : wizardText(language, "columnNumber", { number: String(index + 1) });
  });
}

/** What {@link SubscriptionColumnsStep} needs: the range chosen in the Data step, the choices made before, where to go next. */
export interface SubscriptionColumnsStepProps {
  language: Language;
  workbook: WorkbookPort;
  source: ResolvedSource;
  initial?: SubscriptionColumnOverrides;
  onBack: () => void;
  onNext: (choices: SubscriptionColumnChoices) => void;
}

/**
 * Step 2 of the Subscriptions path: reads the whole range (with progress), recognises its layout and the periods,
 * active, survivors and cohort columns by their headers (en/da/sv), shows them with dropdowns to change them, the
 * customers per cohort and every cell that cannot be used with its row and column — before anything is fitted.
 * Next is blocked, with the reasons, until the data can be analysed.
 * @example <SubscriptionColumnsStep language="da" workbook={excelWorkbook} source={chosen.source} onBack={back} onNext={setColumns} />
 */
export function SubscriptionColumnsStep({ language, workbook, source, initial, onBack, onNext }: SubscriptionColumnsStepProps) {
  const layout = useLayout();
  const s = (key: SubscriptionStringKey, values?: Record<string, string>) => subscriptionText(language, key, values);
  const reading = useRangeValues(workbook, source, language);
  const [overrides, setOverrides] = useState<SubscriptionColumnOverrides>(initial ?? {});

  const values = reading.status === "read" ? reading.values : undefined;
  const read = useMemo((): { data: SubscriptionData } | { error: string } | undefined => {
    if (!values) return undefined;
    try {
      return { data: readSubscriptionData(values, { columns: overrides, firstRowNumber: firstRowOfAddress(source.address) }) };
    } catch (error) {
      if (error instanceof SubscriptionDataError) return { error: renderSubscriptionDataError(error, language) };
      return { error: failureText(error, language) };
    }
  }, [values, overrides, source.address, language]);

  if (!values || !read) {
    return <RangeReadingView language={language} reading={reading} onBack={onBack} />;
  }

  const data = "data" in read ? read.data : undefined;
  const names = columnNames(values, language);
  const columns = data?.columns;
  const chosenIndex = (role: ChosenRole): number | undefined => {
    const found = columns && (columns as Partial<Record<ChosenRole, { index: number }>>)[role];
    if (found) return found.index;
    const given = overrides[role];
    return typeof given === "number" ? given : undefined;
  };
  const choose = (role: ChosenRole, value: string | undefined) => setOverrides((before) => ({ ...before, [role]: value === undefined || value === none ? null : Number(value) }));
  const blocked = data ? subscriptionDataProblems(data, language) : [];
  const error = "error" in read ? read.error : undefined;
  const customers = data ? data.cohorts.reduce((sum, cohort) => sum + cohort.data.customers, 0) : 0;
  const cohortList = data?.cohorts.map((cohort) => s("cohortCount", { name: cohort.name ?? "", customers: formatCount(cohort.data.customers, language) })).join(", ");
  const problems = data?.problems ?? [];

  return (
    <div className={layout.stack}>
      <Text as="p" block>
        {s("columnsIntroSubscriptions")}
      </Text>
      {columns && (
        <Text as="p" block>
          <strong>{wizardText(language, "layoutLabel")}:</strong> {layoutText(columns, language)}
        </Text>
      )}
      {columns?.layout === "recency" && (
        <Text as="p" block>
          {`${s("roleRecency")}: ${columns.recency.header ?? names[columns.recency.index]}; ${s("roleObservedPeriods")}: ${columns.observedPeriods.header ?? names[columns.observedPeriods.index]}`}
        </Text>
      )}
      {offeredRoles(columns).map((role) => {
        const index = chosenIndex(role);
        return (
          <Field key={role} label={s(roleNames[role])}>
            <Dropdown
              value={index === undefined ? wizardText(language, "columnNone") : names[index]}
              selectedOptions={[index === undefined ? none : String(index)]}
              onOptionSelect={(_, selected) => choose(role, selected.optionValue)}
            >
              <Option value={none} text={wizardText(language, "columnNone")}>
                {wizardText(language, "columnNone")}
              </Option>
              {names.map((name, column) => (
                <Option key={column} value={String(column)} text={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      {data && problems.length === 0 && customers > 0 && (
        <Text as="p" block role="status">
          {columns?.cohort
            ? s("cohortsFound", { customers: formatCount(customers, language), count: formatCount(data.cohorts.length, language), cohorts: cohortList ?? "" })
            : s("customersFound", { customers: formatCount(customers, language) })}
        </Text>
      )}
      {data && data.firstPeriodCustomers > 0 && (
        <Text as="p" block>
          {s("firstPeriodLeftOut", { count: formatCount(data.firstPeriodCustomers, language) })}
        </Text>
      )}
      {(error || (blocked.length > 0 && problems.length === 0)) && (
        <MessageBar intent="error">
          <MessageBarBody>{error ?? blocked[0]}</MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <section aria-label={s("problemsHeadingCells", { count: formatCount(problems.length, language) })} className={layout.stackTight}>
          <Subtitle2 as="h3" block>
            {s("problemsHeadingCells", { count: formatCount(problems.length, language) })}
          </Subtitle2>
          <ul className={mergeClasses(layout.list, layout.stackTight)}>
            {problems.slice(0, listedProblems).map((problem, index) => (
              <li key={index}>{renderSubscriptionCellProblem(problem, language)}</li>
            ))}
            {problems.length > listedProblems && <li>{wizardText(language, "problemsMore", { count: formatCount(problems.length - listedProblems, language) })}</li>}
          </ul>
        </section>
      )}
      <div className={layout.spread}>
        <Button onClick={onBack}>{wizardText(language, "back")}</Button>
        <Button appearance="primary" disabled={!data || blocked.length > 0} onClick={() => data && onNext({ columns: overrides, data })}>
          {wizardText(language, "next")}
        </Button>
      </div>
    </div>
  );
}
