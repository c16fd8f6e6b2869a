/** The most characters a table name may have. */
export const TABLE_NAME_MAX_LENGTH = 255;

/** Excel's last row and column (Microsoft Support, "Excel specifications and limits": 1,048,576 rows by 16,384 columns). */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

/** Whether `letters` is a column of the sheet, A … XFD. */
function isColumn(letters: string): boolean {
  const index = [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return index >= 1 && index <= LAST_COLUMN;
}

/** Whether `digits` is a row of the sheet, 1 … 1,048,576. */
function isRow(digits: string): boolean {
  const row = Number(digits);
  return row >= 1 && row <= LAST_ROW;
}

/** Whether a name reads as a cell reference: A1 style ("A1", "xfd1048576") or R1C1 style ("R1C1", "R", "c", "RC", "R5"). */
function isCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(name);
  if (a1) return isColumn(a1[1]) && isRow(a1[2]);
  const r1c1 = /^(?:[Rr](\d{0,7}))?(?:[Cc](\d{0,5}))?$/.exec(name);
  if (!r1c1 || name === "") return false;
  const [, row, column] = r1c1;
  return (row === undefined || row === "" || isRow(row)) && (column === undefined || column === "" || (Number(column) >= 1 && Number(column) <= LAST_COLUMN));
}

/**
 * Why Excel refuses a table name, or undefined when it takes it. Microsoft Support, "Rename an Excel table": start
 * with a letter, an underscore or a backslash; then letters, numbers, periods and underscores (no spaces); not "C",
 * "c", "R" or "r"; not a cell reference such as "Z$100" or "R1C1"; at most 255 characters. ECMA-376 Part 1 (formulas,
 * names) adds that a name is not TRUE or FALSE. Whether the name is already taken is the workbook's check
 * (ItemAlreadyExists; Excel compares names without case).
 * @example tableNameProblem("Kunder_2024") // undefined
 * @example tableNameProblem("A1") // "reads as a cell reference"
 */
export function tableNameProblem(name: string): string | undefined {
  if (name === "") return "is blank";
  if (name.length > TABLE_NAME_MAX_LENGTH) return `has ${name.length} characters, more than ${TABLE_NAME_MAX_LENGTH}`;
  if (!/^[\p{L}_\\]/u.test(name)) return "does not start with a letter, an underscore or a backslash";
  const wrong = /[^\p{L}0-9_.]/u.exec(name.slice(1));
  if (wrong) return wrong[0] === " " ? "contains a space" : `contains "${wrong[0]}"`;
  if (isCellReference(name)) return "reads as a cell reference";
  if (/^(true|false)$/i.test(name)) return "is a logical value";
  return undefined;
}
