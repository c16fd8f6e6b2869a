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
 * TRUE/FALSE, blanks as "", an Excel error value by its name (#N/A, see worksheetErrorName), and anything else
 * (an array) described by its type.
 * @example cellText(12.5) // "12.5"
 * @example cellText(true) // "TRUE"
 * @example cellText({ code: "#N/A" }) // "#N/A"
 */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return worksheetErrorName(cell) ?? `[${typeof cell}]`;
}

/** Excel's error names, as a cell shows them. */
const errorNames = /^#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!|GETTING_DATA)$/i;

/** The error names of Excel's `ErrorCellValue.errorType` (Excel.ErrorCellValueType). */
const errorTypeNames: Readonly<Record<string, string>> = {
  NotAvailable: "#N/A",
  Null: "#NULL!",
  Div0: "#DIV/0!",
  Value: "#VALUE!",
  Ref: "#REF!",
  Name: "#NAME?",
  Num: "#NUM!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  Field: "#FIELD!",
  Blocked: "#BLOCKED!",
  Busy: "#BUSY!",
  Connect: "#CONNECT!",
  GettingData: "#GETTING_DATA",
};

/**
 * The name of the Excel error value a cell holds (#N/A, #DIV/0!, …), or undefined when it holds none. Errors reach
 * the add-in as objects: a CustomFunctions.Error or an Error with the name in `code`, `errorCode` or `message`,
 * or an ErrorCellValue with it in `basicValue` (or its `errorType`); a file holds the name as text.
 * Source: the CustomFunctions.ErrorCode and Excel.ErrorCellValueType values of the Office JavaScript API.
 * @example worksheetErrorName({ code: "#N/A" }) // "#N/A"
 * @example worksheetErrorName(" #div/0! ") // "#DIV/0!"
 * @example worksheetErrorName("N/A") // undefined
 */
export function worksheetErrorName(cell: unknown): string | undefined {
  if (typeof cell === "string") return errorName(cell);
  if (typeof cell !== "object" || cell === null) return undefined;
  const fields = cell as Record<string, unknown>;
  for (const key of ["code", "errorCode", "basicValue", "message", "name"]) {
    const name = errorName(fields[key]);
    if (name !== undefined) return name;
  }
  const type = fields.errorType;
  return typeof type === "string" ? errorTypeNames[type] : undefined;
}

function errorName(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return text.charCodeAt(0) === 35 /* # */ && errorNames.test(text) ? text.toUpperCase() : undefined;
}
