import type { CellContent } from "../../src/demo/workbook/records";
import { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";

/** The double's `Excel.run`: a batch gets a fresh request context on the workbook. */
export type ExcelRun = <T>(batch: (context: any) => Promise<T>) => Promise<T>;

/**
 * A new workbook double installed as the global `Excel`, as Office provides it (the adapter's runExcel uses it). With
 * `rows`, they fill `sheet` from A1 and A1 is selected, so the region around the active cell is the whole block.
 * Pair it with {@link uninstallWorkbook}.
 * @example let book: WorkbookDouble; beforeEach(() => { book = installWorkbook(); }); afterEach(uninstallWorkbook);
 */
export function installWorkbook(rows?: CellContent[][], sheet = "Data"): WorkbookDouble {
  const book = new WorkbookDouble();
  if (rows) {
    book.loadRows(sheet, rows);
    book.select(sheet, 0, 0);
  }
  book.install(globalThis);
  return book;
}

/**
 * Removes the double's `Excel` from the global object.
 * @example afterEach(uninstallWorkbook);
 */
export function uninstallWorkbook(): void {
  delete (globalThis as { Excel?: unknown }).Excel;
}

/**
 * Runs `action` with `book` installed as the global `Excel`, then puts back whatever was there before.
 * @example const { sheets } = await withWorkbookInstalled(book, () => writeReport(report, "en"));
 */
export async function withWorkbookInstalled<T>(book: WorkbookDouble, action: () => Promise<T>): Promise<T> {
  const global = globalThis as { Excel?: unknown };
  const before = global.Excel;
  book.install(globalThis);
  try {
    return await action();
  } finally {
    global.Excel = before;
  }
}

/**
 * The double's `Excel.run`, installed on a private object: the global `Excel` is left alone.
 * @example const run = excelRunOf(book); await run(async (context) => { … });
 */
export function excelRunOf(book: WorkbookDouble): ExcelRun {
  const host: { Excel?: { run: ExcelRun } } = {};
  book.install(host);
  return host.Excel!.run;
}
