import { InputError } from "../inputError";
import { sbgDataFromCustomers, sbgDataFromSurvivors, type SbgData } from "../models/sbgData";
import { isBlankCell } from "../read/cellValue";
import type { ColumnRef } from "../read/columnRef";
import { parseNumberText } from "../numberText";
import { plainColumn } from "../read/columnRef";
import { yesNoFlag } from "./activeFlag";
import { detectSubscriptionColumns, type SubscriptionColumnOverrides, type SubscriptionColumns, type SubscriptionLayout } from "./subscriptionColumns";
import { SubscriptionDataError } from "./subscriptionDataError";

/** One cohort's data for the sBG model; `name` is the cohort column's text, undefined without a cohort column. */
export interface SubscriptionCohort {
  name: string | undefined;
  data: SbgData;
}

/** A cell that cannot be used: its row as the user sees it, its column, and why (an InputError named by the column's header). */
export interface SubscriptionCellProblem {
  row: number;
  column: ColumnRef;
  error: InputError;
}

/**
 * Subscription data read from rows: the layout and columns, the cohorts (in order of first appearance; none when a
 * cell cannot be used), the data rows read, the blank rows passed over and every cell that cannot be used.
 */
export interface SubscriptionData {
  layout: SubscriptionLayout;
  columns: SubscriptionColumns;
  /** Header texts (trimmed; undefined for a blank header), by column. */
  headers: (string | undefined)[];
  cohorts: SubscriptionCohort[];
  rowsRead: number;
  emptyRows: number;
  /**
   * Customers still in their first period (0 periods completed, still active): they have neither renewed nor
   * cancelled, so they tell the model nothing yet (S(0) = 1) and are left out of the cohorts.
   */
  firstPeriodCustomers: number;
  problems: SubscriptionCellProblem[];
}

/** Options of readSubscriptionData: named columns and how to number rows as the user sees them. */
export interface ReadSubscriptionDataOptions {
  columns?: SubscriptionColumnOverrides;
  /** The row number of each row (a file's lines); default firstRowNumber + index. */
  rowNumbers?: ArrayLike<number>;
  /** The sheet row of rows[0] (default 1). */
  firstRowNumber?: number;
}

/** A whole count grouped in thousands ("1.000", "1,000", "1 000"): counts are never fractions, so the group is safe to read. */
const groupedWholeNumber = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/;

/** The number a cell holds: a number, or text that is a plain number or a whole number grouped in thousands; undefined otherwise. */
function numberOf(cell: unknown): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  return groupedWholeNumber.test(text) ? Number(text.replace(/[.,\u00a0\u202f ]/g, "")) : parseNumberText(text);
}

/** What a cell shows, for a message: text as written, logical values as TRUE/FALSE, other values as text. */
function givenValue(cell: unknown): string | boolean | undefined {
  if (typeof cell === "string" || typeof cell === "boolean") return cell;
  if (typeof cell === "number") return String(cell);
  return undefined;
}

/** The header row: the first filled row's cells as trimmed text (a row of numbers and yes/no values is data, refused as `noHeader`). */
function headerTexts(row: readonly unknown[], rowNumber: number): (string | undefined)[] {
  const filled = row.filter((cell) => !isBlankCell(cell));
  if (filled.length > 0 && filled.every((cell) => numberOf(cell) !== undefined || yesNoFlag(cell) !== undefined)) throw new SubscriptionDataError("noHeader", { row: rowNumber });
  return row.map((cell) => (isBlankCell(cell) ? undefined : String(cell).trim()));
}

/** The argument name a column's problems carry: its header, else "column N". */
function argumentOf(column: ColumnRef): string {
  return column.header ?? `#${column.index + 1}`;
}

/**
 * Reads subscription data from rows (a sheet's values or a file's cells; the first filled row is the header):
 * finds the columns (detectSubscriptionColumns), then per data row the cohort and
 * - one row per customer: periods stayed (a whole number; 0 only for a customer still active, in their first period)
 *   and still active (yes/no, 1/0, TRUE/FALSE in en/da/sv; read the other way round under a header like "Churn");
 * - pymc-marketing's layout: recency and T (whole numbers ≥ 1, recency ≤ T); recency = T is a customer still active
 *   after T − 1 periods, otherwise one who cancelled at the end of period recency;
 * - a survivors curve: the customers still active at the start of periods 0, 1, 2, … (whole numbers, never growing),
 *   one row per period in order, per cohort.
 * Rows with every cell blank are passed over. A cell that cannot be used is a problem with its row and column (no
 * cohort is built then); the data as a whole cannot be read: SubscriptionDataError.
 * @example readSubscriptionData([["Perioder", "Aktiv"], [3, "ja"], [1, "nej"]]).cohorts[0].data.customers // 2
 */
export function readSubscriptionData(rows: readonly (readonly unknown[])[], options: ReadSubscriptionDataOptions = {}): SubscriptionData {
  const rowNumber = (index: number): number => (options.rowNumbers ? options.rowNumbers[index] : (options.firstRowNumber ?? 1) + index);
  const isBlankRow = (row: readonly unknown[] | undefined): boolean => !row || row.every((cell) => isBlankCell(cell));
  const headerIndex = rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) throw new SubscriptionDataError("noData", {});
  const headers = headerTexts(rows[headerIndex], rowNumber(headerIndex));
  const columns = detectSubscriptionColumns(headers, options.columns);

  const problems: SubscriptionCellProblem[] = [];
  const problem = (index: number, column: ColumnRef, error: InputError): undefined => {
    problems.push({ row: rowNumber(index), column: plainColumn(column), error });
    return undefined;
  };
  /**
   * A whole number ≥ `minimum` from a cell, or undefined with its problem recorded: periods are said to be ≥ 1 (0 is
   * only a customer in their first period), survivors ≥ 0.
   */
  const wholeNumber = (index: number, column: ColumnRef, minimum: 0 | 1, code: "mustBeWholeNumber" | "mustBePositiveWholeNumber"): number | undefined => {
    const cell = rows[index][column.index];
    const argument = argumentOf(column);
    if (isBlankCell(cell)) return problem(index, column, new InputError("required", argument, {}));
    const value = numberOf(cell);
    if (value === undefined) return problem(index, column, new InputError("notANumber", argument, { value: givenValue(cell) }));
    if (!Number.isInteger(value) || value < minimum) {
      return problem(index, column, new InputError(code, argument, { value }));
    }
    return value;
  };

  type Cohort = { name: string | undefined; periods: number[]; active: number[]; survivors: number[] };
  const cohorts = new Map<string | undefined, Cohort>();
  let rowsRead = 0;
  let emptyRows = 0;
  let firstPeriodCustomers = 0;
  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const row = rows[index];
    if (isBlankRow(row)) {
      emptyRows += 1;
      continue;
    }
    rowsRead += 1;
    let name: string | undefined;
    if (columns.cohort) {
      const cell = row[columns.cohort.index];
      if (isBlankCell(cell)) {
        problem(index, columns.cohort, new InputError("required", argumentOf(columns.cohort), {}));
        continue;
      }
      name = String(cell).trim();
    }
    const cohort = cohorts.get(name) ?? { name, periods: [], active: [], survivors: [] };
    cohorts.set(name, cohort);
    if (columns.layout === "survivors") {
      const count = wholeNumber(index, columns.survivors, 0, "mustBeWholeNumber");
      if (count === undefined) continue;
      const previous = cohort.survivors[cohort.survivors.length - 1];
      if (previous !== undefined && count > previous) {
        problem(index, columns.survivors, new InputError("survivorsIncrease", argumentOf(columns.survivors), { period: cohort.survivors.length, survivors: count, previous }));
      }
      cohort.survivors.push(count);
    } else if (columns.layout === "recency") {
      const recency = wholeNumber(index, columns.recency, 1, "mustBePositiveWholeNumber");
      const observed = wholeNumber(index, columns.observedPeriods, 1, "mustBePositiveWholeNumber");
      if (recency === undefined || observed === undefined) continue;
      if (recency > observed) {
        problem(index, columns.recency, new InputError("mustNotExceed", argumentOf(columns.recency), { value: recency, limit: observed, limitArgument: argumentOf(columns.observedPeriods) }));
        continue;
      }
      const stillActive = recency === observed;
      if (stillActive && observed === 1) firstPeriodCustomers += 1;
      else {
        cohort.periods.push(stillActive ? observed - 1 : recency);
        cohort.active.push(stillActive ? 1 : 0);
      }
    } else {
      const periods = wholeNumber(index, columns.periods, 0, "mustBePositiveWholeNumber");
      const flag = yesNoFlag(row[columns.active.index]);
      if (flag === undefined) {
        const cell = row[columns.active.index];
        problem(index, columns.active, new InputError("notYesNo", argumentOf(columns.active), { value: isBlankCell(cell) ? "" : givenValue(cell) }));
      }
      if (periods === undefined || flag === undefined) continue;
      const stillActive = flag === (columns.activeMeans === "active");
      if (periods === 0 && stillActive) firstPeriodCustomers += 1;
      else if (periods === 0) problem(index, columns.periods, new InputError("mustBePositiveWholeNumber", argumentOf(columns.periods), { value: 0 }));
      else {
        cohort.periods.push(periods);
        cohort.active.push(stillActive ? 1 : 0);
      }
    }
  }
  const read = problems.length > 0 ? [] : [...cohorts.values()];
  return {
    layout: columns.layout,
    columns,
    headers,
    cohorts: read.map((cohort) => ({
      name: cohort.name,
      data:
        columns.layout === "survivors"
          ? sbgDataFromSurvivors(Float64Array.from(cohort.survivors), argumentOf(columns.survivors))
          : sbgDataFromCustomers(Float64Array.from(cohort.periods), Uint8Array.from(cohort.active)),
    })),
    rowsRead,
    emptyRows,
    firstPeriodCustomers,
    problems,
  };
}
