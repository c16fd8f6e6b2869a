import { InputError } from "../inputError";
import { isFiniteNumber, isInteger } from "../hotGlobals";

/**
 * The per-customer repeat-purchase history the BG/NBD model reads (the lifetimes/BTYD convention),
 * one entry per customer, all times in one time unit (days or weeks, chosen by the caller):
 * - `frequency` x: number of repeat purchases (distinct purchase days − 1), a whole number ≥ 0;
 * - `recency` t_x: time from the first to the last purchase (0 when x = 0);
 * - `T`: time from the first purchase to the end of observation.
 */
export interface PurchaseHistory {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  /** How many customers each row stands for (a grouped summary: customers with equal x, t_x, T); absent = one each. */
  customersInRow?: Float64Array;
}

/**
 * A purchase history with spend: `monetary` is the mean value of the repeat purchases (first purchase excluded;
 * 0 when x = 0), the input of the Gamma-Gamma spend model.
 */
export interface SpendHistory extends PurchaseHistory {
  monetary: Float64Array;
}

/**
 * The number of customers a history stands for: Σ customersInRow, or its rows.
 * @example customersIn({ frequency: Float64Array.of(0, 1), recency: Float64Array.of(0, 2), T: Float64Array.of(5, 5), customersInRow: Float64Array.of(40, 2) }) // 42
 */
export function customersIn(history: Pick<PurchaseHistory, "frequency" | "customersInRow">): number {
  const { customersInRow } = history;
  if (!customersInRow) return history.frequency.length;
  let customers = 0;
  for (let row = 0; row < customersInRow.length; row += 1) customers += customersInRow[row];
  return customers;
}

/**
 * Checks a purchase history and returns its number of rows (of customers, or of groups with `customersInRow`, each
 * a whole number ≥ 0). Every value must be finite; frequency a whole
 * number ≥ 0; recency and T ≥ 0 with recency ≤ T. For x = 0 the recency is not used by any model.
 * Throws InputError naming the column (`cellNotANumber` gives the 1-based customer row); columns of different
 * lengths are a programming error (RangeError).
 * @example checkPurchaseHistory({ frequency: Float64Array.of(2), recency: Float64Array.of(30.43), T: Float64Array.of(38.86) }) // 1
 */
export function checkPurchaseHistory(history: PurchaseHistory): number {
  const count = history.frequency.length;
  const { customersInRow } = history;
  if (history.recency.length !== count || history.T.length !== count || (customersInRow && customersInRow.length !== count)) {
    throw new RangeError("frequency, recency, T and customersInRow must have one entry per row");
  }
  for (let row = 0; row < count; row += 1) {
    const frequency = checkedCell(history.frequency[row], "frequency", row);
    const recency = checkedCell(history.recency[row], "recency", row);
    const age = checkedCell(history.T[row], "T", row);
    if (!isInteger(frequency)) throw new InputError("mustBeWholeNumber", "frequency", { value: frequency });
    if (customersInRow) {
      const customers = checkedCell(customersInRow[row], "customers", row);
      if (!isInteger(customers)) throw new InputError("mustBeWholeNumber", "customers", { value: customers });
    }
    if (frequency > 0 && recency > age) {
      throw new InputError("mustNotExceed", "recency", { value: recency, limit: age, limitArgument: "T" });
    }
  }
  return count;
}

/**
 * Checks the spend column of a history (finite, ≥ 0, one entry per customer) and returns the number of customers.
 * @example checkSpendHistory({ frequency: Float64Array.of(2), recency: Float64Array.of(30.43), T: Float64Array.of(38.86), monetary: Float64Array.of(22.35) }) // 1
 */
export function checkSpendHistory(history: SpendHistory): number {
  const count = checkPurchaseHistory(history);
  if (history.monetary.length !== count) throw new RangeError("monetary must have one entry per customer");
  for (let row = 0; row < count; row += 1) checkedCell(history.monetary[row], "monetary", row);
  return count;
}

function checkedCell(value: number, column: string, row: number): number {
  if (!isFiniteNumber(value)) {
    throw new InputError("cellNotANumber", column, { value: String(value), row: row + 1, column: 1 });
  }
  if (value < 0) throw new InputError("mustBeNonNegative", column, { value });
  return value;
}
