import { AmountTextScanner, type DecimalSeparator } from "./amountText";
import { isBlankCell } from "./cellValue";
import type { ColumnRef } from "./columnRef";
import type { ReadNotice, RejectedRow } from "./readDiagnostics";

/** Data rows needed, and the share of them wider than the header, before a header is taken to leave columns unnamed. */
const unnamedColumnsMinimumRows = 5;
const unnamedColumnsShare = 0.9;

/**
 * Options for `joinSplitAmounts`.
 */
export interface ExtraFieldsOptions {
  /** The file's delimiter (see splitDelimitedText); amounts are joined back only in comma-separated files. */
  delimiter: string;
  /** The row number the user sees for each row (a file's lines), for the notice's example. */
  rowNumbers: ArrayLike<number>;
  /** The amount columns the header (or the caller) names; without them every pair of neighbouring fields is tried. */
  amountColumns?: readonly ColumnRef[];
  /** The decimal separator the caller gave; with "." no amount has a decimal comma to join back. */
  decimalSeparator?: DecimalSeparator;
}

/**
 * Rows with their split amounts joined back, the rows that still have more fields than the header (for the
 * readers' `rejectedRows`), a `fieldsJoined` notice per column joined and an `unnamedColumns` notice when the
 * header leaves columns unnamed.
 */
export interface ExtraFieldsRepair {
  rows: string[][];
  rejectedRows: Map<number, RejectedRow>;
  notices: ReadNotice[];
}

/**
 * Finds the data rows `rows[firstDataIndex..]` with more filled fields than the header (blank fields at a
 * line's end, a trailing delimiter, do not count) and repairs or reports each, never shifting a row silently:
 * - in a comma-separated file, a row with exactly one field too many whose amount was split by an unquoted decimal
 *   comma (`A,2024-01-05,1234,56` under `Kunde,Dato,Beløb`) gets the two fields joined back ("1234,56") when
 *   exactly one place fits: the amount column the header names, else the one pair of neighbouring fields that
 *   joins into an amount with a decimal comma (left ends in a digit, right is 1–2 digits with at most a currency);
 * - any other such row is rejected (`extraFields`: column = the first field beyond the header, value = the
 *   extra fields as the file has them).
 * When nearly all data rows (9 in 10, at least 5 rows) would be rejected, the header leaves columns unnamed, which
 * is read only where no amount can have lost its decimals, and never silently (an `unnamedColumns` notice):
 * - when every line of the most common width C splits in the amount column into a whole and two decimals
 *   (`205,60,DK` under `Kunde,Dato,Beløb`: Excel writing money with two decimals), they are joined and the width
 *   is C − 1 (the amount 205,60 and one unnamed column);
 * - else when no wider line could hold a split amount at all (its fields after the amount are no 1–2 digits), the
 *   width is C and the unnamed columns are left unread;
 * - else (`1,2,3`: 1,2 and an unnamed 3, or 1 and two unnamed columns?) the lines stay rejected.
 * Without a header row the most common number of filled fields stands for the header's width.
 * Source: Excel's "CSV (comma delimited)" writes a number cell as shown, so 1234,56 in a Danish sheet becomes
 * two fields unless the cell is text (then it is quoted).
 * @example
 * const repair = joinSplitAmounts([["Kunde", "Dato", "Beløb"], ["A", "2024-01-05", "1234", "56"]], 1, { delimiter: ",", rowNumbers: [1, 2] });
 * // repair.rows[1] is ["A", "2024-01-05", "1234,56"]; repair.notices[0] is { code: "fieldsJoined", column: { index: 2, header: "Beløb" }, rows: 1, example: { row: 2, value: "1234,56" } }
 */
export function joinSplitAmounts(rows: readonly string[][], firstDataIndex: number, options: ExtraFieldsOptions): ExtraFieldsRepair {
  const header = firstDataIndex > 0 ? rows[firstDataIndex - 1] : undefined;
  const headerWidth = header ? filledWidth(header) : commonWidth(rows, firstDataIndex);
  let lines = classifyRows(rows, firstDataIndex, headerWidth, options);
  if (header && lines.dataRows >= unnamedColumnsMinimumRows && lines.rejected.length >= unnamedColumnsShare * lines.dataRows) {
    lines = unnamedColumnsWidth(rows, firstDataIndex, headerWidth, options) ?? lines;
  }
  const { width, joins, rejected } = lines;
  const result: ExtraFieldsRepair = { rows: rows as string[][], rejectedRows: new Map(), notices: [] };
  if (width > headerWidth) result.notices.push(unnamedColumnsNotice(rows, firstDataIndex, headerWidth, width, joins, options));
  const separator = options.delimiter === "whitespace" ? " " : options.delimiter;
  for (const index of rejected) {
    const row = rows[index];
    const extra = row.slice(width, filledWidth(row)).join(separator);
    result.rejectedRows.set(index, { column: { index: width, header: undefined }, reason: "extraFields", value: extra });
  }
  if (joins.size === 0) return result;
  const repaired = rows.slice();
  const byColumn = new Map<number, { rows: number; example: { row: number; value: string } }>();
  for (const [index, column] of joins) {
    const row = rows[index];
    const value = `${row[column]},${row[column + 1]}`;
    repaired[index] = [...row.slice(0, column), value, ...row.slice(column + 2)];
    const joined = byColumn.get(column);
    if (joined) joined.rows += 1;
    else byColumn.set(column, { rows: 1, example: { row: options.rowNumbers[index], value } });
  }
  result.rows = repaired;
  for (const [column, { rows: count, example }] of [...byColumn].sort((left, right) => left[0] - right[0])) {
    const headerText = header?.[column];
    const ref: ColumnRef = { index: column, header: headerText === undefined || isBlankCell(headerText) ? undefined : headerText.trim() };
    result.notices.push({ code: "fieldsJoined", column: ref, rows: count, example });
  }
  result.notices.sort((left, right) => noticeOrder(left) - noticeOrder(right));
  return result;
}

/** fieldsJoined notices before the unnamedColumns notice: the join explains the widths the other counts. */
function noticeOrder(notice: ReadNotice): number {
  return notice.code === "unnamedColumns" ? 1 : 0;
}

type RowClasses = ReturnType<typeof classifyRows>;

/**
 * The rows classified for a header that leaves columns unnamed (see joinSplitAmounts), or undefined when the
 * lines must stay rejected: an amount may have lost its decimals to an unnamed column.
 */
function unnamedColumnsWidth(rows: readonly string[][], firstDataIndex: number, headerWidth: number, options: ExtraFieldsOptions): RowClasses | undefined {
  const common = commonWidth(rows, firstDataIndex);
  if (common <= headerWidth) return undefined;
  const canJoin = options.delimiter === "," && options.decimalSeparator !== ".";
  if (!canJoin) return classifyRows(rows, firstDataIndex, common, options);
  if (common - 1 > headerWidth) {
    const joined = classifyRows(rows, firstDataIndex, common - 1, options);
    if (joinsEveryWidestRow(rows, firstDataIndex, common, joined.joins)) return joined;
  }
  return mayHoldSplitAmounts(rows, firstDataIndex, headerWidth, options) ? undefined : classifyRows(rows, firstDataIndex, common, options);
}

/** Whether every data row of `width` filled fields is joined, each with exactly two decimals (money as Excel writes it). */
function joinsEveryWidestRow(rows: readonly string[][], firstDataIndex: number, width: number, joins: ReadonlyMap<number, number>): boolean {
  for (let index = firstDataIndex; index < rows.length; index += 1) {
    if (filledWidth(rows[index]) !== width) continue;
    const column = joins.get(index);
    if (column === undefined || !/^\s*\d{2}(?!\d)/.test(rows[index][column + 1])) return false;
  }
  return true;
}

/** Whether some row wider than the header has fields that could be an amount split at its decimal comma. */
function mayHoldSplitAmounts(rows: readonly string[][], firstDataIndex: number, headerWidth: number, options: ExtraFieldsOptions): boolean {
  const scanner = new AmountTextScanner();
  const places = options.amountColumns ? options.amountColumns.map((column) => column.index).filter((index) => index < headerWidth) : Array.from({ length: headerWidth }, (_, index) => index);
  for (let index = firstDataIndex; index < rows.length; index += 1) {
    const row = rows[index];
    if (filledWidth(row) <= headerWidth) continue;
    for (const column of places) if (joinsIntoAmount(row[column], row[column + 1], scanner)) return true;
  }
  return false;
}

/** The notice that the fields from `headerWidth` to `width` − 1 (after joins) have no header, with the first line that has one filled. */
function unnamedColumnsNotice(
  rows: readonly string[][],
  firstDataIndex: number,
  headerWidth: number,
  width: number,
  joins: ReadonlyMap<number, number>,
  options: ExtraFieldsOptions,
): ReadNotice {
  let count = 0;
  let example: { row: number; value: string } | undefined;
  for (let index = firstDataIndex; index < rows.length; index += 1) {
    const row = rows[index];
    const shift = (joins.get(index) ?? headerWidth) < headerWidth ? 1 : 0;
    const filled = filledWidth(row);
    if (filled - shift <= headerWidth) continue;
    count += 1;
    if (example === undefined) {
      let field = headerWidth + shift;
      while (field < filled - 1 && isBlankCell(row[field])) field += 1;
      example = { row: options.rowNumbers[index], value: row[field] };
    }
  }
  return {
    code: "unnamedColumns",
    column: { index: headerWidth, header: undefined },
    columns: width - headerWidth,
    rows: count,
    example: example ?? { row: options.rowNumbers[firstDataIndex], value: "" },
  };
}

/** The data rows wider than `width`: those to join (row index → column) and those to reject, and how many rows have data. */
function classifyRows(rows: readonly string[][], firstDataIndex: number, width: number, options: ExtraFieldsOptions) {
  const canJoin = options.delimiter === "," && options.decimalSeparator !== ".";
  const scanner = new AmountTextScanner();
  const joins = new Map<number, number>();
  const rejected: number[] = [];
  let dataRows = 0;
  for (let index = firstDataIndex; index < rows.length; index += 1) {
    const row = rows[index];
    const filled = filledWidth(row);
    if (filled > 0) dataRows += 1;
    if (filled <= width) continue;
    const column = canJoin && filled === width + 1 ? joinColumn(row, width, options.amountColumns, scanner) : undefined;
    if (column === undefined) rejected.push(index);
    else joins.set(index, column);
  }
  return { width, joins, rejected, dataRows };
}

/** The column whose field and the next join into one amount, when exactly one place fits; else undefined. */
function joinColumn(row: readonly string[], width: number, amountColumns: readonly ColumnRef[] | undefined, scanner: AmountTextScanner): number | undefined {
  const places = amountColumns ? amountColumns.map((column) => column.index).filter((index) => index < width) : Array.from({ length: width }, (_, index) => index);
  let found: number | undefined;
  for (const column of places) {
    if (!joinsIntoAmount(row[column], row[column + 1], scanner)) continue;
    if (found !== undefined) return undefined;
    found = column;
  }
  return found;
}

/**
 * Whether two neighbouring fields are the whole and the decimals of one amount split at its decimal comma: the
 * left ends in a digit, the right is one or two digits (then at most a currency: money has cents, and three digits
 * could as well be a thousands group), and together they read with a decimal comma.
 */
function joinsIntoAmount(left: string | undefined, right: string | undefined, scanner: AmountTextScanner): boolean {
  if (left === undefined || right === undefined) return false;
  if (!/\d\s*$/.test(left) || !/^\s*\d{1,2}\D*$/.test(right)) return false;
  const leftKind = scanner.scan(left);
  if (leftKind === "unreadable" || leftKind === "decimalPoint") return false;
  if (scanner.scan(right) === "unreadable") return false;
  const kind = scanner.scan(`${left},${right}`);
  return (kind === "decimalComma" || kind === "ambiguous") && Number.isFinite(scanner.value(","));
}

/** The number of fields up to the last one that is not blank. */
function filledWidth(row: readonly string[]): number {
  let width = row.length;
  while (width > 0 && isBlankCell(row[width - 1])) width -= 1;
  return width;
}

/** The most common number of filled fields among the data rows (ties: the smaller), for data without a header. */
function commonWidth(rows: readonly string[][], firstDataIndex: number): number {
  const counts = new Map<number, number>();
  for (let index = firstDataIndex; index < rows.length; index += 1) {
    const width = filledWidth(rows[index]);
    if (width > 0) counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && width < best)) {
      best = width;
      bestCount = count;
    }
  }
  return best;
}
