import { prepareBgNbdData, type BgNbdData } from "../../../src/core/models/bgnbdData";
import { paretoNbdLogLikelihoodWithGradient } from "../../../src/core/models/paretoNbdLikelihood";
import { cdnowSummary } from "./cdnowSummary";

// Properties the compression must have: the (x, time) pair tables are a faithful index of the rows (each row's pairs
// hold its own x, t_x and T, and no pair appears twice), so a term computed once per pair is the term of every row.

function pairKey(data: BgNbdData, pair: number): string {
  return `${data.pairFrequency[pair]}|${data.pairTimeIndex[pair]}`;
}

describe("prepareBgNbdData's (x, time) pairs", () => {
  const history = cdnowSummary();
  const data = prepareBgNbdData(history);

  it("point every row at its own (x, t_x) and (x, T), and x = 0 rows at no recency pair", () => {
    for (let row = 0; row < data.rows; row += 1) {
      const age = data.rowAgePair[row];
      expect(data.pairFrequency[age]).toBe(data.rowFrequency[row]);
      expect(data.pairTimeIndex[age]).toBe(data.rowAgeIndex[row]);
      const recency = data.rowRecencyPair[row];
      if (data.rowFrequency[row] === 0) {
        expect(recency).toBe(-1);
      } else {
        expect(data.pairFrequency[recency]).toBe(data.rowFrequency[row]);
        expect(data.pairTimeIndex[recency]).toBe(data.rowRecencyIndex[row]);
      }
    }
  });

  it("hold each pair once, and far fewer pairs than twice the rows on CDNOW", () => {
    const keys = Array.from({ length: data.pairFrequency.length }, (_, pair) => pairKey(data, pair));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeLessThan(2 * data.rows);
  });

  it("index a strided subsample's own rows", () => {
    const sample = prepareBgNbdData(history, 7);
    for (let row = 0; row < sample.rows; row += 1) {
      expect(sample.pairTimeIndex[sample.rowAgePair[row]]).toBe(sample.rowAgeIndex[row]);
      expect(sample.pairFrequency[sample.rowAgePair[row]]).toBe(sample.rowFrequency[row]);
    }
  });

  it("give the Pareto/NBD the published CDNOW log-likelihood through the pair terms", () => {
    // Fader, Hardie & Lee (2005), JMR 42(4): ln L = −9595.0 at r = 0.553, α = 10.58, s = 0.606, β = 11.67 (weeks).
    const logParameters = Float64Array.from([0.553, 10.58, 0.606, 11.67].map(Math.log));
    expect(paretoNbdLogLikelihoodWithGradient(data, logParameters, new Float64Array(4))).toBeCloseTo(-9595.0, 0);
  });
});
