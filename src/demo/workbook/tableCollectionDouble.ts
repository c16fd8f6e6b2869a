import { itemProperties, notLoaded } from "./loadedProperties";
import type { RequestContextDouble } from "./requestContextDouble";
import { TableDouble } from "./tableDouble";
import type { WorkbookDouble } from "./workbookDouble";

/**
 * `workbook.tables` (ExcelApi 1.1; getItemOrNullObject 1.4): load("items/name"), getItemOrNullObject.
 * @example const table = context.workbook.tables.getItemOrNullObject("Sales"); table.load("name");
 */
export class TableCollectionDouble {
  private loadedItems: TableDouble[] | undefined;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
  ) {}

  /** Models "items/name". */
  load(propertyNames: string | string[]): this {
    const properties = itemProperties(propertyNames, ["name"], "tables");
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
