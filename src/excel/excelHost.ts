/**
 * What a same-origin parent page offers a pane running outside Office (the demo page, the end-to-end test): an
 * `Excel` namespace backed by an in-page workbook, and the display language and theme Office would give.
 */
export interface InPageHost {
  Excel: unknown;
  displayLanguage?: string;
  /** The fields of Office.context.officeTheme the pane reads, as Office would give them. */
  officeTheme?: { isDarkTheme?: boolean; bodyBackgroundColor?: string };
}

/**
 * Office's display language (e.g. "da-DK"), or undefined where Office is absent, has no context yet or gives none.
 * @example officeDisplayLanguage() // "da-DK" in a Danish Excel
 */
export function officeDisplayLanguage(): string | undefined {
  try {
    return (typeof Office !== "undefined" && Office.context?.displayLanguage) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Office's theme (Office.context.officeTheme: isDarkTheme and the body colour), or undefined where Office is absent or
 * gives none (the common API's OfficeTheme; not in every host).
 * @example officeTheme()?.isDarkTheme // true in Excel's Dark Gray and Black themes
 */
export function officeTheme(): { isDarkTheme?: boolean; bodyBackgroundColor?: string } | undefined {
  try {
    const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
    return theme ? { isDarkTheme: theme.isDarkTheme, bodyBackgroundColor: theme.bodyBackgroundColor } : undefined;
  } catch {
    return undefined;
  }
}

/** The part of Office.js's `Excel` namespace the adapter calls. */
type ExcelNamespace = Pick<typeof Excel, "run">;

/** The in-page host's namespace once connected; undefined inside Office, where the global `Excel` is used. */
let bound: ExcelNamespace | undefined;

/**
 * Runs a batch against the workbook: the connected in-page host's, else Office's global `Excel` (what tests install
 * the workbook double as).
 * @example const names = await runExcel(async (context) => { const sheets = context.workbook.worksheets.load("items/name"); await context.sync(); return sheets.items.map((s) => s.name); });
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return (bound ?? Excel).run(batch);
}

/** The parent page's host; undefined in a top-level page, under a parent without one, or cross-origin (SecurityError). */
function findInPageHost(view: Window): InPageHost | undefined {
  try {
    if (view.parent === view) return undefined;
    const host = (view.parent as unknown as { kundevaerdiInPageHost?: Partial<InPageHost> }).kundevaerdiInPageHost;
    return host && host.Excel ? (host as InPageHost) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Connects the pane to the in-page workbook of its same-origin parent page, if it has one: {@link runExcel} then runs
 * on the host's `Excel`, which also becomes `view.Excel`, as inside Office. Returns the host, or undefined.
 * @example const host = connectInPageHost(window); const language = host?.displayLanguage ?? Office.context.displayLanguage;
 */
export function connectInPageHost(view: Window): InPageHost | undefined {
  const host = findInPageHost(view);
  if (host) {
    bound = host.Excel as ExcelNamespace;
    (view as unknown as { Excel?: unknown }).Excel = host.Excel;
  }
  return host;
}
