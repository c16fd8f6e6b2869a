/**
 * A workbook double for the Office.js adapter (src/excel). It enforces the proxy semantics that real Excel
 * has and that plain mocks miss: a property can only be read after `load` and a `context.sync()`, writes take
 * effect at the next sync, and every sync is counted, with the approximate payload (JSON length of the cell
 * arrays loaded or written) it carried, so tests can hold the adapter to Excel on the web's ~5 MB limit.
 */
type CellContent = string | number | boolean;

function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

interface Area {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

interface Selection extends Area {
  sheet: string;
}

/** Parses an A1 address ("B2", "A1:E100", "$A$1:$E$100") into a zero-based area; other forms are not modelled. */
export function parseA1(address: string): Area {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!match) throw new Error(`InvalidArgument: the workbook double does not model the address "${address}"`);
  const [, firstColumn, firstRow, lastColumn = firstColumn, lastRow = firstRow] = match;
  const rows = [Number(firstRow) - 1, Number(lastRow) - 1];
  const columns = [columnIndex(firstColumn), columnIndex(lastColumn)];
  if (Math.min(...rows) < 0) throw new Error(`InvalidArgument: row 0 in "${address}"`);
  return {
    row: Math.min(...rows),
    column: Math.min(...columns),
    rowCount: Math.abs(rows[1] - rows[0]) + 1,
    columnCount: Math.abs(columns[1] - columns[0]) + 1,
  };
}

class RequestContextDouble {
  private pending: Array<() => void> = [];
  private pendingPayloadBytes = 0;
  readonly workbook: {
    getSelectedRange: () => RangeDouble;
    worksheets: WorksheetCollectionDouble;
  };
  /** ExcelApi 1.6: counts the calls, so tests can see calculation was suspended for bulk writes. */
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => {
      this.book.calculationSuspensions += 1;
    },
  };

  /** ExcelApi 1.8: `runtime.enableEvents`, readable after load and a sync; writes take effect at the next sync. */
  readonly runtime: { load: (propertyNames: string) => void; enableEvents: boolean };

  constructor(private readonly book: WorkbookDouble) {
    const enqueue = (operation: () => void): void => this.enqueue(operation);
    let loaded: boolean | undefined;
    this.runtime = {
      load(propertyNames) {
        if (propertyNames !== "enableEvents") throw new Error(`The workbook double only models runtime.load("enableEvents"), got "${propertyNames}"`);
        enqueue(() => {
          loaded = book.eventsEnabled;
        });
      },
      get enableEvents(): boolean {
        if (loaded === undefined) throw new Error('PropertyNotLoaded: "enableEvents" was read before load and context.sync()');
        return loaded;
      },
      set enableEvents(enabled: boolean) {
        enqueue(() => {
          book.eventsEnabled = enabled;
        });
      },
    };
    this.workbook = {
      getSelectedRange: () => {
        const s = book.selection;
        return new RangeDouble(this, book, s.sheet, s);
      },
      worksheets: new WorksheetCollectionDouble(this, book),
    };
  }

  enqueue(operation: () => void): void {
    this.pending.push(operation);
  }

  /** Adds to the payload of the sync in progress (called by operations as they run). */
  addPayload(bytes: number): void {
    this.pendingPayloadBytes += bytes;
  }

  async sync(): Promise<void> {
    this.book.syncCount += 1;
    const operations = this.pending;
    this.pending = [];
    this.pendingPayloadBytes = 0;
    const revision = this.book.revision;
    try {
      operations.forEach((operation) => operation());
    } finally {
      this.book.syncPayloadBytes.push(this.pendingPayloadBytes);
      if (this.book.revision !== revision) this.book.notifyChange();
    }
  }
}

/** `workbook.worksheets`: getItem, getItemOrNullObject (ExcelApi 1.4), add, and load("items/name"). */
class WorksheetCollectionDouble {
  private loadedItems: WorksheetDouble[] | undefined;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
  ) {}

  getItem(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, this.book, name);
  }

  /** A worksheet whose `isNullObject` (readable after a sync) says whether it exists. */
  getItemOrNullObject(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, this.book, name, { orNull: true });
  }

  add(name: string): WorksheetDouble {
    this.context.enqueue(() => {
      if (this.book.sheetNames().some((sheet) => sheet.toLowerCase() === name.toLowerCase())) {
        throw new Error(`ItemAlreadyExists: there is already a worksheet named "${name}"`);
      }
      this.book.addSheet(name);
    });
    return new WorksheetDouble(this.context, this.book, name, { created: true });
  }

  load(propertyNames: string): this {
    if (propertyNames !== "items/name") throw new Error(`The workbook double only models worksheets.load("items/name"), got "${propertyNames}"`);
    this.context.enqueue(() => {
      this.loadedItems = this.book.sheetNames().map((name) => new WorksheetDouble(this.context, this.book, name, { nameLoaded: true }));
    });
    return this;
  }

  get items(): WorksheetDouble[] {
    if (!this.loadedItems) throw new Error('PropertyNotLoaded: worksheets.items was read before load("items/name") and context.sync()');
    return this.loadedItems;
  }
}

/** A worksheet-scoped named item (or its null object), as `worksheet.names` returns it. */
class NamedItemDouble {
  private synced = false;
  private exists = false;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly sheet: string,
    private readonly itemName: string,
  ) {}

  load(_propertyNames: string | string[]): this {
    this.context.enqueue(() => {
      this.synced = true;
      this.exists = this.book.hasName(this.sheet, this.itemName);
    });
    return this;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new Error("PropertyNotLoaded: isNullObject was read before context.sync()");
    return !this.exists;
  }

  set visible(visible: boolean) {
    this.context.enqueue(() => this.book.setNameVisible(this.sheet, this.itemName, visible));
  }
}

class WorksheetDouble {
  private synced = false;
  private exists = false;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private sheetName: string,
    private readonly mode: { orNull?: boolean; created?: boolean; nameLoaded?: boolean } = {},
  ) {
    // Like Excel, a missing worksheet is only reported when the batch is synced.
    if (mode.created) return;
    context.enqueue(() => {
      this.synced = true;
      this.exists = book.hasSheet(sheetName);
      if (!this.exists && !mode.orNull) throw new Error(`ItemNotFound: there is no worksheet named "${sheetName}"`);
    });
  }

  get name(): string {
    if (!this.mode.nameLoaded) throw new Error('PropertyNotLoaded: "name" was read before load and context.sync()');
    return this.sheetName;
  }

  /** Renaming: later operations through this object act on the renamed sheet, as with Excel's proxies. */
  set name(newName: string) {
    const oldName = this.sheetName;
    this.sheetName = newName;
    this.context.enqueue(() => this.book.renameSheet(oldName, newName));
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new Error("PropertyNotLoaded: isNullObject was read before context.sync()");
    return !this.exists;
  }

  get names(): { getItemOrNullObject: (name: string) => NamedItemDouble; add: (name: string, reference: unknown, comment?: string) => NamedItemDouble } {
    return {
      getItemOrNullObject: (name) => new NamedItemDouble(this.context, this.book, this.sheetName, name),
      add: (name) => {
        this.context.enqueue(() => this.book.addName(this.sheetName, name));
        return new NamedItemDouble(this.context, this.book, this.sheetName, name);
      },
    };
  }

  /** ExcelApi 1.1: an Excel table over a range (with its header row when hasHeaders). */
  get tables(): { add: (range: RangeDouble | string, hasHeaders: boolean) => void } {
    return {
      add: (range, hasHeaders) => {
        if (typeof range === "string") throw new Error("The workbook double models tables.add with a Range only");
        this.context.enqueue(() => this.book.tables.push({ sheet: this.sheetName, address: range.areaAddress(), hasHeaders }));
      },
    };
  }

  /** ExcelApi 1.1/1.7: charts.add over a Range; the chart is recorded in `book.charts` at the next sync. */
  get charts(): { add: (type: string, sourceData: RangeDouble, seriesBy?: string) => ChartDouble } {
    return {
      add: (type, sourceData, seriesBy = "Auto") => {
        const record: ChartRecord = { sheet: this.sheetName, type, source: "", seriesBy, series: [] };
        this.context.enqueue(() => {
          record.source = sourceData.areaAddress();
          // Like Excel with one column of data: one series, named "Series1" until named.
          record.series.push({ name: "Series1", values: record.source });
          this.book.charts.push(record);
        });
        return new ChartDouble(this.context, record);
      },
    };
  }

  delete(): void {
    this.context.enqueue(() => this.book.deleteSheet(this.sheetName));
  }

  getRange(address: string): RangeDouble {
    return new RangeDouble(this.context, this.book, this.sheetName, parseA1(address));
  }
}

/** A chart as recorded by the double: addresses are without the sheet, e.g. "H3:H13". */
export interface ChartRecord {
  sheet: string;
  type: string;
  /** The range given to charts.add. */
  source: string;
  seriesBy: string;
  title?: string;
  series: Array<{ name: string; values?: string; categories?: string }>;
  position?: { start: string; end?: string };
}

/** A series of a chart (ExcelApi 1.1 name; 1.7 setValues, setXAxisValues). */
class ChartSeriesDouble {
  constructor(
    private readonly context: RequestContextDouble,
    private readonly series: () => ChartRecord["series"][number],
  ) {}

  set name(name: string) {
    this.context.enqueue(() => {
      this.series().name = name;
    });
  }

  setValues(sourceData: RangeDouble): void {
    this.context.enqueue(() => {
      this.series().values = sourceData.areaAddress();
    });
  }

  setXAxisValues(sourceData: RangeDouble): void {
    this.context.enqueue(() => {
      this.series().categories = sourceData.areaAddress();
    });
  }
}

/** `worksheet.charts.add(…)`'s chart: title.text, series (getItemAt, add), setPosition. */
class ChartDouble {
  readonly title: { text: string };

  constructor(
    private readonly context: RequestContextDouble,
    private readonly record: ChartRecord,
  ) {
    this.title = {
      set text(text: string) {
        context.enqueue(() => {
          record.title = text;
        });
      },
      get text(): string {
        throw new Error('PropertyNotLoaded: "title.text" was read before load and context.sync()');
      },
    };
  }

  get series(): { getItemAt: (index: number) => ChartSeriesDouble; add: (name?: string) => ChartSeriesDouble } {
    return {
      getItemAt: (index) =>
        new ChartSeriesDouble(this.context, () => {
          const series = this.record.series[index];
          if (!series) throw new Error(`ItemNotFound: the chart has no series ${index}`);
          return series;
        }),
      add: (name = `Series${this.record.series.length + 1}`) => {
        let added: ChartRecord["series"][number] | undefined;
        this.context.enqueue(() => {
          added = { name };
          this.record.series.push(added);
        });
        return new ChartSeriesDouble(this.context, () => {
          if (!added) throw new Error("The series was used before it was added");
          return added;
        });
      },
    };
  }

  setPosition(startCell: RangeDouble, endCell?: RangeDouble): void {
    this.context.enqueue(() => {
      this.record.position = { start: startCell.areaAddress(), end: endCell?.areaAddress() };
    });
  }
}

const CELL_ARRAY_PROPERTIES = new Set(["formulas", "values"]);

class RangeDouble {
  private loaded = new Map<string, unknown>();

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly sheet: string,
    private readonly area: Area,
  ) {}

  getCell(row: number, column: number): RangeDouble {
    const { row: top, column: left } = this.area;
    return new RangeDouble(this.context, this.book, this.sheet, { row: top + row, column: left + column, rowCount: 1, columnCount: 1 });
  }

  /** ExcelApi 1.7: the same top-left cell, `deltaRows`/`deltaColumns` more (or fewer) rows and columns. */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeDouble {
    const rowCount = this.area.rowCount + deltaRows;
    const columnCount = this.area.columnCount + deltaColumns;
    if (rowCount < 1 || columnCount < 1) throw new Error("InvalidArgument: getResizedRange would leave an empty range");
    return new RangeDouble(this.context, this.book, this.sheet, { ...this.area, rowCount, columnCount });
  }

  load(propertyNames: string | string[]): this {
    const properties = typeof propertyNames === "string" ? propertyNames.split(",").map((name) => name.trim()) : propertyNames;
    this.context.enqueue(() => {
      for (const property of properties) {
        const value = this.snapshot(property);
        if (CELL_ARRAY_PROPERTIES.has(property)) this.context.addPayload(JSON.stringify(value).length);
        this.loaded.set(property, value);
      }
    });
    return this;
  }

  get address(): string {
    return this.read("address") as string;
  }

  get rowCount(): number {
    return this.read("rowCount") as number;
  }

  get columnCount(): number {
    return this.read("columnCount") as number;
  }

  get formulas(): CellContent[][] {
    return this.read("formulas") as CellContent[][];
  }

  set formulas(formulas: CellContent[][]) {
    this.write(formulas);
  }

  get values(): CellContent[][] {
    return this.read("values") as CellContent[][];
  }

  set values(values: CellContent[][]) {
    this.write(values);
  }

  /** `range.format.autofitColumns()` (ExcelApi 1.2), recorded in `book.autofits` at the next sync. */
  get format(): { autofitColumns: () => void } {
    return {
      autofitColumns: () => {
        this.context.enqueue(() => this.book.autofits.push({ sheet: this.sheet, address: this.areaAddress() }));
      },
    };
  }

  /** Writing number formats (e.g. "0.0%", "@" for Text); counted in the sync's payload like values. */
  set numberFormat(formats: string[][]) {
    const { row, column } = this.area;
    this.checkDimensions(formats);
    this.context.enqueue(() => {
      this.context.addPayload(JSON.stringify(formats).length);
      formats.forEach((cells, r) => cells.forEach((format, c) => this.book.setNumberFormat(this.sheet, row + r, column + c, format)));
    });
  }

  /** The range's A1 address without the sheet, e.g. "A3:S100". */
  areaAddress(): string {
    return (this.snapshot("address") as string).split("!")[1];
  }

  private checkDimensions(contents: unknown[][]): void {
    const { rowCount, columnCount } = this.area;
    if (contents.length !== rowCount || contents.some((cells) => cells.length !== columnCount)) {
      throw new Error("InvalidArgument: the array does not match the range's dimensions");
    }
  }

  private write(contents: CellContent[][]): void {
    const { row, column } = this.area;
    this.checkDimensions(contents);
    this.context.enqueue(() => {
      this.context.addPayload(JSON.stringify(contents).length);
      contents.forEach((cells, r) => cells.forEach((content, c) => this.book.setCell(this.sheet, row + r, column + c, content)));
    });
  }

  private read(property: string): unknown {
    if (!this.loaded.has(property)) {
      throw new Error(`PropertyNotLoaded: "${property}" was read before load("${property}") and context.sync()`);
    }
    return this.loaded.get(property);
  }

  private snapshot(property: string): unknown {
    const { row, column, rowCount, columnCount } = this.area;
    switch (property) {
      case "address": {
        const first = `${columnLetters(column)}${row + 1}`;
        const last = `${columnLetters(column + columnCount - 1)}${row + rowCount}`;
        return `${this.sheet}!${first === last ? first : `${first}:${last}`}`;
      }
      case "rowCount":
        return rowCount;
      case "columnCount":
        return columnCount;
      case "formulas":
      case "values":
        return Array.from({ length: rowCount }, (_, r) =>
          Array.from({ length: columnCount }, (_, c) => this.book.getCell(this.sheet, row + r, column + c)),
        );
      default:
        throw new Error(`The workbook double does not model the property "${property}"`);
    }
  }
}

/** An in-memory workbook with `Excel.run`, for the adapter's tests. */
export class WorkbookDouble {
  syncCount = 0;
  /** The approximate payload of each sync so far, in bytes (JSON length of cell arrays loaded or written). */
  syncPayloadBytes: number[] = [];
  selection: Selection = { sheet: "Sheet1", row: 0, column: 0, rowCount: 1, columnCount: 1 };
  /** Calls of application.suspendApiCalculationUntilNextSync. */
  calculationSuspensions = 0;
  /** `runtime.enableEvents` (ExcelApi 1.8). */
  eventsEnabled = true;
  /** Cells written while events were enabled. */
  cellWritesWithEvents = 0;
  /** Excel tables added (worksheet.tables.add). */
  tables: Array<{ sheet: string; address: string; hasHeaders: boolean }> = [];
  /** Charts added (worksheet.charts.add), with their series, title and position. */
  charts: ChartRecord[] = [];
  /** Ranges whose columns were autofitted (range.format.autofitColumns). */
  autofits: Array<{ sheet: string; address: string }> = [];
  private cells = new Map<string, CellContent>();
  private numberFormats = new Map<string, string>();
  /** Cells whose written text Excel would have taken as a formula (starts with "=" in a cell not formatted "@"). */
  private formulaCells = new Set<string>();
  private sheets = new Set<string>(["Sheet1"]);
  /** Worksheet-scoped named items: sheet → name → visible. */
  private names = new Map<string, Map<string, boolean>>();
  private listeners = new Set<() => void>();
  /** Counts changes, so a sync knows whether to tell the listeners. */
  revision = 0;

  addSheet(name: string): void {
    this.revision += 1;
    this.sheets.add(name);
  }

  hasSheet(name: string): boolean {
    return this.sheets.has(name);
  }

  /** The worksheets' names, in order. */
  sheetNames(): string[] {
    return [...this.sheets];
  }

  deleteSheet(name: string): void {
    this.revision += 1;
    if (!this.sheets.has(name)) throw new Error(`ItemNotFound: there is no worksheet named "${name}"`);
    if (this.sheets.size === 1) throw new Error("InvalidOperation: a workbook must keep at least one visible worksheet");
    this.sheets.delete(name);
    this.names.delete(name);
    this.tables = this.tables.filter((table) => table.sheet !== name);
    this.charts = this.charts.filter((chart) => chart.sheet !== name);
    this.autofits = this.autofits.filter((autofit) => autofit.sheet !== name);
    const prefix = `${name}!`;
    for (const store of [this.cells, this.numberFormats]) {
      for (const key of [...store.keys()]) if (key.startsWith(prefix)) store.delete(key);
    }
    for (const key of [...this.formulaCells]) if (key.startsWith(prefix)) this.formulaCells.delete(key);
  }

  renameSheet(from: string, to: string): void {
    this.revision += 1;
    if (!this.sheets.has(from)) throw new Error(`ItemNotFound: there is no worksheet named "${from}"`);
    if (this.sheets.has(to)) throw new Error(`ItemAlreadyExists: there is already a worksheet named "${to}"`);
    this.sheets = new Set([...this.sheets].map((sheet) => (sheet === from ? to : sheet)));
    const names = this.names.get(from);
    this.names.delete(from);
    if (names) this.names.set(to, names);
    this.tables = this.tables.map((table) => (table.sheet === from ? { ...table, sheet: to } : table));
    for (const chart of this.charts) if (chart.sheet === from) chart.sheet = to;
    this.autofits = this.autofits.map((autofit) => (autofit.sheet === from ? { ...autofit, sheet: to } : autofit));
    const prefix = `${from}!`;
    for (const store of [this.cells, this.numberFormats]) {
      for (const [key, value] of [...store.entries()]) {
        if (!key.startsWith(prefix)) continue;
        store.delete(key);
        (store as Map<string, unknown>).set(`${to}!${key.slice(prefix.length)}`, value);
      }
    }
    for (const key of [...this.formulaCells]) {
      if (!key.startsWith(prefix)) continue;
      this.formulaCells.delete(key);
      this.formulaCells.add(`${to}!${key.slice(prefix.length)}`);
    }
  }

  addName(sheet: string, name: string): void {
    this.revision += 1;
    const names = this.names.get(sheet) ?? new Map<string, boolean>();
    if (names.has(name)) throw new Error(`ItemAlreadyExists: the name "${name}" already exists on "${sheet}"`);
    names.set(name, true);
    this.names.set(sheet, names);
  }

  hasName(sheet: string, name: string): boolean {
    return this.names.get(sheet)?.has(name) ?? false;
  }

  nameVisible(sheet: string, name: string): boolean | undefined {
    return this.names.get(sheet)?.get(name);
  }

  setNameVisible(sheet: string, name: string, visible: boolean): void {
    this.revision += 1;
    const names = this.names.get(sheet);
    if (!names?.has(name)) throw new Error(`ItemNotFound: no name "${name}" on "${sheet}"`);
    names.set(name, visible);
  }

  setNumberFormat(sheet: string, row: number, column: number, format: string): void {
    this.revision += 1;
    this.numberFormats.set(`${sheet}!${row},${column}`, format);
  }

  getNumberFormat(sheet: string, row: number, column: number): string {
    return this.numberFormats.get(`${sheet}!${row},${column}`) ?? "General";
  }

  isFormula(sheet: string, row: number, column: number): boolean {
    return this.formulaCells.has(`${sheet}!${row},${column}`);
  }

  setCell(sheet: string, row: number, column: number, content: CellContent): void {
    this.revision += 1;
    if (this.eventsEnabled) this.cellWritesWithEvents += 1;
    this.sheets.add(sheet);
    const key = `${sheet}!${row},${column}`;
    this.cells.set(key, content);
    if (typeof content === "string" && content.startsWith("=") && this.getNumberFormat(sheet, row, column) !== "@") this.formulaCells.add(key);
    else this.formulaCells.delete(key);
  }

  getCell(sheet: string, row: number, column: number): CellContent {
    return this.cells.get(`${sheet}!${row},${column}`) ?? "";
  }

  /** Fills a block of cells with `rows`, its top-left cell at (row, column). */
  setValues(sheet: string, row: number, column: number, rows: CellContent[][]): void {
    rows.forEach((cells, r) => cells.forEach((content, c) => this.setCell(sheet, row + r, column + c, content)));
  }

  select(sheet: string, row: number, column: number, rowCount = 1, columnCount = 1): void {
    this.revision += 1;
    this.sheets.add(sheet);
    this.selection = { sheet, row, column, rowCount, columnCount };
    this.notifyChange();
  }

  /** Fills the sheet (created when missing) with `rows` from A1 down, e.g. a CSV's rows; listeners are told. */
  loadRows(sheet: string, rows: CellContent[][]): void {
    this.addSheet(sheet);
    this.setValues(sheet, 0, 0, rows);
    this.notifyChange();
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
   * Puts `Excel` (with `Excel.run`) on `target` (default: globalThis), e.g. the task pane iframe's window.
   * @example new WorkbookDouble().install(iframe.contentWindow)
   */
  install(target: object = globalThis): void {
    (target as { Excel?: unknown }).Excel = {
      run: <T>(batch: (context: RequestContextDouble) => Promise<T>) => batch(new RequestContextDouble(this)),
    };
  }
}
