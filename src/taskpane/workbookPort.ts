import type { findAddinFormulas, replaceAddinFormulasWithValues } from "../excel/shareSafeCopy";
import type { listTables, resolveSource, resolveStoredSource } from "../excel/dataSources";
import type { insertFormulaInSelection } from "../excel/insertFormula";
import type { readRangeValues } from "../excel/readRange";
import type { activateSheet, readReportSheet } from "../excel/reportSheets";
import type { loadRunSettings } from "../excel/runSettingsStore";
import type { writeReport } from "../excel/writeReport";

/**
 * Everything the task pane does to a workbook, as one object of src/excel functions. The pane receives it as a
 * prop (absent outside Excel), so tests can hand it the real adapter over the workbook double, or a spy.
 * Reading is the only thing the wizard does before Run; writing happens in Run, Refresh and the share-safe copy.
 */
export interface WorkbookPort {
  listTables: typeof listTables;
  resolveSource: typeof resolveSource;
  resolveStoredSource: typeof resolveStoredSource;
  readRangeValues: typeof readRangeValues;
  readReportSheet: typeof readReportSheet;
  writeReport: typeof writeReport;
  activateSheet: typeof activateSheet;
  loadRunSettings: typeof loadRunSettings;
  findAddinFormulas: typeof findAddinFormulas;
  replaceAddinFormulasWithValues: typeof replaceAddinFormulasWithValues;
  insertFormula: typeof insertFormulaInSelection;
}
