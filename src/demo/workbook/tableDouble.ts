import { parseA1 } from "./cellAddressing";
import { excelError } from "./excelError";
import { NamedProxyDouble } from "./namedProxyDouble";
import { RangeDouble } from "./rangeDouble";
import type { TableRecord } from "./records";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";

/**
 * An Excel table proxy: name (read after load, or renamed), getRange() (ExcelApi 1.1).
 * @example const range = context.workbook.tables.getItemOrNullObject("Sales").getRange().load("address");
 */
export class TableDouble extends NamedProxyDouble {
  constructor(
    context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    /** The name the proxy finds its table by; set when the batch that adds the table runs, and on a rename through it. */
    private tableName: string,
    private readonly orNull = false,
  ) {
    super(context);
  }

  /**
   * The proxy `worksheet.tables.add` returns: the table is added over `address` of `sheet` when the batch runs.
   * @example const table = TableDouble.added(context, book, () => "Data", () => "A1:C10", true); table.name = "Sales";
   */
  static added(context: RequestContextDouble, book: WorkbookDouble, sheet: () => string, address: () => string, hasHeaders: boolean): TableDouble {
    const table = new TableDouble(context, book, "");
    context.enqueue(() => {
      table.tableName = book.addTable(sheet(), address(), hasHeaders).name;
    });
    return table;
  }

  private record(): TableRecord | undefined {
    return this.book.findTable(this.tableName);
  }

  // A setter alone would hide the inherited getter, so the pair is declared here.
  get name(): string {
    return super.name;
  }

  /** Renaming takes effect at the next sync, under Excel's rules for table names (tableNameRules.ts). */
  set name(newName: string) {
    this.context.enqueue(() => {
      const record = this.record();
      if (!record) throw excelError("ItemNotFound", `there is no table named "${this.tableName}"`);
      this.book.renameTable(record.name, newName);
      this.tableName = newName;
    });
  }

  /** Models "name" (and "isNullObject"). */
  fill(properties: string[]): void {
    const table = this.record();
    for (const property of properties) {
      if (property === "isNullObject") this.loaded.set(property, table === undefined);
      // Properties of a null object (getItemOrNullObject of a missing table) load as null, like Excel's.
      else if (!table && this.orNull) this.loaded.set(property, null);
      else if (!table) throw excelError("ItemNotFound", `there is no table named "${this.tableName}"`);
      else if (property === "name") this.loaded.set(property, table.name);
      else throw new Error(`The workbook double does not model Table.${property}`);
    }
  }

  /** The table's whole range, header included, resolved when the batch runs. */
  getRange(): RangeDouble {
    const table = (): TableRecord => {
      const record = this.record();
      if (!record) throw excelError("ItemNotFound", `there is no table named "${this.tableName}"`);
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
