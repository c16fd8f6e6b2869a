import { columnLetters } from "../core/read/columnLetters";

/** A rectangle of cells, zero-based (row 0 = sheet row 1, column 0 = column A). */
export interface CellArea {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** Column letters → zero-based column index ("A" → 0, "AB" → 27), any case. */
function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/**
 * Parses an A1 address without a sheet ("B2", "A1:E100", "$A$1:$E$100", corners in either order); undefined when it
 * is not one.
 * @example parseAreaAddress("B2:C10") // { row: 1, column: 1, rowCount: 9, columnCount: 2 }
 */
export function parseAreaAddress(address: string): CellArea | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(address.trim());
  if (!match) return undefined;
  const [, firstColumn, firstRow, lastColumn = firstColumn, lastRow = firstRow] = match;
  const rows = [Number(firstRow) - 1, Number(lastRow) - 1];
  const columns = [columnIndex(firstColumn), columnIndex(lastColumn)];
  if (Math.min(...rows) < 0) return undefined;
  return {
    row: Math.min(...rows),
    column: Math.min(...columns),
    rowCount: Math.abs(rows[1] - rows[0]) + 1,
    columnCount: Math.abs(columns[1] - columns[0]) + 1,
  };
}

/**
 * The A1 address of an area, without a sheet ("A1" for one cell).
 * @example areaAddress({ row: 0, column: 0, rowCount: 6920, columnCount: 5 }) // "A1:E6920"
 */
export function areaAddress(area: CellArea): string {
  const first = `${columnLetters(area.column)}${area.row + 1}`;
  const last = `${columnLetters(area.column + area.columnCount - 1)}${area.row + area.rowCount}`;
  return first === last ? first : `${first}:${last}`;
}

/**
 * A sheet name as Excel writes it in an address: quoted (with '' for ') unless it is a plain name of letters,
 * digits, _ and . that starts with a letter or _.
 * @example quoteSheetName("Q1 '24") // "'Q1 ''24'"
 * @example quoteSheetName("Køb") // "Køb"
 */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Splits a full address as `Range.address` gives it into the sheet name (unquoted) and the area.
 * @example splitSheetAddress("'Q1 ''24'!A1:B2") // { sheet: "Q1 '24", address: "A1:B2" }
 */
export function splitSheetAddress(fullAddress: string): { sheet: string; address: string } {
  const bang = fullAddress.lastIndexOf("!");
  const sheetPart = fullAddress.slice(0, bang);
  const sheet = sheetPart.startsWith("'") && sheetPart.endsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  return { sheet, address: fullAddress.slice(bang + 1) };
}
