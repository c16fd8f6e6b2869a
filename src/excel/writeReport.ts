import type { ChartSpec, ColumnFormat, Report, ReportCell, ReportSheet, ReportTable } from "../core/report/reportModel";
import type { Language } from "../i18n/language";
import { reportLabel } from "../i18n/reportLabels";
import { rowBlocks } from "./rowBlocks";

/**
 * The marker of a sheet the add-in created: a hidden worksheet-scoped named item (`Worksheet.names`,
 * ExcelApi 1.4). It travels with the sheet when the user renames it, is invisible in the Name Manager, and a
 * user's own sheet never has it, so only sheets carrying it are ever replaced.
 */
export const REPORT_SHEET_MARKER = "Kundevaerdi_Report";

/** Progress of a write: data rows written so far out of all tables' rows. */
export interface WriteProgress {
  rowsWritten: number;
  totalRows: number;
}

export interface WriteReportOptions {
  /** Called after every synced block of rows; the last call has rowsWritten === totalRows. */
  onProgress?: (progress: WriteProgress) => void;
  /** Aborting stops the write before its next sync; the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

export interface WrittenSheet {
  /** The report sheet's id ("overview", "segments", …). */
  id: ReportSheet["id"];
  /** The worksheet's name in the workbook, e.g. "Segments" or "Segments (2)". */
  name: string;
}

/** Excel number formats per column format (English format codes; Excel shows them in the user's locale). */
const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: "General",
  label: "General",
  integer: "0",
  decimal: "0.00",
  currency: "#,##0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
};

/** Text cells are formatted "@" (Text): Excel then stores what is written literally, never as a formula or number. */
const TEXT_FORMAT = "@";

/** Days from Excel's epoch (1899-12-30, serial 0) to 1970-01-01. */
const EXCEL_SERIAL_OF_1970 = 25569;

/** Both a value and a number format travel per cell, so a block's budget is counted for twice the columns. */
const ARRAYS_PER_CELL = 2;

function abortError(signal: AbortSignal): unknown {
  if (signal.reason instanceof Error && signal.reason.name === "AbortError") return signal.reason;
  return new DOMException("The write was aborted", "AbortError");
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** The value and number format of one data cell. */
function renderCell(language: Language, cell: ReportCell, format: ColumnFormat): [string | number, string] {
  if (cell === null) return ["", NUMBER_FORMATS[format]];
  if (typeof cell === "string") return [format === "label" ? reportLabel(language, cell) : cell, TEXT_FORMAT];
  if (format === "date") return [cell + EXCEL_SERIAL_OF_1970, NUMBER_FORMATS.date];
  return [cell, NUMBER_FORMATS[format]];
}

/** Where a table landed on its sheet: its title cell (A-column) and its header row. */
interface PlacedTable {
  table: ReportTable;
  origin: Excel.Range;
  header: Excel.Range;
}

/** Chart size in cells, and the blank columns between the widest table and the charts. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 16;
const CHART_GAP_COLUMNS = 1;

/** The data rows (no header) of one column of a placed table. */
function columnData(placed: PlacedTable, key: string): Excel.Range {
  const index = placed.table.columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`The chart refers to the column "${key}", which the table "${placed.table.id}" does not have`);
  return placed.header.getCell(1, index).getResizedRange(placed.table.rows.length - 1, 0);
}

/**
 * Adds a native chart for `spec`, to the right of the sheet's tables (`left` is the first free column), level
 * with its table. The category and value columns need not be adjacent (the equity chart takes "segment" and
 * "totalClv", columns A and H): a multi-area source ("A3:A13,H3:H13") is a RangeAreas, which `charts.add` does not
 * take and which needs ExcelApi 1.9, so the chart is built from the first value column and given its categories and
 * further series through the series API (`setXAxisValues`, `series.add`, `setValues`; ExcelApi 1.7). The series
 * point at the written table itself, so no helper cells are written.
 */
function addChart(sheet: Excel.Worksheet, language: Language, spec: ChartSpec, placed: PlacedTable, left: number): void {
  if (placed.table.rows.length === 0) return;
  const categories = columnData(placed, spec.categoryColumn);
  const [first, ...more] = spec.valueColumns;
  const chart = sheet.charts.add(spec.kind === "bar" ? "BarClustered" : "ColumnClustered", columnData(placed, first), "Columns");
  chart.title.text = reportLabel(language, spec.title);
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = reportLabel(language, first);
  firstSeries.setXAxisValues(categories);
  for (const key of more) {
    const series = chart.series.add(reportLabel(language, key));
    series.setValues(columnData(placed, key));
    series.setXAxisValues(categories);
  }
  const top = placed.origin.getCell(0, left);
  chart.setPosition(top, top.getCell(CHART_ROWS - 1, CHART_COLUMNS - 1));
}

/** The values and number formats of rows `start` … `start + count − 1` of a table. */
function renderRows(language: Language, table: ReportTable, start: number, count: number): { values: (string | number)[][]; formats: string[][] } {
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const last = table.columns.length - 1;
  for (let r = start; r < start + count; r++) {
    const rowValues: (string | number)[] = [];
    const rowFormats: string[] = [];
    table.columns.forEach((column, c) => {
      const format = c === last && table.rowFormats?.[r] ? table.rowFormats[r] : column.format;
      const [value, numberFormat] = renderCell(language, table.rows[r][c] ?? null, format);
      rowValues.push(value);
      rowFormats.push(numberFormat);
    });
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { values, formats };
}

/** Picks, for each report sheet, the first of "Name", "Name (2)", … that is free or one of ours (then replaced). */
function chooseNames(
  wanted: string[],
  existing: Array<{ name: string; ours: boolean }>,
): Array<{ name: string; replace: boolean }> {
  const taken = new Set<string>();
  return wanted.map((base) => {
    for (let n = 1; ; n++) {
      const name = n === 1 ? base : `${base} (${n})`;
      if ([...taken].some((t) => sameName(t, name))) continue;
      const sheet = existing.find((s) => sameName(s.name, name));
      if (sheet && !sheet.ours) continue;
      taken.add(name);
      return { name: sheet ? sheet.name : name, replace: sheet !== undefined };
    }
  });
}

/**
 * Writes a report (src/core/report/reportModel.ts) into the workbook, one worksheet per report sheet, worded in
 * `language`: each table a title row, a header row and its rows, tables one below the other with a blank row
 * between. Values, not formulas; null cells stay empty; dates become Excel dates; each cell gets its column's
 * number format (a figure table's last column its row's format); every text cell is formatted "@" (Text), so
 * text starting with =, +, - or @ is stored as text, never run as a formula. The customers table becomes an Excel
 * table with filters (`worksheet.tables.add`).
 *
 * Safety: only sheets carrying {@link REPORT_SHEET_MARKER} (created by this function) are deleted and recreated;
 * a user's sheet with the wanted name is left alone and "Name (2)", "Name (3)", … is used instead.
 *
 * Rows go in row blocks ({@link rowBlocks}, budgeted for values and number formats) with one sync each, so each
 * request stays ≤ ~4 MB; calculation is suspended for each block (`suspendApiCalculationUntilNextSync`, ExcelApi 1.6).
 * Requires ExcelApi 1.8 (`runtime.enableEvents`), 1.7 (`getResizedRange`, chart series), 1.4 (`Worksheet.names`, `getItemOrNullObject`).
 * Each sheet's charts (ChartSpec) become native clustered bar/column charts to the right of its tables (ExcelApi
 * 1.7 series API, see {@link addChart}); each table's header and rows are autofitted (`format.autofitColumns`).
 * Events are off while writing (`runtime.enableEvents = false`, ExcelApi 1.8) and the previous setting is restored
 * in a separate batch afterwards, also when the write fails or is aborted.
 * @example const { sheets } = await writeReport(buildReport(analysis), "da") // [{ id: "overview", name: "Overblik" }, …]
 */
export async function writeReport(
  report: Report,
  language: Language,
  options: WriteReportOptions = {},
): Promise<{ sheets: WrittenSheet[] }> {
  const { onProgress, signal } = options;
  if (signal?.aborted) throw abortError(signal);
  // Set once events are switched off: the value to restore, whatever happens to the write.
  const events: { before?: boolean } = {};
  try {
    return await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const runtime = context.runtime;
      runtime.load("enableEvents");
      await context.sync();
      events.before = runtime.enableEvents;
      // The user's and other add-ins' event handlers would otherwise run for every block written.
      runtime.enableEvents = false;
      const markers = worksheets.items.map((sheet) => {
        const marker = sheet.names.getItemOrNullObject(REPORT_SHEET_MARKER);
        marker.load("name");
        return { sheet, marker };
      });
      await context.sync();
      const existing = markers.map(({ sheet, marker }) => ({ name: sheet.name, ours: !marker.isNullObject }));

      const names = chooseNames(
        report.sheets.map((sheet) => reportLabel(language, sheet.id)),
        existing,
      );
      const totalRows = report.sheets.reduce((sum, sheet) => sum + sheet.tables.reduce((n, table) => n + table.rows.length, 0), 0);
      let rowsWritten = 0;
      const written: WrittenSheet[] = [];

      for (const [index, reportSheet] of report.sheets.entries()) {
        const { name, replace } = names[index];
        if (signal?.aborted) throw abortError(signal);
        // The old sheet is renamed out of the way and deleted once its successor exists (a workbook cannot lose
        // its last sheet, and the user may have deleted all others).
        const old = replace ? worksheets.getItem(name) : undefined;
        if (old) old.name = `~Kundevaerdi old ${index + 1}`;
        const sheet = worksheets.add(name);
        old?.delete();
        const marker = sheet.names.add(REPORT_SHEET_MARKER, sheet.getRange("A1"), "Created by Kundeværdi; replaced when the report is written again.");
        marker.visible = false;

        let top = 0;
        const placed: PlacedTable[] = [];
        for (const table of reportSheet.tables) {
          const columns = table.columns.length;
          const origin = sheet.getRange("A1").getCell(top, 0);
          origin.values = [[reportLabel(language, table.title)]];
          const header = origin.getCell(1, 0).getResizedRange(0, columns - 1);
          header.values = [table.columns.map((column) => reportLabel(language, column.key))];
          for (const block of rowBlocks(table.rows.length, columns * ARRAYS_PER_CELL)) {
            const { values, formats } = renderRows(language, table, block.startRow, block.rowCount);
            const part = origin.getCell(2 + block.startRow, 0).getResizedRange(block.rowCount - 1, columns - 1);
            // Formats first: a cell already formatted "@" stores "=cmd()" as text.
            part.numberFormat = formats;
            part.values = values;
            context.application.suspendApiCalculationUntilNextSync();
            if (signal?.aborted) throw abortError(signal);
            await context.sync();
            rowsWritten += block.rowCount;
            onProgress?.({ rowsWritten, totalRows });
          }
          const body = header.getResizedRange(table.rows.length, 0);
          if (table.id === "customers" && table.rows.length > 0) sheet.tables.add(body, true);
          // Titles stay out of the autofit: a long title would widen column A.
          body.format.autofitColumns();
          placed.push({ table, origin, header });
          top += 2 + table.rows.length + 1;
        }
        const left = Math.max(0, ...reportSheet.tables.map((table) => table.columns.length)) + CHART_GAP_COLUMNS;
        for (const spec of reportSheet.charts) {
          const table = placed.find((candidate) => candidate.table.id === spec.table);
          if (!table) throw new Error(`The chart "${spec.id}" refers to the table "${spec.table}", which its sheet does not have`);
          addChart(sheet, language, spec, table, left);
        }
        if (signal?.aborted) throw abortError(signal);
        await context.sync();
        written.push({ id: reportSheet.id, name });
      }
      return { sheets: written };
    });
  } finally {
    const { before } = events;
    // A fresh batch: operations still queued in an aborted or failed write must not be sent with the restore.
    if (before !== undefined) {
      await Excel.run(async (context) => {
        context.runtime.enableEvents = before;
        await context.sync();
      });
    }
  }
}
