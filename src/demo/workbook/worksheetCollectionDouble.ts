import { itemProperties, notLoaded } from "./loadedProperties";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";
import { WorksheetDouble } from "./worksheetDouble";

/**
 * `workbook.worksheets`: getItem, getItemOrNullObject (ExcelApi 1.4), add, load("items/…").
 * @example const sheets = context.workbook.worksheets.load("items/name"); await context.sync(); sheets.items[0].name
 */
export class WorksheetCollectionDouble {
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
    const properties = itemProperties(propertyNames, ["name", "id"], "worksheets");
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
