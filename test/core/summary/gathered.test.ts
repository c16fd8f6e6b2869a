import { gathered } from "../../../src/core/summary/gathered";

describe("gathered", () => {
  it("takes column[indices[k]] at k, in the indices' order, repeats allowed", () => {
    expect(Array.from(gathered(Float64Array.of(5, 6, 7), Int32Array.of(2, 0, 2)))).toEqual([7, 5, 7]);
    expect(Array.from(gathered([1.5, Number.NaN], Int32Array.of(1)))).toEqual([Number.NaN]);
    expect(gathered(Float64Array.of(1), new Int32Array(0))).toHaveLength(0);
  });

  it("equals Float64Array.from with a mapping function on a million entries", () => {
    const column = Float64Array.from({ length: 1_000_000 }, (_, k) => Math.sin(k));
    const indices = Int32Array.from({ length: 1_000_000 }, (_, k) => (k * 7919) % 1_000_000);
    expect(gathered(column, indices)).toEqual(Float64Array.from(indices, (index) => column[index]));
  });
});
