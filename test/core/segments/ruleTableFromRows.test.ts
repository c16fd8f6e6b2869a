import { analyzeTransactions } from "../../../src/core/analysis/analyzeTransactions";
import type { ReportSheet } from "../../../src/core/report/reportModel";
import { buildReport } from "../../../src/core/report/buildReport";
import { defaultSegmentRules } from "../../../src/core/segments/defaultSegmentMap";
import { ruleTableFromRows, type RuleRowProblem } from "../../../src/core/segments/ruleTableFromRows";
import type { SegmentRuleTable } from "../../../src/core/segments/segmentRules";
import { validateRuleTable } from "../../../src/core/segments/ruleTableValidation";
import { supportedLanguages, type Language } from "../../../src/i18n/language";
import { reportLabel } from "../../../src/i18n/reportLabels";
import { segmentIdForLabel } from "../../../src/i18n/ruleTableMessages";
import { logOf } from "../summary/logOf";
import { standardSettings } from "../../support/analysisSettings";

/** The Segment rules sheet of a real report (buildReport on a small log with the default R × F rules, or `rules`). */
function segmentRulesSheet(rules?: SegmentRuleTable): ReportSheet {
  const log = logOf([["a", 0, 10], ["a", 30, 20], ["b", 5, 15], ["c", 10, 5], ["c", 20, 5], ["c", 40, 5], ["d", 45, 50]]);
  const analysis = analyzeTransactions(log, { ...standardSettings, segmentRules: rules });
  return buildReport(analysis).sheets.find((sheet) => sheet.id === "segmentRules")!;
}

/**
 * A report sheet's cell values as src/excel/writeReport.ts writes them from A1: per table a title row
 * (reportLabel of the title), a header row (reportLabel of each column key), the rows (label cells through
 * reportLabel, null as ""), and a blank row before the next table; after the last table's blank row the notes.
 */
function writtenRows(sheet: ReportSheet, language: Language): unknown[][] {
  const tables = sheet.tables.flatMap((table, index) => [
    ...(index > 0 ? [[]] : []),
    [reportLabel(language, table.title)],
    table.columns.map((column) => reportLabel(language, column.key)),
    ...table.rows.map((row) => row.map((cell, c) => (cell === null ? "" : table.columns[c].format === "label" ? reportLabel(language, String(cell)) : cell))),
  ]);
  const notes = (sheet.notes ?? []).map((key) => [reportLabel(language, key)]);
  return notes.length > 0 ? [...tables, [], ...notes] : tables;
}

/** The rows of a written sheet without its notes (and the blank row before them). */
function tableRows(sheet: ReportSheet, language: Language): unknown[][] {
  const rows = writtenRows(sheet, language);
  return rows.slice(0, rows.length - (sheet.notes?.length ? sheet.notes.length + 1 : 0));
}

const defaultSheet = segmentRulesSheet();

function problemsOf(rows: unknown[][], firstRowNumber = 1): RuleRowProblem[] {
  const read = ruleTableFromRows(rows, segmentIdForLabel, firstRowNumber);
  if (read.ok) throw new Error("expected problems");
  return read.problems;
}

describe("ruleTableFromRows", () => {
  it.each(supportedLanguages)("reads back the default rules from the sheet writeReport writes in %s, its note below the table not read", (language) => {
    const rows = writtenRows(defaultSheet, language);
    expect(rows[0]).toEqual([reportLabel(language, "segmentRules")]);
    expect(rows.slice(-2)).toEqual([[], [reportLabel(language, "segmentRulesNote")]]);
    const read = ruleTableFromRows(rows, segmentIdForLabel, 1);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.rules).toEqual(defaultSegmentRules);
    expect(read.report.valid).toBe(true);
    expect(read.ruleRows).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("reads values that arrive as text, with blanks as null, trailing blank rows and notes below them", () => {
    const rows = writtenRows(defaultSheet, "da").map((row) => row.map((cell) => (typeof cell === "number" ? ` ${cell} ` : cell)));
    rows[2][2] = "5,0";
    rows.push([null, "", "  "], [], ["Noter: F5 er de hyppigste købere"]);
    const read = ruleTableFromRows([[], ...rows], segmentIdForLabel, 4);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.rules).toEqual(defaultSegmentRules);
    expect(read.ruleRows[0]).toBe(7);
  });

  it("reads a sheet whose title row was deleted, and an edited table with its gaps reported", () => {
    const rows = writtenRows(defaultSheet, "sv").slice(1);
    rows[1][4] = 4; // champions F 4–4: R5 F5 is no longer covered
    const read = ruleTableFromRows(rows, segmentIdForLabel, 2);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.rules[0]).toEqual({ segment: "champions", rMin: 5, rMax: 5, fMin: 4, fMax: 4 });
    expect(read.report).toEqual(validateRuleTable(read.rules));
    expect(read.report.valid).toBe(false);
    expect(read.report.gaps).toEqual([{ r: 5, f: 5 }]);
    expect(read.ruleRows[0]).toBe(3);
  });

  it("names every hostile cell by its 1-based sheet row and column", () => {
    const rows = writtenRows(defaultSheet, "en");
    rows[2] = ["Champions", 3.5, 5, "", 5]; // row 3
    rows[3] = ["Loyal", 3, 6, "4", "x"]; // row 4
    rows[4] = ["Potential loyalists", 5, 4, 3, 2]; // row 5
    rows[5] = ["Gold customers", 5, 5, 1, 1]; // row 6
    rows[6] = ["", 4, 4, 1, 1]; // row 7
    rows[7] = ["Need attention", 0, "3", true, "3"]; // row 8
    expect(problemsOf(rows, 1)).toEqual([
      { row: 3, column: 2, reason: "notWholeNumber", text: "3.5" },
      { row: 3, column: 4, reason: "blankCell", text: "" },
      { row: 4, column: 3, reason: "outsideOneToFive", text: "6" },
      { row: 4, column: 5, reason: "notWholeNumber", text: "x" },
      { row: 5, column: 2, reason: "minAboveMax", text: "5", limit: 4 },
      { row: 5, column: 4, reason: "minAboveMax", text: "3", limit: 2 },
      { row: 6, column: 1, reason: "unknownSegment", text: "Gold customers" },
      { row: 7, column: 1, reason: "unknownSegment", text: "" },
      { row: 8, column: 2, reason: "outsideOneToFive", text: "0" },
      { row: 8, column: 4, reason: "notWholeNumber", text: "TRUE" },
    ]);
  });

  it("counts rows from firstRowNumber", () => {
    const rows = writtenRows(defaultSheet, "en");
    rows[3][1] = 9;
    expect(problemsOf(rows, 10)).toEqual([{ row: 13, column: 2, reason: "outsideOneToFive", text: "9" }]);
  });

  it("stops at the blank row before the note: a note moved up against the table is read as a rule and named", () => {
    const table = tableRows(defaultSheet, "en");
    const note = reportLabel("en", "segmentRulesNote");
    expect(problemsOf([...table, [note]])).toEqual([
      { row: table.length + 1, column: 1, reason: "unknownSegment", text: note },
      ...[2, 3, 4, 5].map((column) => ({ row: table.length + 1, column, reason: "blankCell", text: "" })),
    ]);
  });

  it("words a cell that is neither text, number nor logical value as core/read/cellValue's cellText does", () => {
    const rows = tableRows(defaultSheet, "en");
    rows[2] = [{ type: "Error" }, 5, 5, 4, ["x"]];
    expect(problemsOf(rows)).toEqual([
      { row: 3, column: 1, reason: "unknownSegment", text: "[object]" },
      { row: 3, column: 5, reason: "notWholeNumber", text: "[object]" },
    ]);
  });

  it("reports a missing header and an empty table", () => {
    const rows = writtenRows(defaultSheet, "en");
    expect(problemsOf([rows[0], ...rows.slice(2)])).toEqual([{ row: 2, column: 2, reason: "missingHeader", text: "5" }]);
    expect(problemsOf([rows[0]])).toEqual([{ row: 2, column: 1, reason: "missingHeader" }]);
    expect(problemsOf([rows[0], ["Segment", "R min", "", "F min", "F max"]])).toEqual([{ row: 2, column: 3, reason: "missingHeader", text: "" }]);
    expect(problemsOf(rows.slice(0, 2))).toEqual([{ row: 3, column: 1, reason: "emptyTable" }]);
    expect(problemsOf([...rows.slice(0, 2), [null, null, null, null, null], rows[2]])).toEqual([{ row: 3, column: 1, reason: "emptyTable" }]);
    expect(problemsOf([])).toEqual([{ row: 1, column: 1, reason: "emptyTable" }]);
    expect(problemsOf([[""], [null]], 5)).toEqual([{ row: 5, column: 1, reason: "emptyTable" }]);
  });
});
