/**
 * One block of consecutive rows of a range, relative to the range's first row.
 * @example { startRow: 25000, rowCount: 25000 }
 */
export interface RowBlock {
  startRow: number;
  rowCount: number;
}

/**
 * The payload budget of one block (one sync).
 * @example { maxBytesPerSync: 4_000_000, bytesPerCellEstimate: 32 }
 */
export interface RowBlockOptions {
  /** Upper bound on the estimated payload of one block, in bytes (default 4,000,000). */
  maxBytesPerSync?: number;
  /** Estimated bytes one cell costs in a request's JSON payload (default 32). */
  bytesPerCellEstimate?: number;
}

/**
 * Splits `rowCount` rows of `columnCount` columns into consecutive blocks whose estimated payload
 * (rows × columns × bytesPerCellEstimate) stays within `maxBytesPerSync`, so that each block can be read or
 * written in its own `context.sync()`.
 *
 * Why: Excel on the web rejects requests and responses larger than about 5 MB ("RequestPayloadSizeLimitExceeded"
 * / "ResponsePayloadSizeLimitExceeded"), so reading or writing a 100,000-row table in one sync fails there even
 * though it works on desktop. A 4 MB budget leaves headroom for the estimate and for the request's own envelope.
 *
 * Guarantees: the blocks cover rows 0 … rowCount − 1 exactly once, in order; every block has at least one row
 * (a single row wider than the budget still gets a block of its own); every block of more than one row is within
 * the budget. Zero rows give no blocks.
 * @example rowBlocks(100_000, 5) // [{ startRow: 0, rowCount: 25000 }, …, { startRow: 75000, rowCount: 25000 }]
 */
export function rowBlocks(rowCount: number, columnCount: number, options: RowBlockOptions = {}): RowBlock[] {
  const { maxBytesPerSync = 4_000_000, bytesPerCellEstimate = 32 } = options;
  if (!Number.isInteger(rowCount) || rowCount < 0) throw new RangeError(`rowCount must be a whole number ≥ 0, got ${rowCount}`);
  if (!Number.isInteger(columnCount) || columnCount < 0) {
    throw new RangeError(`columnCount must be a whole number ≥ 0, got ${columnCount}`);
  }
  if (!(maxBytesPerSync > 0)) throw new RangeError(`maxBytesPerSync must be > 0, got ${maxBytesPerSync}`);
  if (!(bytesPerCellEstimate > 0)) throw new RangeError(`bytesPerCellEstimate must be > 0, got ${bytesPerCellEstimate}`);

  const bytesPerRow = Math.max(1, columnCount) * bytesPerCellEstimate;
  const rowsPerBlock = Math.max(1, Math.floor(maxBytesPerSync / bytesPerRow));
  const blocks: RowBlock[] = [];
  for (let startRow = 0; startRow < rowCount; startRow += rowsPerBlock) {
    blocks.push({ startRow, rowCount: Math.min(rowsPerBlock, rowCount - startRow) });
  }
  return blocks;
}
