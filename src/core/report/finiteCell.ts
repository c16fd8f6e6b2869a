import type { ReportCell } from "./reportModel";

/**
 * A number as a report cell, or null where it is not a number (shown empty, never as 0 or NaN).
 * @example finiteCell(Number.NaN) // null
 */
export function finiteCell(value: number | undefined | null): ReportCell {
  return value === undefined || value === null || !Number.isFinite(value) ? null : value;
}
