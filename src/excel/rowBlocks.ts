/** One block of consecutive rows of a range, relative to the range's first row. */
export interface RowBlock {
  startRow: number;
  rowCount: number;
}

/** The payload budget of one block (one sync). */
export interface RowBlockOptions {
  /** Upper bound on the estimated payload of one block, in bytes (default 4,000,000). */
  maxBytesPerSync?: number;
  /** Estimated bytes one cell costs in a request's JSON payload (default 32). */
  bytesPerCellEstimate?: number;
}

/**
 * Splits rows into consecutive blocks whose estimated payload (rows × columns × bytesPerCellEstimate) stays within
 * `maxBytesPerSync`, one sync each. Excel on the web rejects requests and responses over about 5 MB
 * ("RequestPayloadSizeLimitExceeded"); 4 MB leaves room for the estimate. Every row is in exactly one block, in
 * order; a row wider than the budget gets a block of its own.
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
