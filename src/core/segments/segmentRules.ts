/**
 * One row of a segment rule table: the customers whose R, F (and M) scores lie in the inclusive ranges
 * belong to `segment`. Omitted M bounds mean 1–5 (the rule does not look at M). Scores are whole numbers 1–5.
 */
export interface SegmentRule<Id extends string = string> {
  segment: Id;
  rMin: number;
  rMax: number;
  fMin: number;
  fMax: number;
  mMin?: number;
  mMax?: number;
}

/** A rule table: rows are matched in order, the first rule that covers a customer's scores wins. */
export type SegmentRuleTable<Id extends string = string> = readonly SegmentRule<Id>[];

/** One cell of the score grid; m is absent when the table does not look at M (the 5 × 5 R × F grid). */
export interface ScoreCell {
  r: number;
  f: number;
  m?: number;
}

/**
 * The code of "no segment" in a segment lookup or assignment (an excluded customer, or a gap in a table):
 * the largest Uint8Array value, so codes 0–254 name segments.
 *
 * Source: this project's encoding.
 * @example assignment.code[index] === NO_SEGMENT // the customer is not in the summary
 */
export const NO_SEGMENT = 255;

/** A rule table compiled to a lookup over the 125 cells of the R × F × M grid. */
export interface SegmentLookup<Id extends string = string> {
  /** The table's segments in order of first appearance; codes index this list. */
  segments: readonly Id[];
  /** cell[(r − 1)·25 + (f − 1)·5 + (m − 1)] = code of the first rule covering (r, f, m), or NO_SEGMENT. */
  cell: Uint8Array;
  /** Whether any rule restricts M (then customers need an M score). */
  usesMonetary: boolean;
}

/**
 * Whether a rule covers the scores r, f, m (m undefined: the rule's M range is not checked).
 *
 * Source: the inclusive-range rule tables of RFM practice (docs/ARCHITECTURE.md, "Segments").
 * @example ruleCovers({ segment: "loyal", rMin: 3, rMax: 4, fMin: 4, fMax: 5 }, 4, 5, 1) // true
 */
export function ruleCovers(rule: SegmentRule, r: number, f: number, m?: number): boolean {
  return (
    rule.rMin <= r &&
    r <= rule.rMax &&
    rule.fMin <= f &&
    f <= rule.fMax &&
    (m === undefined || ((rule.mMin ?? 1) <= m && m <= (rule.mMax ?? 5)))
  );
}

/**
 * Whether a rule table restricts M anywhere (some rule's M range is narrower than 1–5).
 *
 * Source: definition.
 * @example tableUsesMonetary(defaultSegmentRules) // false: the default map is an R × F grid
 */
export function tableUsesMonetary(table: SegmentRuleTable): boolean {
  return table.some((rule) => (rule.mMin ?? 1) > 1 || (rule.mMax ?? 5) < 5);
}

/**
 * Compiles a rule table to a lookup of its 125 score cells by first match, so that assigning a million
 * customers is one array read each. At most 254 distinct segments.
 *
 * Source: first-match rule tables (docs/ARCHITECTURE.md, "Segments": rules are data, not if-chains).
 * @example segmentLookup(defaultSegmentRules).segments[segmentLookup(defaultSegmentRules).cell[124]] // "champions" (R5 F5 M5)
 */
export function segmentLookup<Id extends string>(table: SegmentRuleTable<Id>): SegmentLookup<Id> {
  const segments: Id[] = [];
  for (const rule of table) if (!segments.includes(rule.segment)) segments.push(rule.segment);
  if (segments.length >= NO_SEGMENT) throw new RangeError(`A segment table can have at most ${NO_SEGMENT - 1} segments`);
  const cell = new Uint8Array(125).fill(NO_SEGMENT);
  for (let r = 1; r <= 5; r += 1) {
    for (let f = 1; f <= 5; f += 1) {
      for (let m = 1; m <= 5; m += 1) {
        const rule = table.find((candidate) => ruleCovers(candidate, r, f, m));
        if (rule !== undefined) cell[(r - 1) * 25 + (f - 1) * 5 + (m - 1)] = segments.indexOf(rule.segment);
      }
    }
  }
  return { segments, cell, usesMonetary: tableUsesMonetary(table) };
}

/**
 * The segment of given 1–5 scores by the first rule that covers them (for KV.SEGMENT with scores the user
 * typed), or undefined when no rule does (a gap). `m` may be omitted for a table that does not use M.
 * Throws a RangeError for a score that is not a whole number from 1 to 5, or a missing M the table needs.
 *
 * Source: first-match rule tables (docs/ARCHITECTURE.md, "Segments").
 * @example segmentForScores(defaultSegmentRules, { r: 5, f: 1 }) // "new"
 */
export function segmentForScores<Id extends string>(table: SegmentRuleTable<Id>, scores: ScoreCell): Id | undefined {
  for (const [name, score] of [["r", scores.r], ["f", scores.f], ["m", scores.m]] as const) {
    if (score === undefined && name === "m") continue;
    if (!Number.isInteger(score) || (score as number) < 1 || (score as number) > 5) {
      throw new RangeError(`The ${name.toUpperCase()} score must be a whole number from 1 to 5, not ${score}`);
    }
  }
  if (scores.m === undefined && tableUsesMonetary(table)) throw new RangeError("This segment table uses the M score; give one");
  return table.find((rule) => ruleCovers(rule, scores.r, scores.f, scores.m))?.segment;
}
