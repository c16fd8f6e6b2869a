/**
 * A workbook double for the Office.js adapter (src/excel) and the demo page. It enforces the proxy semantics that
 * real Excel has and that plain mocks miss: a property can only be read after `load` and a `context.sync()`, writes
 * take effect at the next sync, and every sync is counted, with the approximate payload (JSON length of the cell
 * arrays loaded or written) it carried, so tests can hold the adapter to Excel on the web's ~5 MB limit.
 *
 * Browser-safe (no Node imports): the demo page runs it as the in-page workbook host.
 *
 * Public API for the demo page and tests (everything else is the modelled part of Office.js):
 * - seeding: `loadRows(sheet, rows)`, `setCell`, `setValues`, `setFormula` (a formula with its result; an array
 *   result spills), `addSheet`, `setSheetVisibility`, `addTable`, `addName`, `setSetting`,
 *   `select(sheet, row, column, rowCount?, columnCount?)`;
 * - reading: `sheetNames()`, `sheetVisibility(name)`, `activeSheet`, `selection`, `getCell` (what the cell holds:
 *   constant or formula text), `getValue` (what it shows: a formula's result, a spilled value), `getNumberFormat`,
 *   `isFormula`,
 *   `usedSize(sheet)`, `tables`, `charts`, `autofits`, `hasName`/`nameVisible`/`nameComment`, `settings`,
 *   `eventsEnabled`, `snapshot()` (the whole workbook as plain data);
 * - hosting: `install(target)` puts `Excel.run` on `target`; `onChange(listener)` is called after every sync that
 *   changed something (and after `loadRows`/`select`);
 * - test hooks: `syncCount`, `syncPayloadBytes`, `beforeSync(hook)`, `failSyncAt(n)`.
 */

/**
 * What a cell can hold in the double.
 * @example book.setCell("Data", 0, 0, "Kunde")
 */
export type CellContent = string | number | boolean;

/**
 * Zero-based column index → letters ("A", "AB").
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(index: number): string {
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

/**
 * A rectangle of cells, zero-based.
 * @example { row: 0, column: 0, rowCount: 6920, columnCount: 5 } // A1:E6920
 */
export interface Area {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/**
 * The selection: an area on a sheet (the active sheet); the active cell is its top-left cell.
 * @example { sheet: "Data", row: 1, column: 0, rowCount: 1, columnCount: 1 } // Data!A2
 */
export interface Selection extends Area {
  sheet: string;
}

/**
 * "A1" or "A1:C3" for an area (no sheet).
 * @example areaToA1({ row: 0, column: 0, rowCount: 2, columnCount: 3 }) // "A1:C2"
 */
export function areaToA1(area: Area): string {
  const first = `${columnLetters(area.column)}${area.row + 1}`;
  const last = `${columnLetters(area.column + area.columnCount - 1)}${area.row + area.rowCount}`;
  return first === last ? first : `${first}:${last}`;
}

/**
 * Parses an A1 address ("B2", "A1:E100", "$A$1:$E$100") into a zero-based area; other forms are not modelled.
 * @example parseA1("B2:C10") // { row: 1, column: 1, rowCount: 9, columnCount: 2 }
 */
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

function notLoaded(property: string): Error {
  return new Error(`PropertyNotLoaded: "${property}" was read before load("${property}") and context.sync()`);
}

function splitProperties(propertyNames: string | string[]): string[] {
  const list = typeof propertyNames === "string" ? propertyNames.split(",") : propertyNames;
  return list.map((name) => name.trim()).filter((name) => name !== "");
}

/** Loaded properties of a proxy: set by a queued operation at sync, read strictly afterwards. */
class Loaded {
  private values = new Map<string, unknown>();

  set(property: string, value: unknown): void {
    this.values.set(property, value);
  }

  get(property: string): unknown {
    if (!this.values.has(property)) throw notLoaded(property);
    return this.values.get(property);
  }
}

/** A request context: queues operations and runs them at `sync()`, like Office.js's batches. */
class RequestContextDouble {
  private pending: Array<() => void> = [];
  private pendingPayloadBytes = 0;
  readonly workbook: WorkbookProxy;
  /** ExcelApi 1.6: counts the calls, so tests can see calculation was suspended for bulk writes. */
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => {
      this.book.calculationSuspensions += 1;
    },
  };

  /** ExcelApi 1.8: `runtime.enableEvents`, readable after load and a sync; writes take effect at the next sync. */
  readonly runtime: { load: (propertyNames: string) => void; enableEvents: boolean };

  constructor(readonly book: WorkbookDouble) {
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
        if (loaded === undefined) throw notLoaded("enableEvents");
        return loaded;
      },
      set enableEvents(enabled: boolean) {
        enqueue(() => book.setEventsEnabled(enabled));
      },
    };
    this.workbook = new WorkbookProxy(this, book);
  }

  enqueue(operation: () => void): void {
    this.pending.push(operation);
  }

  /** Adds to the payload of the sync in progress (called by operations as they run). */
  addPayload(bytes: number): void {
    this.pendingPayloadBytes += bytes;
  }

  /**
   * Runs the queued operations in order. An operation that throws stops the batch there (earlier ones stay
   * applied, later ones are dropped), as in Excel.
   */
  async sync(): Promise<void> {
    this.book.syncCount += 1;
    const operations = this.pending;
    this.pending = [];
    this.pendingPayloadBytes = 0;
    const revision = this.book.revision;
    try {
      this.book.runSyncHooks(this.book.syncCount);
      operations.forEach((operation) => operation());
    } finally {
      this.book.syncPayloadBytes.push(this.pendingPayloadBytes);
      if (this.book.revision !== revision) this.book.notifyChange();
    }
  }
}

/** `context.workbook`. */
class WorkbookProxy {
  readonly worksheets: WorksheetCollectionDouble;
  readonly tables: TableCollectionDouble;
  readonly settings: SettingCollectionDouble;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
  ) {
    this.worksheets = new WorksheetCollectionDouble(context, book);
    this.tables = new TableCollectionDouble(context, book);
    this.settings = new SettingCollectionDouble(context, book);
  }

  /** ExcelApi 1.1. */
  getSelectedRange(): RangeDouble {
    const { sheet, ...area } = this.book.selection;
    return new RangeDouble(this.context, this.book, () => sheet, area);
  }

  /** ExcelApi 1.7: the active cell (the selection's top-left cell). */
  getActiveCell(): RangeDouble {
    const { sheet, row, column } = this.book.selection;
    return new RangeDouble(this.context, this.book, () => sheet, { row, column, rowCount: 1, columnCount: 1 });
  }
}

/** `workbook.worksheets`: getItem, getItemOrNullObject (ExcelApi 1.4), add, load("items/…"). */
class WorksheetCollectionDouble {
  private loadedItems: WorksheetDouble[] | undefined;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
  ) {}

  getItem(name: string): WorksheetDouble {
    return WorksheetDouble.byName(this.context, this.book, name, false);
  }

  /** A worksheet whose `isNullObject` (readable after a sync) says whether it exists. */
  getItemOrNullObject(name: string): WorksheetDouble {
    return WorksheetDouble.byName(this.context, this.book, name, true);
  }

  add(name: string): WorksheetDouble {
    const id = this.book.reserveSheetId();
    this.context.enqueue(() => this.book.addSheet(name, id));
    return new WorksheetDouble(this.context, this.book, id);
  }

  /** Models "items/name" and "items/id" (comma-separated or an array). */
  load(propertyNames: string | string[]): this {
    const properties = splitProperties(propertyNames).map((path) => {
      const match = /^items\/(name|id)$/.exec(path);
      if (!match) throw new Error(`The workbook double does not model worksheets.load("${path}")`);
      return match[1];
    });
    this.context.enqueue(() => {
      this.loadedItems = this.book.sheetIds().map((id) => {
        const sheet = new WorksheetDouble(this.context, this.book, id);
        sheet.fill(properties);
        return sheet;
      });
    });
    return this;
  }

  get items(): WorksheetDouble[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
}

/**
 * What the worksheet and table proxies share: `load` queues `fill` for the next sync, and `isNullObject` and
 * `name` are read strictly from what was loaded.
 */
abstract class NamedProxyDouble {
  protected loaded = new Loaded();

  constructor(protected readonly context: RequestContextDouble) {}

  /** Loads `properties` now (at sync, or inside an operation already running in one). */
  abstract fill(properties: string[]): void;

  load(propertyNames: string | string[]): this {
    const properties = splitProperties(propertyNames);
    this.context.enqueue(() => this.fill(properties));
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject") as boolean;
  }

  get name(): string {
    return this.loaded.get("name") as string;
  }
}

/** A worksheet-scoped named item (or its null object), as `worksheet.names` returns it (ExcelApi 1.4). */
class NamedItemDouble {
  private loaded = new Loaded();

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly sheet: () => string,
    private readonly itemName: string,
  ) {}

  /** Models "name", "comment", "visible". */
  load(propertyNames: string | string[]): this {
    const properties = splitProperties(propertyNames);
    this.context.enqueue(() => {
      const item = this.book.nameItem(this.sheet(), this.itemName);
      this.loaded.set("isNullObject", item === undefined);
      for (const property of properties) {
        if (!["name", "comment", "visible"].includes(property)) throw new Error(`The workbook double does not model NamedItem.${property}`);
        this.loaded.set(property, property === "name" ? this.itemName : item?.[property as "comment" | "visible"]);
      }
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject") as boolean;
  }

  get comment(): string {
    return this.loaded.get("comment") as string;
  }

  set visible(visible: boolean) {
    this.context.enqueue(() => this.book.setNameVisible(this.sheet(), this.itemName, visible));
  }
}

/**
 * A worksheet proxy. It follows the sheet by id, so renaming through it (or by the user) does not lose it.
 * `byName` proxies resolve their id at the next sync; a missing sheet is an ItemNotFound error then (or a null
 * object for getItemOrNullObject).
 */
class WorksheetDouble extends NamedProxyDouble {
  private resolvedId: string | undefined;
  private pendingName: string | undefined;

  constructor(
    context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    id?: string,
  ) {
    super(context);
    this.resolvedId = id;
  }

  static byName(context: RequestContextDouble, book: WorkbookDouble, name: string, orNull: boolean): WorksheetDouble {
    const sheet = new WorksheetDouble(context, book);
    sheet.pendingName = name;
    context.enqueue(() => {
      const id = book.findSheetId(name);
      sheet.loaded.set("isNullObject", id === undefined);
      if (id === undefined && !orNull) throw new Error(`ItemNotFound: there is no worksheet named "${name}"`);
      sheet.resolvedId = id;
    });
    return sheet;
  }

  /** The sheet's current name (at the time an operation runs). */
  private currentName = (): string => {
    if (this.resolvedId === undefined) throw new Error(`ItemNotFound: there is no worksheet named "${this.pendingName}"`);
    return this.book.sheetName(this.resolvedId);
  };

  /** Models "name" and "id". */
  fill(properties: string[]): void {
    for (const property of properties) {
      // Properties of a null object (getItemOrNullObject of a missing sheet) load as null, like Excel's.
      if (this.resolvedId === undefined) this.loaded.set(property, null);
      else if (property === "name") this.loaded.set("name", this.currentName());
      else if (property === "id") this.loaded.set("id", this.resolvedId);
      else throw new Error(`The workbook double does not model Worksheet.${property}`);
    }
  }


  // A setter alone would hide the inherited getter, so the pair is declared here.
  get name(): string {
    return super.name;
  }

  /** Renaming takes effect at the next sync. */
  set name(newName: string) {
    this.context.enqueue(() => this.book.renameSheet(this.currentName(), newName));
  }

  get id(): string {
    return this.loaded.get("id") as string;
  }

  /** ExcelApi 1.1: makes the sheet active (its A1 selected). */
  activate(): void {
    this.context.enqueue(() => this.book.select(this.currentName(), 0, 0));
  }

  get names(): {
    getItemOrNullObject: (name: string) => NamedItemDouble;
    add: (name: string, reference: unknown, comment?: string) => NamedItemDouble;
  } {
    return {
      getItemOrNullObject: (name) => new NamedItemDouble(this.context, this.book, this.currentName, name),
      add: (name, _reference, comment = "") => {
        this.context.enqueue(() => this.book.addName(this.currentName(), name, comment));
        return new NamedItemDouble(this.context, this.book, this.currentName, name);
      },
    };
  }

  /** ExcelApi 1.1: an Excel table over a range (with its header row when hasHeaders). */
  get tables(): { add: (range: RangeDouble | string, hasHeaders: boolean) => void } {
    return {
      add: (range, hasHeaders) => {
        if (typeof range === "string") throw new Error("The workbook double models tables.add with a Range only");
        this.context.enqueue(() => this.book.addTable(this.currentName(), range.areaAddress(), hasHeaders));
      },
    };
  }

  /** ExcelApi 1.1/1.7: charts.add over a Range; the chart is recorded in `book.charts` at the next sync. */
  get charts(): { add: (type: string, sourceData: RangeDouble, seriesBy?: string) => ChartDouble } {
    return {
      add: (type, sourceData, seriesBy = "Auto") => {
        const record: ChartRecord = { sheet: "", type, source: "", seriesBy, series: [] };
        this.context.enqueue(() => {
          record.sheet = this.currentName();
          record.source = sourceData.areaAddress();
          // Like Excel with one column of data: one series, named "Series1" until named.
          record.series.push({ name: "Series1", values: record.source });
          this.book.addChart(record);
        });
        return new ChartDouble(this.context, this.book, record);
      },
    };
  }

  delete(): void {
    this.context.enqueue(() => this.book.deleteSheet(this.currentName()));
  }

  getRange(address = "A1"): RangeDouble {
    return new RangeDouble(this.context, this.book, this.currentName, parseA1(address));
  }

  /** ExcelApi 1.7: the range of `rowCount` × `columnCount` cells from (startRow, startColumn), zero-based. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeDouble {
    if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) throw new Error("InvalidArgument: getRangeByIndexes outside the sheet");
    return new RangeDouble(this.context, this.book, this.currentName, { row: startRow, column: startColumn, rowCount, columnCount });
  }

  /** ExcelApi 1.4: the used range (values and formulas; with valuesOnly, cells with values), or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    return RangeDouble.used(this.context, this.book, this.currentName, valuesOnly, true);
  }
}

/**
 * A chart as recorded by the double: addresses are without the sheet, e.g. "H3:H13".
 * @example book.charts[0] // { sheet: "Segments", type: "BarClustered", source: "H3:H13", seriesBy: "Columns", series: […], … }
 */
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

/**
 * An Excel table as recorded by the double (address without the sheet, header row included).
 * @example book.tables[0] // { name: "Table1", sheet: "Customers", address: "A2:S2359", hasHeaders: true }
 */
export interface TableRecord {
  name: string;
  sheet: string;
  address: string;
  hasHeaders: boolean;
}

/** A series of a chart (ExcelApi 1.1 name; 1.7 setValues, setXAxisValues). */
class ChartSeriesDouble {
  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly series: () => ChartRecord["series"][number],
  ) {}

  set name(name: string) {
    this.context.enqueue(() => {
      this.series().name = name;
      this.book.touch();
    });
  }

  setValues(sourceData: RangeDouble): void {
    this.context.enqueue(() => {
      this.series().values = sourceData.areaAddress();
      this.book.touch();
    });
  }

  setXAxisValues(sourceData: RangeDouble): void {
    this.context.enqueue(() => {
      this.series().categories = sourceData.areaAddress();
      this.book.touch();
    });
  }
}

/** `worksheet.charts.add(…)`'s chart: title.text, series (getItemAt, add), setPosition. */
class ChartDouble {
  readonly title: { text: string };

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly record: ChartRecord,
  ) {
    this.title = {
      set text(text: string) {
        context.enqueue(() => {
          record.title = text;
          book.touch();
        });
      },
      get text(): string {
        throw notLoaded("title.text");
      },
    };
  }

  get series(): { getItemAt: (index: number) => ChartSeriesDouble; add: (name?: string) => ChartSeriesDouble } {
    return {
      getItemAt: (index) =>
        new ChartSeriesDouble(this.context, this.book, () => {
          const series = this.record.series[index];
          if (!series) throw new Error(`ItemNotFound: the chart has no series ${index}`);
          return series;
        }),
      add: (name = `Series${this.record.series.length + 1}`) => {
        let added: ChartRecord["series"][number] | undefined;
        this.context.enqueue(() => {
          added = { name };
          this.record.series.push(added);
          this.book.touch();
        });
        return new ChartSeriesDouble(this.context, this.book, () => {
          if (!added) throw new Error("The series was used before it was added");
          return added;
        });
      },
    };
  }

  setPosition(startCell: RangeDouble, endCell?: RangeDouble): void {
    this.context.enqueue(() => {
      this.record.position = { start: startCell.areaAddress(), end: endCell?.areaAddress() };
      this.book.touch();
    });
  }
}

/** `workbook.tables` (ExcelApi 1.1; getItemOrNullObject 1.4): load("items/name"), getItemOrNullObject. */
class TableCollectionDouble {
  private loadedItems: TableDouble[] | undefined;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
  ) {}

  /** Models "items/name". */
  load(propertyNames: string | string[]): this {
    const properties = splitProperties(propertyNames).map((path) => {
      const match = /^items\/(name)$/.exec(path);
      if (!match) throw new Error(`The workbook double does not model tables.load("${path}")`);
      return match[1];
    });
    this.context.enqueue(() => {
      this.loadedItems = this.book.tables.map((table) => {
        const proxy = new TableDouble(this.context, this.book, table.name);
        proxy.fill(properties);
        return proxy;
      });
    });
    return this;
  }

  get items(): TableDouble[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  getItemOrNullObject(name: string): TableDouble {
    const table = new TableDouble(this.context, this.book, name, true);
    this.context.enqueue(() => table.fill(["isNullObject"]));
    return table;
  }
}

/** An Excel table proxy: name, getRange() (ExcelApi 1.1). */
class TableDouble extends NamedProxyDouble {
  constructor(
    context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly tableName: string,
    private readonly orNull = false,
  ) {
    super(context);
  }

  private record(): TableRecord | undefined {
    return this.book.tables.find((table) => table.name.toLowerCase() === this.tableName.toLowerCase());
  }

  /** Models "name" (and "isNullObject"). */
  fill(properties: string[]): void {
    const table = this.record();
    for (const property of properties) {
      if (property === "isNullObject") this.loaded.set(property, table === undefined);
      // Properties of a null object (getItemOrNullObject of a missing table) load as null, like Excel's.
      else if (!table && this.orNull) this.loaded.set(property, null);
      else if (!table) throw new Error(`ItemNotFound: there is no table named "${this.tableName}"`);
      else if (property === "name") this.loaded.set(property, table.name);
      else throw new Error(`The workbook double does not model Table.${property}`);
    }
  }


  /** The table's whole range, header included, resolved when the batch runs. */
  getRange(): RangeDouble {
    const table = (): TableRecord => {
      const record = this.record();
      if (!record) throw new Error(`ItemNotFound: there is no table named "${this.tableName}"`);
      return record;
    };
    return new RangeDouble(
      this.context,
      this.book,
      () => table().sheet,
      () => parseA1(table().address),
    );
  }
}

/** `workbook.settings` (ExcelApi 1.4): add(key, value), getItemOrNullObject(key).load("value"). */
class SettingCollectionDouble {
  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
  ) {}

  add(key: string, value: unknown): void {
    this.context.enqueue(() => this.book.setSetting(key, value));
  }

  getItemOrNullObject(key: string): { load: (propertyNames: string) => void; readonly isNullObject: boolean; readonly value: unknown; delete: () => void } {
    const loaded = new Loaded();
    const { context, book } = this;
    context.enqueue(() => loaded.set("isNullObject", !book.settings.has(key)));
    return {
      load(propertyNames) {
        for (const property of splitProperties(propertyNames)) {
          if (property !== "value") throw new Error(`The workbook double does not model Setting.${property}`);
          // A null object's value loads as null, like Excel's.
          context.enqueue(() => loaded.set("value", book.settings.has(key) ? book.getSetting(key) : null));
        }
      },
      get isNullObject(): boolean {
        return loaded.get("isNullObject") as boolean;
      },
      get value(): unknown {
        return loaded.get("value");
      },
      delete() {
        context.enqueue(() => book.deleteSetting(key));
      },
    };
  }
}

const CELL_ARRAY_PROPERTIES = new Set(["formulas", "values", "numberFormat"]);

/** A range proxy. Its area may be fixed or resolved when the batch runs (used ranges, tables, regions). */
class RangeDouble {
  private loaded = new Loaded();
  private readonly areaAt: () => Area;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly sheet: () => string,
    area: Area | (() => Area),
  ) {
    this.areaAt = typeof area === "function" ? area : () => area;
  }

  static used(context: RequestContextDouble, book: WorkbookDouble, sheet: () => string, valuesOnly: boolean, orNull: boolean): RangeDouble {
    let found: Area | undefined;
    const range = new RangeDouble(context, book, sheet, () => {
      if (!found) throw new Error("InvalidReference: the used range of an empty sheet is a null object");
      return found;
    });
    context.enqueue(() => {
      found = book.usedArea(sheet(), valuesOnly) ?? (orNull ? undefined : { row: 0, column: 0, rowCount: 1, columnCount: 1 });
      range.loaded.set("isNullObject", found === undefined);
    });
    return range;
  }

  private derived(area: () => Area): RangeDouble {
    return new RangeDouble(this.context, this.book, this.sheet, area);
  }

  getCell(row: number, column: number): RangeDouble {
    return this.derived(() => {
      const { row: top, column: left } = this.areaAt();
      return { row: top + row, column: left + column, rowCount: 1, columnCount: 1 };
    });
  }

  /** ExcelApi 1.7: the same top-left cell, `deltaRows`/`deltaColumns` more (or fewer) rows and columns. */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeDouble {
    return this.derived(() => {
      const area = this.areaAt();
      const rowCount = area.rowCount + deltaRows;
      const columnCount = area.columnCount + deltaColumns;
      if (rowCount < 1 || columnCount < 1) throw new Error("InvalidArgument: getResizedRange would leave an empty range");
      return { ...area, rowCount, columnCount };
    });
  }

  /** ExcelApi 1.7: the region around the range bounded by blank rows and columns (Ctrl+A / Ctrl+*). */
  getSurroundingRegion(): RangeDouble {
    return this.derived(() => this.book.surroundingRegion(this.sheet(), this.areaAt()));
  }

  /** ExcelApi 1.1: selects the range (its sheet becomes the active sheet). */
  select(): void {
    this.context.enqueue(() => {
      const { row, column, rowCount, columnCount } = this.areaAt();
      this.book.select(this.sheet(), row, column, rowCount, columnCount);
    });
  }

  /** Models address, rowCount, columnCount, rowIndex, columnIndex, values, formulas, numberFormat. */
  load(propertyNames: string | string[]): this {
    const properties = splitProperties(propertyNames);
    this.context.enqueue(() => {
      for (const property of properties) {
        // A null object's properties load as null, like Excel's.
        const value = this.isNull() ? null : this.snapshot(property);
        if (CELL_ARRAY_PROPERTIES.has(property)) this.context.addPayload(JSON.stringify(value).length);
        this.loaded.set(property, value);
      }
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject") as boolean;
  }

  private isNull(): boolean {
    try {
      return this.loaded.get("isNullObject") === true;
    } catch {
      return false;
    }
  }

  get address(): string {
    return this.loaded.get("address") as string;
  }

  get rowCount(): number {
    return this.loaded.get("rowCount") as number;
  }

  get columnCount(): number {
    return this.loaded.get("columnCount") as number;
  }

  get rowIndex(): number {
    return this.loaded.get("rowIndex") as number;
  }

  get columnIndex(): number {
    return this.loaded.get("columnIndex") as number;
  }

  get formulas(): CellContent[][] {
    return this.loaded.get("formulas") as CellContent[][];
  }

  /** Writing formulas: text starting with "=" becomes a formula (its result unknown to the double: "#N/A"). */
  set formulas(formulas: CellContent[][]) {
    this.write(formulas);
  }

  get values(): CellContent[][] {
    return this.loaded.get("values") as CellContent[][];
  }

  /** Writing values: Excel's typing rules (see WorkbookDouble.enter). */
  set values(values: CellContent[][]) {
    this.write(values);
  }

  get numberFormat(): string[][] {
    return this.loaded.get("numberFormat") as string[][];
  }

  /** Writing number formats (e.g. "0.0%", "@" for Text); counted in the sync's payload like values. */
  set numberFormat(formats: string[][]) {
    this.checkDimensions(formats);
    this.context.enqueue(() => {
      const { row, column } = this.checkedArea(formats);
      this.context.addPayload(JSON.stringify(formats).length);
      formats.forEach((cells, r) => cells.forEach((format, c) => this.book.setNumberFormat(this.sheet(), row + r, column + c, format)));
    });
  }

  /** `range.format.autofitColumns()` (ExcelApi 1.2), recorded in `book.autofits` at the next sync. */
  get format(): { autofitColumns: () => void } {
    return {
      autofitColumns: () => {
        this.context.enqueue(() => this.book.addAutofit(this.sheet(), this.areaAddress()));
      },
    };
  }

  /** The range's A1 address without the sheet, e.g. "A3:S100" (for operations running in a sync). */
  areaAddress(): string {
    return areaToA1(this.areaAt());
  }

  private checkDimensions(contents: unknown[][]): void {
    if (contents.length === 0 || contents.some((cells) => cells.length !== contents[0].length)) {
      throw new Error("InvalidArgument: the array is empty or ragged");
    }
  }

  private checkedArea(contents: unknown[][]): Area {
    const area = this.areaAt();
    if (contents.length !== area.rowCount || contents.some((cells) => cells.length !== area.columnCount)) {
      throw new Error("InvalidArgument: the array does not match the range's dimensions");
    }
    return area;
  }

  private write(contents: CellContent[][]): void {
    this.checkDimensions(contents);
    this.context.enqueue(() => {
      const { row, column } = this.checkedArea(contents);
      this.context.addPayload(JSON.stringify(contents).length);
      const sheet = this.sheet();
      contents.forEach((cells, r) => cells.forEach((content, c) => this.book.enter(sheet, row + r, column + c, content)));
    });
  }

  private snapshot(property: string): unknown {
    const sheet = this.sheet();
    const area = this.areaAt();
    const { row, column, rowCount, columnCount } = area;
    const grid = (cell: (r: number, c: number) => unknown): unknown[][] =>
      Array.from({ length: rowCount }, (_, r) => Array.from({ length: columnCount }, (_, c) => cell(row + r, column + c)));
    switch (property) {
      case "address":
        return `${quoteSheetName(sheet)}!${areaToA1(area)}`;
      case "rowCount":
        return rowCount;
      case "columnCount":
        return columnCount;
      case "rowIndex":
        return row;
      case "columnIndex":
        return column;
      case "values":
        return grid((r, c) => this.book.getValue(sheet, r, c));
      case "formulas":
        return grid((r, c) => this.book.getFormula(sheet, r, c));
      case "numberFormat":
        return grid((r, c) => this.book.getNumberFormat(sheet, r, c));
      default:
        throw new Error(`The workbook double does not model the property "${property}"`);
    }
  }
}

/** A cell's stored content: a constant, or a formula with its result (an array result spills). */
interface StoredCell {
  content: CellContent;
  result?: CellContent | CellContent[][];
}

interface SheetRecord {
  id: string;
  name: string;
  visibility: string;
}

interface NameRecord {
  visible: boolean;
  comment: string;
}

/**
 * The whole workbook as plain data (for "nothing changed" comparisons).
 * @example expect(book.snapshot()).toEqual(before)
 */
export interface WorkbookSnapshot {
  sheets: Array<{ name: string; visibility: string; cells: Record<string, CellContent>; formats: Record<string, string>; names: Record<string, NameRecord> }>;
  tables: TableRecord[];
  charts: ChartRecord[];
  autofits: Array<{ sheet: string; address: string }>;
  settings: Record<string, string>;
  eventsEnabled: boolean;
}

const NUMBER_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/**
 * An in-memory workbook with `Excel.run`, for the adapter's tests and the demo page.
 * @example const book = new WorkbookDouble(); book.loadRows("Data", rows); book.install(frame.contentWindow); book.onChange(render)
 */
export class WorkbookDouble {
  syncCount = 0;
  /** The approximate payload of each sync so far, in bytes (JSON length of cell arrays loaded or written). */
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
  autofits: Array<{ sheet: string; address: string }> = [];
  /** `workbook.settings` (ExcelApi 1.4), stored as JSON text like the file does. */
  readonly settings = new Map<string, string>();
  /** Counts changes, so a sync knows whether to tell the listeners. */
  revision = 0;
  private sheets: SheetRecord[] = [{ id: "{sheet-1}", name: "Sheet1", visibility: "Visible" }];
  private nextSheetId = 2;
  private cells = new Map<string, Map<number, StoredCell>>();
  private numberFormats = new Map<string, Map<number, string>>();
  /** Spilled cells per sheet: key → the value shown. */
  private spills = new Map<string, Map<number, CellContent>>();
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
      if (id !== undefined) throw new Error(`ItemAlreadyExists: there is already a worksheet named "${name}"`);
      return;
    }
    if (!/^[^[\]:*?/\\]{1,31}$/.test(name) || name.startsWith("'")) throw new Error(`InvalidArgument: "${name}" is not a valid sheet name`);
    this.sheets.push({ id: id ?? this.reserveSheetId(), name, visibility: "Visible" });
    this.touch();
  }

  hasSheet(name: string): boolean {
    return this.findSheetId(name) !== undefined;
  }

  findSheetId(name: string): string | undefined {
    const exact = this.sheets.find((sheet) => sheet.name === name);
    if (exact) return exact.id;
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower)?.id;
  }

  sheetId(name: string): string {
    const id = this.findSheetId(name);
    if (id === undefined) throw new Error(`ItemNotFound: there is no worksheet named "${name}"`);
    return id;
  }

  sheetName(id: string): string {
    const sheet = this.sheets.find((candidate) => candidate.id === id);
    if (!sheet) throw new Error(`ItemNotFound: the worksheet ${id} was deleted`);
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
      throw new Error("InvalidOperation: a workbook must keep at least one visible worksheet");
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
      throw new Error("InvalidOperation: a workbook must keep at least one visible worksheet");
    }
    this.sheets = this.sheets.filter((sheet) => sheet.id !== id);
    for (const store of [this.cells, this.numberFormats, this.spills, this.names]) store.delete(real);
    this.tables = this.tables.filter((table) => table.sheet !== real);
    this.charts = this.charts.filter((chart) => chart.sheet !== real);
    this.autofits = this.autofits.filter((autofit) => autofit.sheet !== real);
    if (this.selection.sheet === real) this.selection = { sheet: this.sheets[0].name, row: 0, column: 0, rowCount: 1, columnCount: 1 };
    this.touch();
  }

  renameSheet(from: string, to: string): void {
    const id = this.sheetId(from);
    const real = this.sheetName(id);
    const clash = this.findSheetId(to);
    if (clash !== undefined && clash !== id) throw new Error(`ItemAlreadyExists: there is already a worksheet named "${to}"`);
    if (!/^[^[\]:*?/\\]{1,31}$/.test(to) || to.startsWith("'")) throw new Error(`InvalidArgument: "${to}" is not a valid sheet name`);
    this.sheets.find((sheet) => sheet.id === id)!.name = to;
    for (const store of [this.cells, this.numberFormats, this.spills, this.names] as Array<Map<string, unknown>>) {
      const value = store.get(real);
      store.delete(real);
      if (value !== undefined) store.set(to, value);
    }
    for (const table of this.tables) if (table.sheet === real) table.sheet = to;
    for (const chart of this.charts) if (chart.sheet === real) chart.sheet = to;
    for (const autofit of this.autofits) if (autofit.sheet === real) autofit.sheet = to;
    if (this.selection.sheet === real) this.selection = { ...this.selection, sheet: to };
    this.touch();
  }

  // ——— names, tables, charts, settings ———

  addName(sheet: string, name: string, comment = ""): void {
    const real = this.sheetName(this.sheetId(sheet));
    const names = this.names.get(real) ?? new Map<string, NameRecord>();
    if (names.has(name)) throw new Error(`ItemAlreadyExists: the name "${name}" already exists on "${sheet}"`);
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
    if (!item) throw new Error(`ItemNotFound: no name "${name}" on "${sheet}"`);
    item.visible = visible;
    this.touch();
  }

  /** Adds an Excel table over `address` (header row included); its name defaults to "Table1", "Table2", … */
  addTable(sheet: string, address: string, hasHeaders: boolean, name?: string): TableRecord {
    const real = this.sheetName(this.sheetId(sheet));
    let tableName = name;
    for (let n = 1; tableName === undefined; n++) {
      if (!this.tables.some((table) => table.name.toLowerCase() === `table${n}`)) tableName = `Table${n}`;
    }
    if (this.tables.some((table) => table.name.toLowerCase() === tableName!.toLowerCase())) {
      throw new Error(`ItemAlreadyExists: there is already a table named "${tableName}"`);
    }
    const record = { name: tableName, sheet: real, address: areaToA1(parseA1(address)), hasHeaders };
    this.tables.push(record);
    this.touch();
    return record;
  }

  addChart(record: ChartRecord): void {
    this.charts.push(record);
    this.touch();
  }

  addAutofit(sheet: string, address: string): void {
    this.autofits.push({ sheet, address });
    this.touch();
  }

  /** Stores a setting as JSON (as the file does); values that JSON cannot hold are an error. */
  setSetting(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    if (text === undefined) throw new Error("InvalidArgument: the setting's value cannot be stored");
    this.settings.set(key, text);
    this.touch();
  }

  getSetting(key: string): unknown {
    const text = this.settings.get(key);
    if (text === undefined) throw new Error(`ItemNotFound: there is no setting "${key}"`);
    return JSON.parse(text);
  }

  deleteSetting(key: string): void {
    if (!this.settings.delete(key)) throw new Error(`ItemNotFound: there is no setting "${key}"`);
    this.touch();
  }

  setEventsEnabled(enabled: boolean): void {
    this.eventsEnabled = enabled;
    this.touch();
  }

  // ——— cells ———

  private sheetCells(real: string): Map<number, StoredCell> {
    let cells = this.cells.get(real);
    if (!cells) this.cells.set(real, (cells = new Map()));
    return cells;
  }

  setNumberFormat(sheet: string, row: number, column: number, format: string): void {
    const real = this.sheetName(this.sheetId(sheet));
    let formats = this.numberFormats.get(real);
    if (!formats) this.numberFormats.set(real, (formats = new Map()));
    formats.set(cellKey(row, column), format);
    this.touch();
  }

  getNumberFormat(sheet: string, row: number, column: number): string {
    return this.numberFormats.get(sheet)?.get(cellKey(row, column)) ?? "General";
  }

  /** Whether the cell holds a formula (not text that merely starts with "="). */
  isFormula(sheet: string, row: number, column: number): boolean {
    return this.cells.get(sheet)?.get(cellKey(row, column))?.result !== undefined;
  }

  /** Removes the spill of the formula at `key`, if it spilled. */
  private clearSpill(sheet: string, row: number, column: number): void {
    const cell = this.cells.get(sheet)?.get(cellKey(row, column));
    if (!Array.isArray(cell?.result)) return;
    const spills = this.spills.get(sheet);
    cell.result.forEach((cells, r) =>
      cells.forEach((_, c) => {
        if (r > 0 || c > 0) spills?.delete(cellKey(row + r, column + c));
      }),
    );
  }

  private store(sheet: string, row: number, column: number, cell: StoredCell | undefined): void {
    if (this.eventsEnabled) this.cellWritesWithEvents += 1;
    this.addSheet(sheet);
    const real = this.sheetName(this.sheetId(sheet));
    const cells = this.sheetCells(real);
    this.clearSpill(real, row, column);
    const key = cellKey(row, column);
    if (cell === undefined) cells.delete(key);
    else cells.set(key, cell);
    this.spills.get(real)?.delete(key);
    if (Array.isArray(cell?.result)) {
      let spills = this.spills.get(real);
      if (!spills) this.spills.set(real, (spills = new Map()));
      const target = spills;
      cell.result.forEach((values, r) =>
        values.forEach((value, c) => {
          if (r > 0 || c > 0) target.set(cellKey(row + r, column + c), value);
        }),
      );
    }
    this.touch();
  }

  /** Puts a constant into a cell exactly as given ("" empties it); the sheet is created when missing. */
  setCell(sheet: string, row: number, column: number, content: CellContent): void {
    this.store(sheet, row, column, content === "" ? undefined : { content });
  }

  /**
   * A formula with its result, as Excel would have calculated it; an array result spills right and down from
   * the cell (the cell shows result[0][0]).
   * @example book.setFormula("Sheet1", 0, 0, "=KV.RFM(A2:C100)", [[5, 4], [3, 2]])
   */
  setFormula(sheet: string, row: number, column: number, formula: string, result: CellContent | CellContent[][]): void {
    this.store(sheet, row, column, { content: formula, result });
  }

  /**
   * A write through `range.values` or `range.formulas`, with Excel's typing rules: "'text" is text (the apostrophe
   * is not stored); in a cell not formatted "@" (Text), text starting with "=" becomes a formula (result "#N/A": the
   * double does not calculate) and number-like text becomes a number.
   */
  enter(sheet: string, row: number, column: number, content: CellContent): void {
    const text = this.getNumberFormat(sheet, row, column) === "@";
    if (typeof content !== "string" || text) return this.setCell(sheet, row, column, content);
    if (content.startsWith("'")) return this.setCell(sheet, row, column, content.slice(1));
    if (content.startsWith("=")) return this.setFormula(sheet, row, column, content, "#N/A");
    if (NUMBER_TEXT.test(content)) return this.setCell(sheet, row, column, Number(content));
    this.setCell(sheet, row, column, content);
  }

  /** What the cell holds: a constant, or a formula's text ("" when empty or spilled into). */
  getCell(sheet: string, row: number, column: number): CellContent {
    return this.cells.get(sheet)?.get(cellKey(row, column))?.content ?? "";
  }

  /** What `range.formulas` reports: the formula text, a constant, or a spilled cell's value. */
  getFormula(sheet: string, row: number, column: number): CellContent {
    const key = cellKey(row, column);
    return this.cells.get(sheet)?.get(key)?.content ?? this.spills.get(sheet)?.get(key) ?? "";
  }

  /** What the cell shows (`range.values`): a constant, a formula's result, or a spilled value. */
  getValue(sheet: string, row: number, column: number): CellContent {
    const key = cellKey(row, column);
    const cell = this.cells.get(sheet)?.get(key);
    if (cell) {
      if (cell.result === undefined) return cell.content;
      return Array.isArray(cell.result) ? cell.result[0][0] : cell.result;
    }
    return this.spills.get(sheet)?.get(key) ?? "";
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

  /** The occupied cells of a sheet as [row, column]: with content or a spilled value, and (unless valuesOnly) a number format. */
  private occupied(sheet: string, valuesOnly: boolean): Array<[number, number]> {
    const keys = new Set<number>([...(this.cells.get(sheet)?.keys() ?? []), ...(this.spills.get(sheet)?.keys() ?? [])]);
    if (!valuesOnly) for (const key of this.numberFormats.get(sheet)?.keys() ?? []) keys.add(key);
    return [...keys].map(parseKey);
  }

  /** The used range of a sheet (undefined when it is empty). */
  usedArea(sheet: string, valuesOnly = false): Area | undefined {
    const cells = this.occupied(this.sheetName(this.sheetId(sheet)), valuesOnly);
    if (cells.length === 0) return undefined;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [r, c] of cells) {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Rows and columns from A1 to the last used cell (what a grid needs to show); 0 × 0 for an empty sheet. */
  usedSize(sheet: string): { rowCount: number; columnCount: number } {
    const area = this.usedArea(sheet);
    return area ? { rowCount: area.row + area.rowCount, columnCount: area.column + area.columnCount } : { rowCount: 0, columnCount: 0 };
  }

  /** Excel's current region: grows the area while a cell next to it (diagonals included) is not blank. */
  surroundingRegion(sheet: string, area: Area): Area {
    const real = this.sheetName(this.sheetId(sheet));
    let { row: top, column: left } = area;
    let bottom = area.row + area.rowCount - 1;
    let right = area.column + area.columnCount - 1;
    const filled = (r: number, c: number): boolean => r >= 0 && c >= 0 && this.getValue(real, r, c) !== "";
    const rowFilled = (r: number): boolean => {
      for (let c = Math.max(0, left - 1); c <= right + 1; c++) if (filled(r, c)) return true;
      return false;
    };
    const columnFilled = (c: number): boolean => {
      for (let r = Math.max(0, top - 1); r <= bottom + 1; r++) if (filled(r, c)) return true;
      return false;
    };
    for (let grew = true; grew; ) {
      grew = false;
      if (top > 0 && rowFilled(top - 1)) {
        top -= 1;
        grew = true;
      }
      if (rowFilled(bottom + 1)) {
        bottom += 1;
        grew = true;
      }
      if (left > 0 && columnFilled(left - 1)) {
        left -= 1;
        grew = true;
      }
      if (columnFilled(right + 1)) {
        right += 1;
        grew = true;
      }
    }
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
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
    const cellRecord = <T>(map: Map<number, T> | undefined): Record<string, T> =>
      Object.fromEntries(
        [...(map ?? [])].sort(([a], [b]) => a - b).map(([key, value]) => {
          const [row, column] = parseKey(key);
          return [areaToA1({ row, column, rowCount: 1, columnCount: 1 }), value];
        }),
      );
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((sheet) => ({
          name: sheet.name,
          visibility: sheet.visibility,
          cells: cellRecord(new Map([...(this.cells.get(sheet.name) ?? [])].map(([key, cell]) => [key, cell.result === undefined ? cell.content : `${cell.content} → ${JSON.stringify(cell.result)}`]))),
          formats: cellRecord(this.numberFormats.get(sheet.name)),
          names: record(this.names.get(sheet.name)),
        })),
        tables: this.tables,
        charts: this.charts,
        autofits: this.autofits,
        settings: record(this.settings),
        eventsEnabled: this.eventsEnabled,
      }),
    ) as WorkbookSnapshot;
  }

  /**
   * Calls `hook(syncNumber)` at the start of every sync, before its operations run (e.g. to abort a signal
   * there); a hook that throws fails that sync with nothing applied. Returns a function that removes the hook.
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
      if (n === syncNumber) throw new Error(`GeneralException: sync ${syncNumber} failed (injected by the test)`);
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
   * Puts `Excel` (with `Excel.run`) on `target` (default: globalThis), e.g. the task pane iframe's window.
   * @example new WorkbookDouble().install(iframe.contentWindow)
   */
  install(target: object = globalThis): void {
    (target as { Excel?: unknown }).Excel = {
      run: <T>(batch: (context: RequestContextDouble) => Promise<T>) => batch(new RequestContextDouble(this)),
    };
  }
}

/** A sheet name as Excel writes it in an address: quoted ('It''s') unless it is a plain identifier. */
function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Excel's columns: A … XFD. */
const COLUMNS_PER_ROW = 16_384;

/** A cell's key in the per-sheet maps (a number: much faster than "row,column" strings for 100,000-row sheets). */
function cellKey(row: number, column: number): number {
  return row * COLUMNS_PER_ROW + column;
}

function parseKey(key: number): [number, number] {
  return [Math.floor(key / COLUMNS_PER_ROW), key % COLUMNS_PER_ROW];
}
