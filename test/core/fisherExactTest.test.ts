import { fisherExactPValue } from "../../src/core/fisherExactTest";

describe("fisherExactPValue", () => {
  it("gives Fisher's tea-tasting p-value: 3 of 4 against 1 of 4, two-sided 0.4857 (= 34/70; Agresti 2007, §2.6.2)", () => {
    // Hypergeometric with 4 of 8 successes: P(k) = C(4,k)·C(4,4−k)/C(8,4) = 1, 16, 36, 16, 1 over 70; tables no more
    // likely than k = 3 (16/70) are k = 0, 1, 3, 4: 34/70.
    expect(fisherExactPValue(3, 4, 1, 4)).toBeCloseTo(34 / 70, 12);
  });

  it("is 1 for identical groups, symmetric in the groups, and small for a clear difference", () => {
    expect(fisherExactPValue(5, 10, 5, 10)).toBeCloseTo(1, 12);
    expect(fisherExactPValue(2, 12, 9, 11)).toBeCloseTo(fisherExactPValue(9, 11, 2, 12), 12);
    // 0 of 10 against 10 of 10: only this table and its mirror are this extreme, 2 / C(20,10) = 2/184756.
    expect(fisherExactPValue(0, 10, 10, 10)).toBeCloseTo(2 / 184756, 15);
  });
});
