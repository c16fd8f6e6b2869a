import { cachedFit, cachedFitInStages, clearFitCache, contentKey, FIT_CACHE_SIZE, FitCancelled, fitCacheStatistics, hasCachedFit, type Checkpoint } from "../../src/functions/fitCache";

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

describe("cachedFitInStages", () => {
  beforeEach(() => clearFitCache());

  /** A fit in two stages that records the stages it ran, and the cancel functions its callers were given. */
  function stagedFit(result = 42) {
    const stages: number[] = [];
    const cancels: Array<() => void> = [];
    const run = async (checkpoint: Checkpoint) => {
      await checkpoint();
      stages.push(1);
      await checkpoint();
      stages.push(2);
      return result;
    };
    return { stages, cancels, run, onCancel: (cancel: () => void) => cancels.push(cancel) };
  }

  it("runs the fit once for every formula that asks while it runs, and caches it", async () => {
    const fit = stagedFit();
    const answers = await Promise.all([cachedFitInStages("k", fit.run, fit.onCancel), cachedFitInStages("k", fit.run, fit.onCancel), cachedFitInStages("k", fit.run)]);
    expect(answers).toEqual([42, 42, 42]);
    expect(fit.stages).toEqual([1, 2]);
    expect(fitCacheStatistics()).toEqual({ hits: 2, fits: 1 });
    expect(await cachedFitInStages("k", fit.run)).toBe(42);
    expect(fit.stages).toEqual([1, 2]);
    expect(fitCacheStatistics()).toEqual({ hits: 3, fits: 1 });
  });

  it("stops at the next checkpoint when its only formula is cancelled, and caches nothing", async () => {
    const fit = stagedFit();
    const answer = cachedFitInStages("k", fit.run, fit.onCancel);
    fit.cancels[0]();
    await expect(answer).rejects.toBeInstanceOf(FitCancelled);
    expect(fit.stages).toEqual([]);
    expect(hasCachedFit("k")).toBe(false);
    expect(fitCacheStatistics()).toEqual({ hits: 0, fits: 0 });
  });

  it("stops between stages when cancelled during the first, and a later call fits anew", async () => {
    const stages: number[] = [];
    let cancel = () => {};
    const run = async (checkpoint: Checkpoint) => {
      await checkpoint();
      stages.push(1);
      // Excel cancels the formula while the first stage works.
      cancel();
      await checkpoint();
      stages.push(2);
      return 42;
    };
    const answer = cachedFitInStages("k", run, (given) => (cancel = given));
    await expect(answer).rejects.toBeInstanceOf(FitCancelled);
    expect(stages).toEqual([1]);
    const again = stagedFit(7);
    expect(await cachedFitInStages("k", again.run)).toBe(7);
    expect(again.stages).toEqual([1, 2]);
  });

  it("goes on while one of the formulas waiting for it is not cancelled", async () => {
    const fit = stagedFit();
    const first = cachedFitInStages("k", fit.run, fit.onCancel);
    const second = cachedFitInStages("k", fit.run, fit.onCancel);
    fit.cancels[0]();
    expect(await second).toBe(42);
    expect(await first).toBe(42);
    expect(fit.stages).toEqual([1, 2]);
    expect(hasCachedFit("k")).toBe(true);
  });

  it("starts a new fit for a formula that asks after every earlier one was cancelled, before the old fit has stopped", async () => {
    const old = stagedFit(1);
    const cancelledAnswer = cachedFitInStages("k", old.run, old.onCancel);
    old.cancels[0]();
    // Excel re-invokes at once (a recalculation cancels and calls again): the new formula must get an answer.
    const fresh = stagedFit(2);
    const answer = cachedFitInStages("k", fresh.run, fresh.onCancel);
    await expect(cancelledAnswer).rejects.toBeInstanceOf(FitCancelled);
    expect(await answer).toBe(2);
    expect(fresh.stages).toEqual([1, 2]);
    expect(await cachedFitInStages("k", stagedFit(3).run)).toBe(2);
  });

  it("counts a formula out once however often its cancellation is reported", async () => {
    const fit = stagedFit();
    const first = cachedFitInStages("k", fit.run, fit.onCancel);
    const second = cachedFitInStages("k", fit.run, fit.onCancel);
    fit.cancels[0]();
    fit.cancels[0]();
    expect(await second).toBe(42);
    expect(await first).toBe(42);
  });

  it("does not cache a failing fit", async () => {
    const failing = async (checkpoint: Checkpoint): Promise<number> => {
      await checkpoint();
      throw new Error("no fit");
    };
    await expect(cachedFitInStages("k", failing)).rejects.toThrow("no fit");
    expect(hasCachedFit("k")).toBe(false);
    expect(await cachedFitInStages("k", stagedFit(5).run)).toBe(5);
  });
});
