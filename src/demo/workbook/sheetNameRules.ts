/** The most characters a sheet name may have. */
export const SHEET_NAME_MAX_LENGTH = 31;

/**
 * Why Excel refuses a worksheet name, or undefined when it takes it. Microsoft Support, "Rename a worksheet": a name
 * cannot be blank, contain more than 31 characters, contain any of / \ ? * : [ ], begin or end with an apostrophe, or
 * be "History" (a word Excel reserves; refused in any case, as Excel compares sheet names without case). Whether the
 * name is already taken is the workbook's check (ItemAlreadyExists).
 * @example sheetNameProblem("Segmenter") // undefined
 * @example sheetNameProblem("Q1/Q2") // 'contains "/"'
 */
export function sheetNameProblem(name: string): string | undefined {
  if (name === "") return "is blank";
  if (name.length > SHEET_NAME_MAX_LENGTH) return `has ${name.length} characters, more than ${SHEET_NAME_MAX_LENGTH}`;
  const forbidden = /[/\\?*:[\]]/.exec(name);
  if (forbidden) return `contains "${forbidden[0]}"`;
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return 'is "History", a name Excel reserves';
  return undefined;
}
