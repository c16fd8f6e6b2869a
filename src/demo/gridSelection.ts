import type { CellArea } from "../excel/a1";

/** A cell of the demo grid, zero-based. */
export interface GridCell {
  row: number;
  column: number;
}

/**
 * The area a click selects: the clicked cell, or with Shift the rectangle from the anchor (the cell last clicked
 * without Shift) to it, in either direction, as in Excel.
 * @example selectedArea({ row: 0, column: 0 }, { row: 9, column: 4 }, true) // { row: 0, column: 0, rowCount: 10, columnCount: 5 }
 */
export function selectedArea(anchor: GridCell, clicked: GridCell, extend: boolean): CellArea {
  if (!extend) return { ...clicked, rowCount: 1, columnCount: 1 };
  return {
    row: Math.min(anchor.row, clicked.row),
    column: Math.min(anchor.column, clicked.column),
    rowCount: Math.abs(anchor.row - clicked.row) + 1,
    columnCount: Math.abs(anchor.column - clicked.column) + 1,
  };
}

/**
 * Whether a cell lies inside an area.
 * @example inArea({ row: 2, column: 1 }, { row: 0, column: 0, rowCount: 3, columnCount: 2 }) // true
 */
export function inArea(cell: GridCell, area: CellArea): boolean {
  return cell.row >= area.row && cell.row < area.row + area.rowCount && cell.column >= area.column && cell.column < area.column + area.columnCount;
}
