/** A cell of the demo grid, 0-based. */
export interface GridCell {
  row: number;
  column: number;
}

/** A rectangle of cells, 0-based top-left corner and size, as the workbook double's selection holds it. */
export interface GridArea extends GridCell {
  rowCount: number;
  columnCount: number;
}

/**
 * Excel's letters for a 0-based column index.
 * @example columnName(0) // "A"
 * @example columnName(27) // "AB"
 */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * The area a click selects: the clicked cell alone, or with Shift the rectangle from the anchor (the cell
 * clicked last without Shift) to it, in either direction — as in Excel.
 * @example selectedArea({ row: 0, column: 0 }, { row: 9, column: 4 }, true) // { row: 0, column: 0, rowCount: 10, columnCount: 5 }
 */
export function selectedArea(anchor: GridCell, clicked: GridCell, extend: boolean): GridArea {
  if (!extend) return { ...clicked, rowCount: 1, columnCount: 1 };
  return {
    row: Math.min(anchor.row, clicked.row),
    column: Math.min(anchor.column, clicked.column),
    rowCount: Math.abs(anchor.row - clicked.row) + 1,
    columnCount: Math.abs(anchor.column - clicked.column) + 1,
  };
}

/**
 * The A1 address of an area ("B2" for one cell, "A1:E6920" for more).
 * @example areaAddress({ row: 0, column: 0, rowCount: 6920, columnCount: 5 }) // "A1:E6920"
 */
export function areaAddress(area: GridArea): string {
  const first = `${columnName(area.column)}${area.row + 1}`;
  if (area.rowCount === 1 && area.columnCount === 1) return first;
  return `${first}:${columnName(area.column + area.columnCount - 1)}${area.row + area.rowCount}`;
}

/**
 * Whether a cell lies inside an area.
 * @example inArea({ row: 2, column: 1 }, { row: 0, column: 0, rowCount: 3, columnCount: 2 }) // true
 */
export function inArea(cell: GridCell, area: GridArea): boolean {
  return cell.row >= area.row && cell.row < area.row + area.rowCount && cell.column >= area.column && cell.column < area.column + area.columnCount;
}
