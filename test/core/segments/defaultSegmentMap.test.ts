import { defaultSegmentRules, rfmSegmentIds } from "../../../src/core/segments/defaultSegmentMap";
import { segmentForScores } from "../../../src/core/segments/segmentRules";

describe("defaultSegmentRules", () => {
  it("is the R × F grid of docs/ARCHITECTURE.md, cell by cell", () => {
    // docs/ARCHITECTURE.md, "Segments": R1-2/F1-2 Hibernating · R1-2/F3-4 At risk · R1-2/F5 Can't lose them ·
    // R3/F1-2 About to sleep · R3/F3 Need attention · R3-4/F4-5 Loyal · R4/F1 Promising · R5/F1 New ·
    // R4-5/F2-3 Potential loyalists · R5/F4-5 Champions. Rows R5 … R1, columns F1 … F5:
    const grid = [
      ["new", "potentialLoyalists", "potentialLoyalists", "champions", "champions"],
      ["promising", "potentialLoyalists", "potentialLoyalists", "loyal", "loyal"],
      ["aboutToSleep", "aboutToSleep", "needAttention", "loyal", "loyal"],
      ["hibernating", "hibernating", "atRisk", "atRisk", "cantLoseThem"],
      ["hibernating", "hibernating", "atRisk", "atRisk", "cantLoseThem"],
    ];
    grid.forEach((row, rowIndex) => {
      row.forEach((segment, column) => {
        expect(segmentForScores(defaultSegmentRules, { r: 5 - rowIndex, f: column + 1 })).toBe(segment);
      });
    });
  });

  it("uses each of its ten segments, and ignores M", () => {
    expect(new Set(defaultSegmentRules.map((rule) => rule.segment))).toEqual(new Set(rfmSegmentIds));
    expect(rfmSegmentIds).toHaveLength(10);
    expect(defaultSegmentRules.every((rule) => rule.mMin === undefined && rule.mMax === undefined)).toBe(true);
  });
});
