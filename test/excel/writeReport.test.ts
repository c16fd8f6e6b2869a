import { analyzeTransactions } from "../../src/core/analysis/analyzeTransactions";
import { renderSentence } from "../../src/i18n/reportSentences";
import { buildReport } from "../../src/core/report/buildReport";
import type { Report, ReportCell, ReportSheet, ReportTable } from "../../src/core/report/reportModel";
import { REPORT_SHEET_MARKER } from "../../src/excel/reportMarker";
import { loadRunSettings, RUN_SETTINGS_KEY, saveRunSettings, type StoredRun } from "../../src/excel/runSettingsStore";
import { columnLetters } from "../../src/core/read/columnLetters";
import { writeReport, type WriteProgress } from "../../src/excel/writeReport";
import { rowBlocks } from "../../src/excel/rowBlocks";
import type { Language } from "../../src/i18n/language";
import { reportLabel } from "../../src/i18n/reportLabels";
import { cdnowLog, dayNumber } from "../core/summary/cdnowLog";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { sheetNameProblem } from "../../src/demo/workbook/sheetNameRules";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";
import { cdnowCalibrationSettings, defaultChoices } from "../support/analysisSettings";

const FOUR_MB = 4_000_000;

const report = buildReport(analyzeTransactions(cdnowLog(), cdnowCalibrationSettings));

/** "A3:A13" for `rowCount` data rows of column `column` below a header at zero-based row `headerRow`. */
function columnAddress(column: string, headerRow: number, rowCount: number): string {
  return `${column}${headerRow + 2}:${column}${headerRow + 1 + rowCount}`;
}

/** What a cell of a table should hold once written: worded labels, empty for null, Excel serials for dates. */
function expectedValue(language: Language, table: ReportTable, row: number, column: number): string | number {
  const cell: ReportCell = table.rows[row][column];
  const isLast = column === table.columns.length - 1;
  const format = isLast && table.rowFormats ? table.rowFormats[row] : table.columns[column].format;
  if (cell === null) return "";
  if (typeof cell === "string") return format === "label" ? reportLabel(language, cell) : cell;
  return format === "date" ? cell + 25569 : cell;
}

/** Checks every written cell of a report sheet (titles, headers, rows, notes) against the report. */
function expectSheetEqualsReport(book: WorkbookDouble, sheetName: string, language: Language, reportSheet: ReportSheet): void {
  // The summary sentences first, one a row as text, then a blank row.
  const lead = reportSheet.lead ?? [];
  lead.forEach((sentence, i) => {
    expect(book.getCell(sheetName, i, 0)).toBe(renderSentence(language, sentence));
    expect(book.getNumberFormat(sheetName, i, 0)).toBe("@");
  });
  let top = leadRows(reportSheet);
  const tableTops = new Map<string, number>();
  for (const table of reportSheet.tables) {
    tableTops.set(table.id, top);
    expect(book.getCell(sheetName, top, 0)).toBe(reportLabel(language, table.title));
    // A heading is written as given (a period as a number, a cohort's name), other headers worded.
    table.columns.forEach((column, c) => expect(book.getCell(sheetName, top + 1, c)).toBe(column.heading ?? reportLabel(language, column.label ?? column.key)));
    const mismatches: string[] = [];
    table.rows.forEach((cells, r) =>
      cells.forEach((_, c) => {
        const actual = book.getCell(sheetName, top + 2 + r, c);
        const expected = expectedValue(language, table, r, c);
        if (actual !== expected) mismatches.push(`${table.id}[${r}][${c}]: ${String(actual)} ≠ ${String(expected)}`);
      }),
    );
    expect(mismatches.slice(0, 5)).toEqual([]);
    // A footer row (all cohorts) under the data: its label worded, then its cells.
    if (table.footer) {
      const footerRow = top + 2 + table.rows.length;
      expect(book.getCell(sheetName, footerRow, 0)).toBe(reportLabel(language, table.footer.label));
      table.footer.cells.forEach((cell, c) => expect(book.getCell(sheetName, footerRow, 1 + c)).toBe(cell ?? ""));
    }
    top += 2 + table.rows.length + (table.footer ? 1 : 0) + 1;
  }
  // After the blank row below the last table and below every chart (16 rows from its table's title), the notes as
  // text, so no chart hides them; nothing below them.
  for (const chart of reportSheet.charts) top = Math.max(top, (tableTops.get(chart.table) ?? 0) + 16 + 1);
  const notes = reportSheet.notes ?? [];
  notes.forEach((key, i) => {
    expect(book.getCell(sheetName, top + i, 0)).toBe(reportLabel(language, key));
    expect(book.getNumberFormat(sheetName, top + i, 0)).toBe("@");
  });
  expect(book.getCell(sheetName, top + notes.length, 0)).toBe("");
}

/** The rows above a sheet's first table: its summary sentences and a blank row, or none. */
function leadRows(reportSheet: ReportSheet): number {
  const lead = reportSheet.lead ?? [];
  return lead.length > 0 ? lead.length + 1 : 0;
}

function tinyReport(customerIds: string[]): Report {
  return {
    sheets: [
      {
        id: "customers",
        charts: [],
        tables: [
          {
            id: "customers",
            title: "customers",
            columns: [
              { key: "customer", format: "text" },
              { key: "firstPurchase", format: "date" },
              { key: "pAlive", format: "percent" },
            ],
            rows: customerIds.map((id, i) => [id, 10_000 + i, i % 2 === 0 ? 0.5 : null]),
          },
        ],
      },
    ],
  };
}

describe("writeReport", () => {
  let book: WorkbookDouble;
  beforeEach(() => (book = installWorkbook()));
  afterEach(uninstallWorkbook);

  it.each<Language>(["en", "da"])("writes the CDNOW report as five sheets named and filled in %s, equal to the report", async (language) => {
    const { sheets } = await writeReport(report, language);
    const ids = report.sheets.map((sheet) => sheet.id);
    expect(ids).toEqual(["overview", "segments", "customers", "segmentRules", "cohorts"]);
    // The Segment rules sheet says below its table that it can be edited and run again.
    // The Overview says below its tables which method made the CLV.
    expect(report.sheets.map((sheet) => sheet.notes)).toEqual([
      ["note_clvModel"],
      ["note_segmentsRanked", "note_pAliveRepeatBuyers"],
      ["note_clvRange"],
      ["segmentRulesNote"],
      ["note_cohortProjected", "note_cohortDefinitions", "note_cohortPurchases"],
    ]);
    expect(sheets).toEqual(ids.map((id) => ({ id, name: reportLabel(language, id) })));
    expect(book.sheetNames()).toEqual(["Sheet1", ...sheets.map((sheet) => sheet.name)]);

    report.sheets.forEach((reportSheet, i) => {
      expectSheetEqualsReport(book, sheets[i].name, language, reportSheet);
      // Marked as ours with a hidden worksheet-scoped name.
      expect(book.nameVisible(sheets[i].name, REPORT_SHEET_MARKER)).toBe(false);
    });
    // The user's sheet is not marked.
    expect(book.hasName("Sheet1", REPORT_SHEET_MARKER)).toBe(false);
  });

  it("gives each cell its number format: dates, percentages, currency, a figure table's per-row formats, text as @", async () => {
    const { sheets } = await writeReport(report, "en");
    const customers = sheets[2].name;
    // Customers: header at row 1, first customer at row 2. Columns: customer, firstPurchase (date), … clv (11), pAlive (16).
    const column = (key: string) => report.sheets[2].tables[0].columns.findIndex((candidate) => candidate.key === key);
    expect([column("firstPurchase"), column("purchases"), column("clv"), column("pAlive")]).toEqual([1, 3, 11, 16]);
    expect(book.getNumberFormat(customers, 2, 0)).toBe("@");
    expect(book.getNumberFormat(customers, 2, 1)).toBe("yyyy-mm-dd");
    expect(book.getNumberFormat(customers, 2, 3)).toBe("#,##0");
    expect(book.getNumberFormat(customers, 2, 16)).toBe("0.0%");
    expect(book.getNumberFormat(customers, 2, 11)).toBe("#,##0.00");
    // Overview headline figures: customers (integer), purchases, revenue (currency), repeat purchase rate (percent).
    const overview = sheets[0].name;
    const headline = report.sheets[0].tables[0];
    expect(headline.rows[2][0]).toBe("revenue");
    const first = leadRows(report.sheets[0]) + 2;
    expect(book.getNumberFormat(overview, first, 1)).toBe("#,##0");
    expect(book.getNumberFormat(overview, first + 2, 1)).toBe("#,##0.00");
    expect(book.getNumberFormat(overview, first + 3, 1)).toBe("0.0%");
    // The customers table is an Excel table with filters over its header and rows.
    const rows = report.sheets[2].tables[0].rows.length;
    expect(book.tables).toEqual([{ name: "Table1", sheet: customers, address: `A2:U${rows + 2}`, hasHeaders: true }]);
  });

  it("leaves a user's own sheet named Segments untouched and uses a new name; re-running replaces only its own sheets", async () => {
    book.setValues("Segments", 0, 0, [["my own notes", 42]]);
    const first = await writeReport(report, "en");
    expect(first.sheets.map((sheet) => sheet.name)).toEqual(["Overview", "Segments (2)", "Customers", "Segment rules", "Cohorts"]);
    expect(book.getCell("Segments", 0, 0)).toBe("my own notes");
    expect(book.getCell("Segments", 0, 1)).toBe(42);
    expect(book.getCell("Segments", 1, 0)).toBe("");
    expect(book.hasName("Segments", REPORT_SHEET_MARKER)).toBe(false);
    expectSheetEqualsReport(book, "Segments (2)", "en", report.sheets[1]);

    // Something left on our sheet by hand is gone after the re-run: the sheet was recreated.
    book.setCell("Overview", 500, 10, "stale");
    const second = await writeReport(report, "en");
    expect(second.sheets).toEqual(first.sheets);
    expect(book.sheetNames().sort()).toEqual(["Cohorts", "Customers", "Overview", "Segment rules", "Segments", "Segments (2)", "Sheet1"]);
    expect(book.getCell("Overview", 500, 10)).toBe("");
    // The old sheets' charts and colour scales went with them: still one chart a sheet, one scale per heat-map run.
    expect(book.charts.map((chart) => chart.sheet)).toEqual(["Segments (2)", "Cohorts"]);
    expect(book.conditionalFormats).toHaveLength(report.sheets[4].tables[0].heatMap!.runs.length);
    expect(book.getCell("Segments", 0, 0)).toBe("my own notes");
    expect(book.getCell("Segments", 0, 1)).toBe(42);
    expectSheetEqualsReport(book, "Overview", "en", report.sheets[0]);
  });

  it("writes money in the report's currency: Danish kroner as '#,##0.00 \"kr.\"', and the currency under Assumptions", async () => {
    const inKroner = buildReport(analyzeTransactions(cdnowLog(), { ...cdnowCalibrationSettings, currency: "DKK" }));
    const { sheets } = await writeReport(inKroner, "da");
    const customers = inKroner.sheets[2].tables[0];
    const clv = customers.columns.findIndex((column) => column.key === "clv");
    expect(book.getNumberFormat(sheets[2].name, 2, clv)).toBe('#,##0.00 "kr."');
    expect(book.getNumberFormat(sheets[2].name, 2, 0)).toBe("@");
    const assumptions = inKroner.sheets[0].tables.find((table) => table.id === "assumptions")!;
    expect(assumptions.rows.find((row) => row[0] === "currency")?.[1]).toBe("currency_DKK");
    expect(book.getCell(sheets[0].name, 0, 0)).toMatch(/^Kundeværdien er et skøn: kundekapitalen er [\d.]+ kr\./);
  });

  it("leaves exactly this run's sheets: an English R×F run's Segment rules do not survive a Danish value-tier run", async () => {
    book.setValues("Mine tal", 0, 0, [["my own notes", 42]]);
    await writeReport(report, "en");
    const valueTiers = { ...report, sheets: report.sheets.filter((sheet) => sheet.id !== "segmentRules") };
    const { sheets } = await writeReport(valueTiers, "da");
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Oversigt", "Segmenter", "Kunder", "Kohorter"]);
    expect(book.sheetNames().sort()).toEqual(["Kohorter", "Kunder", "Mine tal", "Oversigt", "Segmenter", "Sheet1"]);
    expect(book.getCell("Mine tal", 0, 0)).toBe("my own notes");
  });

  it("does not treat a user's sheet named like a numbered variant as ours either", async () => {
    book.addSheet("Customers");
    book.addSheet("Customers (2)");
    const { sheets } = await writeReport(report, "en");
    expect(sheets[2].name).toBe("Customers (3)");
  });

  it("replaces its sheet even when that sheet is the workbook's only one", async () => {
    await writeReport(tinyReport(["a", "b"]), "en");
    book.deleteSheet("Sheet1");
    book.setCell("Customers", 100, 0, "stale");
    const { sheets } = await writeReport(tinyReport(["c"]), "en");
    expect(sheets).toEqual([{ id: "customers", name: "Customers" }]);
    expect(book.sheetNames()).toEqual(["Customers"]);
    expect(book.getCell("Customers", 2, 0)).toBe("c");
    expect(book.getCell("Customers", 3, 0)).toBe("");
    expect(book.getCell("Customers", 100, 0)).toBe("");
    expect(book.hasName("Customers", REPORT_SHEET_MARKER)).toBe(true);
  });

  it("writes text starting with =, +, - or @ as text, never as a formula; null as empty", async () => {
    // Excel takes a value starting with "=", "+" or "-" for a formula (the Range.values reference), "+1" for a number.
    const ids = ["=cmd()", "+1", "-2", "@SUM(A1)", "plain", "=SUM(A1)", "+45 1234", "-A1", "00123"];
    const { sheets } = await writeReport(tinyReport(ids), "en");
    const name = sheets[0].name;
    ids.forEach((id, i) => {
      expect(book.getCell(name, 2 + i, 0)).toBe(id);
      expect(book.getNumberFormat(name, 2 + i, 0)).toBe("@");
      expect(book.isFormula(name, 2 + i, 0)).toBe(false);
    });
    expect(book.getCell(name, 3, 2)).toBe("");
    expect(book.getCell(name, 2, 1)).toBe(10_000 + 25569);
  });

  it.each<Language>(["en", "da", "sv"])("in %s, beside the user's own sheets of the same names, writes every sheet under a name Excel takes", async (language) => {
    const own = report.sheets.map((sheet) => reportLabel(language, sheet.id));
    for (const name of own) book.addSheet(name);
    const { sheets } = await writeReport(report, language);
    expect(sheets.map((sheet) => sheet.name)).toEqual(own.map((name) => `${name} (2)`));
    // The double refuses what "Rename a worksheet" refuses, so the write itself shows it; the rule says why.
    for (const { name } of sheets) expect(sheetNameProblem(name)).toBeUndefined();
  });

  it("sizes blocks by what the rows measure: long customer ids go in more, smaller blocks, each request ≤ 4 MB", async () => {
    // 3,000 ids of 2,000 characters, about 6 MB of values: one block by the estimate (32 bytes a cell), over Excel on
    // the web's 5 MB per request.
    const ids = Array.from({ length: 3_000 }, (_, i) => `${"ø".repeat(993)}-${String(i).padStart(6, "0")}`);
    expect(rowBlocks(ids.length, 3 * 2)).toHaveLength(1);
    const progress: WriteProgress[] = [];
    const { sheets } = await writeReport(tinyReport(ids), "da", { onProgress: (p) => progress.push(p) });
    for (const bytes of book.syncPayloadBytes) expect(bytes).toBeLessThanOrEqual(FOUR_MB);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toEqual({ rowsWritten: ids.length, totalRows: ids.length });
    const name = sheets[0].name;
    expect(ids.map((_, i) => book.getCell(name, 2 + i, 0)).filter((cell, i) => cell !== ids[i])).toEqual([]);
  });

  it("writes 100,000 customer rows in blocks of ≤ 4 MB per sync, a bounded number of syncs, calculation suspended", async () => {
    const rows = 100_000;
    const template = report.sheets[2].tables[0];
    const big: Report = {
      sheets: [{ ...report.sheets[2], tables: [{ ...template, rows: Array.from({ length: rows }, (_, i) => template.rows[i % template.rows.length]) }] }],
    };
    const progress: WriteProgress[] = [];
    await writeReport(big, "da", { onProgress: (p) => progress.push(p) });

    const blocks = rowBlocks(rows, template.columns.length * 2);
    expect(blocks.length).toBeGreaterThan(1);
    for (const bytes of book.syncPayloadBytes) expect(bytes).toBeLessThanOrEqual(FOUR_MB);
    const total = book.syncPayloadBytes.reduce((sum, bytes) => sum + bytes, 0);
    expect(total).toBeGreaterThan(FOUR_MB);
    // Loading sheets and events, the markers, one per block, one per sheet, restoring events.
    expect(book.syncCount).toBeLessThanOrEqual(blocks.length + 4);
    expect(book.calculationSuspensions).toBe(blocks.length);
    expect(progress).toHaveLength(blocks.length);
    expect(progress[progress.length - 1]).toEqual({ rowsWritten: rows, totalRows: rows });
    expect(book.getCell(reportLabel("da", "customers"), rows + 1, 0)).toBe(template.rows[(rows - 1) % template.rows.length][0]);
  });

  it("adds the Segments sheet's equity-by-segment bar chart over segment names and total CLV, right of the table", async () => {
    const { sheets } = await writeReport(report, "da");
    const segments = report.sheets[1].tables[0];
    const n = segments.rows.length;
    expect(segments.columns.map((column) => column.key).indexOf("totalClv")).toBe(8);
    // No holdout in this report: no chart on the Overview.
    expect(report.sheets[0].charts).toEqual([]);
    expect(book.charts.filter((chart) => chart.sheet !== sheets[4].name)).toEqual([
      {
        sheet: sheets[1].name,
        type: "BarClustered",
        source: columnAddress("I", 1, n),
        seriesBy: "Columns",
        title: reportLabel("da", "equityBySegment"),
        series: [{ name: reportLabel("da", "totalClv"), values: columnAddress("I", 1, n), categories: columnAddress("A", 1, n) }],
        // 13 columns (A–M), one blank column, then 8 × 16 cells.
        position: { start: "O1", end: "V16" },
      },
    ]);
    // The categories are the worded segment names as written.
    expect(book.getCell(sheets[1].name, 2, 0)).toBe(reportLabel("da", String(segments.rows[0][0])));
  });

  it("adds the holdout column chart to the Overview when the report has a holdout check", async () => {
    const withHoldout = buildReport(analyzeTransactions(cdnowLog(), { ...cdnowCalibrationSettings, calibrationEndDay: dayNumber(1997, 6, 30) }));
    const overview = withHoldout.sheets[0];
    expect(overview.charts.map((chart) => chart.id)).toEqual(["holdoutChart"]);
    const { sheets } = await writeReport(withHoldout, "en");

    const holdoutIndex = overview.tables.findIndex((table) => table.id === "holdout");
    const top = overview.tables.slice(0, holdoutIndex).reduce((row, table) => row + 2 + table.rows.length + 1, leadRows(overview));
    const n = overview.tables[holdoutIndex].rows.length;
    // Right of the widest table whose rows meet the chart's 16 rows from the holdout table's title: narrower than the
    // widest table of the sheet, which is elsewhere, so the chart stays beside its table.
    const tops = overview.tables.map((_, i) => overview.tables.slice(0, i).reduce((row, table) => row + 2 + table.rows.length + 1, leadRows(overview)));
    const beside = overview.tables.filter((table, i) => tops[i] < top + 16 && top < tops[i] + 2 + table.rows.length);
    const left = Math.max(...beside.map((table) => table.columns.length)) + 1;
    expect(left).toBeLessThan(Math.max(...overview.tables.map((table) => table.columns.length)) + 1);
    const letter = (index: number): string => String.fromCharCode(65 + index);
    const overviewCharts = book.charts.filter((chart) => chart.sheet === sheets[0].name);
    expect(overviewCharts).toEqual([
      {
        sheet: sheets[0].name,
        type: "ColumnClustered",
        source: columnAddress("C", top + 1, n),
        seriesBy: "Columns",
        title: reportLabel("en", "holdoutChart"),
        series: [
          { name: reportLabel("en", "predictedHoldoutPurchases"), values: columnAddress("C", top + 1, n), categories: columnAddress("A", top + 1, n) },
          { name: reportLabel("en", "actualHoldoutPurchases"), values: columnAddress("D", top + 1, n), categories: columnAddress("A", top + 1, n) },
        ],
        position: { start: `${letter(left)}${top + 1}`, end: `${letter(left + 7)}${top + 16}` },
      },
    ]);
    expect(book.charts.map((chart) => chart.sheet)).toEqual([sheets[0].name, sheets[1].name, sheets[4].name]);
  });

  it("writes the Cohorts sheet: periods headed by numbers, projections marked, the active-rate heat map, the chart beside its narrow table", async () => {
    const { sheets } = await writeReport(report, "en");
    const name = sheets[4].name;
    const cohorts = report.sheets[4];
    const tops = cohorts.tables.map((_, i) => cohorts.tables.slice(0, i).reduce((row, table) => row + 2 + table.rows.length + (table.footer ? 1 : 0) + 1, leadRows(cohorts)));
    const letter = (index: number): string => (index < 26 ? "" : String.fromCharCode(64 + Math.floor(index / 26))) + String.fromCharCode(65 + (index % 26));
    const [rates] = cohorts.tables;
    expect(rates.id).toBe("cohortActiveRate");
    expect(book.getCell(name, tops[0] + 1, 2)).toBe(0);
    expect(book.getCell(name, tops[0] + 1, 3)).toBe(1);
    // Every marked cell of every block: the marker in its number format (text stays "@"), the projection's font.
    const marked: string[] = [];
    cohorts.tables.forEach((table, t) => {
      for (const mark of table.marks ?? []) {
        for (let c = mark.column; c < mark.column + mark.columns; c += 1) {
          const row = tops[t] + 2 + mark.row;
          const format = book.getNumberFormat(name, row, c);
          const font = book.getFont(name, row, c);
          if (!(format.startsWith('"≈ "') && font.italic && font.color === "#44546A")) marked.push(`${table.id} ${letter(c)}${row + 1}: ${format} ${JSON.stringify(font)}`);
        }
      }
    });
    expect(marked).toEqual([]);
    expect(rates.marks!.length).toBeGreaterThan(0);
    const firstMark = rates.marks![0];
    expect(book.getNumberFormat(name, tops[0] + 2 + firstMark.row, firstMark.column)).toBe('"≈ "0.0%');
    // The cell before the projection is observed: plain format, Excel's font.
    expect(book.getNumberFormat(name, tops[0] + 2 + firstMark.row, firstMark.column - 1)).toBe("0.0%");
    expect(book.getFont(name, tops[0] + 2 + firstMark.row, firstMark.column - 1)).toEqual({ color: "#000000", italic: false });
    // One colour scale per run of the heat map, all from 0 (white) to the highest rate after period 0 (green).
    const heatMap = rates.heatMap!;
    expect(book.conditionalFormatsOf(name)).toEqual(
      heatMap.runs.map((run) => {
        const row = tops[0] + 2 + run.row + 1;
        return {
          sheet: name,
          type: "ColorScale",
          address: `${letter(run.column)}${row}:${letter(run.column + run.columns - 1)}${row}`,
          criteria: {
            minimum: { type: "Number", formula: "0", color: "#FFFFFF" },
            maximum: { type: "Number", formula: String(heatMap.highest), color: "#63BE7B" },
          },
        };
      }),
    );
    // The chart, right of its 4-column table, not of the 23-column blocks above it; its series named by cohort.
    const chartTable = cohorts.tables.length - 1;
    expect(cohorts.tables[chartTable].columns).toHaveLength(4);
    expect(Math.max(...cohorts.tables.map((table) => table.columns.length))).toBe(23);
    const [chart] = book.charts.filter((candidate) => candidate.sheet === name);
    expect(chart.position).toEqual({ start: `F${tops[chartTable] + 1}`, end: `M${tops[chartTable] + 16}` });
    expect(chart.series.map((series) => series.name)).toEqual(cohorts.tables[chartTable].columns.slice(1).map((column) => column.heading));
  });

  it("autofits the columns of every written table (header and rows, not the title) on every sheet", async () => {
    const { sheets } = await writeReport(report, "en");
    const expected = report.sheets.flatMap((reportSheet, i) => {
      let top = leadRows(reportSheet);
      return reportSheet.tables.map((table) => {
        const footer = table.footer ? 1 : 0;
        const address = `A${top + 2}:${columnLetters(table.columns.length - 1)}${top + 2 + table.rows.length + footer}`;
        top += 2 + table.rows.length + footer + 1;
        return { sheet: sheets[i].name, address };
      });
    });
    expect(book.autofits).toEqual(expected);
    expect(new Set(book.autofits.map((autofit) => autofit.sheet))).toEqual(new Set(sheets.map((sheet) => sheet.name)));
  });

  it("writes with events off and restores them afterwards, keeping events off if they were off", async () => {
    await writeReport(tinyReport(["a", "b"]), "en");
    expect(book.cellWritesWithEvents).toBe(0);
    expect(book.eventsEnabled).toBe(true);

    book.eventsEnabled = false;
    await writeReport(tinyReport(["c"]), "en");
    expect(book.eventsEnabled).toBe(false);
  });

  describe("is transactional", () => {
    /** The CDNOW report with 200 customers: the same sheets, tables, charts and syncs, less to copy per run. */
    const smallReport: Report = {
      sheets: report.sheets.map((sheet) =>
        sheet.id === "customers" ? { ...sheet, tables: sheet.tables.map((table) => ({ ...table, rows: table.rows.slice(0, 200) })) } : sheet,
      ),
    };

    /** The run settings the write under test stores, and those of the earlier run it replaces. */
    const analysisSettings = defaultChoices(false);
    const newRun: StoredRun = { version: 1, language: "da", source: { kind: "table", name: "Salg" }, columns: {}, analysis: analysisSettings };
    const earlierRun: StoredRun = { version: 1, language: "en", source: { kind: "range", sheet: "Data", address: "A1:C9" }, columns: {}, analysis: analysisSettings };

    /**
     * A workbook with a user's sheet named Segments, an earlier English report of ours whose Segment rules sheet the
     * user renamed and edited, a setting and (unless `withEarlierRun` is false) the earlier run's settings; `base` is
     * its sync count before the write under test.
     */
    async function seededBook(withEarlierRun = true): Promise<{ book: WorkbookDouble; base: number }> {
      const seeded = installWorkbook();
      seeded.setValues("Segments", 0, 0, [["my own notes", 42]]);
      await writeReport(tinyReport(["a", "b"]), "en");
      await writeReport(smallReport, "en");
      if (withEarlierRun) await saveRunSettings(earlierRun);
      seeded.renameSheet("Segment rules", "Mine regler");
      seeded.setCell("Mine regler", 3, 1, 2);
      seeded.setSetting("other", { kept: true });
      seeded.cellWritesWithEvents = 0;
      return { book: seeded, base: seeded.syncCount };
    }

    /** The syncs a successful write (storing run settings) makes on the seeded workbook. */
    async function syncsOfAWrite(): Promise<number> {
      const { book: seeded, base } = await seededBook();
      await writeReport(smallReport, "da", { runSettings: newRun });
      return seeded.syncCount - base;
    }

    it.each([true, false])("stores the run settings with the sheets, in the same syncs (earlier run stored: %s)", async (withEarlierRun) => {
      const { book: seeded, base } = await seededBook(withEarlierRun);
      await writeReport(smallReport, "da");
      const syncsWithout = seeded.syncCount - base;
      expect(await loadRunSettings()).toEqual(withEarlierRun ? earlierRun : undefined);

      const { book: again, base: againBase } = await seededBook(withEarlierRun);
      const { sheets } = await writeReport(smallReport, "da", { runSettings: newRun });
      expect(again.syncCount - againBase).toBe(syncsWithout);
      expect(sheets[0].name).toBe(reportLabel("da", "overview"));
      expect(again.sheetNames()).toContain(reportLabel("da", "overview"));
      expect(await loadRunSettings()).toEqual(newRun);
      expect(again.getSetting("other")).toEqual({ kept: true });
    });

    it("a successful re-run in another language replaces every sheet of ours, keeps the user's rename and sheet", async () => {
      const { book: seeded } = await seededBook();
      const { sheets } = await writeReport(smallReport, "da");
      const danish = ["overview", "segments", "customers"].map((id) => reportLabel("da", id));
      const cohorts = reportLabel("da", "cohorts");
      expect(sheets.map((sheet) => sheet.name)).toEqual([...danish, "Mine regler", cohorts]);
      expect(seeded.sheetNames()).toEqual(["Sheet1", "Segments", ...danish, "Mine regler", cohorts]);
      expect(seeded.getCell("Segments", 0, 0)).toBe("my own notes");
      // The edited cell is gone: the rules sheet was written afresh, under the user's name.
      expectSheetEqualsReport(seeded, "Mine regler", "da", smallReport.sheets[3]);
      sheets.forEach((sheet) => expect(seeded.nameComment(sheet.name, REPORT_SHEET_MARKER)).toMatch(new RegExp(`^Kundevaerdi:${sheet.id} `)));
      expect(seeded.eventsEnabled).toBe(true);
      expect(seeded.tables.map((table) => table.sheet)).toEqual([reportLabel("da", "customers")]);
    });

    it("an abort at any sync leaves the whole workbook exactly as it was, events restored (or, at the commit, completes)", async () => {
      const syncs = await syncsOfAWrite();
      expect(syncs).toBeGreaterThan(6);
      const outcomes: string[] = [];
      for (let k = 1; k <= syncs; k++) {
        const { book: seeded, base } = await seededBook();
        const before = seeded.snapshot();
        const controller = new AbortController();
        seeded.beforeSync((n) => {
          if (n === base + k) controller.abort();
        });
        const outcome = await writeReport(smallReport, "da", { signal: controller.signal, runSettings: newRun }).then(
          () => "written",
          (error: unknown) => (error as Error).name,
        );
        outcomes.push(outcome);
        if (outcome === "AbortError") expect(seeded.snapshot()).toEqual(before);
        else {
          expect(seeded.sheetNames()).toContain(reportLabel("da", "overview"));
          expect(seeded.getSetting(RUN_SETTINGS_KEY)).toBe(JSON.stringify(newRun));
        }
      }
      // Every sync but the commit can be cancelled; an abort during the commit is too late.
      expect(outcomes).toEqual([...Array<string>(syncs - 1).fill("AbortError"), "written"]);
    });

    it("a failing sync at any point leaves the whole workbook exactly as it was, events restored", async () => {
      const syncs = await syncsOfAWrite();
      for (let k = 1; k <= syncs; k++) {
        const { book: seeded, base } = await seededBook();
        const before = seeded.snapshot();
        seeded.failSyncAt(base + k);
        await expect(writeReport(smallReport, "da", { runSettings: newRun })).rejects.toThrow(/injected/);
        expect(seeded.snapshot()).toEqual(before);
      }
    });

    it.each([true, false])("a commit failing half-way is undone: old sheets renamed back, new ones deleted, settings as before (earlier run: %s)", async (withEarlierRun) => {
      const syncs = await syncsOfAWrite();
      const { book: seeded, base } = await seededBook(withEarlierRun);
      const before = seeded.snapshot();
      const customers = reportLabel("da", "customers");
      // Just before the commit runs, the user adds a sheet with the name the new Customers sheet is about to get:
      // the old sheets are already renamed aside and two new sheets named when that rename fails.
      seeded.beforeSync((n) => {
        if (n === base + syncs) seeded.addSheet(customers);
      });
      await expect(writeReport(smallReport, "da", { runSettings: newRun })).rejects.toThrow(/ItemAlreadyExists/);
      seeded.deleteSheet(customers);
      expect(seeded.snapshot()).toEqual(before);
      expect(seeded.settings.has(RUN_SETTINGS_KEY)).toBe(withEarlierRun);
    });

    it("a failure in the progress callback (mid-write) also undoes everything", async () => {
      const { book: seeded } = await seededBook();
      const before = seeded.snapshot();
      await expect(
        writeReport(smallReport, "en", {
          onProgress: () => {
            throw new Error("progress failed");
          },
        }),
      ).rejects.toThrow("progress failed");
      expect(seeded.snapshot()).toEqual(before);
      expect(seeded.cellWritesWithEvents).toBe(0);
    });
  });

  it("rejects with an AbortError and writes nothing when aborted before it starts", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(writeReport(report, "en", { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(book.sheetNames()).toEqual(["Sheet1"]);
    expect(book.syncCount).toBe(0);
  });
});
