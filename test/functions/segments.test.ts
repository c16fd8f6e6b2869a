import { defaultSegmentRules } from "../../src/core/segments/defaultSegmentMap";
import { quintileCuts, scoreAgainstPopulation } from "../../src/core/segments/quintileScores";
import { segmentForScores } from "../../src/core/segments/segmentRules";
import { segmentLabel } from "../../src/i18n/segmentLabels";
import { RFMSCORE, SEGMENT } from "../../src/functions/segments";
import { expectValueError, withDisplayLanguage } from "./excelErrors";

// Ten customers: days since last purchase, purchases, revenue, as one-column ranges with two trailing blanks.
const days = [[5], [12], [30], [45], [90], [200], [3], [60], [365], [20], [null], [""]];
const purchases = [[8], [3], [1], [2], [1], [5], [1], [4], [1], [2], [null], [""]];
const revenue = [[900], [300], [2000], [150], [40], [700], [60], [400], [25], [220], [null], [""]];
const values = (column: unknown[][]): number[] => column.slice(0, 10).map((row) => row[0] as number);

describe("KV.RFMSCORE", () => {
  it("scores each row against the rows' quintiles, as the engine does", () => {
    const scores = RFMSCORE(days, purchases, revenue);
    expect(scores).toHaveLength(10);
    scores.forEach(([r, f, m], row) => {
      expect(r).toBe(scoreAgainstPopulation(values(days)[row], values(days), "lowerIsBetter"));
      expect(f).toBe(scoreAgainstPopulation(values(purchases)[row], values(purchases), "higherIsBetter"));
      expect(m).toBe(scoreAgainstPopulation(values(revenue)[row], values(revenue), "higherIsBetter"));
    });
    expect(scores[0]).toEqual([5, 5, 5]);
  });

  it("names the argument and row of a bad cell", () => {
    expectValueError(() => RFMSCORE([[1], ["x"]], [[1], [2]], [[1], [2]]), "Row 2, column 1 of recency");
    expectValueError(() => RFMSCORE([[1], [2], [3]], [[1], [2]], [[1], [2]]), "frequency has 2 rows but recency has 3");
    expectValueError(() => RFMSCORE([[1, 2], [3, 4]], [[1], [2]], [[1], [2]]), "recency must be one column or one row");
  });
});

describe("KV.SEGMENT", () => {
  it("names the segment of single scores with the default R × F map", () => {
    expect(SEGMENT([[5]], [[5]], [[1]])).toEqual([["Champions"]]);
    expect(SEGMENT([[3]], [[3]], [[3]])).toEqual([["Need attention"]]);
    expect(SEGMENT([[1]], [[5]], [[2]], "rfm")).toEqual([[segmentLabel("en", segmentForScores(defaultSegmentRules, { r: 1, f: 5 })!).name]]);
  });

  it("spills the segment of each row of columns", () => {
    const segments = SEGMENT(days, purchases, revenue);
    const scores = RFMSCORE(days, purchases, revenue);
    expect(segments).toHaveLength(10);
    segments.forEach(([name], row) =>
      expect(name).toBe(segmentLabel("en", segmentForScores(defaultSegmentRules, { r: scores[row][0], f: scores[row][1] })!).name),
    );
  });

  it("uses the value tiers", () => {
    const tiers = SEGMENT(days, purchases, revenue, "value").map((row) => row[0]);
    // row 1: 8 purchases (F 5) → loyal; row 3: one purchase of 2000 (order value score 5, F 1) → big spender;
    // row 5: one small purchase → one-time; row 4: 2 purchases, middling → other
    expect([tiers[0], tiers[2], tiers[4], tiers[3]]).toEqual(["Loyal customers", "Potential big spenders", "One-time customers", "Other customers"]);
    expect(SEGMENT([[2]], [[5]], [[3]], "value")).toEqual([["Loyal customers"]]);
    expect(SEGMENT([[3]], [[1]], [[2]], "value")).toEqual([["One-time customers"]]);
    expect(quintileCuts(values(purchases), "higherIsBetter").populationSize).toBe(10);
  });

  it("gives the value tiers of a per-customer table without dates: recency left empty", () => {
    const withRecency = SEGMENT(days, purchases, revenue, "value");
    expect(SEGMENT(null as unknown as unknown[][], purchases, revenue, "value")).toEqual(withRecency);
    expect(SEGMENT([[""]], purchases, revenue, "value")).toEqual(withRecency);
    expect(withDisplayLanguage("da-DK", () => SEGMENT(null as unknown as unknown[][], [[1], [5]], [[100], [900]], "value"))[0]).toEqual(["Engangskunder"]);
    // The R × F map needs recency: an empty one is an error naming it.
    expect(() => SEGMENT(null as unknown as unknown[][], purchases, revenue)).toThrow(/recency/);
  });

  it("answers in the Office display language", () => {
    expect(withDisplayLanguage("da-DK", () => SEGMENT([[5]], [[5]], [[5]], "value"))).toEqual([["Loyale kunder"]]);
    expect(withDisplayLanguage("sv-SE", () => SEGMENT([[5]], [[5]], [[5]]))).toEqual([["Toppkunder"]]);
  });

  it("refuses scores outside 1–5 and unknown schemes", () => {
    expectValueError(() => SEGMENT([[6]], [[1]], [[1]]), "Row 1 of recency must be a score, a whole number from 1 to 5, got 6");
    expectValueError(() => SEGMENT([[2.5]], [[1]], [[1]]), "got 2.5");
    expectValueError(() => SEGMENT([[1]], [[1]], [[1]], "abc"), 'scheme must be one of "rfm", "value"');
  });
});
