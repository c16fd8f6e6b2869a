import type { CustomerDayOrder } from "./customerDayOrder";
import { abs } from "../hotGlobals";

/**
 * Rounding noise allowed when returns cancel a day's purchases: a net of at most 10⁻⁹ × the day's gross Σ|amount|
 * counts as 0 (0.1 + 0.2 − 0.3 is 5.6e-17, not a purchase), far above double rounding and far below real amounts.
 *
 * Source: this project's choice.
 * @example isPurchaseDay(0.1 + 0.2 - 0.3, 0.6) // false: 5.6e-17 ≤ 10⁻⁹ × 0.6
 */
export const NET_ZERO_TOLERANCE = 1e-9;

/**
 * Whether one customer-day is a purchase, from the sums of its rows (net = Σ amount, gross = Σ |amount|): only
 * zero-amount rows, or a net above rounding noise.
 *
 * Source: the purchase-day rule, docs/ARCHITECTURE.md, "Purchases".
 * @example isPurchaseDay(0, 0) // true: only zero-amount rows, a purchase with spend 0
 * @example isPurchaseDay(0, 100) // false: +50 and −50 cancel
 * @example isPurchaseDay(30, 50) // true: +40 and −10, spend 30
 */
export function isPurchaseDay(net: number, gross: number): boolean {
  return gross === 0 || net > NET_ZERO_TOLERANCE * gross;
}

/**
 * Counts the purchase days (by isPurchaseDay) among positions from … to − 1 of a customerDayOrder, which
 * must be one customer's rows (sorted by day). In a log without amounts every day with a row is a purchase.
 * @example countPurchaseDays(customerDayOrder(log), log.hasAmounts, start[c], start[c + 1]) // customer c's purchase days
 */
export function countPurchaseDays({ day, amount }: CustomerDayOrder, hasAmounts: boolean, from: number, to: number): number {
  let purchaseDays = 0;
  let position = from;
  while (position < to) {
    const purchaseDay = day[position];
    let dayNet = 0;
    let dayGross = 0;
    for (; position < to && day[position] === purchaseDay; position += 1) {
      dayNet += amount[position];
      dayGross += abs(amount[position]);
    }
    if (!hasAmounts || isPurchaseDay(dayNet, dayGross)) purchaseDays += 1;
  }
  return purchaseDays;
}
