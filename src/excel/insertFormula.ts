import { runExcel } from "./excelHost";

/** What happened when the pane tried to put a formula into the selected cell. */
export type InsertFormulaResult =
  | { kind: "inserted"; address: string; spillArea?: string }
  | { kind: "cellNotEmpty"; address: string }
  | { kind: "spillAreaNotEmpty"; address: string; spillArea: string };

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
    const area = cell.getResizedRange(spill.rows - 1, spill.columns - 1);
    cell.load("address");
    area.load(["address", "formulas"]);
    await context.sync();
    if (!isEmptyCell(area.formulas[0][0])) {
      return { kind: "cellNotEmpty", address: cell.address };
    }
    const spills = spill.rows > 1 || spill.columns > 1;
    if (spills && !area.formulas.every((row) => row.every(isEmptyCell))) {
      return { kind: "spillAreaNotEmpty", address: cell.address, spillArea: area.address };
    }
    cell.formulas = [[formula]];
    await context.sync();
    return spills ? { kind: "inserted", address: cell.address, spillArea: area.address } : { kind: "inserted", address: cell.address };
  });
}
