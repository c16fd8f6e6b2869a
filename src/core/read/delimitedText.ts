import Papa from "papaparse";
import { isBlankCell } from "./cellValue";

/** Rows of text cells from a CSV file, what was detected about its layout, and where each row is in the file. */
export interface DelimitedText {
  rows: string[][];
  /** The delimiter: ",", ";", "\t", "|" (or the one a first line `sep=X` names), or "whitespace" for space-aligned columns (CDNOW_master.txt). */
  delimiter: string;
  /**
   * The 1-based file line each row starts on, for the readers' `rowNumbers`: blank lines, a `sep=` line and line
   * breaks inside quoted cells make rows and lines differ. CRLF, LF and CR each end one line.
   */
  lineNumbers: Int32Array;
}

/** The delimiters tried, in the order a tie is broken. */
const candidateDelimiters = ["\t", ";", ",", "|"] as const;
/** Lines looked at to choose the delimiter. */
const delimiterSampleLines = 200;
/** Excel's first line naming the delimiter ("sep=;"), which Excel itself reads and hides. */
const separatorLine = /^sep=(.)[ \t]*$/i;

/**
 * Splits a CSV (or tab-, semicolon-, pipe- or space-aligned) text into rows of cells, numbering each row by the
 * file line it starts on. Cells are split by Papa Parse (quotes, delimiters and line breaks in quoted cells).
 * - Line ends: CRLF, LF and CR, mixed in one file, each end a line (line breaks in quoted cells become LF).
 * - Delimiter: a first line `sep=X` names it (and is not a row); else the candidate (tab ; , |) for which the
 *   most of the first 200 non-blank lines have the same number of fields, at least 2 (ties: more fields, then
 *   the order tab ; , |). A file where no candidate gives 2 fields but every line has space-separated fields is
 *   read as whitespace-aligned.
 * - Blank lines (only white space or delimiters) after the first row are empty rows (`[]`), so the readers count
 *   them as blank; before it they are no rows, nor is a trailing line break; a byte-order mark is dropped.
 * - A quote that opens a cell but is not closed where a cell ends (`"Big" Shop`, an unclosed `"`) would swallow
 *   the following lines: the lines of such a row are split each on its own, the quote kept as a character.
 * Decimal commas are left in the cells: the engine's amount reader decides them from the whole column, and
 * `joinSplitAmounts` repairs unquoted ones in comma-separated files.
 * @example splitDelimitedText("Kunde;Dato;Beløb\n\nA;31-01-2024;1.234,50").rows[1] // ["A", "31-01-2024", "1.234,50"]
 * @example splitDelimitedText("Kunde;Dato;Beløb\n\nA;31-01-2024;1.234,50").lineNumbers // Int32Array [1, 3]
 */
export function splitDelimitedText(text: string): DelimitedText {
  let content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  content = content.includes("\r") ? content.replace(/\r\n?/g, "\n") : content;
  let firstLine = 1;
  let delimiter: string | undefined;
  const firstBreak = content.indexOf("\n");
  const separator = separatorLine.exec(firstBreak === -1 ? content : content.slice(0, firstBreak));
  if (separator) {
    delimiter = separator[1];
    content = firstBreak === -1 ? "" : content.slice(firstBreak + 1);
    firstLine = 2;
  }
  delimiter ??= guessDelimiter(content);
  if (delimiter === undefined) {
    if (isWhitespaceAligned(content)) return splitWhitespace(content, firstLine);
    delimiter = ",";
  }
  return splitWith(content, delimiter, firstLine);
}

/** The delimiter whose field counts agree on the most sampled lines (see splitDelimitedText), or undefined. */
function guessDelimiter(content: string): string | undefined {
  let best: { delimiter: string; agreeing: number; fields: number } | undefined;
  for (const delimiter of candidateDelimiters) {
    if (!content.includes(delimiter)) continue;
    const parsed = Papa.parse<string[]>(content, { delimiter, newline: "\n", preview: delimiterSampleLines * 2 });
    const counts = new Map<number, number>();
    let lines = 0;
    for (const row of parsed.data) {
      if (row.length === 1 && row[0].trim() === "") continue;
      counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
      lines += 1;
      if (lines === delimiterSampleLines) break;
    }
    for (const [fields, agreeing] of counts) {
      if (fields < 2) continue;
      if (!best || agreeing > best.agreeing || (agreeing === best.agreeing && fields > best.fields)) best = { delimiter, agreeing, fields };
    }
  }
  return best?.delimiter;
}

/** Whether every non-blank line has fields separated by spaces (lifetimes' CDNOW_sample.txt). */
function isWhitespaceAligned(content: string): boolean {
  const lines = content.split("\n").filter((line) => line.trim() !== "");
  return lines.length > 0 && lines.every((line) => /\S\s+\S/.test(line));
}

function splitWhitespace(content: string, firstLine: number): DelimitedText {
  const rows = new RowsByLine();
  const fileLines = content.split("\n");
  if (content.endsWith("\n")) fileLines.pop();
  fileLines.forEach((line, index) => rows.add(line.trim() === "" ? [] : line.trim().split(/\s+/), firstLine + index));
  return { rows: rows.rows, delimiter: "whitespace", lineNumbers: rows.lineNumbers() };
}

/** Rows with the file line each starts on; blank rows become empty rows once a row with content has been seen. */
class RowsByLine {
  readonly rows: string[][] = [];
  private readonly lines: number[] = [];

  add(row: string[], line: number): void {
    const blank = isBlankRow(row);
    if (blank && this.rows.length === 0) return;
    this.rows.push(blank ? [] : row);
    this.lines.push(line);
  }

  lineNumbers(): Int32Array {
    return Int32Array.from(this.lines);
  }
}

function splitWith(content: string, delimiter: string, firstLine: number): DelimitedText {
  const parsed = Papa.parse<string[]>(content, { delimiter, newline: "\n" });
  const malformed = new Set(parsed.errors.filter((error) => error.type === "Quotes" && error.row !== undefined).map((error) => error.row as number));
  const fileLines = malformed.size > 0 ? content.split("\n") : [];
  const rows = new RowsByLine();
  const last = parsed.data[parsed.data.length - 1];
  const trailingBreak = content.endsWith("\n") && last !== undefined && last.length === 1 && last[0] === "";
  const parsedRows = trailingBreak ? parsed.data.length - 1 : parsed.data.length;
  let line = firstLine;
  for (let index = 0; index < parsedRows; index += 1) {
    const row = parsed.data[index];
    const start = line;
    line += 1 + lineBreaksIn(row);
    if (!malformed.has(index)) {
      rows.add(row, start);
      continue;
    }
    const end = Math.min(line, firstLine + fileLines.length - (content.endsWith("\n") ? 1 : 0));
    for (let at = start; at < end; at += 1) rows.add(splitLine(fileLines[at - firstLine], delimiter), at);
  }
  return { rows: rows.rows, delimiter, lineNumbers: rows.lineNumbers() };
}

/** One line's cells by Papa Parse; when its quotes are malformed too, cut at every delimiter, quotes kept. */
function splitLine(text: string, delimiter: string): string[] {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: "\n" });
  return parsed.errors.length === 0 && parsed.data.length === 1 ? parsed.data[0] : text.split(delimiter);
}

function lineBreaksIn(row: readonly string[]): number {
  let breaks = 0;
  for (const cell of row) {
    for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) breaks += 1;
  }
  return breaks;
}

function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => isBlankCell(cell));
}
