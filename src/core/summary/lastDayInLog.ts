import { InputError } from "../inputError";
import type { TransactionLog } from "../transactionLog";

/**
 * The last day in the log (days since 1970-01-01 UTC), the default observation end. Every row counts, returns included. An empty log has no last day: InputError `noValues`.
 *
 * Source: lifetimes' summary_data_from_transaction_data, whose observation_period_end defaults to the
 * latest transaction date.
 * @example lastDayInLog({ customerIds: ["a"], customer: Int32Array.of(0, 0), day: Int32Array.of(10235, 9862),
 *   amount: Float64Array.of(5, -5), length: 2, hasAmounts: true }) // 10235 (1998-01-08)
 */
export function lastDayInLog(log: TransactionLog): number {
  if (log.length === 0) throw new InputError("noValues", "transactions", {});
  const { day } = log;
  let latest = day[0];
  for (let row = 1; row < log.length; row += 1) if (day[row] > latest) latest = day[row];
  return latest;
}
