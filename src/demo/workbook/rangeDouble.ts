import { areaAddress, type CellArea } from "../../excel/a1";
import { quoteSheetName } from "../../excel/a1";
import { jsonPayloadBytes } from "../../excel/payloadSize";
import { ConditionalFormatDouble } from "./conditionalFormatDouble";
import { excelError } from "./excelError";
import { LoadedProperties, splitProperties } from "./loadedProperties";
import { numberFormatProblem } from "./numberFormatRules";
import { RangeFormatDouble } from "./rangeFormatDouble";
import type { CellContent, ConditionalFormatRecord } from "./records";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";

/** The properties whose load or write counts in a sync's payload: cell arrays. */
const CELL_ARRAY_PROPERTIES = new Set(["formulas", "values", "numberFormat"]);

/**
 * The most cells a range may have for a read of its cells, on every platform (Microsoft Learn, "Resource limits and
 * performance optimization for Office Add-ins": "A range is limited to 5,000,000 cells for read operations").
 */
export const READ_CELL_LIMIT = 5_000_000;

/**
 * A range proxy; its area is fixed, or resolved when the batch runs (used ranges, tables, regions).
 * @example const range = sheet.getRange("A1:C3"); range.load("values"); await context.sync(); range.values
 */
export class RangeDouble {
  private loaded = new LoadedProperties();
  private readonly areaAt: () => CellArea;
  private formatProxy: RangeFormatDouble | undefined;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly sheet: () => string,
    area: CellArea | (() => CellArea),
  ) {
    this.areaAt = typeof area === "function" ? area : () => area;
  }

  /** The used range of a sheet, found at the next sync; with `orNull`, a null object for an empty sheet. */
  static used(context: RequestContextDouble, book: WorkbookDouble, sheet: () => string, valuesOnly: boolean, orNull: boolean): RangeDouble {
    let found: CellArea | undefined;
    const range = new RangeDouble(context, book, sheet, () => {
      if (!found) throw excelError("InvalidReference", "the used range of an empty sheet is a null object");
      return found;
    });
    context.enqueue(() => {
      found = book.usedArea(sheet(), valuesOnly) ?? (orNull ? undefined : { row: 0, column: 0, rowCount: 1, columnCount: 1 });
      range.loaded.set("isNullObject", found === undefined);
    });
    return range;
  }

  private derived(area: () => CellArea): RangeDouble {
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
      if (rowCount < 1 || columnCount < 1) throw excelError("InvalidArgument", "getResizedRange would leave an empty range");
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

  /**
   * Models address, rowCount, columnCount, rowIndex, columnIndex, values, formulas, numberFormat. The cell arrays count
   * in the sync's response (a range over READ_CELL_LIMIT cells is RangeExceedsLimit); what is loaded becomes readable
   * when the sync succeeds.
   */
  load(propertyNames: string | string[]): this {
    const properties = splitProperties(propertyNames);
    this.context.enqueue(() => {
      for (const property of properties) {
        const cellArray = CELL_ARRAY_PROPERTIES.has(property);
        if (cellArray && !this.isNull()) {
          const { rowCount, columnCount } = this.areaAt();
          if (rowCount * columnCount > READ_CELL_LIMIT) {
            throw excelError("RangeExceedsLimit", `reading ${property} of ${rowCount * columnCount} cells, more than ${READ_CELL_LIMIT}`);
          }
        }
        // A null object's properties load as null, like Excel's.
        const value = this.isNull() ? null : this.snapshot(property);
        this.context.respond(cellArray ? jsonPayloadBytes(value) : 0, () => this.loaded.set(property, value));
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

  /** Writing formulas: Excel's typing rules as for values (see WorkbookDouble.enter); a formula's result is "#N/A" (the double does not calculate). */
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

  /**
   * Writing number formats (e.g. "0.0%", "@" for Text), counted in the sync's request like values. A format code Excel
   * refuses (numberFormatRules.ts) fails the sync with InvalidArgument before any cell of the range changes.
   */
  set numberFormat(formats: string[][]) {
    this.checkDimensions(formats);
    this.context.enqueueWrite(jsonPayloadBytes(formats), () => {
      const { row, column } = this.checkedArea(formats);
      for (const format of formats.flat()) {
        if (typeof format !== "string") throw new Error(`The workbook double models number formats given as text only, got ${JSON.stringify(format)}`);
        const problem = numberFormatProblem(format);
        if (problem) throw excelError("InvalidArgument", `the number format ${JSON.stringify(format)} ${problem}`);
      }
      formats.forEach((cells, r) => cells.forEach((format, c) => this.book.setNumberFormat(this.sheet(), row + r, column + c, format)));
    });
  }

  /** `range.format` (one proxy per range, as Office.js): autofitColumns() and font; see RangeFormatDouble. */
  get format(): RangeFormatDouble {
    this.formatProxy ??= new RangeFormatDouble(this.context, this.book, this.sheet, this.areaAt);
    return this.formatProxy;
  }

  /**
   * `range.conditionalFormats.add(type)` (ExcelApi 1.6): the double models "ColorScale" (recorded in
   * `book.conditionalFormats` with the range's area at the next sync); another type is refused as InvalidArgument.
   */
  get conditionalFormats(): { add: (type: string) => ConditionalFormatDouble } {
    return {
      add: (type) => {
        if (type !== "ColorScale") throw excelError("InvalidArgument", `the workbook double models conditional formats of type "ColorScale" only, got ${JSON.stringify(type)}`);
        const record: ConditionalFormatRecord = { sheet: "", address: "", type };
        this.context.enqueue(() => {
          record.sheet = this.sheet();
          record.address = this.areaAddress();
          this.book.addConditionalFormat(record);
        });
        return new ConditionalFormatDouble(this.context, this.book, record);
      },
    };
  }

  /** The range's A1 address without the sheet, e.g. "A3:S100" (for operations running in a sync). */
  areaAddress(): string {
    return areaAddress(this.areaAt());
  }

  private checkDimensions(contents: unknown[][]): void {
    if (contents.length === 0 || contents.some((cells) => cells.length !== contents[0].length)) {
      throw excelError("InvalidArgument", "the array is empty or ragged");
    }
  }

  private checkedArea(contents: unknown[][]): CellArea {
    const area = this.areaAt();
    if (contents.length !== area.rowCount || contents.some((cells) => cells.length !== area.columnCount)) {
      throw excelError("InvalidArgument", "the array does not match the range's dimensions");
    }
    return area;
  }

  private write(contents: CellContent[][]): void {
    this.checkDimensions(contents);
    this.context.enqueueWrite(jsonPayloadBytes(contents), () => {
      const { row, column } = this.checkedArea(contents);
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
        return `${quoteSheetName(sheet)}!${areaAddress(area)}`;
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
