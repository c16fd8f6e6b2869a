import { analyzeTransactions } from "../../src/core/analysis/analyzeTransactions";
import { buildReport } from "../../src/core/report/buildReport";
import { defaultSegmentRules } from "../../src/core/segments/defaultSegmentMap";
import { ruleTableFromRows } from "../../src/core/segments/ruleTableFromRows";
import { activateSheet, readReportSheet } from "../../src/excel/reportSheets";
import { WorkbookItemNotFoundError } from "../../src/excel/workbookErrors";
import { writeReport } from "../../src/excel/writeReport";
import { supportedLanguages } from "../../src/i18n/language";
import { reportLabel } from "../../src/i18n/reportLabels";
import { segmentIdForLabel } from "../../src/i18n/ruleTableMessages";
import { cdnowLog } from "../core/summary/cdnowLog";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";
import { cdnowCalibrationSettings } from "../support/analysisSettings";

const report = buildReport(
  analyzeTransactions(cdnowLog(), cdnowCalibrationSettings),
);

describe("report sheets", () => {
  let book: WorkbookDouble;
  beforeEach(() => (book = installWorkbook()));
  afterEach(uninstallWorkbook);

  it("reads the Segment rules sheet as written: title, header, one rule per row, from row 1 and column A", async () => {
    await writeReport(report, "sv");
    const rules = report.sheets[3];
    const content = await readReportSheet("segmentRules");
    expect(content?.name).toBe(reportLabel("sv", "segmentRules"));
    expect(content?.firstRow).toBe(1);
    const table = rules.tables[0];
    expect(content?.rows[0][0]).toBe(reportLabel("sv", table.title));
    expect(content?.rows[1]).toEqual(table.columns.map((column) => reportLabel("sv", column.key)));
    // The tables with a blank row after each, then the note.
    expect(content?.rows).toHaveLength(rules.tables.reduce((n, t) => n + t.rows.length + 3, 0) + 1);
    expect(content?.rows[content.rows.length - 1][0]).toBe(reportLabel("sv", "segmentRulesNote"));
  });

  it.each(supportedLanguages)("round trip in %s: the rules read back from the written sheet, note and all, are the rules written", async (language) => {
    await writeReport(report, language);
    const content = await readReportSheet("segmentRules");
    if (!content) throw new Error("the Segment rules sheet was not found");
    expect(content.rows.map((row) => row[0])).toContain(reportLabel(language, "segmentRulesNote"));
    const read = ruleTableFromRows(content.rows, segmentIdForLabel, content.firstRow);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.rules).toEqual(defaultSegmentRules);
    expect(read.report.valid).toBe(true);
  });

  it("finds the sheet after the user renamed it and reads edits; keeps sheet row and column numbers", async () => {
    await writeReport(report, "en");
    book.renameSheet("Segment rules", "My rules");
    book.setCell("My rules", 2, 1, 3);
    // The user cleared the title row and column A's title: the used range starts at row 2 / column A still.
    book.setCell("My rules", 0, 0, "");
    const content = await readReportSheet("segmentRules");
    expect(content?.name).toBe("My rules");
    expect(content?.firstRow).toBe(2);
    expect(content?.rows[1][1]).toBe(3);
    expect(content?.rows[0][0]).toBe("Segment");
  });

  it("starts at column A even when the used range does not", async () => {
    await writeReport(report, "en");
    const name = "Segment rules";
    const used = book.usedSize(name);
    for (let r = 0; r < used.rowCount; r++) book.setCell(name, r, 0, "");
    const content = await readReportSheet("segmentRules");
    // The title was in A1: the used range now starts at B2, the rows still at column A.
    expect(content?.firstRow).toBe(2);
    expect(content?.rows[0].slice(0, 2)).toEqual(["", reportLabel("en", "rMin")]);
  });

  it("gives undefined without such a sheet, for a user's sheet with the same name, and for an emptied sheet", async () => {
    expect(await readReportSheet("segmentRules")).toBeUndefined();
    book.setValues("Segment rules", 0, 0, [["not ours"]]);
    expect(await readReportSheet("segmentRules")).toBeUndefined();
    const { sheets } = await writeReport(report, "en");
    const ours = sheets[3].name;
    expect(ours).toBe("Segment rules (2)");
    const used = book.usedSize(ours);
    for (let r = 0; r < used.rowCount; r++) for (let c = 0; c < used.columnCount; c++) book.setCell(ours, r, c, "");
    expect(await readReportSheet("segmentRules")).toBeUndefined();
  });

  it("activates a sheet with A1 selected; a missing sheet is a WorkbookItemNotFoundError", async () => {
    book.setValues("Data", 4, 4, [[1]]);
    book.select("Data", 4, 4);
    book.addSheet("Results");
    await activateSheet("results");
    expect(book.selection).toEqual({ sheet: "Results", row: 0, column: 0, rowCount: 1, columnCount: 1 });
    expect(book.activeSheet).toBe("Results");
    await expect(activateSheet("Gone")).rejects.toBeInstanceOf(WorkbookItemNotFoundError);
  });
});
