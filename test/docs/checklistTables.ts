import * as fs from "fs";
import * as path from "path";

/*
 * Reads the machine-checked tables of docs/EXCEL-CHECKLIST.md. Each is the Markdown table right after an HTML
 * comment `<!-- checklist:NAME -->`; a cell's expected values are its code spans, each with the plain text before
 * it as its label ("Customers `2,357`" → label "Customers", value "2,357"; separators such as "," or ":" are not
 * part of a label).
 */

/** The checklist's Markdown. */
export const checklistMarkdown = fs.readFileSync(path.resolve(__dirname, "../../docs/EXCEL-CHECKLIST.md"), "utf8");

/** One expected value of a cell and the words before it. */
export interface LabelledValue {
  label: string;
  value: string;
}

/** A table's rows (header and divider left out), each as its cells' text. */
export type TableRows = string[][];

/** The cells of a Markdown table line: `| a | b |` → ["a", "b"]. */
function tableCells(line: string): string[] {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((cell) => cell.trim());
}

/**
 * The rows of the table after `<!-- checklist:NAME -->`; fails when there is none.
 * @example checklistTable("formulas")[0][0] // "F1"
 */
export function checklistTable(name: string): TableRows {
  const lines = checklistMarkdown.split("\n");
  const marker = lines.findIndex((line) => line.trim() === `<!-- checklist:${name} -->`);
  if (marker < 0) throw new Error(`docs/EXCEL-CHECKLIST.md has no <!-- checklist:${name} --> table`);
  const table: string[] = [];
  for (const line of lines.slice(marker + 1)) {
    if (!line.trim().startsWith("|")) break;
    table.push(line);
  }
  if (table.length < 3) throw new Error(`<!-- checklist:${name} --> is not followed by a table with rows`);
  return table.slice(2).map(tableCells);
}

/**
 * The row of `table` whose first cell is `key`.
 * @example rowOf(checklistTable("formulas"), "F6")[1] // "D2"
 */
export function rowOf(table: TableRows, key: string): string[] {
  const row = table.find((cells) => cells[0] === key);
  if (!row) throw new Error(`No row ${key} in the table`);
  return row;
}

/**
 * A cell's code spans with the text before each, trimmed of spaces and of the separators between values.
 * @example labelledValues("Customer `sampleid`, Date `date`") // [{ label: "Customer", value: "sampleid" }, { label: "Date", value: "date" }]
 */
export function labelledValues(cell: string): LabelledValue[] {
  const values: LabelledValue[] = [];
  let rest = cell;
  for (let match = /`([^`]*)`/.exec(rest); match; match = /`([^`]*)`/.exec(rest)) {
    const label = rest
      .slice(0, match.index)
      .replace(/^[\s,.:;·]+|[\s,.:;·]+$/g, "");
    values.push({ label, value: match[1] });
    rest = rest.slice(match.index + match[0].length);
  }
  return values;
}

/**
 * A cell's code spans alone.
 * @example codeValues("`10` `9`") // ["10", "9"]
 */
export function codeValues(cell: string): string[] {
  return labelledValues(cell).map(({ value }) => value);
}

/**
 * The check ids (P1, F6, W12, …) that start a row of any table in the checklist.
 * @example checkIds().includes("S1") // true
 */
export function checkIds(): string[] {
  return [...checklistMarkdown.matchAll(/^\| ([PFWRSTX]\d+) \|/gm)].map((match) => match[1]);
}

/** The same text with every kind of space (Intl's no-break spaces in sv and da numbers) as a plain space. */
export function plainSpaces(text: string): string {
  return text.replace(/\s/g, " ");
}

/** A cell ("A2") or a one-row or one-column range ("A2:A9", "A6921:E6921") → its zero-based [row, column] cells, row by row. */
function cellsOf(reference: string): Array<[number, number]> {
  const match = /^([A-Z])(\d+)(?::([A-Z])(\d+))?$/.exec(reference);
  if (!match) throw new Error(`Unreadable cell reference in the checklist: ${reference}`);
  const [, firstColumn, firstRow, lastColumn = firstColumn, lastRow = firstRow] = match;
  const cells: Array<[number, number]> = [];
  for (let row = Number(firstRow) - 1; row <= Number(lastRow) - 1; row += 1) {
    for (let column = firstColumn.charCodeAt(0) - 65; column <= lastColumn.charCodeAt(0) - 65; column += 1) cells.push([row, column]);
  }
  return cells;
}

/** What Excel makes of a typed value: a number when it is a plain number, else text. */
function typedCell(text: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/**
 * A sheet's rows after typing what a `| Cell | Type |` table of the checklist says (a range's values in row-major
 * order) over `base`, which is left as it was.
 * @example typedRows(checklistTable("setup"))[1][0] // 10
 */
export function typedRows<Cell>(table: TableRows, base: Cell[][] = []): Array<Array<Cell | string | number>> {
  const rows: Array<Array<Cell | string | number>> = base.map((row) => [...row]);
  for (const [reference, typed] of table) {
    const cells = cellsOf(reference);
    const values = codeValues(typed);
    if (values.length !== cells.length) throw new Error(`${reference} covers ${cells.length} cells but the checklist types ${values.length} values`);
    cells.forEach(([row, column], index) => {
      while (rows.length <= row) rows.push([]);
      rows[row][column] = typedCell(values[index]);
    });
  }
  return rows;
}
