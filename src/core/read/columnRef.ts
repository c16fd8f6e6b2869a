/**
 * A column of the input: its 0-based position in the rows given to the reader and its header text
 * (undefined when the data has no header row), so messages can name it as the user sees it.
 */
export interface ColumnRef {
  index: number;
  header: string | undefined;
}

/**
 * One cell quoted in a notice: its 1-based row number as the user sees it and its value as text.
 */
export interface CellRef {
  row: number;
  value: string;
}

/**
 * Just the index and header of a column (dropping anything else a caller's object carries), for reports.
 * @example plainColumn({ index: 1, header: "Dato", source: "header" }) // { index: 1, header: "Dato" }
 */
export function plainColumn(column: ColumnRef): ColumnRef {
  return { index: column.index, header: column.header };
}
