import type { SegmentRuleTable } from "../../../src/core/segments/segmentRules";

/**
 * The often-copied 11-segment R/F/M range table (as in many RFM-analysis tutorials and notebooks; listed in
 * docs/ARCHITECTURE.md as the table not to use), in its usual order, read as inclusive ranges ("F ≤ 1" = F1–1).
 */
export const popularRfmTable: SegmentRuleTable = [
  { segment: "Champions", rMin: 4, rMax: 5, fMin: 4, fMax: 5, mMin: 4, mMax: 5 },
  { segment: "Loyal", rMin: 2, rMax: 5, fMin: 3, fMax: 5, mMin: 3, mMax: 5 },
  { segment: "Potential loyalist", rMin: 3, rMax: 5, fMin: 1, fMax: 3, mMin: 1, mMax: 3 },
  { segment: "New", rMin: 4, rMax: 5, fMin: 1, fMax: 1, mMin: 1, mMax: 1 },
  { segment: "Promising", rMin: 3, rMax: 4, fMin: 1, fMax: 1, mMin: 1, mMax: 1 },
  { segment: "Need attention", rMin: 2, rMax: 3, fMin: 2, fMax: 3, mMin: 2, mMax: 3 },
  { segment: "About to sleep", rMin: 2, rMax: 3, fMin: 1, fMax: 2, mMin: 1, mMax: 2 },
  { segment: "At risk", rMin: 1, rMax: 2, fMin: 2, fMax: 5, mMin: 2, mMax: 5 },
  { segment: "Can't lose", rMin: 1, rMax: 1, fMin: 4, fMax: 5, mMin: 4, mMax: 5 },
  { segment: "Hibernating", rMin: 1, rMax: 2, fMin: 1, fMax: 2, mMin: 1, mMax: 2 },
  { segment: "Lost", rMin: 1, rMax: 2, fMin: 1, fMax: 2, mMin: 1, mMax: 2 },
];
