import { prepareBgNbdData } from "../../../src/core/models/bgnbdData";
import { bgnbdLogLikelihood } from "../../../src/core/models/bgnbdLikelihood";
import { forEachCase } from "../seededRandom";
import { cdnowSummary } from "./cdnowSummary";

const parameters = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** FHL 2005 eq. 6 for one customer written plainly with powers and Γ via ln Γ (valid for moderate x). */
function directLikelihood(x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = parameters;
  const gamma = (value: number): number => {
    // Lanczos-free check: Γ(r+x)/Γ(r) = Π_{k<x} (r+k) for whole x
    let product = 1;
    for (let k = 0; k < x; k += 1) product *= value + k;
    return product;
  };
  const betaRatio = (first: number, second: number, shift: number): number => {
    // B(first, second + shift)/B(first, second) = Π_{k<shift} (second + k)/(first + second + k)
    let product = 1;
    for (let k = 0; k < shift; k += 1) product *= (second + k) / (first + second + k);
    return product;
  };
  const common = gamma(r) * Math.pow(alpha, r);
  const alive = betaRatio(a, b, x) * Math.pow(alpha + T, -(r + x));
  const dead = x > 0 ? (a / (b + x - 1)) * betaRatio(a, b, x) * Math.pow(alpha + tx, -(r + x)) : 0;
  return common * (alive + dead);
}

describe("bgnbdLogLikelihood", () => {
  it("equals the sum of plain per-customer likelihoods (FHL 2005 eq. 6)", () => {
    forEachCase(50, 11, (random) => {
      const x = random.integer(0, 8);
      const T = random.uniform(1, 60);
      const tx = x > 0 ? random.uniform(0, T) : 0;
      return { x, tx, T };
    }, ({ x, tx, T }) => {
      const history = { frequency: Float64Array.of(x), recency: Float64Array.of(tx), T: Float64Array.of(T) };
      expect(bgnbdLogLikelihood(history, parameters)).toBeCloseTo(Math.log(directLikelihood(x, tx, T)), 9);
    });
  });

  it("does not depend on the order of the customers, and compresses equal customers into weighted rows", () => {
    const history = cdnowSummary();
    const order = Array.from(history.frequency, (_, i) => i).reverse();
    const reversed = {
      frequency: Float64Array.from(order, (i) => history.frequency[i]),
      recency: Float64Array.from(order, (i) => history.recency[i]),
      T: Float64Array.from(order, (i) => history.T[i]),
    };
    expect(bgnbdLogLikelihood(reversed, parameters)).toBeCloseTo(bgnbdLogLikelihood(history, parameters), 8);
    const data = prepareBgNbdData(history);
    expect(data.rows).toBeLessThan(2357);
    expect(data.rowWeight.reduce((sum, weight) => sum + weight, 0)).toBe(2357);
  });

  it("stays finite where naive formulas overflow: x in the thousands, T huge, t_x = T", () => {
    const history = {
      frequency: Float64Array.of(5000, 3000, 1, 0, 2000),
      recency: Float64Array.of(10, 1e6, 1e6, 0, 365),
      T: Float64Array.of(1e7, 1e6, 1e6, 1e9, 365),
    };
    expect(Number.isFinite(bgnbdLogLikelihood(history, parameters))).toBe(true);
    // each customer alone too (a density in time, so a heavy buyer's log-likelihood can be positive)
    for (let i = 0; i < history.frequency.length; i += 1) {
      const single = { frequency: history.frequency.subarray(i, i + 1), recency: history.recency.subarray(i, i + 1), T: history.T.subarray(i, i + 1) };
      expect(Number.isFinite(bgnbdLogLikelihood(single, parameters))).toBe(true);
    }
  });
});
