import { PAYLOAD_LIMIT_BYTES } from "../../excel/payloadSize";
import { excelError } from "./excelError";
import { notLoaded } from "./loadedProperties";
import type { WorkbookDouble } from "./workbookDouble";
import { WorkbookProxy } from "./workbookProxy";

/**
 * A request context: queues operations and runs them at `sync()`, like an Office.js batch. Each sync is held to Excel
 * on the web's payload limit (Microsoft Learn, "Resource limits and performance optimization for Office Add-ins": 5 MB
 * for requests and responses; error codes from "Error handling with the application-specific JavaScript APIs"): a
 * request whose cell arrays written come to more than PAYLOAD_LIMIT_BYTES fails with RequestPayloadSizeLimitExceeded
 * and nothing applied; one whose cell arrays loaded do fails with ResponsePayloadSizeLimitExceeded, nothing loaded.
 * @example const context = new RequestContextDouble(book); context.workbook.worksheets.add("Data"); await context.sync();
 */
export class RequestContextDouble {
  private pending: Array<() => void> = [];
  private pendingRequestBytes = 0;
  private responseBytes = 0;
  /** What the running sync's loads hand back once the response is known to fit. */
  private deliveries: Array<() => void> = [];
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

  /** Queues a write whose request carries `bytes` of cell arrays (counted when queued, as the request is built). */
  enqueueWrite(bytes: number, operation: () => void): void {
    this.pendingRequestBytes += bytes;
    this.enqueue(operation);
  }

  /**
   * Called by a load as it runs: `bytes` of cell arrays go into the response, and `deliver` makes them readable once
   * the whole response is known to fit.
   */
  respond(bytes: number, deliver: () => void): void {
    this.responseBytes += bytes;
    this.deliveries.push(deliver);
  }

  /**
   * Runs the queued operations in order; one that throws stops the batch there (earlier ones stay applied), as in Excel.
   * A request over the payload limit applies nothing; a response over it leaves the writes applied and loads nothing.
   */
  async sync(): Promise<void> {
    this.book.syncCount += 1;
    const operations = this.pending;
    const requestBytes = this.pendingRequestBytes;
    this.pending = [];
    this.pendingRequestBytes = 0;
    this.responseBytes = 0;
    this.deliveries = [];
    const revision = this.book.revision;
    try {
      this.book.runSyncHooks(this.book.syncCount);
      if (requestBytes > PAYLOAD_LIMIT_BYTES) {
        throw excelError("RequestPayloadSizeLimitExceeded", `the request carries ${requestBytes} bytes of cell arrays, more than ${PAYLOAD_LIMIT_BYTES}`);
      }
      operations.forEach((operation) => operation());
      if (this.responseBytes > PAYLOAD_LIMIT_BYTES) {
        throw excelError("ResponsePayloadSizeLimitExceeded", `the response carries ${this.responseBytes} bytes of cell arrays, more than ${PAYLOAD_LIMIT_BYTES}`);
      }
      this.deliveries.forEach((deliver) => deliver());
    } finally {
      this.book.syncPayloadBytes.push(requestBytes + this.responseBytes);
      this.deliveries = [];
      if (this.book.revision !== revision) this.book.notifyChange();
    }
  }
}
