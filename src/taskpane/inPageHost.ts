/**
 * What a same-origin parent page offers a pane that runs outside Office (the demo page and the end-to-end test):
 * an `Excel` namespace backed by an in-page workbook, and optionally the display language to use.
 * @example window.kundevaerdiInPageHost = { Excel: { run }, displayLanguage: "da-DK" }
 */
export interface InPageHost {
  Excel: unknown;
  displayLanguage?: string;
}

/**
 * The in-page host of the parent page, or undefined: when the pane is not in a frame, when the parent has none,
 * or when the parent is cross-origin (Excel on the web), where touching it throws a SecurityError.
 * @example const host = findInPageHost(window); if (host) globalThis.Excel = host.Excel;
 */
export function findInPageHost(view: Window): InPageHost | undefined {
  try {
    if (view.parent === view) return undefined;
    const host = (view.parent as unknown as { kundevaerdiInPageHost?: Partial<InPageHost> }).kundevaerdiInPageHost;
    return host && host.Excel ? (host as InPageHost) : undefined;
  } catch {
    return undefined;
  }
}
