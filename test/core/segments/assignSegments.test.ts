import fc from "fast-check";
import { assignSegments } from "../../../src/core/segments/assignSegments";
import { defaultSegmentRules } from "../../../src/core/segments/defaultSegmentMap";
import { rfmScores, type RfmScores } from "../../../src/core/segments/rfmScores";
import { NO_SEGMENT, segmentForScores, type SegmentRuleTable } from "../../../src/core/segments/segmentRules";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { logOf } from "../summary/logOf";
import { popularRfmTable } from "./popularRfmTable";
import { summaryArbitrary } from "./randomSummary";

/** RfmScores from explicit (r, f, m) triples; cuts are not used by assignSegments. */
function scoresOf(cells: readonly (readonly [number, number, number])[]): RfmScores {
  return {
    recency: Uint8Array.from(cells, ([r]) => r),
    frequency: Uint8Array.from(cells, ([, f]) => f),
    monetary: Uint8Array.from(cells, ([, , m]) => m),
    cuts: {} as RfmScores["cuts"],
  };
}

describe("assignSegments", () => {
  it("puts every customer of any score grid in exactly the segment its scores give (fast-check)", () => {
    const score = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(score, score, score), { maxLength: 200 }), (cells) => {
        const assignment = assignSegments(scoresOf(cells), defaultSegmentRules);
        cells.forEach(([r, f], index) => {
          expect(assignment.code[index]).toBeLessThan(assignment.segments.length);
          expect(assignment.segments[assignment.code[index]]).toBe(segmentForScores(defaultSegmentRules, { r, f }));
        });
      }),
      { numRuns: 300, seed: 61 },
    );
  });

  it("puts every included customer of a random base in one segment and excluded ones in none (fast-check)", () => {
    fc.assert(
      fc.property(summaryArbitrary, (summary) => {
        if (summary.includedCustomers === 0) return;
        const assignment = assignSegments(rfmScores(summary), defaultSegmentRules);
        summary.included.forEach((included, index) => {
          if (included) expect(assignment.code[index]).toBeLessThan(assignment.segments.length);
          else expect(assignment.code[index]).toBe(NO_SEGMENT);
        });
      }),
      { numRuns: 200, seed: 62 },
    );
  });

  it("uses M when the table does", () => {
    const table: SegmentRuleTable = [
      { segment: "big", rMin: 1, rMax: 5, fMin: 1, fMax: 5, mMin: 4, mMax: 5 },
      { segment: "small", rMin: 1, rMax: 5, fMin: 1, fMax: 5, mMin: 1, mMax: 3 },
    ];
    const assignment = assignSegments(scoresOf([[1, 1, 5], [5, 5, 1]]), table);
    expect(Array.from(assignment.code, (code) => assignment.segments[code])).toEqual(["big", "small"]);
  });

  it("refuses a table with a gap a customer falls into", () => {
    expect(() => assignSegments(scoresOf([[5, 5, 1]]), popularRfmTable)).toThrow("The segment table has no rule for R5 F5 M1");
    expect(() => assignSegments(scoresOf([[3, 3, 1]]), defaultSegmentRules.filter((rule) => rule.segment !== "needAttention"))).toThrow(
      "The segment table has no rule for R3 F3",
    );
  });

  it("refuses a table that uses M on a log without amounts", () => {
    const summary = summarizeCustomers(logOf([["a", 1], ["b", 2]]), { timeUnit: "day" });
    expect(() => assignSegments(rfmScores(summary), popularRfmTable)).toThrow(/no amounts/);
    expect(assignSegments(rfmScores(summary), defaultSegmentRules).code).toHaveLength(2);
  });
});
