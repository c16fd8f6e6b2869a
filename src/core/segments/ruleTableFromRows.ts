import { cellText, isBlankCell } from "../read/cellValue";
import { validateRuleTable, type RuleTableReport } from "./ruleTableValidation";
import type { SegmentRule } from "./segmentRules";

/**
 * Why a cell of a Segment rules sheet cannot be read. `row` and `column` are 1-based sheet row and column
 * numbers; `text` is what the cell held (as text), `limit` the maximum a minimum was compared with.
 * - unknownSegment: column A names no segment (text given; "" when blank);
 * - blankCell: a score bound is empty;
 * - notWholeNumber: a score bound is not a whole number (3.5, "abc", TRUE);
 * - outsideOneToFive: a whole-number bound below 1 or above 5;
 * - minAboveMax: a minimum (the cell) above its maximum (`limit`, in the next column);
 * - missingHeader: the header row (Segment | R min | R max | F min | F max) is not there (the cell that is not a heading);
 * - emptyTable: the sheet has no rules below the header.
 */
export type RuleRowProblem = {
  row: number;
  column: number;
  reason: "unknownSegment" | "blankCell" | "notWholeNumber" | "outsideOneToFive" | "minAboveMax" | "missingHeader" | "emptyTable";
  text?: string;
  limit?: number;
};

/**
 * The result of reading a rule sheet: the rules with validateRuleTable's report and each rule's sheet row, or the
 * problems found.
 */
export type RuleTableRead = { ok: true; rules: SegmentRule[]; report: RuleTableReport; ruleRows: number[] } | { ok: false; problems: RuleRowProblem[] };

/** The columns of the sheet's table, as buildReport's segmentRulesSheet writes them. */
const SEGMENT_COLUMN = 0;
const BOUND_KEYS = ["rMin", "rMax", "fMin", "fMax"] as const;
const COLUMNS = 1 + BOUND_KEYS.length;

/** A whole or decimal number written as text, "." or "," as decimal separator ("3", " 3,0 ", "-1"). */
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

function isBlankRow(row: readonly unknown[] | undefined): boolean {
  if (row === undefined) return true;
  for (let column = 0; column < COLUMNS; column += 1) if (!isBlankCell(row[column])) return false;
  return true;
}

/** A heading cell: text that is not a number. */
function isHeading(cell: unknown): boolean {
  return typeof cell === "string" && !isBlankCell(cell) && !NUMBER_TEXT.test(cell.trim());
}

/** The first column (0-based) of A–E that is not a heading, or −1 when the row is a header. */
function firstNonHeading(row: readonly unknown[]): number {
  for (let column = 0; column < COLUMNS; column += 1) if (!isHeading(row[column])) return column;
  return -1;
}

/** A title row: column A filled, B–E blank. */
function isTitleRow(row: readonly unknown[]): boolean {
  return !isBlankCell(row[SEGMENT_COLUMN]) && BOUND_KEYS.every((_, offset) => isBlankCell(row[1 + offset]));
}

/** A cell as text for a problem (core/read/cellValue's cellText), without surrounding spaces. */
function trimmedText(cell: unknown): string {
  return cellText(cell).trim();
}

/** A score bound from a cell (a number, or a number as text), or the reason it is not one. */
function readBound(cell: unknown): number | RuleRowProblem["reason"] {
  if (isBlankCell(cell)) return "blankCell";
  let value = Number.NaN;
  if (typeof cell === "number") value = cell;
  else if (typeof cell === "string" && NUMBER_TEXT.test(cell.trim())) value = Number(cell.trim().replace(",", "."));
  if (!Number.isInteger(value)) return "notWholeNumber";
  return value < 1 || value > 5 ? "outsideOneToFive" : value;
}

/** One rule row read into `rules`, or its problems added to `problems`. */
function readRule(
  row: readonly unknown[],
  rowNumber: number,
  resolveSegment: (text: string) => string | undefined,
  rules: SegmentRule[],
  problems: RuleRowProblem[],
): void {
  const before = problems.length;
  const segmentText = trimmedText(row[SEGMENT_COLUMN]);
  const segment = segmentText === "" ? undefined : resolveSegment(segmentText);
  if (segment === undefined) problems.push({ row: rowNumber, column: SEGMENT_COLUMN + 1, reason: "unknownSegment", text: segmentText });
  const bounds = BOUND_KEYS.map((_, offset) => {
    const cell = row[1 + offset];
    const bound = readBound(cell);
    if (typeof bound === "number") return bound;
    problems.push({ row: rowNumber, column: offset + 2, reason: bound, text: bound === "blankCell" ? "" : trimmedText(cell) });
    return Number.NaN;
  });
  for (const minimum of [0, 2]) {
    if (bounds[minimum] > bounds[minimum + 1]) {
      problems.push({ row: rowNumber, column: minimum + 2, reason: "minAboveMax", text: String(bounds[minimum]), limit: bounds[minimum + 1] });
    }
  }
  if (problems.length === before && segment !== undefined) {
    rules.push({ segment, rMin: bounds[0], rMax: bounds[1], fMin: bounds[2], fMax: bounds[3] });
  }
}

/**
 * Reads the R × F segment rules back from a Segment rules sheet's values (an optional title row, a header row of
 * any text, then one rule per row until the first blank row, so notes may stand below). Column A is resolved by
 * `resolveSegment` (ids or labels in any language); bounds may be numbers or number text ("3", "3,0"). `rows[0]`
 * is sheet row `firstRowNumber`. Every problem is listed with its sheet row and column; without problems the rules
 * come with validateRuleTable's report, which the caller must refuse unless `valid`.
 *
 * Source: the rule table of buildReport's segmentRulesSheet (docs/ARCHITECTURE.md, "Segments": rules are data
 * users can read and change, checked for gaps and overlaps).
 * @example
 * ruleTableFromRows([["Segment rules"], ["Segment", "R min", "R max", "F min", "F max"], ["Champions", 5, 5, "4", 5]], segmentIdForLabel, 1)
 * // { ok: true, rules: [{ segment: "champions", rMin: 5, rMax: 5, fMin: 4, fMax: 5 }], ruleRows: [3], report: { valid: false, gaps: [...], … } }
 */
export function ruleTableFromRows(
  rows: readonly (readonly unknown[])[],
  resolveSegment: (text: string) => string | undefined,
  firstRowNumber: number,
): RuleTableRead {
  let index = 0;
  while (index < rows.length && isBlankRow(rows[index])) index += 1;
  if (index === rows.length) return { ok: false, problems: [{ row: firstRowNumber, column: 1, reason: "emptyTable" }] };
  if (isTitleRow(rows[index])) {
    index += 1;
    while (index < rows.length && isBlankRow(rows[index])) index += 1;
  }
  const header = rows[index];
  const nonHeading = header === undefined ? 0 : firstNonHeading(header);
  if (nonHeading >= 0) {
    const text = header === undefined ? undefined : trimmedText(header[nonHeading]);
    return { ok: false, problems: [{ row: firstRowNumber + index, column: nonHeading + 1, reason: "missingHeader", text }] };
  }

  const rules: SegmentRule[] = [];
  const ruleRows: number[] = [];
  const problems: RuleRowProblem[] = [];
  for (index += 1; index < rows.length && !isBlankRow(rows[index]); index += 1) {
    const count = rules.length;
    readRule(rows[index], firstRowNumber + index, resolveSegment, rules, problems);
    if (rules.length > count) ruleRows.push(firstRowNumber + index);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rules.length === 0) return { ok: false, problems: [{ row: firstRowNumber + index, column: 1, reason: "emptyTable" }] };
  return { ok: true, rules, report: validateRuleTable(rules), ruleRows };
}
