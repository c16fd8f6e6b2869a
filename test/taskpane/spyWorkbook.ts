import type { WorkbookPort } from "../../src/taskpane/workbookPort";

/**
 * A WorkbookPort of jest spies for component tests that are about the pane rather than the workbook: an empty
 * workbook (no tables, no saved run) unless a test overrides a function. Tests of reading, running and writing use
 * the real src/excel functions over the workbook double instead.
 */
export function spyWorkbook(overrides: Partial<WorkbookPort> = {}): WorkbookPort {
  const refuse = (name: string) => jest.fn().mockRejectedValue(new Error(`${name} was not expected in this test`));
  return {
    listTables: jest.fn().mockResolvedValue([]),
    resolveSource: refuse("resolveSource"),
    resolveStoredSource: refuse("resolveStoredSource"),
    readRangeValues: refuse("readRangeValues"),
    readReportSheet: jest.fn().mockResolvedValue(undefined),
    writeReport: refuse("writeReport"),
    activateSheet: refuse("activateSheet"),
    loadRunSettings: jest.fn().mockResolvedValue(undefined),
    findAddinFormulas: jest.fn().mockResolvedValue({ cells: 0, sheets: [] }),
    replaceAddinFormulasWithValues: refuse("replaceAddinFormulasWithValues"),
    insertFormula: refuse("insertFormula"),
    ...overrides,
  };
}
