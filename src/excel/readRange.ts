import { throwIfAborted } from "./abortError";
import { runExcel } from "./excelHost";
import { AdaptiveRowBlocks } from "./adaptiveRowBlocks";
import type { RowBlockOptions } from "./rowBlocks";

/** Which range to read: an A1 address on a named worksheet, or the user's current selection. */
export type RangeSource = { sheet: string; address: string } | "selection";

/** Progress of a read: rows read so far out of the range's total. */
export interface ReadProgress {
  rowsRead: number;
  totalRows: number;
}

/** Options of a read: progress, cancel, a preview of the first rows, and the row-block budget. */
export interface ReadRangeOptions extends RowBlockOptions {
  /** Called after every block with the rows read so far; the last call has rowsRead === totalRows. */
  onProgress?: (progress: ReadProgress) => void;
  /** Aborting stops the read before its next sync; the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** Read only the range's first `maxRows` rows (a preview); a whole number ≥ 0. */
  maxRows?: number;
}

/** What a read returns. */
export interface RangeValues {
  /** The full address of the range read, e.g. "Data!A1:E100000". */
  address: string;
  /** The cell values, one array per row (blanks arrive as ""). */
  values: unknown[][];
  /** The range's rows, all of them (more than values.length when maxRows cut the read short). */
  rowCount: number;
}

/**
 * Reads a range's values in row blocks, one sync each, so 100,000-row tables stay under Excel on the web's 5 MB
 * payload limit per response, also when cells hold long text (see AdaptiveRowBlocks). ExcelApi 1.7 (`Range.getResizedRange`).
 * With `maxRows` only the first rows are read, and `rowCount` still gives the range's size. An aborted `signal`
 * stops before the next sync with an AbortError.
 * @example const { address, values } = await readRangeValues({ sheet: "Data", address: "A1:E100000" }, { onProgress })
 */
export async function readRangeValues(source: RangeSource, options: ReadRangeOptions = {}): Promise<RangeValues> {
  const { onProgress, signal, maxRows, ...blockOptions } = options;
  if (maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows >= 0)) throw new RangeError(`maxRows must be a whole number ≥ 0, got ${maxRows}`);
  throwIfAborted(signal, "read");
  return runExcel(async (context) => {
    const range =
      source === "selection" ? context.workbook.getSelectedRange() : context.workbook.worksheets.getItem(source.sheet).getRange(source.address);
    range.load(["address", "rowCount", "columnCount"]);
    await context.sync();
    const address = range.address;
    const rowCount = range.rowCount;
    const totalRows = Math.min(rowCount, maxRows ?? rowCount);
    const columnCount = range.columnCount;

    const values: unknown[][] = [];
    const blocks = new AdaptiveRowBlocks(totalRows, columnCount, blockOptions);
    for (let block = blocks.next(); block; block = blocks.next()) {
      throwIfAborted(signal, "read");
      const part = range.getCell(block.startRow, 0).getResizedRange(block.rowCount - 1, columnCount - 1);
      part.load("values");
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per row block keeps each response under Excel on the web's payload limit (Microsoft Learn, "Read or write to a large range using the Excel JavaScript API"); progress and cancel act between blocks
        await context.sync();
      } catch (error) {
        blocks.refused(block, error);
        continue;
      }
      for (const row of part.values) values.push(row);
      blocks.read(block, part.values);
      onProgress?.({ rowsRead: block.startRow + block.rowCount, totalRows });
    }
    throwIfAborted(signal, "read");
    return { address, values, rowCount };
  });
}
