import { runExcel } from "./excelHost";

/** What happened when the pane tried to put a formula into the selected cell. */
export type InsertFormulaResult =
  | { kind: "inserted"; address: string }
  | { kind: "cellNotEmpty"; address: string };

/** A cell holds something when its formula (or constant) is not the empty string. */
function isEmptyCell(formula: unknown): boolean {
  return formula === "" || formula === null || formula === undefined;
}

/**
 * Writes `formula` into the top-left cell of the selection unless that cell holds something: the add-in never
 * overwrites the user's data. `Range.formulas` takes English names and commas in any locale (ExcelApi 1.1).
 * @example await insertFormulaInSelection("=KV.AOV(125000, 500)") // { kind: "inserted", address: "Sheet1!B2" }
 */
export async function insertFormulaInSelection(formula: string): Promise<InsertFormulaResult> {
  return runExcel(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.load(["address", "formulas"]);
    await context.sync();
    if (!isEmptyCell(cell.formulas[0][0])) {
      return { kind: "cellNotEmpty", address: cell.address };
    }
    cell.formulas = [[formula]];
    await context.sync();
    return { kind: "inserted", address: cell.address };
  });
}
