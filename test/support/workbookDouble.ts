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
    worksheets: { getItem: (name: string) => WorksheetDouble };
  };

  constructor(private readonly book: WorkbookDouble) {
    this.workbook = {
      getSelectedRange: () => {
        const s = book.selection;
        return new RangeDouble(this, book, s.sheet, s);
      },
      worksheets: { getItem: (name: string) => new WorksheetDouble(this, book, name) },
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
    try {
      operations.forEach((operation) => operation());
    } finally {
      this.book.syncPayloadBytes.push(this.pendingPayloadBytes);
    }
  }
}

class WorksheetDouble {
  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly name: string,
  ) {
    // Like Excel, a missing worksheet is only reported when the batch is synced.
    context.enqueue(() => {
      if (!book.hasSheet(name)) throw new Error(`ItemNotFound: there is no worksheet named "${name}"`);
    });
  }

  getRange(address: string): RangeDouble {
    return new RangeDouble(this.context, this.book, this.name, parseA1(address));
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

  private write(contents: CellContent[][]): void {
    const { row, column, rowCount, columnCount } = this.area;
    if (contents.length !== rowCount || contents.some((cells) => cells.length !== columnCount)) {
      throw new Error("InvalidArgument: the array does not match the range's dimensions");
    }
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
  private cells = new Map<string, CellContent>();
  private sheets = new Set<string>(["Sheet1"]);

  addSheet(name: string): void {
    this.sheets.add(name);
  }

  hasSheet(name: string): boolean {
    return this.sheets.has(name);
  }

  setCell(sheet: string, row: number, column: number, content: CellContent): void {
    this.sheets.add(sheet);
    this.cells.set(`${sheet}!${row},${column}`, content);
  }

  getCell(sheet: string, row: number, column: number): CellContent {
    return this.cells.get(`${sheet}!${row},${column}`) ?? "";
  }

  /** Fills a block of cells with `rows`, its top-left cell at (row, column). */
  setValues(sheet: string, row: number, column: number, rows: CellContent[][]): void {
    rows.forEach((cells, r) => cells.forEach((content, c) => this.setCell(sheet, row + r, column + c, content)));
  }

  select(sheet: string, row: number, column: number, rowCount = 1, columnCount = 1): void {
    this.sheets.add(sheet);
    this.selection = { sheet, row, column, rowCount, columnCount };
  }

  /** Installs this workbook as the global `Excel` (only `Excel.run` is modelled). */
  install(): void {
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: <T>(batch: (context: RequestContextDouble) => Promise<T>) => batch(new RequestContextDouble(this)),
    };
  }
}
