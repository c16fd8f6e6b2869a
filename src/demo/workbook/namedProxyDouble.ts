import { LoadedProperties, splitProperties } from "./loadedProperties";
import type { RequestContextDouble } from "./requestContextDouble";

/**
 * What the worksheet and table proxies share: `load` queues `fill` for the next sync; `isNullObject` and `name` are
 * read strictly from what was loaded.
 * @example class TableDouble extends NamedProxyDouble { fill(properties: string[]): void { … } }
 */
export abstract class NamedProxyDouble {
  protected loaded = new LoadedProperties();

  constructor(protected readonly context: RequestContextDouble) {}

  /** Loads `properties` now (at sync, or inside an operation already running in one). */
  abstract fill(properties: string[]): void;

  load(propertyNames: string | string[]): this {
    const properties = splitProperties(propertyNames);
    this.context.enqueue(() => this.fill(properties));
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject") as boolean;
  }

  get name(): string {
    return this.loaded.get("name") as string;
  }
}
