import { areaAddress, type CellArea } from "../../excel/a1";
import { parseA1 } from "./cellAddressing";
import { cellEntry } from "./cellEntry";
import { CellStore } from "./cellStore";
import { excelError } from "./excelError";
import type {
  AutofitRecord,
  CellContent,
  CellFont,
  ChartRecord,
  ConditionalFormatRecord,
  NameRecord,
  Selection,
  SheetRecord,
  StoredCell,
  TableRecord,
  WorkbookSnapshot,
} from "./records";
import { RequestContextDouble } from "./requestContextDouble";
import { sheetNameProblem } from "./sheetNameRules";
import { tableNameProblem } from "./tableNameRules";

/** A sheet name Excel takes (sheetNameRules.ts); any other is InvalidArgument. */
function checkSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw excelError("InvalidArgument", `the sheet name ${JSON.stringify(name)} ${problem}`);
}

/** A table name Excel takes (tableNameRules.ts); any other is InvalidArgument. */
function checkTableName(name: string): void {
  const problem = tableNameProblem(name);
  if (problem) throw excelError("InvalidArgument", `the table name ${JSON.stringify(name)} ${problem}`);
}

/**
 * An in-memory workbook with `Excel.run`, for the adapter's tests and the demo page. It holds the adapter to Excel's
 * proxy rules: a property is readable only after `load` and a `context.sync()`, writes take effect at the next sync,
 * and every sync is counted with its payload (the UTF-8 JSON of the cell arrays written and loaded); a sync over Excel
 * on the web's 5 MB per request or response fails as there. Names, number formats, typed entries and chart series are
 * held to Excel's rules (sheetNameRules, tableNameRules, numberFormatRules, cellEntry, chartDouble). Browser-safe: the
 * demo page runs it. Seed it with
 * loadRows/setCell/setFormula/select…, read it with getCell/getValue/getFont/conditionalFormatsOf/snapshot…, host it
 * with install and onChange.
 * @example const book = new WorkbookDouble(); book.loadRows("Data", rows); book.install(frame.contentWindow); book.onChange(render);
 */
export class WorkbookDouble {
  syncCount = 0;
  /**
   * The payload of each sync so far, request and response together, in bytes (payloadSize.ts: the UTF-8 JSON of the
   * cell arrays written and loaded); a sync refused for its size is recorded with the size Excel refused.
   */
  syncPayloadBytes: number[] = [];
  /** The selection; its sheet is the active sheet and its top-left cell the active cell. */
  selection: Selection = { sheet: "Sheet1", row: 0, column: 0, rowCount: 1, columnCount: 1 };
  /** Calls of application.suspendApiCalculationUntilNextSync. */
  calculationSuspensions = 0;
  /** `runtime.enableEvents` (ExcelApi 1.8). */
  eventsEnabled = true;
  /** Cells written while events were enabled. */
  cellWritesWithEvents = 0;
  /** Excel tables (worksheet.tables.add, or `addTable`). */
  tables: TableRecord[] = [];
  /** Charts added (worksheet.charts.add), with their series, title and position. */
  charts: ChartRecord[] = [];
  /** Ranges whose columns were autofitted (range.format.autofitColumns). */
  autofits: AutofitRecord[] = [];
  /** Conditional formats added (range.conditionalFormats.add), in the order added, with their criteria once set. */
  conditionalFormats: ConditionalFormatRecord[] = [];
  /** `workbook.settings` (ExcelApi 1.4), stored as JSON text like the file does. */
  readonly settings = new Map<string, string>();
  /** Counts changes, so a sync knows whether to tell the listeners. */
  revision = 0;
  private sheets: SheetRecord[] = [{ id: "{sheet-1}", name: "Sheet1", visibility: "Visible" }];
  private nextSheetId = 2;
  private cells = new CellStore();
  /** Worksheet-scoped named items: sheet → name → record. */
  private names = new Map<string, Map<string, NameRecord>>();
  private listeners = new Set<() => void>();
  private syncHooks: Array<(syncNumber: number) => void> = [];

  /** Records a change (listeners are told after the sync). */
  touch(): void {
    this.revision += 1;
  }

  // ——— sheets ———

  reserveSheetId(): string {
    return `{sheet-${this.nextSheetId++}}`;
  }

  /** Adds a worksheet (no-op if it exists); the optional id is the one `worksheets.add` handed out. */
  addSheet(name: string, id?: string): void {
    if (this.findSheetId(name) !== undefined) {
      if (id !== undefined) throw excelError("ItemAlreadyExists", `there is already a worksheet named "${name}"`);
      return;
    }
    checkSheetName(name);
    this.sheets.push({ id: id ?? this.reserveSheetId(), name, visibility: "Visible" });
    this.touch();
  }

  hasSheet(name: string): boolean {
    return this.findSheetId(name) !== undefined;
  }

  /** The id of the sheet named `name`: the exact name first, else ignoring case (as Excel does). */
  findSheetId(name: string): string | undefined {
    const exact = this.sheets.find((sheet) => sheet.name === name);
    if (exact) return exact.id;
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower)?.id;
  }

  sheetId(name: string): string {
    const id = this.findSheetId(name);
    if (id === undefined) throw excelError("ItemNotFound", `there is no worksheet named "${name}"`);
    return id;
  }

  sheetName(id: string): string {
    const sheet = this.sheets.find((candidate) => candidate.id === id);
    if (!sheet) throw excelError("ItemNotFound", `the worksheet ${id} was deleted`);
    return sheet.name;
  }

  sheetIds(): string[] {
    return this.sheets.map((sheet) => sheet.id);
  }

  /** The worksheets' names, in tab order. */
  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  sheetVisibility(name: string): string {
    return this.sheets.find((sheet) => sheet.id === this.sheetId(name))!.visibility;
  }

  setSheetVisibility(name: string, visibility: string): void {
    const sheet = this.sheets.find((candidate) => candidate.id === this.sheetId(name))!;
    if (visibility !== "Visible" && this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
      throw excelError("InvalidOperation", "a workbook must keep at least one visible worksheet");
    }
    sheet.visibility = visibility;
    this.touch();
  }

  /** The active sheet (the selection's sheet). */
  get activeSheet(): string {
    return this.selection.sheet;
  }

  deleteSheet(name: string): void {
    const id = this.sheetId(name);
    const real = this.sheetName(id);
    if (this.sheets.filter((sheet) => sheet.id !== id && sheet.visibility === "Visible").length === 0) {
      throw excelError("InvalidOperation", "a workbook must keep at least one visible worksheet");
    }
    this.sheets = this.sheets.filter((sheet) => sheet.id !== id);
    this.cells.deleteSheet(real);
    this.names.delete(real);
    this.tables = this.tables.filter((table) => table.sheet !== real);
    this.charts = this.charts.filter((chart) => chart.sheet !== real);
    this.autofits = this.autofits.filter((autofit) => autofit.sheet !== real);
    this.conditionalFormats = this.conditionalFormats.filter((format) => format.sheet !== real);
    if (this.selection.sheet === real) this.selection = { sheet: this.sheets[0].name, row: 0, column: 0, rowCount: 1, columnCount: 1 };
    this.touch();
  }

  renameSheet(from: string, to: string): void {
    const id = this.sheetId(from);
    const real = this.sheetName(id);
    const clash = this.findSheetId(to);
    if (clash !== undefined && clash !== id) throw excelError("ItemAlreadyExists", `there is already a worksheet named "${to}"`);
    checkSheetName(to);
    this.sheets.find((sheet) => sheet.id === id)!.name = to;
    this.cells.renameSheet(real, to);
    const names = this.names.get(real);
    this.names.delete(real);
    if (names !== undefined) this.names.set(to, names);
    for (const table of this.tables) if (table.sheet === real) table.sheet = to;
    for (const chart of this.charts) if (chart.sheet === real) chart.sheet = to;
    for (const autofit of this.autofits) if (autofit.sheet === real) autofit.sheet = to;
    for (const format of this.conditionalFormats) if (format.sheet === real) format.sheet = to;
    if (this.selection.sheet === real) this.selection = { ...this.selection, sheet: to };
    this.touch();
  }

  // ——— names, tables, charts, settings ———

  addName(sheet: string, name: string, comment = ""): void {
    const real = this.sheetName(this.sheetId(sheet));
    const names = this.names.get(real) ?? new Map<string, NameRecord>();
    if (names.has(name)) throw excelError("ItemAlreadyExists", `the name "${name}" already exists on "${sheet}"`);
    names.set(name, { visible: true, comment });
    this.names.set(real, names);
    this.touch();
  }

  nameItem(sheet: string, name: string): NameRecord | undefined {
    return this.names.get(sheet)?.get(name);
  }

  hasName(sheet: string, name: string): boolean {
    return this.nameItem(sheet, name) !== undefined;
  }

  nameVisible(sheet: string, name: string): boolean | undefined {
    return this.nameItem(sheet, name)?.visible;
  }

  nameComment(sheet: string, name: string): string | undefined {
    return this.nameItem(sheet, name)?.comment;
  }

  setNameVisible(sheet: string, name: string, visible: boolean): void {
    const item = this.nameItem(sheet, name);
    if (!item) throw excelError("ItemNotFound", `no name "${name}" on "${sheet}"`);
    item.visible = visible;
    this.touch();
  }

  /** The table named `name`, ignoring case (table names are unique in the workbook without regard to case). */
  findTable(name: string): TableRecord | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((table) => table.name.toLowerCase() === lower);
  }

  /**
   * Adds an Excel table over `address` (header row included); its name defaults to "Table1", "Table2", … A name Excel
   * refuses is InvalidArgument, one already taken (in any case) ItemAlreadyExists.
   * @example book.addTable("Data", "A1:C100", true, "Sales")
   */
  addTable(sheet: string, address: string, hasHeaders: boolean, name?: string): TableRecord {
    const real = this.sheetName(this.sheetId(sheet));
    let tableName = name;
    for (let n = 1; tableName === undefined; n++) {
      if (!this.findTable(`Table${n}`)) tableName = `Table${n}`;
    }
    checkTableName(tableName);
    if (this.findTable(tableName)) throw excelError("ItemAlreadyExists", `there is already a table named "${this.findTable(tableName)!.name}"`);
    const record = { name: tableName, sheet: real, address: areaAddress(parseA1(address)), hasHeaders };
    this.tables.push(record);
    this.touch();
    return record;
  }

  /** Renames the table `from` (`table.name = to`): the same rules as a new table's name; its own name in another case is fine. */
  renameTable(from: string, to: string): void {
    const table = this.findTable(from);
    if (!table) throw excelError("ItemNotFound", `there is no table named "${from}"`);
    checkTableName(to);
    const clash = this.findTable(to);
    if (clash && clash !== table) throw excelError("ItemAlreadyExists", `there is already a table named "${clash.name}"`);
    table.name = to;
    this.touch();
  }

  addChart(record: ChartRecord): void {
    this.charts.push(record);
    this.touch();
  }

  addAutofit(sheet: string, address: string): void {
    this.autofits.push({ sheet, address });
    this.touch();
  }

  addConditionalFormat(record: ConditionalFormatRecord): void {
    this.conditionalFormats.push(record);
    this.touch();
  }

  /**
   * The conditional formats on a sheet, in the order added (Excel gives the last added priority where they overlap).
   * @example book.conditionalFormatsOf("Cohorts") // [{ sheet: "Cohorts", address: "C3:H3", type: "ColorScale", criteria: { minimum: …, maximum: … } }, …]
   */
  conditionalFormatsOf(sheet: string): ConditionalFormatRecord[] {
    const real = this.sheetName(this.sheetId(sheet));
    return this.conditionalFormats.filter((format) => format.sheet === real);
  }

  /** Stores a setting as JSON (as the file does); values that JSON cannot hold are an error. */
  setSetting(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    if (text === undefined) throw excelError("InvalidArgument", "the setting's value cannot be stored");
    this.settings.set(key, text);
    this.touch();
  }

  getSetting(key: string): unknown {
    const text = this.settings.get(key);
    if (text === undefined) throw excelError("ItemNotFound", `there is no setting "${key}"`);
    return JSON.parse(text);
  }

  deleteSetting(key: string): void {
    if (!this.settings.delete(key)) throw excelError("ItemNotFound", `there is no setting "${key}"`);
    this.touch();
  }

  setEventsEnabled(enabled: boolean): void {
    this.eventsEnabled = enabled;
    this.touch();
  }

  // ——— cells ———

  setNumberFormat(sheet: string, row: number, column: number, format: string): void {
    this.cells.setNumberFormat(this.sheetName(this.sheetId(sheet)), row, column, format);
    this.touch();
  }

  getNumberFormat(sheet: string, row: number, column: number): string {
    return this.cells.numberFormat(sheet, row, column);
  }

  /** Sets some of a cell's font properties (`range.format.font`); the others keep theirs. */
  setFont(sheet: string, row: number, column: number, font: Partial<CellFont>): void {
    this.cells.setFont(this.sheetName(this.sheetId(sheet)), row, column, font);
    this.touch();
  }

  /**
   * A cell's font: as set through `range.format.font`, else Excel's default.
   * @example book.getFont("Cohorts", 4, 7) // { color: "#44546A", italic: true }
   * @example book.getFont("Sheet1", 0, 0) // { color: "#000000", italic: false }
   */
  getFont(sheet: string, row: number, column: number): CellFont {
    return this.cells.font(sheet, row, column);
  }

  /** Whether the cell holds a formula (not text that merely starts with "="). */
  isFormula(sheet: string, row: number, column: number): boolean {
    return this.cells.isFormula(sheet, row, column);
  }

  private store(sheet: string, row: number, column: number, cell: StoredCell | undefined): void {
    if (this.eventsEnabled) this.cellWritesWithEvents += 1;
    this.addSheet(sheet);
    this.cells.put(this.sheetName(this.sheetId(sheet)), row, column, cell);
    this.touch();
  }

  /** Puts a constant into a cell exactly as given ("" empties it); the sheet is created when missing. */
  setCell(sheet: string, row: number, column: number, content: CellContent): void {
    this.store(sheet, row, column, content === "" ? undefined : { content });
  }

  /**
   * A formula with its result, as Excel would have calculated it; an array result spills right and down from the cell.
   * @example book.setFormula("Sheet1", 0, 0, "=KV.RFM(A2:C100)", [[5, 4], [3, 2]])
   */
  setFormula(sheet: string, row: number, column: number, formula: string, result: CellContent | CellContent[][]): void {
    this.store(sheet, row, column, { content: formula, result });
  }

  /**
   * A write through `range.values` or `range.formulas`, with Excel's typing rules (cellEntry.ts): unless the cell is
   * formatted "@" (Text), "'text" is text, number-like text a number and text starting with "=", "+" or "-" a formula
   * (its result "#N/A": the double does not calculate).
   * @example book.enter("Data", 0, 0, "+45 1234"); book.isFormula("Data", 0, 0) // true
   */
  enter(sheet: string, row: number, column: number, content: CellContent): void {
    const entry = cellEntry(content, this.getNumberFormat(sheet, row, column) === "@");
    if (entry.kind === "formula") this.setFormula(sheet, row, column, entry.formula, "#N/A");
    else this.setCell(sheet, row, column, entry.content);
  }

  /** What the cell holds: a constant, or a formula's text ("" when empty or spilled into). */
  getCell(sheet: string, row: number, column: number): CellContent {
    return this.cells.content(sheet, row, column);
  }

  /** What `range.formulas` reports: the formula text, a constant, or a spilled cell's value. */
  getFormula(sheet: string, row: number, column: number): CellContent {
    return this.cells.formula(sheet, row, column);
  }

  /** What the cell shows (`range.values`): a constant, a formula's result, or a spilled value. */
  getValue(sheet: string, row: number, column: number): CellContent {
    return this.cells.value(sheet, row, column);
  }

  /** Fills a block of cells with `rows`, its top-left cell at (row, column). */
  setValues(sheet: string, row: number, column: number, rows: CellContent[][]): void {
    rows.forEach((cells, r) => cells.forEach((content, c) => this.setCell(sheet, row + r, column + c, content)));
  }

  /** Fills the sheet (created when missing) with `rows` from A1 down, e.g. a CSV's rows; listeners are told. */
  loadRows(sheet: string, rows: CellContent[][]): void {
    this.addSheet(sheet);
    this.setValues(sheet, 0, 0, rows);
    this.notifyChange();
  }

  /** The used range of a sheet (undefined when it is empty); with valuesOnly, number formats alone do not count. */
  usedArea(sheet: string, valuesOnly = false): CellArea | undefined {
    return this.cells.usedArea(this.sheetName(this.sheetId(sheet)), valuesOnly);
  }

  /** Rows and columns from A1 to the last used cell (what a grid needs to show); 0 × 0 for an empty sheet. */
  usedSize(sheet: string): { rowCount: number; columnCount: number } {
    const area = this.usedArea(sheet);
    return area ? { rowCount: area.row + area.rowCount, columnCount: area.column + area.columnCount } : { rowCount: 0, columnCount: 0 };
  }

  /** Excel's current region: grows the area while a cell next to it (diagonals included) is not blank. */
  surroundingRegion(sheet: string, area: CellArea): CellArea {
    return this.cells.surroundingRegion(this.sheetName(this.sheetId(sheet)), area);
  }

  /** Selects an area (its sheet becomes active, created when missing); listeners are told. */
  select(sheet: string, row: number, column: number, rowCount = 1, columnCount = 1): void {
    this.addSheet(sheet);
    this.selection = { sheet: this.sheetName(this.sheetId(sheet)), row, column, rowCount, columnCount };
    this.touch();
    this.notifyChange();
  }

  // ——— hosting and test hooks ———

  /** The whole workbook as plain data: equal snapshots mean nothing a user could see changed. */
  snapshot(): WorkbookSnapshot {
    const record = <T>(map: Map<string, T> | undefined): Record<string, T> => Object.fromEntries([...(map ?? [])].sort(([a], [b]) => a.localeCompare(b)));
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((sheet) => ({
          name: sheet.name,
          visibility: sheet.visibility,
          ...this.cells.snapshot(sheet.name),
          names: record(this.names.get(sheet.name)),
        })),
        tables: this.tables,
        charts: this.charts,
        conditionalFormats: this.conditionalFormats,
        autofits: this.autofits,
        settings: record(this.settings),
        eventsEnabled: this.eventsEnabled,
      }),
    ) as WorkbookSnapshot;
  }

  /**
   * Calls `hook(syncNumber)` at the start of every sync, before its operations run; a hook that throws fails that
   * sync with nothing applied. Returns a function that removes the hook.
   * @example const stop = book.beforeSync((n) => { if (n === 3) controller.abort(); });
   */
  beforeSync(hook: (syncNumber: number) => void): () => void {
    this.syncHooks.push(hook);
    return () => {
      this.syncHooks = this.syncHooks.filter((candidate) => candidate !== hook);
    };
  }

  /** Makes sync number `syncNumber` (counting from the workbook's first sync) fail with nothing applied. */
  failSyncAt(syncNumber: number): void {
    this.beforeSync((n) => {
      if (n === syncNumber) throw excelError("GeneralException", `sync ${syncNumber} failed (injected by the test)`);
    });
  }

  runSyncHooks(syncNumber: number): void {
    for (const hook of [...this.syncHooks]) hook(syncNumber);
  }

  /**
   * Calls `listener` after every sync that changed the workbook and after `loadRows`/`select`; returns a function
   * that unsubscribes it.
   * @example const stop = book.onChange(() => render(book)); … stop();
   */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Tells the listeners that the workbook changed. */
  notifyChange(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Puts an `Excel` namespace with this workbook's `Excel.run` on `target`, e.g. the object a page hands its pane.
   * @example const host = {}; book.install(host); await host.Excel.run(async (context) => { … });
   */
  install(target: object): void {
    (target as { Excel?: unknown }).Excel = {
      run: <T>(batch: (context: RequestContextDouble) => Promise<T>) => batch(new RequestContextDouble(this)),
    };
  }
}
