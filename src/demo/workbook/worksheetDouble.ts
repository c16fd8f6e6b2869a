import { parseA1 } from "./cellAddressing";
import { ChartDouble, sourceSeries } from "./chartDouble";
import { excelError } from "./excelError";
import { NamedItemDouble } from "./namedItemDouble";
import { NamedProxyDouble } from "./namedProxyDouble";
import { RangeDouble } from "./rangeDouble";
import type { ChartRecord } from "./records";
import type { RequestContextDouble } from "./requestContextDouble";
import { TableDouble } from "./tableDouble";
import type { WorkbookDouble } from "./workbookDouble";

/**
 * A worksheet proxy that follows its sheet by id, so a rename (through it or by the user) does not lose it. A proxy
 * got by name resolves its id at the next sync: a missing sheet is ItemNotFound then, or a null object.
 * @example const sheet = context.workbook.worksheets.getItem("Data"); sheet.getRange("A1:C3").load("values");
 */
export class WorksheetDouble extends NamedProxyDouble {
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

  /** The proxy of `worksheets.getItem(name)`, or of getItemOrNullObject when `orNull`. */
  static byName(context: RequestContextDouble, book: WorkbookDouble, name: string, orNull: boolean): WorksheetDouble {
    const sheet = new WorksheetDouble(context, book);
    sheet.pendingName = name;
    context.enqueue(() => {
      const id = book.findSheetId(name);
      sheet.loaded.set("isNullObject", id === undefined);
      if (id === undefined && !orNull) throw excelError("ItemNotFound", `there is no worksheet named "${name}"`);
      sheet.resolvedId = id;
    });
    return sheet;
  }

  /** The sheet's current name (at the time an operation runs). */
  private currentName = (): string => {
    if (this.resolvedId === undefined) throw excelError("ItemNotFound", `there is no worksheet named "${this.pendingName}"`);
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

  /** ExcelApi 1.1: an Excel table over a range (with its header row when hasHeaders), named "Table1", … until renamed. */
  get tables(): { add: (range: RangeDouble | string, hasHeaders: boolean) => TableDouble } {
    return {
      add: (range, hasHeaders) => {
        if (typeof range === "string") throw new Error("The workbook double models tables.add with a Range only");
        return TableDouble.added(this.context, this.book, this.currentName, () => range.areaAddress(), hasHeaders);
      },
    };
  }

  /**
   * ExcelApi 1.1/1.7: charts.add over a Range, its series made from the source (sourceSeries: one per column or row,
   * at most 255); the chart is recorded in `book.charts` at the next sync.
   */
  get charts(): { add: (type: string, sourceData: RangeDouble, seriesBy?: string) => ChartDouble } {
    return {
      add: (type, sourceData, seriesBy = "Auto") => {
        const record: ChartRecord = { sheet: "", type, source: "", seriesBy, series: [] };
        this.context.enqueue(() => {
          record.sheet = this.currentName();
          record.source = sourceData.areaAddress();
          record.series = sourceSeries(parseA1(record.source), seriesBy);
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
    if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) throw excelError("InvalidArgument", "getRangeByIndexes outside the sheet");
    return new RangeDouble(this.context, this.book, this.currentName, { row: startRow, column: startColumn, rowCount, columnCount });
  }

  /** ExcelApi 1.4: the used range (values and formulas; with valuesOnly, cells with values), or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    return RangeDouble.used(this.context, this.book, this.currentName, valuesOnly, true);
  }
}
