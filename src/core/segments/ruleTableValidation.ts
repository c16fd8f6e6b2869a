import { ruleCovers, tableUsesMonetary, type ScoreCell, type SegmentRuleTable } from "./segmentRules";

/** Why a rule's bounds are wrong. */
export type InvalidRuleReason = "notWholeNumber" | "outsideOneToFive" | "minAboveMax";

/** What is wrong with a rule table; rules are referred to by their 0-based position in the table. */
export interface RuleTableReport {
  /** True when there is nothing below: every cell is covered by exactly one rule and every rule is used. */
  valid: boolean;
  /** Whether the grid checked is R × F × M (125 cells: some rule restricts M) or R × F (25 cells, m absent). */
  usesMonetary: boolean;
  /** Rules with bounds that are not whole numbers from 1 to 5, or with a minimum above the maximum. */
  invalidRules: { rule: number; segment: string; reasons: InvalidRuleReason[] }[];
  /** Cells no rule covers: customers there would get no segment. */
  gaps: ScoreCell[];
  /** Pairs of rules covering the same cells (first match gives those cells to the earlier rule). */
  overlaps: { rules: [number, number]; segments: [string, string]; cells: ScoreCell[] }[];
  /**
   * Rules that can never be reached with first match: every cell they cover is taken by earlier rules
   * (listed in shadowedBy), or they cover no cell at all (shadowedBy empty).
   */
  unreachable: { rule: number; segment: string; shadowedBy: number[] }[];
}

/**
 * Checks a segment rule table (a user-edited one, or a published one) against the score grid: every cell
 * must be covered by exactly one rule. Reports invalid bounds, gaps (which cells), overlaps (which pairs of
 * rules, on which cells) and unreachable rules under first-match (fully shadowed by earlier rules, or
 * covering no cell). The grid is R × F when no rule restricts M, else R × F × M.
 *
 * Source: docs/ARCHITECTURE.md, "Segments" (a rule table is checked for gaps and overlaps; the often-copied 11-segment
 * R/F/M range table has four segments that first match never reaches).
 * @example validateRuleTable([{ segment: "all", rMin: 1, rMax: 5, fMin: 1, fMax: 4 }]).gaps
 * // [{ r: 1, f: 5 }, { r: 2, f: 5 }, { r: 3, f: 5 }, { r: 4, f: 5 }, { r: 5, f: 5 }]
 */
export function validateRuleTable(table: SegmentRuleTable): RuleTableReport {
  const usesMonetary = tableUsesMonetary(table);
  const cells: ScoreCell[] = [];
  for (let r = 1; r <= 5; r += 1) {
    for (let f = 1; f <= 5; f += 1) {
      if (!usesMonetary) cells.push({ r, f });
      else for (let m = 1; m <= 5; m += 1) cells.push({ r, f, m });
    }
  }

  const invalidRules = table.flatMap((rule, index) => {
    const reasons = invalidReasons([rule.rMin, rule.rMax, rule.fMin, rule.fMax, rule.mMin ?? 1, rule.mMax ?? 5]);
    return reasons.length === 0 ? [] : [{ rule: index, segment: rule.segment, reasons }];
  });

  const gaps: ScoreCell[] = [];
  const firstRuleOfCell: number[] = [];
  const overlapCells = new Map<string, ScoreCell[]>();
  for (const cell of cells) {
    const covering = table.flatMap((rule, index) => (ruleCovers(rule, cell.r, cell.f, cell.m) ? [index] : []));
    firstRuleOfCell.push(covering.length === 0 ? -1 : covering[0]);
    if (covering.length === 0) gaps.push(cell);
    for (let first = 0; first < covering.length; first += 1) {
      for (let second = first + 1; second < covering.length; second += 1) {
        const key = `${covering[first]},${covering[second]}`;
        overlapCells.set(key, [...(overlapCells.get(key) ?? []), cell]);
      }
    }
  }
  const overlaps = [...overlapCells.entries()]
    .map(([key, overlapping]) => {
      const [first, second] = key.split(",").map(Number);
      return { rules: [first, second] as [number, number], segments: [table[first].segment, table[second].segment] as [string, string], cells: overlapping };
    })
    .sort((left, right) => left.rules[0] - right.rules[0] || left.rules[1] - right.rules[1]);

  const unreachable = table.flatMap((rule, index) => {
    const covered = cells.map((cell, cellIndex) => (ruleCovers(rule, cell.r, cell.f, cell.m) ? cellIndex : -1)).filter((cellIndex) => cellIndex >= 0);
    if (covered.some((cellIndex) => firstRuleOfCell[cellIndex] === index)) return [];
    const shadowedBy = [...new Set(covered.map((cellIndex) => firstRuleOfCell[cellIndex]))].sort((left, right) => left - right);
    return [{ rule: index, segment: rule.segment, shadowedBy }];
  });

  return {
    valid: invalidRules.length === 0 && gaps.length === 0 && overlaps.length === 0 && unreachable.length === 0,
    usesMonetary,
    invalidRules,
    gaps,
    overlaps,
    unreachable,
  };
}

/** The reasons a rule's bounds [rMin, rMax, fMin, fMax, mMin, mMax] are wrong (none when they are fine). */
function invalidReasons(bounds: readonly number[]): InvalidRuleReason[] {
  const reasons: InvalidRuleReason[] = [];
  if (bounds.some((bound) => !Number.isInteger(bound))) reasons.push("notWholeNumber");
  if (bounds.some((bound) => bound < 1 || bound > 5)) reasons.push("outsideOneToFive");
  if (bounds[0] > bounds[1] || bounds[2] > bounds[3] || bounds[4] > bounds[5]) reasons.push("minAboveMax");
  return reasons;
}
