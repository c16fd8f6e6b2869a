import type { CellArea } from "../excel/a1";
import { parseA1 } from "./workbook/cellAddressing";
import type { ChartRecord } from "./workbook/records";

/** Excel's default chart, 5 × 3 inches (480 × 288 px), in default cells of the grid (104 × 22 px): 5 columns, 13 rows. */
const DEFAULT_COLUMNS = 5;
const DEFAULT_ROWS = 13;

/** Where a chart floats over the grid, in CSS pixels from the grid's top-left corner. */
export interface ChartBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The cells a chart covers, as Excel places it: from the top-left corner of its position's start cell to the
 * bottom-right corner of its end cell (chart.setPosition(start, end)); with a start cell only, or no position (Excel
 * then centres it in the window; here it goes to the right of its data), a chart of Excel's default size.
 * @example chartArea({ position: { start: "J1", end: "Q16" }, … }) // { row: 0, column: 9, rowCount: 16, columnCount: 8 }
 */
export function chartArea(chart: Pick<ChartRecord, "position" | "source">): CellArea {
  if (chart.position?.end) {
    const start = parseA1(chart.position.start);
    const end = parseA1(chart.position.end);
    const row = Math.min(start.row, end.row);
    const column = Math.min(start.column, end.column);
    return {
      row,
      column,
      rowCount: Math.max(start.row + start.rowCount, end.row + end.rowCount) - row,
      columnCount: Math.max(start.column + start.columnCount, end.column + end.columnCount) - column,
    };
  }
  if (chart.position) {
    const start = parseA1(chart.position.start);
    return { row: start.row, column: start.column, rowCount: DEFAULT_ROWS, columnCount: DEFAULT_COLUMNS };
  }
  const source = parseA1(chart.source);
  return { row: source.row, column: source.column + source.columnCount + 1, rowCount: DEFAULT_ROWS, columnCount: DEFAULT_COLUMNS };
}

/**
 * The pixel box of a cell area in the grid: columns of `widths` (px, by zero-based column; missing ones
 * `defaultWidth`) after the row headers, rows of `rowHeight` below the column headers (one row high).
 * @example chartBox({ row: 0, column: 1, rowCount: 2, columnCount: 2 }, [100, 100, 120], 104, 22, 56) // { left: 156, top: 22, width: 220, height: 44 }
 */
export function chartBox(area: CellArea, widths: readonly number[], defaultWidth: number, rowHeight: number, rowHeaderWidth: number): ChartBox {
  const width = (column: number) => widths[column] ?? defaultWidth;
  let left = rowHeaderWidth;
  for (let column = 0; column < area.column; column += 1) left += width(column);
  let boxWidth = 0;
  for (let column = area.column; column < area.column + area.columnCount; column += 1) boxWidth += width(column);
  return { left, top: (area.row + 1) * rowHeight, width: boxWidth, height: area.rowCount * rowHeight };
}
