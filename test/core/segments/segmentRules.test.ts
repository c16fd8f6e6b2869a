import { defaultSegmentRules } from "../../../src/core/segments/defaultSegmentMap";
import { NO_SEGMENT, ruleCovers, segmentForScores, segmentLookup, tableUsesMonetary } from "../../../src/core/segments/segmentRules";
import { popularRfmTable } from "./popularRfmTable";

describe("segment rules", () => {
  it("covers inclusive ranges, with M 1–5 when omitted", () => {
    const rule = { segment: "loyal", rMin: 3, rMax: 4, fMin: 4, fMax: 5 };
    expect(ruleCovers(rule, 3, 4, 5)).toBe(true);
    expect(ruleCovers(rule, 4, 5)).toBe(true);
    expect(ruleCovers(rule, 5, 5, 1)).toBe(false);
    expect(ruleCovers({ ...rule, mMin: 2, mMax: 3 }, 3, 4, 1)).toBe(false);
    expect(ruleCovers({ ...rule, mMin: 2, mMax: 3 }, 3, 4)).toBe(true);
  });

  it("knows whether a table uses M", () => {
    expect(tableUsesMonetary(defaultSegmentRules)).toBe(false);
    expect(tableUsesMonetary(popularRfmTable)).toBe(true);
    expect(tableUsesMonetary([{ segment: "all", rMin: 1, rMax: 5, fMin: 1, fMax: 5, mMin: 1, mMax: 5 }])).toBe(false);
  });

  it("gives the segment of given scores by first match, or undefined in a gap", () => {
    expect(segmentForScores(defaultSegmentRules, { r: 5, f: 1 })).toBe("new");
    expect(segmentForScores(defaultSegmentRules, { r: 1, f: 5, m: 3 })).toBe("cantLoseThem");
    expect(segmentForScores(popularRfmTable, { r: 5, f: 1, m: 1 })).toBe("Potential loyalist"); // never "New"
    expect(segmentForScores(popularRfmTable, { r: 5, f: 5, m: 1 })).toBeUndefined();
  });

  it("rejects scores that are not whole numbers 1–5, and a missing M the table needs", () => {
    expect(() => segmentForScores(defaultSegmentRules, { r: 0, f: 1 })).toThrow("The R score must be a whole number from 1 to 5, not 0");
    expect(() => segmentForScores(defaultSegmentRules, { r: 1, f: 2.5 })).toThrow(/F score/);
    expect(() => segmentForScores(defaultSegmentRules, { r: 1, f: 2, m: 6 })).toThrow(/M score/);
    expect(() => segmentForScores(popularRfmTable, { r: 1, f: 2 })).toThrow(/uses the M score/);
  });

  it("compiles a table to a 125-cell lookup by first match", () => {
    const lookup = segmentLookup(defaultSegmentRules);
    expect(lookup.segments).toEqual(defaultSegmentRules.map((rule) => rule.segment));
    expect(lookup.usesMonetary).toBe(false);
    for (let r = 1; r <= 5; r += 1) {
      for (let f = 1; f <= 5; f += 1) {
        for (let m = 1; m <= 5; m += 1) {
          expect(lookup.segments[lookup.cell[(r - 1) * 25 + (f - 1) * 5 + (m - 1)]]).toBe(segmentForScores(defaultSegmentRules, { r, f }));
        }
      }
    }
    const popular = segmentLookup(popularRfmTable);
    expect(popular.segments).toHaveLength(11);
    expect(popular.cell[4 * 25 + 4 * 5 + 0]).toBe(NO_SEGMENT); // R5 F5 M1: a gap
  });

  it("refuses more segments than a code can hold", () => {
    const table = Array.from({ length: 255 }, (_, index) => ({ segment: `s${index}`, rMin: 1, rMax: 5, fMin: 1, fMax: 5 }));
    expect(() => segmentLookup(table)).toThrow(RangeError);
  });
});
