import { runExcel } from "./excelHost";

/** What happened when the pane tried to put a formula into the selected cell. */
export type InsertFormulaResult =
  | { kind: "inserted"; address: string; spillArea?: string }
  | { kind: "cellNotEmpty"; address: string }
  | { kind: "spillAreaNotEmpty"; address: string; spillArea: string }
  | { kind: "noRoomForSpill"; address: string; rows: number; columns: number };

/** A worksheet's size in Excel 2007 and later: 1,048,576 rows by 16,384 columns (XFD). */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** The cells a formula's result fills, counted from the cell it is in (1 × 1 for a single value). */
export interface SpillSize {
  rows: number;
  columns: number;
}

/** A cell holds something when its formula (or constant) is not the empty string. */
function isEmptyCell(formula: unknown): boolean {
  return formula === "" || formula === null || formula === undefined;
}

/**
 * Writes `formula` into the top-left cell of the selection unless that cell, or another cell its result spills into,
 * holds something: the add-in never overwrites the user's data, and a blocked spill would show #SPILL!.
 * `Range.formulas` takes English names and commas in any locale (ExcelApi 1.1).
 * @example await insertFormulaInSelection("=KV.AOV(125000, 500)") // { kind: "inserted", address: "Sheet1!B2" }
 */
export async function insertFormulaInSelection(formula: string, spill: SpillSize = { rows: 1, columns: 1 }): Promise<InsertFormulaResult> {
  return runExcel(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    const spills = spill.rows > 1 || spill.columns > 1;
    if (!spills) {
      cell.load(["address", "formulas"]);
      await context.sync();
      if (!isEmptyCell(cell.formulas[0][0])) return { kind: "cellNotEmpty", address: cell.address };
      cell.formulas = [[formula]];
      await context.sync();
      return { kind: "inserted", address: cell.address };
    }
    cell.load(["address", "formulas", "rowIndex", "columnIndex"]);
    await context.sync();
    if (!isEmptyCell(cell.formulas[0][0])) return { kind: "cellNotEmpty", address: cell.address };
    // Past the sheet's last row or column the area does not exist (getResizedRange would fail): say there is no room.
    if (cell.rowIndex + spill.rows > SHEET_ROWS || cell.columnIndex + spill.columns > SHEET_COLUMNS) {
      return { kind: "noRoomForSpill", address: cell.address, rows: spill.rows, columns: spill.columns };
    }
    const area = cell.getResizedRange(spill.rows - 1, spill.columns - 1);
    area.load(["address", "formulas"]);
    await context.sync();
    if (!area.formulas.every((row) => row.every(isEmptyCell))) {
      return { kind: "spillAreaNotEmpty", address: cell.address, spillArea: area.address };
    }
    cell.formulas = [[formula]];
    await context.sync();
    return { kind: "inserted", address: cell.address, spillArea: area.address };
  });
}
