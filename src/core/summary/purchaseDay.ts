import type { CustomerDayOrder } from "./customerDayOrder";

/**
 * Relative size of the rounding noise allowed when returns cancel a day's purchases: a net amount of at
 * most 10⁻⁹ × the day's gross Σ|amount| counts as 0 (0.1 + 0.2 − 0.3 is 5.6e-17 in floating point,
 * not a purchase of 5.6e-17). Far above double rounding (about 1e-16 per addition) and far below real
 * amounts: a net of 0.01 left after returns still counts as a purchase on a day whose rows total under 10⁷.
 *
 * Source: this project's choice; see isPurchaseDay.
 * @example isPurchaseDay(0.1 + 0.2 - 0.3, 0.6) // false: 5.6e-17 ≤ 10⁻⁹ × 0.6
 */
export const NET_ZERO_TOLERANCE = 1e-9;

/**
 * Whether one customer-day is a purchase, from the sums of its rows: `net` = Σ amount, `gross` = Σ |amount|.
 *
 * The rule (issue 3 §1 and DESIGN.md, reconciled): rows of the same customer-day are netted first, then
 * - a day whose rows are all zero-amount (gross = 0) is a purchase with no spend;
 * - otherwise the day is a purchase when its net is positive beyond rounding noise
 *   (net > NET_ZERO_TOLERANCE × gross), with spend = net;
 * - so a day whose returns bring the net to 0 or below is not a purchase, and a zero-amount row on a day
 *   with a return does not rescue it.
 * A day without any return always has net = gross, so it is a purchase whenever it has a row.
 *
 * Source: issue 3 §1 "Negative amounts are returns: they are netted into that customer-day; a customer-day
 * whose net is ≤ 0 is not a purchase. Zero-amount rows are purchases with no spend."
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
 *
 * Source: the same-day rule above (issue 3 §1).
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
      dayGross += Math.abs(amount[position]);
    }
    if (!hasAmounts || isPurchaseDay(dayNet, dayGross)) purchaseDays += 1;
  }
  return purchaseDays;
}
