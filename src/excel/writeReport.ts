import {
  reportFamily,
  type CellMark,
  type ChartSpec,
  type ColumnFormat,
  type HeatMap,
  type Report,
  type ReportCell,
  type ReportSheet,
  type ReportTable,
} from "../core/report/reportModel";
import type { Language } from "../i18n/language";
import { supportedLanguages } from "../i18n/language";
import { reportWord } from "../i18n/reportWords";
import { renderSentence } from "../i18n/reportSentences";
import type { Currency } from "../core/read/amountText";
import { moneyNumberFormat } from "../core/report/moneyFormat";
import { throwIfAborted } from "./abortError";
import { runExcel } from "./excelHost";
import { loadMarkedSheets, markerComment, REPORT_SHEET_MARKER, type MarkedSheet } from "./reportMarker";
import { jsonPayloadBytes } from "./payloadSize";
import { MAX_BYTES_PER_SYNC, rowsPerBlock, rowsWithinBudget } from "./rowBlocks";
import { queueRunSettings, RUN_SETTINGS_KEY, type StoredRun } from "./runSettingsStore";

/** Progress of a write: data rows written so far out of all tables' rows. */
export interface WriteProgress {
  rowsWritten: number;
  totalRows: number;
}

/** Options of a write: progress, cancel, and the run's settings to store with it. */
export interface WriteReportOptions {
  /** Called after every synced block of rows; the last call has rowsWritten === totalRows. */
  onProgress?: (progress: WriteProgress) => void;
  /** Aborting stops the write before its next sync; the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** Stored (runSettingsStore.ts) in the same final batch as the sheets: both change, or neither. */
  runSettings?: StoredRun;
}

/** A report sheet as written. */
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
  integer: "#,##0",
  decimal: "0.00",
  parameter: "0.000",
  scientific: "0.00E+00",
  currency: "#,##0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
};

/** Excel's number format of a column format; money carries the report's currency sign. */
function numberFormat(format: ColumnFormat, currency: Currency | undefined): string {
  return format === "currency" ? moneyNumberFormat(currency) : NUMBER_FORMATS[format];
}

/** Text cells are formatted "@" (Text): Excel then stores what is written literally, never as a formula or number. */
const TEXT_FORMAT = "@";

/** Days from Excel's epoch (1899-12-30, serial 0) to 1970-01-01. */
const EXCEL_SERIAL_OF_1970 = 25569;

/** Both a value and a number format travel per cell, so a block's budget is counted for twice the columns. */
const ARRAYS_PER_CELL = 2;

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** A sheet's words for its keys, in the run's language. */
type Words = (key: string) => string;

/** The words of a report sheet's keys (reportWords.ts). */
function sheetWords(language: Language, id: ReportSheet["id"]): Words {
  return (key) => reportWord(language, id, key);
}

/** A worded title followed by the text it is about, when there is one ("Renewal model (sBG): regular"). */
function titled(words: Words, title: string, subject: string | undefined): string {
  return subject === undefined ? words(title) : `${words(title)}: ${subject}`;
}

/**
 * The sections of a number format (positive;negative;zero;text), split at the semicolons outside quoted text,
 * escapes (\;) and brackets ([Red]).
 * @example formatSections('#,##0.00 "kr.";-#,##0.00 "kr."') // ['#,##0.00 "kr."', '-#,##0.00 "kr."']
 */
function formatSections(format: string): string[] {
  const sections: string[] = [];
  /** The index of the `close` that ends what opens at `open` (the end of the format when there is none). */
  const closing = (close: string, open: number): number => {
    const at = format.indexOf(close, open + 1);
    return at < 0 ? format.length : at;
  };
  let start = 0;
  for (let i = 0; i < format.length; i += 1) {
    const character = format[i];
    if (character === '"') i = closing('"', i);
    else if (character === "[") i = closing("]", i);
    else if (character === "\\") i += 1;
    else if (character === ";") {
      sections.push(format.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(format.slice(start));
  return sections;
}

/** The markers a mark adds to a number format: a projection is "≈ 12.3%", a period counted so far "12.3%*". */
const MARKERS: Record<CellMark["kind"], { before: string; after: string }> = {
  projected: { before: '"≈ "', after: "" },
  incomplete: { before: "", after: '"*"' },
};

/**
 * A number format with a mark's marker in each of its sections, after any leading [colour] or [condition] and quoted
 * as Excel wants literal text; an empty section (hides its numbers) stays empty, and Text ("@") stays "@": text
 * cells show a mark by their font alone.
 * @example markedFormat("0.0%", "projected") // '"≈ "0.0%'
 * @example markedFormat('#,##0.00 "kr."', "incomplete") // '#,##0.00 "kr.""*"'
 * @example markedFormat("General", "projected") // '"≈ "General'
 */
function markedFormat(format: string, kind: CellMark["kind"]): string {
  if (format === TEXT_FORMAT) return format;
  const { before, after } = MARKERS[kind];
  return formatSections(format)
    .map((section) => {
      if (section === "") return section;
      const [, brackets, rest] = /^((?:\[[^\]]*\])*)(.*)$/s.exec(section)!;
      return `${brackets}${before}${rest}${after}`;
    })
    .join(";");
}

/** The value and number format of one data cell; a marked cell's number format carries its marker. */
function renderCell(words: Words, cell: ReportCell, format: ColumnFormat, currency: Currency | undefined, mark: CellMark["kind"] | undefined): [string | number, string] {
  if (typeof cell === "string") return [format === "label" ? words(cell) : cell, TEXT_FORMAT];
  const cellFormat = numberFormat(format, currency);
  const shown = mark ? markedFormat(cellFormat, mark) : cellFormat;
  if (cell === null) return ["", shown];
  return [format === "date" ? cell + EXCEL_SERIAL_OF_1970 : cell, shown];
}

/** The marks of each data row of a table that has any. */
function marksByRow(table: ReportTable): Map<number, CellMark[]> {
  const byRow = new Map<number, CellMark[]>();
  for (const mark of table.marks ?? []) byRow.set(mark.row, [...(byRow.get(mark.row) ?? []), mark]);
  return byRow;
}

/** Where a table landed on its sheet: its title cell (A-column) and its header row; `top` is the title's row. */
interface PlacedTable {
  table: ReportTable;
  top: number;
  origin: Excel.Range;
  header: Excel.Range;
}

/** Chart size in cells, and the blank columns between the widest table beside a chart and the chart. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 16;
const CHART_GAP_COLUMNS = 1;

/** The font of each kind of mark: a projection in slate grey italics, a period counted so far in amber. */
const MARK_FONTS: Record<CellMark["kind"], { color: string; italic: boolean }> = {
  projected: { color: "#44546A", italic: true },
  incomplete: { color: "#9C5700", italic: false },
};

/** A heat map's colours: white at (and below) its lowest number, Excel's green at (and above) its highest. */
const HEAT_MAP_COLORS = { lowest: "#FFFFFF", highest: "#63BE7B" };

/** The cells of a run (a mark's, a heat map's) of one data row of a placed table; a run outside the table is an error. */
function runRange(placed: PlacedTable, run: { row: number; column: number; columns: number }, what: string): Excel.Range {
  const { table } = placed;
  if (!(run.row >= 0 && run.row < table.rows.length && run.column >= 0 && run.column + run.columns <= table.columns.length)) {
    throw new Error(`The ${what} at row ${run.row}, columns ${run.column} + ${run.columns} lies outside the table "${table.id}"`);
  }
  return placed.header.getCell(1 + run.row, run.column).getResizedRange(0, run.columns - 1);
}

/**
 * Gives each mark's cells its font (one range, two properties: a few commands per run, however long the run).
 * @example markFonts(placed) // projected cells slate grey italics, incomplete ones amber
 */
function markFonts(placed: PlacedTable): void {
  for (const mark of placed.table.marks ?? []) {
    if (mark.columns <= 0) continue;
    const font = runRange(placed, mark, `${mark.kind} mark`).format.font;
    font.color = MARK_FONTS[mark.kind].color;
    font.italic = MARK_FONTS[mark.kind].italic;
  }
}

/**
 * Adds a heat map as one native two-colour scale per run (ExcelApi 1.6), every run on the heat map's fixed scale, so
 * that each row is coloured alike (Excel's own lowest/highest value would rescale every run).
 * @example heatMapFormats(placed, { runs: [{ row: 0, column: 1, columns: 6 }], lowest: 0, highest: 1 })
 */
function heatMapFormats(placed: PlacedTable, heatMap: HeatMap): void {
  for (const run of heatMap.runs) {
    if (run.columns <= 0) continue;
    const format = runRange(placed, run, "heat map run").conditionalFormats.add("ColorScale");
    format.colorScale.criteria = {
      minimum: { formula: String(heatMap.lowest), type: "Number", color: HEAT_MAP_COLORS.lowest },
      maximum: { formula: String(heatMap.highest), type: "Number", color: HEAT_MAP_COLORS.highest },
    };
  }
}

/**
 * The first column a chart may take: right of the widest table whose rows (title to last data row) meet the rows
 * the chart spans from `top`, so a chart beside a narrow table is not pushed out of sight by a wide table elsewhere.
 * @example chartLeft(placed, 20) // 6 when the tables beside rows 20–35 are at most 5 columns wide
 */
function chartLeft(placed: PlacedTable[], top: number): number {
  const beside = placed.filter((candidate) => candidate.top < top + CHART_ROWS && top < candidate.top + 2 + candidate.table.rows.length + (candidate.table.footer ? 1 : 0));
  return beside.reduce((widest, candidate) => Math.max(widest, candidate.table.columns.length), 0) + CHART_GAP_COLUMNS;
}

/** A header cell: the column's heading as written (a number stays a number), else its worded label. */
function headerCell(words: Words, column: ReportTable["columns"][number]): string | number {
  return column.heading ?? words(column.label ?? column.key);
}

/** The data rows (no header) of one column of a placed table. */
function columnData(placed: PlacedTable, key: string): Excel.Range {
  const index = placed.table.columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`The chart refers to the column "${key}", which the table "${placed.table.id}" does not have`);
  return placed.header.getCell(1, index).getResizedRange(placed.table.rows.length - 1, 0);
}

/** Excel's chart type for each kind of chart spec. */
const CHART_TYPES: Record<ChartSpec["kind"], "BarClustered" | "ColumnClustered" | "LineMarkers"> = { bar: "BarClustered", column: "ColumnClustered", line: "LineMarkers" };

/** A series' name: its column's heading as text (a period "3", a cohort "2024-03"), else the column key's words. */
function seriesName(words: Words, table: ReportTable, key: string): string {
  const heading = table.columns.find((column) => column.key === key)?.heading;
  return heading === undefined ? words(key) : String(heading);
}

/**
 * Adds a native chart for `spec` beside its table, from column `left` on, at its table's title row. Category and value
 * columns need not be adjacent: `charts.add` takes no multi-area range (RangeAreas, ExcelApi 1.9), so the chart starts
 * from the first value column and gets its categories and further series through the series API (ExcelApi 1.7).
 * @example addChart(sheet, words, spec, placed, chartLeft(allPlaced, placed.top))
 */
function addChart(sheet: Excel.Worksheet, words: Words, spec: ChartSpec, placed: PlacedTable, left: number): void {
  if (placed.table.rows.length === 0) return;
  const categories = columnData(placed, spec.categoryColumn);
  const [first, ...more] = spec.valueColumns;
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], columnData(placed, first), "Columns");
  chart.title.text = titled(words, spec.title, spec.subject);
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = seriesName(words, placed.table, first);
  firstSeries.setXAxisValues(categories);
  for (const key of more) {
    const series = chart.series.add(seriesName(words, placed.table, key));
    series.setValues(columnData(placed, key));
    series.setXAxisValues(categories);
  }
  const top = placed.origin.getCell(0, left);
  chart.setPosition(top, top.getCell(CHART_ROWS - 1, CHART_COLUMNS - 1));
}

/** The values and number formats of rows `start` … `start + count − 1` of a table, marked cells' formats with their marker. */
function renderRows(
  words: Words,
  table: ReportTable,
  start: number,
  count: number,
  currency: Currency | undefined,
): { values: (string | number)[][]; formats: string[][] } {
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const last = table.columns.length - 1;
  const marks = marksByRow(table);
  for (let r = start; r < start + count; r++) {
    const rowValues: (string | number)[] = [];
    const rowFormats: string[] = [];
    const rowMarks = marks.get(r);
    table.columns.forEach((column, c) => {
      const format = c === last && table.rowFormats?.[r] ? table.rowFormats[r] : column.format;
      const mark = rowMarks?.find((candidate) => c >= candidate.column && c < candidate.column + candidate.columns)?.kind;
      const [value, cellFormat] = renderCell(words, table.rows[r][c] ?? null, format, currency, mark);
      rowValues.push(value);
      rowFormats.push(cellFormat);
    });
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { values, formats };
}

/**
 * Rows from `startRow` rendered for one sync: `rowCount` of them, halved while their values and number formats come to
 * more than MAX_BYTES_PER_SYNC (long text, a customer id of a thousand characters, would otherwise take a request over
 * Excel on the web's 5 MB); `bytes` is what the block measured (payloadSize.ts).
 * @example renderWithinBudget(words, customers, 0, 2_000, "DKK") // { values, formats, rowCount: 2000, bytes: 412345 }
 */
function renderWithinBudget(
  words: Words,
  table: ReportTable,
  startRow: number,
  rowCount: number,
  currency: Currency | undefined,
): { values: (string | number)[][]; formats: string[][]; rowCount: number; bytes: number } {
  for (let count = rowCount; ; count = Math.ceil(count / 2)) {
    const { values, formats } = renderRows(words, table, startRow, count, currency);
    const bytes = jsonPayloadBytes(values) + jsonPayloadBytes(formats);
    if (bytes <= MAX_BYTES_PER_SYNC || count === 1) return { values, formats, rowCount: count, bytes };
  }
}

/** The values and number formats of a table's footer row: its worded label as Text, then its cells in their columns' formats. */
function renderFooter(
  words: Words,
  table: ReportTable,
  footer: NonNullable<ReportTable["footer"]>,
  currency: Currency | undefined,
): { values: (string | number)[]; formats: string[] } {
  const values: (string | number)[] = [words(footer.label)];
  const formats: string[] = [TEXT_FORMAT];
  table.columns.slice(1).forEach((column, c) => {
    const [value, format] = renderCell(words, footer.cells[c] ?? null, column.format, currency, undefined);
    values.push(value);
    formats.push(format);
  });
  return { values, formats };
}

/** Whether `name` is a report sheet's default name in some language ("Segments", "Segmenter (2)", …). */
function isDefaultName(name: string, id: ReportSheet["id"]): boolean {
  return supportedLanguages.some((language) => {
    const base = reportWord(language, id, id);
    return sameName(name, base) || new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(\\d+\\)$`, "i").test(name);
  });
}

/**
 * The final name of each report sheet: a previous sheet of ours for the same report sheet that the user renamed
 * keeps the user's name; otherwise the first of "Name", "Name (2)", … (in `language`) that is free or one of ours.
 */
function chooseNames(report: Report, language: Language, existing: MarkedSheet[]): string[] {
  const taken: string[] = [];
  return report.sheets.map(({ id }) => {
    const previous = existing.find((sheet) => sheet.ours && sheet.reportId === id);
    if (previous && !isDefaultName(previous.name, id) && !taken.some((t) => sameName(t, previous.name))) {
      taken.push(previous.name);
      return previous.name;
    }
    const base = reportWord(language, id, id);
    for (let n = 1; ; n++) {
      const name = n === 1 ? base : `${base} (${n})`;
      if (taken.some((t) => sameName(t, name))) continue;
      const sheet = existing.find((s) => sameName(s.name, name));
      if (sheet && !sheet.ours) continue;
      taken.push(name);
      return name;
    }
  });
}

/** The first `count` names "prefix 1", "prefix 2", … that no sheet has. */
function freeNames(prefix: string, count: number, used: string[]): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${prefix} ${n}`;
    if (!used.some((u) => sameName(u, name))) names.push(name);
  }
  return names;
}

/** What a failed or cancelled write must undo: the sheets it created, the sheets it renamed, the events setting. */
interface Undo {
  eventsBefore?: boolean;
  /** Worksheet ids of the new sheets, once known. */
  createdIds: string[];
  /** Temporary names of the new sheets (for a sheet whose id was not known yet). */
  temporaryNames: string[];
  /** Old sheets of ours moved aside at commit: worksheet id → original name. */
  movedAside: Map<string, string>;
  /** Set once the commit batch stores run settings: the stored value before it (`existed` false: there was none). */
  settingsBefore?: { existed: boolean; value: unknown };
}

/**
 * Undoes a write in a fresh batch (the failed batch's queued operations must not be sent): deletes the new sheets,
 * names the old ones back, restores the run settings and events.
 */
async function rollBack(undo: Undo): Promise<void> {
  await runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const setting = undo.settingsBefore ? context.workbook.settings.getItemOrNullObject(RUN_SETTINGS_KEY) : undefined;
    setting?.load("value");
    await context.sync();
    if (undo.settingsBefore?.existed) context.workbook.settings.add(RUN_SETTINGS_KEY, undo.settingsBefore.value);
    else if (setting && !setting.isNullObject) setting.delete();
    for (const sheet of worksheets.items) {
      if (undo.createdIds.includes(sheet.id) || undo.temporaryNames.some((name) => sameName(name, sheet.name))) sheet.delete();
    }
    for (const sheet of worksheets.items) {
      const original = undo.movedAside.get(sheet.id);
      if (original !== undefined && sheet.name !== original) sheet.name = original;
    }
    if (undo.eventsBefore !== undefined) context.runtime.enableEvents = undo.eventsBefore;
    await context.sync();
  });
}

/**
 * Writes a report into the workbook, one worksheet per report sheet, worded in `language`.
 * All or nothing: new sheets go under temporary names and one final batch swaps them in; a cancel or error before
 * that leaves the workbook as it was. Every sheet carrying REPORT_SHEET_MARKER of an earlier run of the same analysis
 * (reportFamily: purchases or subscriptions) is replaced or removed, so only this run's sheets of that analysis remain;
 * a user's sheet is never touched ("Name (2)" is used beside it). Text cells are formatted "@" so "=…", "+…" and "-…"
 * stay text; rows go in blocks of ≤ 4 MB as measured (renderWithinBudget), one sync each (Excel on the web's 5 MB
 * limit). Headings are written as given (a period as a number), marked cells (a projection, a period counted so far)
 * get a marker in their number format and a font of their own, heat maps a native colour scale per run, and each chart
 * goes right of the widest table beside it. ExcelApi 1.8.
 * @example const { sheets } = await writeReport(buildReport(analysis), "da") // [{ id: "overview", name: "Overblik" }, …]
 */
export async function writeReport(
  report: Report,
  language: Language,
  options: WriteReportOptions = {},
): Promise<{ sheets: WrittenSheet[] }> {
  const { onProgress, signal, runSettings } = options;
  throwIfAborted(signal, "write");
  const undo: Undo = { createdIds: [], temporaryNames: [], movedAside: new Map() };
  try {
    return await runExcel(async (context) => {
      const worksheets = context.workbook.worksheets;
      const runtime = context.runtime;
      runtime.load("enableEvents");
      const previousSetting = runSettings ? context.workbook.settings.getItemOrNullObject(RUN_SETTINGS_KEY) : undefined;
      previousSetting?.load("value");
      const existing = await loadMarkedSheets(context);
      const before = runtime.enableEvents;
      // The user's and other add-ins' event handlers would otherwise run for every block written.
      runtime.enableEvents = false;
      undo.eventsBefore = before;

      const names = chooseNames(report, language, existing);
      // Every sheet of an earlier run of the same analysis goes, also one this run does not write (an R×F run's Segment
      // rules under a value-tier run): the workbook holds exactly this run's sheets beside the user's own and the other
      // analysis's (a purchase report beside a subscriptions report).
      const family = reportFamily(report.sheets[0]?.id);
      const replaced = existing.filter((sheet) => sheet.ours && reportFamily(sheet.reportId) === family);
      const temporary = freeNames("~Kundevaerdi new", report.sheets.length, existing.map((sheet) => sheet.name));
      const aside = freeNames("~Kundevaerdi old", replaced.length, [...existing.map((sheet) => sheet.name), ...temporary]);
      undo.temporaryNames = temporary;

      const totalRows = report.sheets.reduce((sum, sheet) => sum + sheet.tables.reduce((n, table) => n + table.rows.length, 0), 0);
      let rowsWritten = 0;
      const created: Array<{ sheet: Excel.Worksheet; known: boolean }> = [];
      /** Records the ids of the new sheets as soon as a sync has made them readable. */
      const sync = async (): Promise<void> => {
        throwIfAborted(signal, "write");
        await context.sync();
        for (const entry of created) {
          if (entry.known) continue;
          undo.createdIds.push(entry.sheet.id);
          entry.known = true;
        }
      };

      for (const [index, reportSheet] of report.sheets.entries()) {
        throwIfAborted(signal, "write");
        const words = sheetWords(language, reportSheet.id);
        const sheet = worksheets.add(temporary[index]);
        sheet.load("id");
        created.push({ sheet, known: false });
        const marker = sheet.names.add(REPORT_SHEET_MARKER, sheet.getRange("A1"), markerComment(reportSheet.id));
        marker.visible = false;

        // The sheet's summary in words first, one sentence a row as Text (it spills to the right), then a blank row.
        const lead = reportSheet.lead ?? [];
        lead.forEach((sentence, i) => {
          const line = sheet.getRange("A1").getCell(i, 0);
          line.numberFormat = [[TEXT_FORMAT]];
          line.values = [[renderSentence(language, sentence, report.currency)]];
        });
        let top = lead.length > 0 ? lead.length + 1 : 0;
        const placed: PlacedTable[] = [];
        for (const table of reportSheet.tables) {
          const columns = table.columns.length;
          const origin = sheet.getRange("A1").getCell(top, 0);
          origin.values = [[titled(words, table.title, table.subject)]];
          const header = origin.getCell(1, 0).getResizedRange(0, columns - 1);
          const headings = table.columns.map((column) => headerCell(words, column));
          // A heading from the data ("2024-03") as Text, or Excel would read it as a date; a number stays a number.
          if (table.columns.some((column) => typeof column.heading === "string")) {
            header.numberFormat = [headings.map((heading) => (typeof heading === "string" ? TEXT_FORMAT : "General"))];
          }
          header.values = [headings];
          const estimatedRows = rowsPerBlock(columns * ARRAYS_PER_CELL);
          let blockRows = estimatedRows;
          for (let startRow = 0; startRow < table.rows.length; ) {
            const block = renderWithinBudget(words, table, startRow, Math.min(blockRows, table.rows.length - startRow), report.currency);
            const part = origin.getCell(2 + startRow, 0).getResizedRange(block.rowCount - 1, columns - 1);
            // Formats first: a cell already formatted "@" stores "=cmd()" as text.
            part.numberFormat = block.formats;
            part.values = block.values;
            context.application.suspendApiCalculationUntilNextSync();
            await sync();
            rowsWritten += block.rowCount;
            onProgress?.({ rowsWritten, totalRows });
            blockRows = rowsWithinBudget(block.bytes, block.rowCount, estimatedRows);
            startRow += block.rowCount;
          }
          if (table.footer) {
            const { values, formats } = renderFooter(words, table, table.footer, report.currency);
            const footer = origin.getCell(2 + table.rows.length, 0).getResizedRange(0, columns - 1);
            footer.numberFormat = [formats];
            footer.values = [values];
          }
          const placedTable: PlacedTable = { table, top, origin, header };
          markFonts(placedTable);
          if (table.heatMap) heatMapFormats(placedTable, table.heatMap);
          const body = header.getResizedRange(table.rows.length + (table.footer ? 1 : 0), 0);
          if (table.id === "customers" && table.rows.length > 0) sheet.tables.add(body, true);
          // Titles stay out of the autofit: a long title would widen column A.
          body.format.autofitColumns();
          placed.push(placedTable);
          top += 2 + table.rows.length + (table.footer ? 1 : 0) + 1;
        }
        // Notes below the blank row after the last table and below every chart (a note spills to the right, under a
        // chart it would be hidden), as Text; left out of the autofit.
        const notesTop = reportSheet.charts.reduce((row, spec) => Math.max(row, (placed.find((candidate) => candidate.table.id === spec.table)?.top ?? 0) + CHART_ROWS + 1), top);
        (reportSheet.notes ?? []).forEach((key, i) => {
          const note = sheet.getRange("A1").getCell(notesTop + i, 0);
          note.numberFormat = [[TEXT_FORMAT]];
          note.values = [[words(key)]];
        });
        for (const spec of reportSheet.charts) {
          const table = placed.find((candidate) => candidate.table.id === spec.table);
          if (!table) throw new Error(`The chart "${spec.id}" refers to the table "${spec.table}", which its sheet does not have`);
          addChart(sheet, words, spec, table, chartLeft(placed, table.top));
        }
        await sync();
      }

      // Commit, in one batch: run settings stored, old sheets aside, new sheets named, old sheets deleted, events restored.
      throwIfAborted(signal, "write");
      if (runSettings && previousSetting) {
        undo.settingsBefore = { existed: !previousSetting.isNullObject, value: previousSetting.isNullObject ? undefined : previousSetting.value };
        queueRunSettings(context, runSettings);
      }
      replaced.forEach((old, i) => {
        undo.movedAside.set(old.worksheetId, old.name);
        old.sheet.name = aside[i];
      });
      created.forEach(({ sheet }, i) => {
        sheet.name = names[i];
      });
      for (const old of replaced) old.sheet.delete();
      runtime.enableEvents = before;
      await context.sync();
      return { sheets: report.sheets.map((reportSheet, i) => ({ id: reportSheet.id, name: names[i] })) };
    });
  } catch (error) {
    try {
      await rollBack(undo);
    } catch {
      // The original error is the one to report; the undo is best effort.
    }
    throw error;
  }
}
