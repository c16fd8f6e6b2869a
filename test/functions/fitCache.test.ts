import { cachedFit, clearFitCache, contentKey, FIT_CACHE_SIZE, fitCacheStatistics } from "../../src/functions/fitCache";

describe("contentKey", () => {
  it("is equal for equal content and differs for changed values, types, shapes and blanks", () => {
    expect(contentKey([[[1], ["a"]], "week"])).toBe(contentKey([[[1], ["a"]], "week"]));
    const keys = [
      contentKey([[[1], ["a"]]]),
      contentKey([[[2], ["a"]]]),
      contentKey([[["1"], ["a"]]]),
      contentKey([[[1, "a"]]]),
      contentKey([[[1], ["a"], [null]]]),
      contentKey([[[1], ["a"], [""]]]),
      contentKey([[[1], ["b"]]]),
      contentKey([[[true], ["a"]]]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("cachedFit", () => {
  beforeEach(() => clearFitCache());

  it("fits once per key and drops the least recently used entry beyond its size", () => {
    const fit = jest.fn((value: number) => ({ value }));
    const first = cachedFit("k0", () => fit(0));
    expect(cachedFit("k0", () => fit(0))).toBe(first);
    for (let index = 1; index <= FIT_CACHE_SIZE; index += 1) {
      cachedFit("k0", () => fit(0)); // keeps k0 the most recently used
      cachedFit(`k${index}`, () => fit(index));
    }
    expect(fit).toHaveBeenCalledTimes(FIT_CACHE_SIZE + 1);
    cachedFit("k0", () => fit(0));
    expect(fit).toHaveBeenCalledTimes(FIT_CACHE_SIZE + 1);
    cachedFit("k1", () => fit(1)); // k1 was the least recently used and has been dropped
    expect(fit).toHaveBeenCalledTimes(FIT_CACHE_SIZE + 2);
    expect(fitCacheStatistics().fits).toBe(FIT_CACHE_SIZE + 2);
  });

  it("does not cache a failing fit", () => {
    expect(() => cachedFit("bad", () => { throw new Error("no"); })).toThrow("no");
    expect(cachedFit("bad", () => 3)).toBe(3);
  });
});
