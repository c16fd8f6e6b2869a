import { parseA1 } from "./cellAddressing";
import { NamedProxyDouble } from "./namedProxyDouble";
import { RangeDouble } from "./rangeDouble";
import type { TableRecord } from "./records";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";

/**
 * An Excel table proxy: name, getRange() (ExcelApi 1.1).
 * @example const range = context.workbook.tables.getItemOrNullObject("Sales").getRange().load("address");
 */
export class TableDouble extends NamedProxyDouble {
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
