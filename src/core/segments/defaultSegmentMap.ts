import type { SegmentRuleTable } from "./segmentRules";

/**
 * The segments of the default R × F map, in the order of the table.
 *
 * Source: docs/ARCHITECTURE.md, "Segments".
 * @example rfmSegmentIds.includes("champions") // true
 */
export const rfmSegmentIds = [
  "champions",
  "loyal",
  "potentialLoyalists",
  "new",
  "promising",
  "needAttention",
  "aboutToSleep",
  "atRisk",
  "cantLoseThem",
  "hibernating",
] as const;

/** A segment of the default R × F map. */
export type RfmSegmentId = (typeof rfmSegmentIds)[number];

/**
 * The default named segment map: the gap-free R × F grid, which puts every (R, F) cell in exactly one of
 * ten segments (M is not used). As a 5 × 5 grid, rows R5 (most recent) to R1, columns F1 to F5:
 *
 *        F1              F2                   F3                   F4          F5
 *   R5   new             potential loyalists  potential loyalists  champions   champions
 *   R4   promising       potential loyalists  potential loyalists  loyal       loyal
 *   R3   about to sleep  about to sleep       need attention       loyal       loyal
 *   R2   hibernating     hibernating          at risk              at risk     can't lose them
 *   R1   hibernating     hibernating          at risk              at risk     can't lose them
 *
 * Source: docs/ARCHITECTURE.md, "Segments" (R1-2/F1-2 Hibernating · R1-2/F3-4 At risk · R1-2/F5 Can't lose them ·
 * R3/F1-2 About to sleep · R3/F3 Need attention · R3-4/F4-5 Loyal · R4/F1 Promising · R5/F1 New ·
 * R4-5/F2-3 Potential loyalists · R5/F4-5 Champions), the R × F reading of the common RFM segment names.
 * @example segmentForScores(defaultSegmentRules, { r: 3, f: 3 }) // "needAttention"
 */
export const defaultSegmentRules: SegmentRuleTable<RfmSegmentId> = [
  { segment: "champions", rMin: 5, rMax: 5, fMin: 4, fMax: 5 },
  { segment: "loyal", rMin: 3, rMax: 4, fMin: 4, fMax: 5 },
  { segment: "potentialLoyalists", rMin: 4, rMax: 5, fMin: 2, fMax: 3 },
  { segment: "new", rMin: 5, rMax: 5, fMin: 1, fMax: 1 },
  { segment: "promising", rMin: 4, rMax: 4, fMin: 1, fMax: 1 },
  { segment: "needAttention", rMin: 3, rMax: 3, fMin: 3, fMax: 3 },
  { segment: "aboutToSleep", rMin: 3, rMax: 3, fMin: 1, fMax: 2 },
  { segment: "atRisk", rMin: 1, rMax: 2, fMin: 3, fMax: 4 },
  { segment: "cantLoseThem", rMin: 1, rMax: 2, fMin: 5, fMax: 5 },
  { segment: "hibernating", rMin: 1, rMax: 2, fMin: 1, fMax: 2 },
];
