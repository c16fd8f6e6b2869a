import { areaAddress, type CellArea } from "../../excel/a1";
import { cellKey, parseKey } from "./cellAddressing";
import type { CellContent, CellFont, StoredCell } from "./records";

/** Excel's font for a cell nobody formatted: black, upright. */
const DEFAULT_FONT: CellFont = { color: "#000000", italic: false };

/**
 * The cells of every sheet, by the sheet's exact name: constants, formulas with their results, the cells an array
 * result spills into, number formats and fonts. It knows nothing of sheets, events or listeners (WorkbookDouble does).
 * @example const cells = new CellStore(); cells.put("Data", 0, 0, { content: "=A2", result: 5 }); cells.value("Data", 0, 0) // 5
 */
export class CellStore {
  private cells = new Map<string, Map<number, StoredCell>>();
  private numberFormats = new Map<string, Map<number, string>>();
  /** Fonts per sheet, only of cells whose font was set. */
  private fonts = new Map<string, Map<number, CellFont>>();
  /** Spilled cells per sheet: key → the value shown. */
  private spills = new Map<string, Map<number, CellContent>>();

  private sheetCells(sheet: string): Map<number, StoredCell> {
    let cells = this.cells.get(sheet);
    if (!cells) this.cells.set(sheet, (cells = new Map()));
    return cells;
  }

  /** Removes the spill of the formula at (row, column), if it spilled. */
  private clearSpill(sheet: string, row: number, column: number): void {
    const cell = this.cells.get(sheet)?.get(cellKey(row, column));
    if (!Array.isArray(cell?.result)) return;
    const spills = this.spills.get(sheet);
    cell.result.forEach((cells, r) =>
      cells.forEach((_, c) => {
        if (r > 0 || c > 0) spills?.delete(cellKey(row + r, column + c));
      }),
    );
  }

  /** Stores a cell (undefined empties it); an array result spills right and down from it. */
  put(sheet: string, row: number, column: number, cell: StoredCell | undefined): void {
    const cells = this.sheetCells(sheet);
    this.clearSpill(sheet, row, column);
    const key = cellKey(row, column);
    if (cell === undefined) cells.delete(key);
    else cells.set(key, cell);
    this.spills.get(sheet)?.delete(key);
    if (Array.isArray(cell?.result)) {
      let spills = this.spills.get(sheet);
      if (!spills) this.spills.set(sheet, (spills = new Map()));
      const target = spills;
      cell.result.forEach((values, r) =>
        values.forEach((value, c) => {
          if (r > 0 || c > 0) target.set(cellKey(row + r, column + c), value);
        }),
      );
    }
  }

  setNumberFormat(sheet: string, row: number, column: number, format: string): void {
    let formats = this.numberFormats.get(sheet);
    if (!formats) this.numberFormats.set(sheet, (formats = new Map()));
    formats.set(cellKey(row, column), format);
  }

  numberFormat(sheet: string, row: number, column: number): string {
    return this.numberFormats.get(sheet)?.get(cellKey(row, column)) ?? "General";
  }

  /** Sets some of a cell's font properties; the others keep their value. */
  setFont(sheet: string, row: number, column: number, font: Partial<CellFont>): void {
    let fonts = this.fonts.get(sheet);
    if (!fonts) this.fonts.set(sheet, (fonts = new Map()));
    const key = cellKey(row, column);
    fonts.set(key, { ...(fonts.get(key) ?? DEFAULT_FONT), ...font });
  }

  /** A cell's font: as set, else Excel's default (black, not italic). */
  font(sheet: string, row: number, column: number): CellFont {
    return { ...(this.fonts.get(sheet)?.get(cellKey(row, column)) ?? DEFAULT_FONT) };
  }

  /** Whether the cell holds a formula (not text that merely starts with "="). */
  isFormula(sheet: string, row: number, column: number): boolean {
    return this.cells.get(sheet)?.get(cellKey(row, column))?.result !== undefined;
  }

  /** What the cell holds: a constant, or a formula's text ("" when empty or spilled into). */
  content(sheet: string, row: number, column: number): CellContent {
    return this.cells.get(sheet)?.get(cellKey(row, column))?.content ?? "";
  }

  /** What `range.formulas` reports: the formula text, a constant, or a spilled cell's value. */
  formula(sheet: string, row: number, column: number): CellContent {
    const key = cellKey(row, column);
    return this.cells.get(sheet)?.get(key)?.content ?? this.spills.get(sheet)?.get(key) ?? "";
  }

  /** What the cell shows (`range.values`): a constant, a formula's result, or a spilled value. */
  value(sheet: string, row: number, column: number): CellContent {
    const key = cellKey(row, column);
    const cell = this.cells.get(sheet)?.get(key);
    if (cell) {
      if (cell.result === undefined) return cell.content;
      return Array.isArray(cell.result) ? cell.result[0][0] : cell.result;
    }
    return this.spills.get(sheet)?.get(key) ?? "";
  }

  /** The smallest area holding every cell with content or a spilled value and (unless valuesOnly) a number format or font. */
  usedArea(sheet: string, valuesOnly: boolean): CellArea | undefined {
    const keys = new Set<number>([...(this.cells.get(sheet)?.keys() ?? []), ...(this.spills.get(sheet)?.keys() ?? [])]);
    if (!valuesOnly) {
      for (const key of this.numberFormats.get(sheet)?.keys() ?? []) keys.add(key);
      for (const key of this.fonts.get(sheet)?.keys() ?? []) keys.add(key);
    }
    if (keys.size === 0) return undefined;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [r, c] of [...keys].map(parseKey)) {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Excel's current region: grows the area while a cell next to it (diagonals included) is not blank. */
  surroundingRegion(sheet: string, area: CellArea): CellArea {
    let { row: top, column: left } = area;
    let bottom = area.row + area.rowCount - 1;
    let right = area.column + area.columnCount - 1;
    const filled = (r: number, c: number): boolean => r >= 0 && c >= 0 && this.value(sheet, r, c) !== "";
    const rowFilled = (r: number): boolean => {
      for (let c = Math.max(0, left - 1); c <= right + 1; c++) if (filled(r, c)) return true;
      return false;
    };
    const columnFilled = (c: number): boolean => {
      for (let r = Math.max(0, top - 1); r <= bottom + 1; r++) if (filled(r, c)) return true;
      return false;
    };
    for (let grew = true; grew; ) {
      grew = false;
      if (top > 0 && rowFilled(top - 1)) [top, grew] = [top - 1, true];
      if (rowFilled(bottom + 1)) [bottom, grew] = [bottom + 1, true];
      if (left > 0 && columnFilled(left - 1)) [left, grew] = [left - 1, true];
      if (columnFilled(right + 1)) [right, grew] = [right + 1, true];
    }
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Moves a sheet's cells, spills, formats and fonts to its new name. */
  renameSheet(from: string, to: string): void {
    for (const store of [this.cells, this.numberFormats, this.spills, this.fonts] as Array<Map<string, unknown>>) {
      const value = store.get(from);
      store.delete(from);
      if (value !== undefined) store.set(to, value);
    }
  }

  deleteSheet(sheet: string): void {
    for (const store of [this.cells, this.numberFormats, this.spills, this.fonts]) store.delete(sheet);
  }

  /** A sheet's cells ("A1" → content, with a formula's result after "→"), number formats and fonts set, in cell order. */
  snapshot(sheet: string): { cells: Record<string, CellContent>; formats: Record<string, string>; fonts: Record<string, CellFont> } {
    const cellRecord = <T>(map: Map<number, T> | undefined): Record<string, T> =>
      Object.fromEntries(
        [...(map ?? [])].sort(([a], [b]) => a - b).map(([key, value]) => {
          const [row, column] = parseKey(key);
          return [areaAddress({ row, column, rowCount: 1, columnCount: 1 }), value];
        }),
      );
    const shown = [...(this.cells.get(sheet) ?? [])].map(([key, cell]): [number, CellContent] => [
      key,
      cell.result === undefined ? cell.content : `${cell.content} → ${JSON.stringify(cell.result)}`,
    ]);
    return { cells: cellRecord(new Map(shown)), formats: cellRecord(this.numberFormats.get(sheet)), fonts: cellRecord(this.fonts.get(sheet)) };
  }
}
