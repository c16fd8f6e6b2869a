import type { CustomerSummary } from "../summary/customerSummary";
import type { SegmentAssignment } from "./assignSegments";

/** The figures of one segment. Ratios of an empty segment are NaN (nothing to average). */
export interface SegmentAggregate<Id extends string = string> {
  segment: Id;
  customers: number;
  /** customers / all assigned customers; the shares sum to 1. */
  share: number;
  /** Net revenue of the segment's customers up to the observation end. */
  revenue: number;
  /** Purchases (customer purchase days). */
  purchases: number;
  /** revenue / purchases. */
  averageOrderValue: number;
  /** Share of the segment's customers with a repeat purchase (x ≥ 1). */
  repeatRate: number;
  /** Σ CLV of the segment's customers; absent when no CLV was given. */
  totalClv?: number;
  /** totalClv / customers; absent when no CLV was given. */
  averageClv?: number;
  /** totalClv / Σ CLV of all assigned customers (the existing customers' part of customer equity); absent without CLV. */
  equityShare?: number;
  /** Mean P(alive) of the segment's repeat buyers (NaN without any: the model assumes 1 for the others); absent when no P(alive) was given. */
  averagePAlive?: number;
  /** Mean chance of buying again within the horizon; absent when no chance was given. */
  averagePurchaseChance?: number;
}

/** Model outputs per customer (index = the summary's customer index), both optional. */
export interface SegmentModelValues {
  clv?: Float64Array;
  pAlive?: Float64Array;
  purchaseChance?: Float64Array;
}

/**
 * The figures of every segment of an assignment (in its segment order, empty segments included), in one pass
 * over the customers: customers, share, revenue, purchases, average order value, repeat rate and, when the
 * models' per-customer CLV and P(alive) are given, total and average CLV, share of customer equity and
 * average P(alive). Customers with NO_SEGMENT are left out. CLV and P(alive) must be finite for every
 * assigned customer (a RangeError names the first that is not): a model that could not be fitted should give
 * its fallback (historical CLV), not NaN.
 *
 * Source: equity share = the segment's part of Σ CLV of existing customers, the first term of customer equity
 * (docs/ARCHITECTURE.md, "Models").
 * @example aggregateSegments(assignSegments(rfmScores(summary), defaultSegmentRules), summary, { clv, pAlive })
 * // [{ segment: "champions", customers: 1210, share: 0.121, revenue: …, totalClv: …, equityShare: 0.38, … }, …]
 */
export function aggregateSegments<Id extends string>(
  assignment: SegmentAssignment<Id>,
  summary: CustomerSummary,
  model: SegmentModelValues = {},
): SegmentAggregate<Id>[] {
  const segmentCount = assignment.segments.length;
  const customers = new Float64Array(segmentCount);
  const revenue = new Float64Array(segmentCount);
  const purchases = new Float64Array(segmentCount);
  const repeatCustomers = new Float64Array(segmentCount);
  const clv = new Float64Array(segmentCount);
  const pAlive = new Float64Array(segmentCount);
  const repeatBuyers = new Float64Array(segmentCount);
  const chance = new Float64Array(segmentCount);
  const { code } = assignment;
  const { clv: customerClv, pAlive: customerPAlive, purchaseChance: customerChance } = model;
  const { customersInRow } = summary;
  for (let index = 0; index < code.length; index += 1) {
    const segment = code[index];
    if (segment >= segmentCount) continue;
    const weight = customersInRow ? customersInRow[index] : 1;
    customers[segment] += weight;
    revenue[segment] += weight * summary.revenue[index];
    purchases[segment] += weight * summary.purchases[index];
    if (summary.frequency[index] >= 1) repeatCustomers[segment] += weight;
    if (customerClv !== undefined) clv[segment] += weight * finite(customerClv[index], "CLV", index);
    // P(alive) is the model's assumption (1) for a customer without a repeat purchase, not a measurement: only
    // repeat buyers are averaged.
    if (customerPAlive !== undefined && summary.frequency[index] >= 1) {
      pAlive[segment] += weight * finite(customerPAlive[index], "P(alive)", index);
      repeatBuyers[segment] += weight;
    }
    if (customerChance !== undefined) chance[segment] += weight * finite(customerChance[index], "purchase chance", index);
  }
  const assigned = customers.reduce((total, count) => total + count, 0);
  const equity = clv.reduce((total, value) => total + value, 0);
  return assignment.segments.map((segment, index) => ({
    segment,
    customers: customers[index],
    share: customers[index] / assigned,
    revenue: revenue[index],
    purchases: purchases[index],
    averageOrderValue: revenue[index] / purchases[index],
    repeatRate: repeatCustomers[index] / customers[index],
    ...(customerClv === undefined ? {} : { totalClv: clv[index], averageClv: clv[index] / customers[index], equityShare: clv[index] / equity }),
    ...(customerPAlive === undefined ? {} : { averagePAlive: pAlive[index] / repeatBuyers[index] }),
    ...(customerChance === undefined ? {} : { averagePurchaseChance: chance[index] / customers[index] }),
  }));
}

/** The value, if finite; else a RangeError naming the customer. */
function finite(value: number, name: string, index: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`${name} of customer ${index} is ${value}, not a finite number`);
  return value;
}
