import { excelError } from "./excelError";

/**
 * The error Office.js throws when a proxy's property is read before it was loaded and synced.
 * @example throw notLoaded("values")
 */
export function notLoaded(property: string): Error {
  return excelError("PropertyNotLoaded", `"${property}" was read before load("${property}") and context.sync()`);
}

/**
 * The property names of a `load` call, given comma-separated or as an array.
 * @example splitProperties("address, values") // ["address", "values"]
 */
export function splitProperties(propertyNames: string | string[]): string[] {
  const list = typeof propertyNames === "string" ? propertyNames.split(",") : propertyNames;
  return list.map((name) => name.trim()).filter((name) => name !== "");
}

/**
 * The item properties of a collection's `load("items/name,items/id")`; any path not modelled is an error.
 * @example itemProperties("items/name", ["name", "id"], "worksheets") // ["name"]
 */
export function itemProperties(propertyNames: string | string[], modelled: string[], collection: string): string[] {
  return splitProperties(propertyNames).map((path) => {
    const property = path.startsWith("items/") ? path.slice("items/".length) : "";
    if (!modelled.includes(property)) throw new Error(`The workbook double does not model ${collection}.load("${path}")`);
    return property;
  });
}

/**
 * A proxy's loaded properties: set by a queued operation at sync, read strictly afterwards.
 * @example const loaded = new LoadedProperties(); loaded.set("name", "Data"); loaded.get("name") // "Data"
 */
export class LoadedProperties {
  private values = new Map<string, unknown>();

  set(property: string, value: unknown): void {
    this.values.set(property, value);
  }

  /** The loaded value; PropertyNotLoaded when it was not loaded. */
  get(property: string): unknown {
    if (!this.values.has(property)) throw notLoaded(property);
    return this.values.get(property);
  }
}
