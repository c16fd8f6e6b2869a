import type { CellContent } from "./records";

/** Text that Excel takes for a number when it is written to a cell not formatted as Text. */
const NUMBER_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/** What a cell holds after a write: a constant (text, number, logical; "" empties it) or a formula's text. */
export type CellEntry = { kind: "constant"; content: CellContent } | { kind: "formula"; formula: string };

/**
 * What Excel stores when `written` goes into a cell through `range.values` or `range.formulas`. In a cell formatted
 * "@" (Text) it is stored as written. Elsewhere "'text" is the text after the apostrophe, number-like text a number,
 * and text starting with "=", "+" or "-" a formula (the `Range.values` reference: "If the returned value starts with a
 * plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula"; `[Api set: ExcelApi 1.1]`),
 * read as Excel reads "+A1" typed into a cell: "=+A1". So a customer id "=SUM(A1)" or "+45 1234" stays text only in a
 * cell formatted "@" before the write (or written with a leading apostrophe).
 * @example cellEntry("+45 1234", false) // { kind: "formula", formula: "=+45 1234" }
 * @example cellEntry("+45 1234", true) // { kind: "constant", content: "+45 1234" }
 */
export function cellEntry(written: CellContent, textFormatted: boolean): CellEntry {
  if (typeof written !== "string" || textFormatted) return { kind: "constant", content: written };
  if (written.startsWith("'")) return { kind: "constant", content: written.slice(1) };
  if (NUMBER_TEXT.test(written)) return { kind: "constant", content: Number(written) };
  if (written.startsWith("=")) return { kind: "formula", formula: written };
  if (written.startsWith("+") || written.startsWith("-")) return { kind: "formula", formula: `=${written}` };
  return { kind: "constant", content: written };
}
