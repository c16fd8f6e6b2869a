/**
 * The report writer on what the cohorts sheet needs (src/core/report/reportModel.ts): headings written as given
 * (periods as numbers, cohort names as text), marked cells (projected, incomplete) with a marker in their number format
 * and a font of their own, a heat map as one native colour scale per run on a fixed scale, and charts placed beside
 * the tables next to them rather than right of the sheet's widest table.
 */
import type { CellMark, Report, ReportCell, ReportSheet, ReportTable } from "../../src/core/report/reportModel";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { writeReport } from "../../src/excel/writeReport";
import { reportLabel } from "../../src/i18n/reportLabels";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";

const SHEET_ID: ReportSheet["id"] = "cohorts";
const SHEET = reportLabel("en", SHEET_ID);

/** Periods 0 … 13 of the wide table; cohort r observed its first 5 − r periods (the last one counted so far). */
const PERIODS = 14;
const COHORTS = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"];
const observedPeriods = (r: number): number => Math.max(0, 5 - r);
const PROJECTED_PERIODS = 3;

/** A retention grid: a staircase of observed shares, each row's last one incomplete, then three projected ones. */
function retentionGrid(): ReportTable {
  const rows: ReportCell[][] = COHORTS.map((cohort, r) => [
    cohort,
    ...Array.from({ length: PERIODS }, (_, p) => (p < observedPeriods(r) + (observedPeriods(r) > 0 ? PROJECTED_PERIODS : 0) ? 0.5 ** p - r / 100 : null)),
  ]);
  const marks: CellMark[] = COHORTS.flatMap((_, r): CellMark[] =>
    observedPeriods(r) === 0
      ? []
      : [
          { kind: "incomplete", row: r, column: observedPeriods(r), columns: 1 },
          { kind: "projected", row: r, column: 1 + observedPeriods(r), columns: PROJECTED_PERIODS },
        ],
  );
  return {
    id: "retentionGrid",
    title: "headline",
    columns: [{ key: "customers", format: "text" }, ...Array.from({ length: PERIODS }, (_, p) => ({ key: `period${p}`, format: "percent" as const, heading: p }))],
    rows,
    marks,
    // The last cohort has no observed period: a run of no cells, which gets no format.
    heatMap: { runs: COHORTS.map((_, r) => ({ row: r, column: 1, columns: observedPeriods(r) })), lowest: 0.05, highest: 1 },
  };
}

/** Revenue per customer in kroner, three columns: a projected row with its cohort's name, an incomplete and an empty projected cell. */
const revenueGrid: ReportTable = {
  id: "revenueGrid",
  title: "assumptions",
  columns: [
    { key: "customers", format: "text" },
    { key: "revenue0", format: "currency", heading: 0 },
    { key: "revenue1", format: "currency", heading: 1 },
  ],
  rows: [
    ["2024-01", 100, 50],
    ["2024-02", 120, 60.5],
    ["2024-03", 80, null],
  ],
  marks: [
    { kind: "projected", row: 1, column: 0, columns: 3 },
    { kind: "incomplete", row: 2, column: 1, columns: 1 },
    { kind: "projected", row: 2, column: 2, columns: 1 },
  ],
};

/** A narrow table low on the sheet: active customers by period, a column per cohort (named by the data) and a worded one. */
const activeByPeriod: ReportTable = {
  id: "activeByPeriod",
  title: "holdoutTotals",
  columns: [
    { key: "figure", format: "integer" },
    { key: "cohort1", format: "percent", heading: "2024-01" },
    { key: "cohort2", format: "percent", heading: "2024-02" },
    { key: "value", format: "percent" },
  ],
  rows: Array.from({ length: 6 }, (_, p) => [p, 0.9 ** p, 0.8 ** p, 0.85 ** p]),
  marks: [{ kind: "projected", row: 5, column: 0, columns: 4 }],
};

const TABLES = [retentionGrid(), revenueGrid, activeByPeriod];
/** The title rows (zero-based) of the tables: each takes a title, a header, its rows and a blank row. */
const TOPS = [0, 2 + 6 + 1, 2 + 6 + 1 + 2 + 3 + 1];

const report: Report = {
  currency: "DKK",
  sheets: [
    {
      id: SHEET_ID,
      tables: TABLES,
      charts: [
        { id: "revenueChart", kind: "column", title: "holdoutChart", table: "revenueGrid", categoryColumn: "customers", valueColumns: ["revenue0", "revenue1"] },
        { id: "activeChart", kind: "line", title: "holdoutChart", table: "activeByPeriod", categoryColumn: "figure", valueColumns: ["cohort1", "cohort2", "value"] },
      ],
    },
  ],
};

/** The same report with nothing marked and no heat map. */
const unmarked: Report = { ...report, sheets: [{ ...report.sheets[0], tables: TABLES.map(({ marks: _marks, heatMap: _heatMap, ...table }) => table) }] };

const letter = (column: number): string => String.fromCharCode(65 + column);
/** The sheet row (zero-based) of data row `r` of table `t`. */
const dataRow = (t: number, r: number): number => TOPS[t] + 2 + r;

describe("writeReport with headings, marks, heat maps", () => {
  let book: WorkbookDouble;
  beforeEach(() => (book = installWorkbook()));
  afterEach(uninstallWorkbook);

  it("lays the synthetic sheet out as the test expects: three tables from the title rows TOPS", async () => {
    await writeReport(report, "en");
    TOPS.forEach((top, t) => expect(book.getCell(SHEET, top, 0)).toBe(reportLabel("en", TABLES[t].title)));
  });

  it("writes headings as given: periods as numbers, cohort names as Text, other columns' words", async () => {
    await writeReport(report, "en");
    const header = TOPS[0] + 1;
    expect(book.getCell(SHEET, header, 0)).toBe(reportLabel("en", "customers"));
    for (let p = 0; p < PERIODS; p += 1) expect(book.getCell(SHEET, header, 1 + p)).toBe(p);
    // Numbers only: the header row keeps Excel's General.
    expect(book.getNumberFormat(SHEET, header, 1)).toBe("General");
    const narrowHeader = TOPS[2] + 1;
    expect([0, 1, 2, 3].map((c) => book.getCell(SHEET, narrowHeader, c))).toEqual([reportLabel("en", "figure"), "2024-01", "2024-02", reportLabel("en", "value")]);
    // A heading from the data is Text, so Excel does not read "2024-01" as a date.
    expect([0, 1, 2, 3].map((c) => book.getNumberFormat(SHEET, narrowHeader, c))).toEqual(["@", "@", "@", "@"]);
  });

  it("gives marked cells their format with a marker (≈ before a projection, * after a period counted so far), null cells empty", async () => {
    await writeReport(report, "en");
    const grid = TABLES[0];
    grid.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const kind = grid.marks!.find((mark) => mark.row === r && c >= mark.column && c < mark.column + mark.columns)?.kind;
        const expected = c === 0 ? "@" : kind === "projected" ? '"≈ "0.0%' : kind === "incomplete" ? '0.0%"*"' : "0.0%";
        expect([r, c, book.getNumberFormat(SHEET, dataRow(0, r), c)]).toEqual([r, c, expected]);
        expect(book.getCell(SHEET, dataRow(0, r), c)).toBe(cell ?? "");
      }),
    );
    // Cohort 2024-01: periods 0–3 observed, 4 counted so far, 5–7 projected, 8 on empty.
    expect([3, 4, 5, 7, 8].map((p) => book.getNumberFormat(SHEET, dataRow(0, 0), 1 + p))).toEqual(["0.0%", '0.0%"*"', '"≈ "0.0%', '"≈ "0.0%', "0.0%"]);

    // Money in kroner: the marker before the number, or after the whole format; a projected cohort name stays Text.
    expect([0, 1, 2].map((c) => book.getNumberFormat(SHEET, dataRow(1, 0), c))).toEqual(["@", '#,##0.00 "kr."', '#,##0.00 "kr."']);
    expect([0, 1, 2].map((c) => book.getNumberFormat(SHEET, dataRow(1, 1), c))).toEqual(["@", '"≈ "#,##0.00 "kr."', '"≈ "#,##0.00 "kr."']);
    expect([1, 2].map((c) => book.getNumberFormat(SHEET, dataRow(1, 2), c))).toEqual(['#,##0.00 "kr.""*"', '"≈ "#,##0.00 "kr."']);
    expect(book.getCell(SHEET, dataRow(1, 2), 2)).toBe("");
    expect(book.getCell(SHEET, dataRow(1, 1), 0)).toBe("2024-02");
    // An integer column marked too.
    expect(book.getNumberFormat(SHEET, dataRow(2, 5), 0)).toBe('"≈ "#,##0');
    expect(book.getNumberFormat(SHEET, dataRow(2, 4), 0)).toBe("#,##0");
  });

  it("colours marked cells: projections slate grey italics, incomplete periods amber; every other cell keeps Excel's font", async () => {
    await writeReport(report, "en");
    const fonts = { projected: { color: "#44546A", italic: true }, incomplete: { color: "#9C5700", italic: false }, none: { color: "#000000", italic: false } };
    const mismatches: string[] = [];
    TABLES.forEach((table, t) => {
      // Title and header rows too: nothing but the marked cells changes font.
      for (let row = TOPS[t]; row < dataRow(t, table.rows.length); row += 1) {
        for (let c = 0; c <= table.columns.length; c += 1) {
          const r = row - dataRow(t, 0);
          const kind = table.marks?.find((mark) => mark.row === r && c >= mark.column && c < mark.column + mark.columns)?.kind ?? "none";
          const font = book.getFont(SHEET, row, c);
          if (JSON.stringify(font) !== JSON.stringify(fonts[kind])) mismatches.push(`${table.id} ${letter(c)}${row + 1}: ${JSON.stringify(font)} ≠ ${kind}`);
        }
      }
    });
    expect(mismatches).toEqual([]);
    expect(book.getFont(SHEET, dataRow(0, 0), 5)).toEqual(fonts.incomplete);
    expect(book.getFont(SHEET, dataRow(0, 0), 6)).toEqual(fonts.projected);
  });

  it("adds one colour scale per heat-map run, all on the same fixed numbers; a run of no cells gets none", async () => {
    await writeReport(report, "en");
    const criteria = {
      minimum: { type: "Number", formula: "0.05", color: "#FFFFFF" },
      maximum: { type: "Number", formula: "1", color: "#63BE7B" },
    };
    // The staircase: cohort r's observed periods 0 … 4 − r, in columns B on.
    const expected = COHORTS.slice(0, 5).map((_, r) => {
      const row = dataRow(0, r) + 1;
      const last = letter(observedPeriods(r));
      return { sheet: SHEET, type: "ColorScale", address: last === "B" ? `B${row}` : `B${row}:${last}${row}`, criteria };
    });
    expect(book.conditionalFormatsOf(SHEET)).toEqual(expected);
    expect(expected.map((format) => format.address)).toEqual(["B3:F3", "B4:E4", "B5:D5", "B6:C6", "B7"]);
    // Nothing on the last cohort's row, the other tables, or the user's sheet.
    expect(book.conditionalFormats).toHaveLength(5);
  });

  it("needs no extra sync for marks and heat maps: their formats travel with the rows, fonts and scales with the sheet", async () => {
    await writeReport(unmarked, "en");
    const plain = book.syncCount;
    expect(book.conditionalFormats).toEqual([]);
    const marked = installWorkbook();
    await writeReport(report, "en");
    expect(marked.syncCount).toBe(plain);
  });

  it("names a chart's series by heading (a period, a cohort) or by words, and puts each chart right of the widest table beside it", async () => {
    await writeReport(report, "en");
    const [revenue, active] = book.charts;
    expect(revenue.series.map((series) => series.name)).toEqual(["0", "1"]);
    expect(active.series.map((series) => series.name)).toEqual(["2024-01", "2024-02", reportLabel("en", "value")]);
    // The wide grid (15 columns) is above both: the old rule put the charts at column Q, out of sight.
    // Revenue (3 columns) from row 10: its 16 rows reach the narrow table below (4 columns), so from F.
    expect(revenue.position).toEqual({ start: `F${TOPS[1] + 1}`, end: `M${TOPS[1] + 16}` });
    // The narrow table's chart meets no other table: 4 columns, a blank one, then the chart from F.
    expect(active.position).toEqual({ start: `F${TOPS[2] + 1}`, end: `M${TOPS[2] + 16}` });
  });

  it("still puts a chart beside a wide table right of it when the chart's rows meet that table", async () => {
    const besideWide: Report = {
      ...report,
      sheets: [{ ...report.sheets[0], charts: [{ id: "retentionChart", kind: "line", title: "holdoutChart", table: "revenueGrid", categoryColumn: "customers", valueColumns: ["revenue0"] }] }],
    };
    const moved: Report = { ...besideWide, sheets: [{ ...besideWide.sheets[0], tables: [revenueGrid, retentionGrid(), activeByPeriod] }] };
    await writeReport(moved, "en");
    // Revenue now first (rows 1–5), the 15-column grid from row 7: within the chart's 16 rows, so from column Q.
    expect(book.charts[0].position?.start).toBe("Q1");
  });

  it("refuses a mark outside its table rather than format another table's cells", async () => {
    const outside: Report = { ...report, sheets: [{ ...report.sheets[0], tables: [{ ...revenueGrid, marks: [{ kind: "projected", row: 3, column: 0, columns: 1 }] }], charts: [] }] };
    await expect(writeReport(outside, "en")).rejects.toThrow(/outside the table "revenueGrid"/);
    expect(book.sheetNames()).toEqual(["Sheet1"]);
  });

  it("writes a footer row under the data: its worded label as Text, its cells in the columns' formats, then the next table a row lower", async () => {
    const withFooter: Report = {
      ...report,
      sheets: [{ ...report.sheets[0], tables: [{ ...revenueGrid, footer: { label: "cohortAllCohorts", cells: [110, null] } }, activeByPeriod], charts: [] }],
    };
    await writeReport(withFooter, "en");
    const footerRow = 2 + revenueGrid.rows.length;
    expect([0, 1, 2].map((c) => book.getCell(SHEET, footerRow, c))).toEqual([reportLabel("en", "cohortAllCohorts"), 110, ""]);
    expect(book.getNumberFormat(SHEET, footerRow, 0)).toBe("@");
    expect(book.getNumberFormat(SHEET, footerRow, 1)).toBe(book.getNumberFormat(SHEET, 2, 1));
    // The next table's title: after the footer and one blank row.
    expect(book.getCell(SHEET, footerRow + 2, 0)).toBe(reportLabel("en", activeByPeriod.title));
  });
});
