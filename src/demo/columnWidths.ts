import { cellText } from "./cellText";
import { parseA1 } from "./workbook/cellAddressing";
import type { WorkbookDouble } from "./workbook/workbookDouble";

/** A column's width in the demo's grid, in CSS pixels, before any autofit (Excel's default, about 8.43 characters). */
export const DEFAULT_COLUMN_WIDTH = 104;

/** The widest an autofitted column gets in the grid, in CSS pixels; longer text is cut with "…". */
export const MAX_AUTOFIT_WIDTH = 360;

/** The grid's font size (demo.html: 13px). */
const FONT_SIZE = 13;
/** A cell's padding (4 + 4) and right border (1), plus the little room Excel leaves after the longest text. */
const CELL_ROOM = 15;
/** Rows of an autofitted range read for its widths; the demo's sheets have far fewer, Excel reads them all. */
const MAX_AUTOFIT_ROWS = 50_000;

/** Character widths in em of DejaVu Sans, the page's fallback font on Linux (Segoe UI is narrower); others 0.7 em. */
const CHARACTER_GROUPS: ReadonlyArray<readonly [string, number]> = [
  [" il|j.,:;'!I", 0.32],
  ["ftrJ-()[]{}/\\\"", 0.41],
  ["scz", 0.56],
  ["abdeghknopquvxy0123456789#$+=<>~^_*€øåäöüé", 0.64],
  ["ABCDEFGHIJKLNOPQRSTUVXYZÅØÄÖÜÉ", 0.78],
  ["mw%@æœMWÆŒ", 1],
];
const OTHER_CHARACTER_WIDTH = 0.7;
const characterWidths = new Map(CHARACTER_GROUPS.flatMap(([characters, width]) => [...characters].map((character) => [character, width] as const)));

/**
 * Estimated width of text in the grid's font, in CSS pixels (no padding): the sum of its characters' widths.
 * @example textWidth("Revenue") // ≈ 55
 */
export function textWidth(text: string): number {
  let ems = 0;
  for (const character of text) ems += characterWidths.get(character) ?? OTHER_CHARACTER_WIDTH;
  return ems * FONT_SIZE;
}

/** Widths per autofit record, computed once: Excel fixes a column's width when it autofits, later edits keep it. */
const computed = new WeakMap<object, ReadonlyMap<number, number>>();

/**
 * The widths of a sheet's autofitted columns in CSS pixels, by zero-based column: fit to the longest text shown in
 * the autofitted rows, between DEFAULT_COLUMN_WIDTH and MAX_AUTOFIT_WIDTH. As in Excel, a width is fixed when the
 * autofit happens (each autofit is measured on the first call after it); later text does not change it.
 * @example autofitColumnWidths(book, "Segments").get(2) // 150 for "Share of customers" in C2
 */
export function autofitColumnWidths(book: WorkbookDouble, sheet: string): ReadonlyMap<number, number> {
  const widths = new Map<number, number>();
  for (const autofit of book.autofits) {
    let fitted = computed.get(autofit);
    if (!fitted) {
      fitted = fitArea(book, autofit.sheet, autofit.address);
      computed.set(autofit, fitted);
    }
    if (autofit.sheet !== sheet) continue;
    for (const [column, width] of fitted) widths.set(column, Math.max(width, widths.get(column) ?? 0));
  }
  return widths;
}

function fitArea(book: WorkbookDouble, sheet: string, address: string): ReadonlyMap<number, number> {
  const area = parseA1(address);
  const lastRow = area.row + Math.min(area.rowCount, MAX_AUTOFIT_ROWS);
  const widths = new Map<number, number>();
  for (let column = area.column; column < area.column + area.columnCount; column += 1) {
    let widest = 0;
    for (let row = area.row; row < lastRow; row += 1) {
      const value = book.getValue(sheet, row, column);
      if (value === "") continue;
      widest = Math.max(widest, textWidth(cellText(value, book.getNumberFormat(sheet, row, column))));
    }
    widths.set(column, Math.min(MAX_AUTOFIT_WIDTH, Math.max(DEFAULT_COLUMN_WIDTH, Math.ceil(widest) + CELL_ROOM)));
  }
  return widths;
}
