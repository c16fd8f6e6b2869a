import { notLoaded } from "./loadedProperties";
import type { WorkbookDouble } from "./workbookDouble";
import { WorkbookProxy } from "./workbookProxy";

/**
 * A request context: queues operations and runs them at `sync()`, like an Office.js batch.
 * @example const context = new RequestContextDouble(book); context.workbook.worksheets.add("Data"); await context.sync();
 */
export class RequestContextDouble {
  private pending: Array<() => void> = [];
  private pendingPayloadBytes = 0;
  readonly workbook: WorkbookProxy;
  /** ExcelApi 1.6: counts the calls, so tests can see calculation was suspended for bulk writes. */
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => {
      this.book.calculationSuspensions += 1;
    },
  };

  /** ExcelApi 1.8: `runtime.enableEvents`, readable after load and a sync; writes take effect at the next sync. */
  readonly runtime: { load: (propertyNames: string) => void; enableEvents: boolean };

  constructor(readonly book: WorkbookDouble) {
    const enqueue = (operation: () => void): void => this.enqueue(operation);
    let loaded: boolean | undefined;
    this.runtime = {
      load(propertyNames) {
        if (propertyNames !== "enableEvents") throw new Error(`The workbook double only models runtime.load("enableEvents"), got "${propertyNames}"`);
        enqueue(() => {
          loaded = book.eventsEnabled;
        });
      },
      get enableEvents(): boolean {
        if (loaded === undefined) throw notLoaded("enableEvents");
        return loaded;
      },
      set enableEvents(enabled: boolean) {
        enqueue(() => book.setEventsEnabled(enabled));
      },
    };
    this.workbook = new WorkbookProxy(this, book);
  }

  enqueue(operation: () => void): void {
    this.pending.push(operation);
  }

  /** Adds to the payload of the sync in progress (called by operations as they run). */
  addPayload(bytes: number): void {
    this.pendingPayloadBytes += bytes;
  }

  /** Runs the queued operations in order; one that throws stops the batch there (earlier ones stay applied), as in Excel. */
  async sync(): Promise<void> {
    this.book.syncCount += 1;
    const operations = this.pending;
    this.pending = [];
    this.pendingPayloadBytes = 0;
    const revision = this.book.revision;
    try {
      this.book.runSyncHooks(this.book.syncCount);
      operations.forEach((operation) => operation());
    } finally {
      this.book.syncPayloadBytes.push(this.pendingPayloadBytes);
      if (this.book.revision !== revision) this.book.notifyChange();
    }
  }
}
