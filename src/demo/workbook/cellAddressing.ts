import { parseAreaAddress, type CellArea } from "../../excel/a1";
import { excelError } from "./excelError";

/** Excel's columns per row: A … XFD. */
const COLUMNS_PER_ROW = 16_384;

/**
 * A cell's key in the double's per-sheet maps: a number, much faster than "row,column" text on 100,000-row sheets.
 * @example cellKey(1, 2) // 16386
 */
export function cellKey(row: number, column: number): number {
  return row * COLUMNS_PER_ROW + column;
}

/**
 * The [row, column] of a cell key.
 * @example parseKey(cellKey(1, 2)) // [1, 2]
 */
export function parseKey(key: number): [number, number] {
  return [Math.floor(key / COLUMNS_PER_ROW), key % COLUMNS_PER_ROW];
}

/**
 * An A1 area address as the double takes it ("B2", "A1:E100", "$A$1:$E$100"); any other form is an error, as Excel's
 * InvalidArgument.
 * @example parseA1("B2:C10") // { row: 1, column: 1, rowCount: 9, columnCount: 2 }
 */
export function parseA1(address: string): CellArea {
  const area = parseAreaAddress(address);
  if (!area) throw excelError("InvalidArgument", `the workbook double does not model the address "${address}"`);
  return area;
}
