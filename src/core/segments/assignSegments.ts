import type { RfmScores } from "./rfmScores";
import { NO_SEGMENT, segmentLookup, type SegmentRuleTable } from "./segmentRules";

/** Each customer's segment as a code into `segments` (index = the summary's customer index). */
export interface SegmentAssignment<Id extends string = string> {
  /** The segments in table order; code k means segments[k]. */
  segments: readonly Id[];
  /** Per customer: the segment's code, or NO_SEGMENT (255) for a customer outside the summary (score 0). */
  code: Uint8Array;
}

/**
 * Assigns every scored customer to the segment of the first rule covering their R, F (and M) scores, through
 * a 125-cell lookup (one array read per customer: a million customers in a few milliseconds). Customers
 * with R score 0 (not in the summary) get NO_SEGMENT. So that every scored customer lands in exactly one
 * segment, the table must have no gaps: a RangeError names the first uncovered cell a customer falls in
 * (check a user's table with validateRuleTable first). A table that restricts M on a log without amounts
 * (M scores 0) is a RangeError too. Overlaps are resolved by first match (validateRuleTable reports them).
 *
 * Source: docs/ARCHITECTURE.md, "Segments" (rules are data; every customer lands in one segment).
 * @example assignSegments(rfmScores(summary), defaultSegmentRules) // { segments: ["champions", …], code: Uint8Array }
 */
export function assignSegments<Id extends string>(scores: RfmScores, table: SegmentRuleTable<Id>): SegmentAssignment<Id> {
  const lookup = segmentLookup(table);
  const { recency, frequency, monetary } = scores;
  const code = new Uint8Array(recency.length);
  for (let index = 0; index < recency.length; index += 1) {
    const r = recency[index];
    if (r === 0) {
      code[index] = NO_SEGMENT;
      continue;
    }
    const m = lookup.usesMonetary ? monetary[index] : 1;
    if (m === 0) throw new RangeError("This segment table uses the M score, but the purchase log has no amounts");
    const segment = lookup.cell[(r - 1) * 25 + (frequency[index] - 1) * 5 + (m - 1)];
    if (segment === NO_SEGMENT) {
      throw new RangeError(`The segment table has no rule for R${r} F${frequency[index]}${lookup.usesMonetary ? ` M${m}` : ""}`);
    }
    code[index] = segment;
  }
  return { segments: lookup.segments, code };
}
