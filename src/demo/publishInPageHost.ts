import type { InPageHost } from "../excel/excelHost";
import type { WorkbookDouble } from "./workbook/workbookDouble";

/** What the demo page puts on its window for the end-to-end test and the browser console. */
export interface DemoHandle {
  book: WorkbookDouble;
  /** Where the workbook's data came from ("cdnowElog.csv", or simulated). */
  source: string;
}

/**
 * Offers `book` to a task pane opened in an iframe of `page`: sets `page.kundevaerdiInPageHost` (what the pane's
 * connectInPageHost looks for) and `page.kundevaerdiDemo`, with the display language and Office theme the pane is to
 * see. Call it before the iframe is created; a new display language takes effect when the pane loads again.
 * @example publishInPageHost(window, book, "cdnowElog.csv", "da-DK"); document.body.append(iframe);
 */
export function publishInPageHost(page: Window, book: WorkbookDouble, source: string, displayLanguage: string, officeTheme?: InPageHost["officeTheme"]): InPageHost {
  const namespace: { Excel?: unknown } = {};
  book.install(namespace);
  const host: InPageHost = { Excel: namespace.Excel, displayLanguage, officeTheme };
  const slots = page as unknown as { kundevaerdiInPageHost?: InPageHost; kundevaerdiDemo?: DemoHandle };
  slots.kundevaerdiInPageHost = host;
  slots.kundevaerdiDemo = { book, source };
  return host;
}
