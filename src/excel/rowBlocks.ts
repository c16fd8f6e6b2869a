/** One block of consecutive rows of a range, relative to the range's first row. */
export interface RowBlock {
  startRow: number;
  rowCount: number;
}

/** The payload budget of one block (one sync). */
export interface RowBlockOptions {
  /** Upper bound on the payload of one block, in bytes (default MAX_BYTES_PER_SYNC). */
  maxBytesPerSync?: number;
  /** Estimated bytes one cell costs in a request's JSON payload (default 32), until a block measures more. */
  bytesPerCellEstimate?: number;
}

/**
 * The budget of one sync: Excel on the web refuses requests and responses over 5 MB ("RequestPayloadSizeLimitExceeded",
 * "ResponsePayloadSizeLimitExceeded"; PAYLOAD_LIMIT_BYTES in payloadSize.ts); 4 MB leaves room for the calls and
 * objects a payload also carries.
 */
export const MAX_BYTES_PER_SYNC = 4_000_000;

/** Checked options with their defaults. */
function budget(options: RowBlockOptions): { maxBytesPerSync: number; bytesPerCellEstimate: number } {
  const { maxBytesPerSync = MAX_BYTES_PER_SYNC, bytesPerCellEstimate = 32 } = options;
  if (!(maxBytesPerSync > 0)) throw new RangeError(`maxBytesPerSync must be > 0, got ${maxBytesPerSync}`);
  if (!(bytesPerCellEstimate > 0)) throw new RangeError(`bytesPerCellEstimate must be > 0, got ${bytesPerCellEstimate}`);
  return { maxBytesPerSync, bytesPerCellEstimate };
}

/**
 * The rows of one block by the estimate: as many as fit `maxBytesPerSync` at `bytesPerCellEstimate` a cell, at least 1.
 * @example rowsPerBlock(5) // 25000
 */
export function rowsPerBlock(columnCount: number, options: RowBlockOptions = {}): number {
  if (!Number.isInteger(columnCount) || columnCount < 0) throw new RangeError(`columnCount must be a whole number ≥ 0, got ${columnCount}`);
  const { maxBytesPerSync, bytesPerCellEstimate } = budget(options);
  return Math.max(1, Math.floor(maxBytesPerSync / (Math.max(1, columnCount) * bytesPerCellEstimate)));
}

/**
 * The rows the next block may take after a block of `measuredRows` rows measured `measuredBytes` (payloadSize.ts): as
 * many as fit `maxBytesPerSync` at that many bytes a row, at least 1 and at most `estimatedRows` (rowsPerBlock), so
 * blocks shrink only for data heavier than the estimate.
 * @example rowsWithinBudget(6_000_000, 25_000, 25_000) // 16666
 */
export function rowsWithinBudget(measuredBytes: number, measuredRows: number, estimatedRows: number, options: RowBlockOptions = {}): number {
  const { maxBytesPerSync } = budget(options);
  if (!(measuredRows >= 1) || !(measuredBytes > 0)) return estimatedRows;
  return Math.max(1, Math.min(estimatedRows, Math.floor((maxBytesPerSync * measuredRows) / measuredBytes)));
}

/**
 * Splits rows into consecutive blocks whose estimated payload (rows × columns × bytesPerCellEstimate) stays within
 * `maxBytesPerSync`, one sync each. Every row is in exactly one block, in order; a row wider than the budget gets a
 * block of its own. Text longer than the estimate needs blocks sized by what was measured (rowsWithinBudget).
 * @example rowBlocks(100_000, 5) // [{ startRow: 0, rowCount: 25000 }, …, { startRow: 75000, rowCount: 25000 }]
 */
export function rowBlocks(rowCount: number, columnCount: number, options: RowBlockOptions = {}): RowBlock[] {
  if (!Number.isInteger(rowCount) || rowCount < 0) throw new RangeError(`rowCount must be a whole number ≥ 0, got ${rowCount}`);
  const size = rowsPerBlock(columnCount, options);
  const blocks: RowBlock[] = [];
  for (let startRow = 0; startRow < rowCount; startRow += size) {
    blocks.push({ startRow, rowCount: Math.min(size, rowCount - startRow) });
  }
  return blocks;
}
