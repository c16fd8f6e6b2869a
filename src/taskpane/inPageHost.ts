import type { InPageHost } from "../excel/inPageHost";

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
