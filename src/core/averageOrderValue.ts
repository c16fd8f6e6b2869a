import { finiteResult, requireNonNegative, requirePositive } from "./argumentChecks";

export interface AverageOrderValueInput {
  /** Revenue of the orders, in any currency (≥ 0). */
  revenue: number;
  /** Number of orders (> 0). */
  orders: number;
}

/**
 * Average order value: revenue / orders, in the currency of revenue. It is the averageOrderValue input of
 * the simple CLV (see simpleClv).
 *
 * Source: the standard retail and e-commerce definition (total revenue divided by the number of orders).
 * @example averageOrderValue({ revenue: 125000, orders: 500 }) // 125000/500 = 250
 */
export function averageOrderValue(input: AverageOrderValueInput): number {
  const revenue = requireNonNegative(input.revenue, "revenue");
  const orders = requirePositive(input.orders, "orders");
  return finiteResult(revenue / orders, ["revenue", "orders"]);
}
