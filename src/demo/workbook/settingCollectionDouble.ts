import { LoadedProperties, splitProperties } from "./loadedProperties";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";

/** A setting proxy, or its null object: load("value"), isNullObject, value, delete. */
interface SettingDouble {
  load: (propertyNames: string) => void;
  readonly isNullObject: boolean;
  readonly value: unknown;
  delete: () => void;
}

/**
 * `workbook.settings` (ExcelApi 1.4): add(key, value), getItemOrNullObject(key).load("value").
 * @example const setting = context.workbook.settings.getItemOrNullObject("Kundevaerdi.lastRun"); setting.load("value");
 */
export class SettingCollectionDouble {
  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
  ) {}

  add(key: string, value: unknown): void {
    this.context.enqueue(() => this.book.setSetting(key, value));
  }

  getItemOrNullObject(key: string): SettingDouble {
    const loaded = new LoadedProperties();
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
