import type { TransactionLog } from "../../../src/core/transactionLog";

/** One row of a hand-made log: customer id, day number, amount (omit amounts for a log without them). */
export type Row = readonly [customerId: string, day: number, amount?: number];

/**
 * A TransactionLog from rows, with ids in order of first appearance, plus `extraIds` (customers without
 * rows) appended. The log has amounts unless every row omits one.
 */
export function logOf(rows: readonly Row[], extraIds: readonly string[] = []): TransactionLog {
  const customerIds: string[] = [];
  const indexOf = new Map<string, number>();
  const idIndex = (id: string): number => {
    let index = indexOf.get(id);
    if (index === undefined) {
      index = customerIds.length;
      indexOf.set(id, index);
      customerIds.push(id);
    }
    return index;
  };
  const customer = Int32Array.from(rows, ([id]) => idIndex(id));
  for (const id of extraIds) idIndex(id);
  const hasAmounts = rows.length === 0 || rows.some((row) => row[2] !== undefined);
  return {
    customerIds,
    customer,
    day: Int32Array.from(rows, ([, day]) => day),
    amount: Float64Array.from(rows, ([, , amount]) => (hasAmounts ? (amount ?? 0) : Number.NaN)),
    length: rows.length,
    hasAmounts,
  };
}
