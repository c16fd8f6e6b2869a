import type { InPageHost } from "../excel/inPageHost";
import type { WorkbookDouble } from "./workbookDouble";

/** What the demo page puts on its window for tests and for a look in the browser console. */
export interface DemoHandle {
  book: WorkbookDouble;
  /** Where the workbook's data came from ("cdnowElog.csv", or simulated). */
  source: string;
}

/**
 * Makes `book` the workbook of a task pane opened in an iframe of `page`: sets `page.kundevaerdiInPageHost` to
 * `{ Excel, displayLanguage }` with the double's `Excel.run`, which the pane (src/taskpane/index.tsx) takes from
 * its same-origin parent when it runs outside Office. Must run before the iframe is created; a change of
 * `displayLanguage` takes effect when the pane is loaded again. Also sets `page.kundevaerdiDemo` to the workbook,
 * for the end-to-end test and the browser console.
 * @example installInPageHost(window, book, "cdnowElog.csv", "da-DK"); document.body.append(iframe);
 */
export function installInPageHost(page: Window, book: WorkbookDouble, source: string, displayLanguage: string): InPageHost {
  const namespace: { Excel?: unknown } = {};
  book.install(namespace);
  const host: InPageHost = { Excel: namespace.Excel, displayLanguage };
  const slots = page as unknown as { kundevaerdiInPageHost?: InPageHost; kundevaerdiDemo?: DemoHandle };
  slots.kundevaerdiInPageHost = host;
  slots.kundevaerdiDemo = { book, source };
  return host;
}
