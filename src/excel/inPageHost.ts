/**
 * What a same-origin parent page offers a pane that runs outside Office (the demo page and the end-to-end test):
 * an `Excel` namespace backed by an in-page workbook (src/demo/workbookDouble.ts), and optionally the display
 * language to use, as Office.context.displayLanguage would give it inside Office. The pane looks for it on
 * `window.parent.kundevaerdiInPageHost` (src/taskpane/inPageHost.ts); the demo page puts it there
 * (src/demo/inPageHost.ts). Declared here, beside the adapter whose `Excel.run` calls it serves.
 * @example window.kundevaerdiInPageHost = { Excel: { run }, displayLanguage: "da-DK" }
 */
export interface InPageHost {
  Excel: unknown;
  displayLanguage?: string;
}
