import { InputError } from "./inputError";
import { finiteResult, requireFinite, requireNonNegative } from "./argumentChecks";

export interface CustomerEquityInput {
  /** One average CLV (a number) or the CLVs of individual customers (a list). CLVs may be negative. */
  clv: number | readonly number[];
  /** Number of existing customers; default: the number of CLVs in the list (required with a single average). */
  existingCustomers?: number;
  /** Expected number of new customers; default 0. May be fractional (an estimate). */
  newCustomers?: number;
  /** CLV of a new customer; default: the average of `clv`. */
  newCustomerClv?: number;
}

/**
 * Customer equity: the value of the existing customer base plus the expected new customers.
 * With avg = the mean of the CLVs,
 *   equity = avg × existingCustomers + newCustomers × newCustomerClv.
 * With a list of CLVs and no existingCustomers this is Σ CLV + newCustomers × newCustomerClv (the sum
 * is added exactly, not as avg × count); with newCustomerClv omitted it is the seed definition
 * average CLV × (existing + new customers). existingCustomers with a list scales the average of a
 * sample of customers up to the whole base.
 *
 * Source: Blattberg & Deighton (1996), "Manage marketing by the customer equity test", Harvard Business
 * Review 74(4); Rust, Lemon & Zeithaml (2004), "Return on marketing: using customer equity to focus
 * marketing strategy", Journal of Marketing 68(1): customer equity is the sum of the lifetime values of
 * current and future customers.
 * @example customerEquity({ clv: 1500, existingCustomers: 2000, newCustomers: 300 }) // 1500 × 2300 = 3 450 000
 * @example customerEquity({ clv: [1200, 800, 400], newCustomers: 10 }) // 2400 + 10 × 800 = 10 400
 */
export function customerEquity(input: CustomerEquityInput): number {
  const values = typeof input.clv === "number" ? [input.clv] : input.clv;
  if (values.length === 0) throw new InputError("noValues", "clv", {});
  const totalClv = values.reduce((sum, value) => sum + requireFinite(value, "clv"), 0);
  const averageClv = totalClv / values.length;
  const existingValue = existingCustomersValue(input, totalClv, averageClv);
  const newCustomers = input.newCustomers === undefined ? 0 : requireNonNegative(input.newCustomers, "newCustomers");
  const newCustomerClv =
    input.newCustomerClv === undefined ? averageClv : requireFinite(input.newCustomerClv, "newCustomerClv");
  return finiteResult(existingValue + newCustomers * newCustomerClv, [
    "clv",
    "existingCustomers",
    "newCustomers",
    "newCustomerClv",
  ]);
}

/** avg × existingCustomers when the count is given; Σ CLV for a list without it; an error for a single average without it. */
function existingCustomersValue(input: CustomerEquityInput, totalClv: number, averageClv: number): number {
  if (input.existingCustomers !== undefined) {
    return averageClv * requireNonNegative(input.existingCustomers, "existingCustomers");
  }
  if (typeof input.clv === "number") {
    throw new InputError("countRequiredForAverage", "existingCustomers", { averageArgument: "clv" });
  }
  return totalClv;
}
