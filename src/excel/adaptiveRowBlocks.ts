import { jsonPayloadBytes } from "./payloadSize";
import { rowsPerBlock, rowsWithinBudget, type RowBlock, type RowBlockOptions } from "./rowBlocks";
import { isPayloadLimitError } from "./workbookErrors";

/**
 * Row blocks for reading a range, one sync each, within Excel on the web's payload limit whatever the cells hold: the
 * first block as rowsPerBlock estimates it, each later one sized by what the last block measured (rowsWithinBudget),
 * and a block whose sync Excel refuses for its size (isPayloadLimitError) halved and tried again. No later block is as
 * large as one refused, and after a refusal of a block sized by measurement (Excel counting more bytes than we
 * measure) none is larger than the last block read, so a refusal costs one round trip, not one a block. For loads
 * only: a refused response may leave a batch's writes applied.
 * @example const blocks = new AdaptiveRowBlocks(100_000, 5); for (let block = blocks.next(); block; block = blocks.next()) { …load; try { await context.sync(); } catch (error) { blocks.refused(block, error); continue; } blocks.read(block, part.values); }
 */
export class AdaptiveRowBlocks {
  private readonly estimatedRows: number;
  private size: number;
  private startRow = 0;
  /** The most rows a later block may have, lowered by each refusal. */
  private ceilingRows = Number.POSITIVE_INFINITY;
  /** The rows of the last block read (0 before the first). */
  private lastReadRows = 0;

  constructor(
    private readonly rowCount: number,
    columnCount: number,
    private readonly options: RowBlockOptions = {},
  ) {
    if (!Number.isInteger(rowCount) || rowCount < 0) throw new RangeError(`rowCount must be a whole number ≥ 0, got ${rowCount}`);
    this.estimatedRows = rowsPerBlock(columnCount, options);
    this.size = this.estimatedRows;
  }

  /** The next block to sync, or undefined once every row was read. */
  next(): RowBlock | undefined {
    if (this.startRow >= this.rowCount) return undefined;
    return { startRow: this.startRow, rowCount: Math.min(this.size, this.rowCount - this.startRow) };
  }

  /** After `block`'s sync failed: a refusal for its size halves it (next() gives the same rows, fewer); any other error, or a single row refused, is rethrown. */
  refused(block: RowBlock, error: unknown): void {
    if (!isPayloadLimitError(error) || block.rowCount === 1) throw error;
    this.ceilingRows = Math.min(this.ceilingRows, this.lastReadRows > 0 ? this.lastReadRows : block.rowCount - 1);
    this.size = Math.min(Math.ceil(block.rowCount / 2), this.ceilingRows);
  }

  /** After `block`'s sync succeeded, with what it loaded: its rows are done, and later blocks are sized by its bytes. */
  read(block: RowBlock, loaded: unknown): void {
    const measured = rowsWithinBudget(jsonPayloadBytes(loaded), block.rowCount, this.estimatedRows, this.options);
    this.size = Math.min(measured, this.ceilingRows);
    this.lastReadRows = block.rowCount;
    this.startRow = block.startRow + block.rowCount;
  }
}
