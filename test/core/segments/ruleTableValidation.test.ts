import { defaultSegmentRules } from "../../../src/core/segments/defaultSegmentMap";
import { validateRuleTable } from "../../../src/core/segments/ruleTableValidation";
import type { SegmentRuleTable } from "../../../src/core/segments/segmentRules";
import { popularRfmTable } from "./popularRfmTable";

describe("validateRuleTable", () => {
  it("finds the default R × F map gap-free, overlap-free and fully reachable", () => {
    expect(validateRuleTable(defaultSegmentRules)).toEqual({
      valid: true,
      usesMonetary: false,
      invalidRules: [],
      gaps: [],
      overlaps: [],
      unreachable: [],
    });
  });

  describe("the often-copied 11-segment R/F/M table (docs/ARCHITECTURE.md: four segments can never be reached)", () => {
    const report = validateRuleTable(popularRfmTable);

    it("reports exactly New, Promising, Can't lose and Lost as unreachable with first match, and who shadows them", () => {
      expect(report.valid).toBe(false);
      expect(report.usesMonetary).toBe(true);
      expect(report.unreachable).toEqual([
        { rule: 3, segment: "New", shadowedBy: [2] }, // R4-5 F1 M1 lies inside Potential loyalist R3-5 F1-3 M1-3
        { rule: 4, segment: "Promising", shadowedBy: [2] }, // R3-4 F1 M1, likewise
        { rule: 8, segment: "Can't lose", shadowedBy: [7] }, // R1 F4-5 M4-5 lies inside At risk R1-2 F2-5 M2-5
        { rule: 10, segment: "Lost", shadowedBy: [5, 6, 7, 9] }, // the same ranges as Hibernating, and earlier rules take the rest
      ]);
    });

    it("reports its overlaps by pair of rules with the shared cells", () => {
      const championsAndLoyal = report.overlaps.find((overlap) => overlap.segments.join() === "Champions,Loyal");
      expect(championsAndLoyal?.rules).toEqual([0, 1]);
      expect(championsAndLoyal?.cells).toHaveLength(8); // R4-5 × F4-5 × M4-5
      expect(report.overlaps.find((overlap) => overlap.segments.join() === "Hibernating,Lost")?.cells).toHaveLength(8);
      expect(report.overlaps).toHaveLength(21);
    });

    it("reports its 36 gaps of the 125 cells, e.g. a recent frequent buyer with low spend", () => {
      expect(report.gaps).toHaveLength(36);
      expect(report.gaps).toContainEqual({ r: 5, f: 5, m: 1 });
      expect(report.gaps).toContainEqual({ r: 1, f: 1, m: 5 });
    });
  });

  it("reports the gaps of a table with a hole, as R × F cells when M is not used", () => {
    const report = validateRuleTable(defaultSegmentRules.filter((rule) => rule.segment !== "needAttention"));
    expect(report.gaps).toEqual([{ r: 3, f: 3 }]);
    expect(report.valid).toBe(false);
    expect(report.overlaps).toEqual([]);
  });

  it("reports overlapping rules and the cells they share", () => {
    const table: SegmentRuleTable = [
      { segment: "low", rMin: 1, rMax: 3, fMin: 1, fMax: 5 },
      { segment: "high", rMin: 3, rMax: 5, fMin: 1, fMax: 5 },
    ];
    const report = validateRuleTable(table);
    expect(report.gaps).toEqual([]);
    expect(report.overlaps).toEqual([{ rules: [0, 1], segments: ["low", "high"], cells: [1, 2, 3, 4, 5].map((f) => ({ r: 3, f })) }]);
    expect(report.unreachable).toEqual([]);
  });

  it("reports a rule fully shadowed by an earlier one, and a rule covering no cell", () => {
    const table: SegmentRuleTable = [
      { segment: "all", rMin: 1, rMax: 5, fMin: 1, fMax: 5 },
      { segment: "champions", rMin: 5, rMax: 5, fMin: 5, fMax: 5 },
      { segment: "empty", rMin: 4, rMax: 2, fMin: 1, fMax: 5 },
    ];
    const report = validateRuleTable(table);
    expect(report.unreachable).toEqual([
      { rule: 1, segment: "champions", shadowedBy: [0] },
      { rule: 2, segment: "empty", shadowedBy: [] },
    ]);
    expect(report.invalidRules).toEqual([{ rule: 2, segment: "empty", reasons: ["minAboveMax"] }]);
  });

  it("reports bounds that are not whole numbers from 1 to 5", () => {
    const table: SegmentRuleTable = [
      { segment: "a", rMin: 0, rMax: 5, fMin: 1, fMax: 5 },
      { segment: "b", rMin: 1, rMax: 5, fMin: 1.5, fMax: 5, mMin: 1, mMax: 6 },
      { segment: "c", rMin: Number.NaN, rMax: 5, fMin: 1, fMax: 5 },
    ];
    expect(validateRuleTable(table).invalidRules).toEqual([
      { rule: 0, segment: "a", reasons: ["outsideOneToFive"] },
      { rule: 1, segment: "b", reasons: ["notWholeNumber", "outsideOneToFive"] },
      { rule: 2, segment: "c", reasons: ["notWholeNumber"] },
    ]);
  });

  it("reports every cell of an empty table as a gap", () => {
    expect(validateRuleTable([]).gaps).toHaveLength(25);
  });
});
