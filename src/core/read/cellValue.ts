import { isSpaceCode } from "./textSpace";

/**
 * Whether a cell is blank as Excel or a CSV parser delivers it: `null`, `undefined`, or text made only of
 * white space (including ""). Zero is not blank here: see `isBlankOrZeroCell`.
 * @example isBlankCell(" ") // true
 * @example isBlankCell(0) // false
 */
export function isBlankCell(cell: unknown): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  for (let index = 0; index < cell.length; index += 1) {
    if (!isSpaceCode(cell.charCodeAt(index))) return false;
  }
  return true;
}

/**
 * Whether a cell is blank or the number 0 — a formula that refers to an empty cell shows 0, so a row of
 * blanks and zeros is treated as an empty row rather than as data.
 * @example isBlankOrZeroCell(0) // true
 */
export function isBlankOrZeroCell(cell: unknown): boolean {
  return cell === 0 || isBlankCell(cell);
}

/**
 * Whether every cell of a row is blank or 0 (an empty row; a missing row counts as empty).
 * @example isEmptyRow([null, "", 0]) // true
 */
export function isEmptyRow(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  for (let index = 0; index < row.length; index += 1) {
    if (!isBlankOrZeroCell(row[index])) return false;
  }
  return true;
}

/**
 * A cell as text, for messages: text as it is, numbers in JavaScript's shortest form, logical values as
 * TRUE/FALSE, blanks as "", and anything else (an error object, an array) described by its type.
 * @example cellText(12.5) // "12.5"
 * @example cellText(true) // "TRUE"
 */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return `[${typeof cell}]`;
}
