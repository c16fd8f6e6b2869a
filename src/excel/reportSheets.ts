import type { ReportSheet } from "../core/report/reportModel";
import { areaAddress } from "./a1";
import { runExcel } from "./excelHost";
import { readRangeValues } from "./readRange";
import { loadMarkedSheets } from "./reportMarker";
import { WorkbookItemNotFoundError } from "./workbookErrors";

/** The cells of one of the add-in's sheets, from column A. */
export interface ReportSheetContent {
  /** The worksheet's current name (the user may have renamed it). */
  name: string;
  /** The 1-based sheet row of rows[0]. */
  firstRow: number;
  /** The values from column A to the last used column, from the first to the last used row (blanks as ""). */
  rows: unknown[][];
}

/**
 * Reads the add-in's sheet for report sheet `id`, found by its marker whatever its name: its used range from column A,
 * so column numbers are the sheet's; undefined when there is no such sheet or it is empty. ExcelApi 1.4.
 * @example const rules = await readReportSheet("segmentRules") // { name: "Segment rules", firstRow: 1, rows: [["Segment rules"], ["Segment", "R min", …], …] }
 */
export async function readReportSheet(id: ReportSheet["id"]): Promise<ReportSheetContent | undefined> {
  const found = await runExcel(async (context) => {
    const sheet = (await loadMarkedSheets(context)).find((candidate) => candidate.ours && candidate.reportId === id);
    if (!sheet) return undefined;
    const used = sheet.sheet.getUsedRangeOrNullObject(true);
    used.load(["rowIndex", "rowCount", "columnIndex", "columnCount"]);
    await context.sync();
    if (used.isNullObject) return undefined;
    const area = { row: used.rowIndex, column: 0, rowCount: used.rowCount, columnCount: used.columnIndex + used.columnCount };
    return { name: sheet.name, address: areaAddress(area), firstRow: area.row + 1 };
  });
  if (!found) return undefined;
  const { values } = await readRangeValues({ sheet: found.name, address: found.address });
  return { name: found.name, firstRow: found.firstRow, rows: values };
}

/**
 * Shows a sheet: activates it and selects A1 (ExcelApi 1.1); a sheet that is gone throws WorkbookItemNotFoundError.
 * @example await activateSheet("Segments")
 */
export async function activateSheet(name: string): Promise<void> {
  await runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) throw new WorkbookItemNotFoundError("sheet", name);
    sheet.activate();
    sheet.getRange("A1").select();
    await context.sync();
  });
}
