import { finiteResult, requireNonNegative, requirePositive } from "./argumentChecks";

export interface PurchaseFrequencyInput {
  /** Orders in the period (≥ 0). */
  orders: number;
  /** Distinct customers who ordered in the same period (> 0). */
  customers: number;
}

/**
 * Purchase frequency: orders / customers, the average number of orders per customer in the period.
 * Over a year it is the purchasesPerYear input of the simple CLV (see simpleClv).
 *
 * Source: the standard definition (number of orders divided by the number of unique customers).
 * @example purchaseFrequency({ orders: 1000, customers: 400 }) // 1000/400 = 2.5
 */
export function purchaseFrequency(input: PurchaseFrequencyInput): number {
  const orders = requireNonNegative(input.orders, "orders");
  const customers = requirePositive(input.customers, "customers");
  return finiteResult(orders / customers, ["orders", "customers"]);
}
