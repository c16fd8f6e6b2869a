import Papa from "papaparse";

/** Rows of text cells from a CSV file, and what was detected about its layout. */
export interface DelimitedText {
  rows: string[][];
  /** The detected delimiter: ",", ";", "\t", "|", or "whitespace" for space-aligned columns (CDNOW_master.txt). */
  delimiter: string;
}

/**
 * Splits a CSV (or tab-, semicolon-, pipe- or space-aligned) text into rows of cells. Papa Parse guesses the
 * delimiter among , ; tab |; a file where that yields a single column but every line has space-separated
 * fields is read as whitespace-aligned. A byte-order mark and blank lines are dropped. Decimal commas are left
 * in the cells: the engine's amount reader decides them from the whole column.
 * @example splitDelimitedText("Kunde;Dato;Beløb\nA;31-01-2024;1.234,50").rows[1] // ["A", "31-01-2024", "1.234,50"]
 */
export function splitDelimitedText(text: string): DelimitedText {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(content, { skipEmptyLines: "greedy", delimitersToGuess: [",", ";", "\t", "|"] });
  const rows = parsed.data;
  const singleColumn = rows.every((row) => row.length === 1);
  if (singleColumn && rows.length > 0 && rows.every((row) => /\S\s+\S/.test(row[0]))) {
    return { rows: rows.map((row) => row[0].trim().split(/\s+/)), delimiter: "whitespace" };
  }
  return { rows, delimiter: parsed.meta.delimiter };
}
