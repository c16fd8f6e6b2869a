import { LoadedProperties, splitProperties } from "./loadedProperties";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";

/**
 * A worksheet-scoped named item (or its null object), as `worksheet.names` returns it (ExcelApi 1.4).
 * @example const marker = sheet.names.getItemOrNullObject("Kundevaerdi_Report"); marker.load("comment");
 */
export class NamedItemDouble {
  private loaded = new LoadedProperties();

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
