/**
 * A workbook double for the Office.js adapter (src/excel). It enforces the proxy semantics that real Excel
 * has and that plain mocks miss: a property can only be read after `load` and a `context.sync()`, writes take
 * effect at the next sync, and every sync is counted.
 */
type CellContent = string | number | boolean;

function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

interface Selection {
  sheet: string;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

class RequestContextDouble {
  private pending: Array<() => void> = [];
  readonly workbook: { getSelectedRange: () => RangeDouble };

  constructor(private readonly book: WorkbookDouble) {
    this.workbook = {
      getSelectedRange: () => {
        const s = book.selection;
        return new RangeDouble(this, book, s.sheet, s.row, s.column, s.rowCount, s.columnCount);
      },
    };
  }

  enqueue(operation: () => void): void {
    this.pending.push(operation);
  }

  async sync(): Promise<void> {
    this.book.syncCount += 1;
    const operations = this.pending;
    this.pending = [];
    operations.forEach((operation) => operation());
  }
}

class RangeDouble {
  private loaded = new Map<string, unknown>();

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly sheet: string,
    private readonly row: number,
    private readonly column: number,
    private readonly rowCount: number,
    private readonly columnCount: number,
  ) {}

  getCell(row: number, column: number): RangeDouble {
    return new RangeDouble(this.context, this.book, this.sheet, this.row + row, this.column + column, 1, 1);
  }

  load(propertyNames: string | string[]): this {
    const properties = typeof propertyNames === "string" ? propertyNames.split(",").map((name) => name.trim()) : propertyNames;
    this.context.enqueue(() => {
      for (const property of properties) this.loaded.set(property, this.snapshot(property));
    });
    return this;
  }

  get address(): string {
    return this.read("address") as string;
  }

  get formulas(): CellContent[][] {
    return this.read("formulas") as CellContent[][];
  }

  set formulas(formulas: CellContent[][]) {
    if (formulas.length !== this.rowCount || formulas.some((row) => row.length !== this.columnCount)) {
      throw new Error("InvalidArgument: the formulas array does not match the range's dimensions");
    }
    this.context.enqueue(() =>
      formulas.forEach((cells, r) => cells.forEach((content, c) => this.book.setCell(this.sheet, this.row + r, this.column + c, content))),
    );
  }

  private read(property: string): unknown {
    if (!this.loaded.has(property)) {
      throw new Error(`PropertyNotLoaded: "${property}" was read before load("${property}") and context.sync()`);
    }
    return this.loaded.get(property);
  }

  private snapshot(property: string): unknown {
    if (property === "address") {
      const first = `${columnLetters(this.column)}${this.row + 1}`;
      const last = `${columnLetters(this.column + this.columnCount - 1)}${this.row + this.rowCount}`;
      return `${this.sheet}!${first === last ? first : `${first}:${last}`}`;
    }
    if (property === "formulas") {
      return Array.from({ length: this.rowCount }, (_, r) =>
        Array.from({ length: this.columnCount }, (_, c) => this.book.getCell(this.sheet, this.row + r, this.column + c)),
      );
    }
    throw new Error(`The workbook double does not model the property "${property}"`);
  }
}

/** An in-memory workbook with `Excel.run`, for the adapter's tests. */
export class WorkbookDouble {
  syncCount = 0;
  selection: Selection = { sheet: "Sheet1", row: 0, column: 0, rowCount: 1, columnCount: 1 };
  private cells = new Map<string, CellContent>();

  setCell(sheet: string, row: number, column: number, content: CellContent): void {
    this.cells.set(`${sheet}!${row},${column}`, content);
  }

  getCell(sheet: string, row: number, column: number): CellContent {
    return this.cells.get(`${sheet}!${row},${column}`) ?? "";
  }

  select(sheet: string, row: number, column: number, rowCount = 1, columnCount = 1): void {
    this.selection = { sheet, row, column, rowCount, columnCount };
  }

  /** Installs this workbook as the global `Excel` (only `Excel.run` is modelled). */
  install(): void {
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: <T>(batch: (context: RequestContextDouble) => Promise<T>) => batch(new RequestContextDouble(this)),
    };
  }
}
