import { listTables, resolveSource, resolveStoredSource } from "../excel/dataSources";
import { insertFormulaInSelection } from "../excel/insertFormula";
import { readRangeValues } from "../excel/readRange";
import { activateSheet, readReportSheet } from "../excel/reportSheets";
import { loadRunSettings } from "../excel/runSettingsStore";
import { findAddinFormulas, replaceAddinFormulasWithValues } from "../excel/shareSafeCopy";
import { writeReport } from "../excel/writeReport";
import type { WorkbookPort } from "./workbookPort";

/**
 * The real workbook: the src/excel adapter, which calls Office.js through the global `Excel`.
 * @example root.render(<App language="da" formulas={formulaCatalog} workbook={excelWorkbook} />)
 */
export const excelWorkbook: WorkbookPort = {
  listTables,
  resolveSource,
  resolveStoredSource,
  readRangeValues,
  readReportSheet,
  writeReport,
  activateSheet,
  loadRunSettings,
  findAddinFormulas,
  replaceAddinFormulasWithValues,
  insertFormula: insertFormulaInSelection,
};
