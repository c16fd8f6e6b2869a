import type { CustomerSummary } from "../summary/customerSummary";
import type { SegmentAssignment } from "./assignSegments";
import { quintileCuts, quintileScores } from "./quintileScores";
import { NO_SEGMENT } from "./segmentRules";

/**
 * The value tiers (loyal customers, potential big spenders, one-time buyers), plus the remaining tier that makes them cover every customer.
 *
 * Source: docs/ARCHITECTURE.md, "Segments".
 * @example valueTierIds[0] // "loyalCustomers"
 */
export const valueTierIds = ["loyalCustomers", "potentialBigSpenders", "oneTimeBuyers", "otherCustomers"] as const;

/** A value tier. */
export type ValueTierId = (typeof valueTierIds)[number];

/**
 * One row of a value-tier table: a customer belongs to `tier` when every condition given holds (inclusive
 * bounds; an omitted bound is no condition). Scores are the 1–5 quintile scores of the customer base.
 */
export interface ValueTierRule<Id extends string = string> {
  tier: Id;
  minPurchases?: number;
  maxPurchases?: number;
  /** F score (number of purchases). */
  minFrequencyScore?: number;
  maxFrequencyScore?: number;
  /** Score of the average order value (revenue / purchases); a condition on it is never met when the log has no amounts. */
  minOrderValueScore?: number;
  maxOrderValueScore?: number;
  /** P(alive) from the BG/NBD; conditions on it are skipped when P(alive) is not given (or NaN for a customer). */
  minPAlive?: number;
  maxPAlive?: number;
}

/**
 * The value tiers as data, matched in order (first match wins) and ending in a rule without
 * conditions, so every customer lands in exactly one tier:
 * 1. loyal customers — frequent repeat buyers: at least 2 purchases, F score ≥ 4 and, when P(alive) is
 *    known, P(alive) ≥ 0.5 (a frequent buyer who has probably left is no longer counted as loyal);
 * 2. potential big spenders — high single purchase, low frequency: average order value in the top quintile
 *    (score 5) and F score ≤ 3 (for a one-time buyer the average order value is the single purchase);
 * 3. one-time buyers — low chance of return: exactly one purchase. P(alive) cannot mark them: the BG/NBD
 *    gives P(alive) = 1 to every customer with x = 0 (the δ(x > 0) term in Fader, Hardie & Lee,
 *    "Computing P(alive) using the BG/NBD model", 2008);
 * 4. other customers — everyone else (occasional repeat buyers, and frequent buyers who have probably left).
 *
 * Source: the value tiers of docs/ARCHITECTURE.md, "Segments"; thresholds are this project's, held as data to be edited.
 * @example assignValueTiers(summary, rfmScores(summary).frequency, { pAlive }) // uses defaultValueTierRules
 */
export const defaultValueTierRules: readonly ValueTierRule<ValueTierId>[] = [
  { tier: "loyalCustomers", minPurchases: 2, minFrequencyScore: 4, minPAlive: 0.5 },
  { tier: "potentialBigSpenders", minOrderValueScore: 5, maxFrequencyScore: 3 },
  { tier: "oneTimeBuyers", maxPurchases: 1 },
  { tier: "otherCustomers" },
];

/** Options of assignValueTiers. */
export interface ValueTierOptions<Id extends string> {
  /** Default: defaultValueTierRules. The last rule must have no conditions. */
  rules?: readonly ValueTierRule<Id>[];
  /** P(alive) per customer (summary index), from the BG/NBD; optional. */
  pAlive?: Float64Array;
}

const conditionKeys = [
  "minPurchases",
  "maxPurchases",
  "minFrequencyScore",
  "maxFrequencyScore",
  "minOrderValueScore",
  "maxOrderValueScore",
  "minPAlive",
  "maxPAlive",
] as const;

/**
 * Assigns every included customer of the summary to the first value-tier rule whose conditions hold;
 * excluded customers get NO_SEGMENT. `frequencyScores` are the F scores (rfmScores(summary).frequency);
 * the average-order-value scores are computed here by the same quintile rule (quintileCuts). Throws a
 * RangeError when the last rule has conditions (some customers could then land in no tier).
 *
 * Source: as defaultValueTierRules.
 * @example assignValueTiers(summary, rfmScores(summary).frequency).segments // ["loyalCustomers", "potentialBigSpenders", "oneTimeBuyers", "otherCustomers"]
 */
export function assignValueTiers<Id extends string = ValueTierId>(
  summary: CustomerSummary,
  frequencyScores: Uint8Array,
  options: ValueTierOptions<Id> = {},
): SegmentAssignment<Id> {
  const rules = options.rules ?? (defaultValueTierRules as unknown as readonly ValueTierRule<Id>[]);
  const last = rules[rules.length - 1];
  if (last === undefined || conditionKeys.some((key) => last[key] !== undefined)) {
    throw new RangeError("The last value-tier rule must have no conditions, so that every customer lands in a tier");
  }
  const { included, purchases } = summary;
  const orderValueScores =
    summary.hasAmounts && summary.includedCustomers > 0
      ? quintileScores(summary.averageOrderValue, quintileCuts(summary.averageOrderValue, "higherIsBetter", included, summary.customersInRow), included)
      : new Uint8Array(included.length);
  const segments: Id[] = [];
  for (const rule of rules) if (!segments.includes(rule.tier)) segments.push(rule.tier);
  // Rules that test the order value cannot match without amounts; the others are compiled to flat bounds.
  const usable = rules.filter((rule) => summary.hasAmounts || (rule.minOrderValueScore === undefined && rule.maxOrderValueScore === undefined));
  const ruleCodes = Uint8Array.from(usable, (rule) => segments.indexOf(rule.tier));
  const bounds = Float64Array.from(
    usable.flatMap((rule) => [
      rule.minPurchases ?? -Infinity,
      rule.maxPurchases ?? Infinity,
      rule.minFrequencyScore ?? -Infinity,
      rule.maxFrequencyScore ?? Infinity,
      rule.minOrderValueScore ?? -Infinity,
      rule.maxOrderValueScore ?? Infinity,
      rule.minPAlive ?? -Infinity,
      rule.maxPAlive ?? Infinity,
    ]),
  );
  const lastRule = usable.length - 1;
  const { pAlive } = options;
  const code = new Uint8Array(included.length);
  for (let index = 0; index < included.length; index += 1) {
    if (included[index] === 0) {
      code[index] = NO_SEGMENT;
      continue;
    }
    const customerPurchases = purchases[index];
    const frequencyScore = frequencyScores[index];
    const orderValueScore = orderValueScores[index];
    const customerPAlive = pAlive === undefined ? Number.NaN : pAlive[index];
    let rule = 0;
    for (; rule < lastRule; rule += 1) {
      const at = rule * 8;
      if (customerPurchases < bounds[at] || customerPurchases > bounds[at + 1]) continue;
      if (frequencyScore < bounds[at + 2] || frequencyScore > bounds[at + 3]) continue;
      if (orderValueScore < bounds[at + 4] || orderValueScore > bounds[at + 5]) continue;
      if (customerPAlive < bounds[at + 6] || customerPAlive > bounds[at + 7]) continue;
      break;
    }
    code[index] = ruleCodes[rule];
  }
  return { segments, code };
}
