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

/** One customer-day of a customerDayOrder, as readCustomerDay fills it in. */
export interface CustomerDay {
  day: number;
  /** Σ amount of the day's rows (returns negative). */
  net: number;
  /** Whether the day is a purchase (isPurchaseDay; every day with a row when the log has no amounts). */
  purchase: boolean;
  /** The position of the customer's next day (or `to`). */
  next: number;
}

/**
 * Reads the customer-day starting at `position` of a customerDayOrder into `into` (reused, so hot loops allocate
 * nothing): its day, the net of its rows, whether it is a purchase, and where the next day starts; `to` ends the
 * customer's rows (customerDayOrder has checked that every amount is a finite number).
 * @example const day = emptyCustomerDay(); for (let p = start[c]; p < start[c + 1]; p = day.next) readCustomerDay(order, true, p, start[c + 1], day);
 */
export function readCustomerDay({ day, amount }: CustomerDayOrder, hasAmounts: boolean, position: number, to: number, into: CustomerDay): CustomerDay {
  const purchaseDay = day[position];
  let net = 0;
  let gross = 0;
  let next = position;
  for (; next < to && day[next] === purchaseDay; next += 1) {
    const value = amount[next];
    net += value;
    gross += abs(value);
  }
  into.day = purchaseDay;
  into.net = net;
  into.purchase = !hasAmounts || isPurchaseDay(net, gross);
  into.next = next;
  return into;
}

/**
 * A CustomerDay to fill in with readCustomerDay.
 * @example emptyCustomerDay().next // 0
 */
export function emptyCustomerDay(): CustomerDay {
  return { day: 0, net: 0, purchase: false, next: 0 };
}

/**
 * Counts the purchase days (by isPurchaseDay) among positions from … to − 1 of a customerDayOrder, which
 * must be one customer's rows (sorted by day). In a log without amounts every day with a row is a purchase.
 * @example countPurchaseDays(customerDayOrder(log), log.hasAmounts, start[c], start[c + 1]) // customer c's purchase days
 */
export function countPurchaseDays(order: CustomerDayOrder, hasAmounts: boolean, from: number, to: number): number {
  let purchaseDays = 0;
  const current = emptyCustomerDay();
  for (let position = from; position < to; position = current.next) if (readCustomerDay(order, hasAmounts, position, to, current).purchase) purchaseDays += 1;
  return purchaseDays;
}

