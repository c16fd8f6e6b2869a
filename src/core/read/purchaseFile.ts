import { isBlankCell } from "./cellValue";
import { splitDelimitedText } from "./delimitedText";
import { type ColumnDetection, detectColumns } from "./detectColumns";
import type { ColumnRef } from "./columnRef";
import { joinSplitAmounts } from "./extraFields";
import { PurchaseDataError } from "./purchaseDataError";
import type { ReadNotice, RejectedRow, TextEncoding } from "./readDiagnostics";
import { type PurchaseData, type ReadPurchaseDataOptions, readPurchaseData } from "./readPurchaseData";
import { decodeText } from "./textDecoding";
import { readPlainCsvLog } from "./plainCsvLog";

/**
 * Purchase data read from a file, with how the file was written: its encoding, whether it had a byte-order
 * mark, and its delimiter.
 */
export interface PurchaseFile {
  data: PurchaseData;
  encoding: TextEncoding;
  byteOrderMark: boolean;
  delimiter: string;
}

/**
 * Reads a purchase file's bytes: a plain CSV transaction log straight into its typed columns (readPlainCsvLog, the same
 * result faster); any other file as follows. Decodes the bytes (`decodeText`), splits the text into rows numbered by file line
 * (`splitDelimitedText`), passes over a report's title above the header (up to 10 rows of one filled cell), joins amounts split by an unquoted decimal comma and rejects other rows with more
 * fields than the header (`joinSplitAmounts`, with the amount columns `detectColumns` finds by header or option),
 * then `readPurchaseData` with the file's line numbers as row numbers. The notices start with `textEncoding`
 * (when the file is not UTF-8 without a byte-order mark) and `fieldsJoined`. Throws PurchaseDataError as
 * readPurchaseData does (`noData` for an empty file).
 * @example
 * const file = readPurchaseFile(new TextEncoder().encode("Kunde,Dato,Beløb\n\nA,2024-01-05,1234,56\n"));
 * // file.data.log.amount[0] === 1234.56; file.data.diagnostics.notices[0].code === "fieldsJoined" (example row 3)
 */
export function readPurchaseFile(bytes: Uint8Array, options: ReadPurchaseDataOptions = {}): PurchaseFile {
  return readPlainCsvLog(bytes, options) ?? readPurchaseFileByCells(bytes, options);
}

/**
 * readPurchaseFile cell by cell, for every file: decode, split into rows of text, detect, read each cell.
 * @example readPurchaseFileByCells(new TextEncoder().encode("Kunde;Dato;Beløb\nA;31-01-2024;12,50\n")).data.log.amount[0] // 12.5
 */
export function readPurchaseFileByCells(bytes: Uint8Array, options: ReadPurchaseDataOptions = {}): PurchaseFile {
  const decoded = decodeText(bytes);
  const split = splitDelimitedText(decoded.text);
  const fileNotices: ReadNotice[] = [];
  if (decoded.encoding !== "utf-8" || decoded.byteOrderMark) fileNotices.push({ code: "textEncoding", encoding: decoded.encoding });

  const titleRows = titleRowCount(split.rows);
  let rows = titleRows === 0 ? split.rows : split.rows.slice(titleRows);
  const lineNumbers = titleRows === 0 ? split.lineNumbers : split.lineNumbers.subarray(titleRows);
  let rejectedRows: ReadonlyMap<number, RejectedRow> | undefined = options.rejectedRows;
  const detection = detectOrUndefined(rows, options);
  if (detection) {
    const repair = joinSplitAmounts(rows, detection.firstDataIndex, {
      delimiter: split.delimiter,
      rowNumbers: lineNumbers,
      amountColumns: namedAmountColumns(detection),
      decimalSeparator: options.decimalSeparator,
    });
    rows = repair.rows;
    fileNotices.push(...repair.notices);
    if (repair.rejectedRows.size > 0) {
      const merged = new Map(options.rejectedRows);
      for (const [index, row] of repair.rejectedRows) merged.set(index, row);
      rejectedRows = merged;
    }
  }
  const data = readPurchaseData(rows, { ...options, rowNumbers: lineNumbers, rejectedRows });
  const withNotices = { ...data, diagnostics: { ...data.diagnostics, notices: [...fileNotices, ...data.diagnostics.notices] } } as PurchaseData;
  return { data: withNotices, encoding: decoded.encoding, byteOrderMark: decoded.byteOrderMark, delimiter: split.delimiter };
}

/** Title rows looked for above the header. */
const maxTitleRows = 10;

/**
 * How many rows at the top are a report's title rather than the header: rows with at most one filled cell
 * ("Salgsrapport 2023") above the first row with two or more, when there is one within the first 10 rows.
 */
function titleRowCount(rows: readonly string[][]): number {
  let count = 0;
  while (count < rows.length && count < maxTitleRows && filledCells(rows[count]) <= 1) count += 1;
  return count < rows.length && filledCells(rows[count]) >= 2 ? count : 0;
}

function filledCells(row: readonly string[]): number {
  let filled = 0;
  for (const cell of row) if (!isBlankCell(cell)) filled += 1;
  return filled;
}

/** The columns detected, or undefined when detection fails (readPurchaseData then throws the same error). */
function detectOrUndefined(rows: readonly string[][], options: ReadPurchaseDataOptions): ColumnDetection | undefined {
  try {
    return detectColumns(rows, options);
  } catch (error) {
    if (error instanceof PurchaseDataError) return undefined;
    throw error;
  }
}

/** The amount columns a header or the caller named (a column guessed from content may be the split decimals). */
function namedAmountColumns(detection: ColumnDetection): ColumnRef[] | undefined {
  const candidates = detection.layout === "transactions" ? [detection.roles.amount] : [detection.roles.totalAmount, detection.roles.averageAmount];
  const named: ColumnRef[] = [];
  for (const column of candidates) if (column && column.source !== "content") named.push({ index: column.index, header: column.header });
  return named.length > 0 ? named : undefined;
}
