import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { engagementPosts, engagementRate } from "../../src/core/engagementRate";

// Student's t: t(0.975, 3) = 3.182446 and t(0.975, 2) = 4.302653, as the NIST/SEMATECH e-Handbook of Statistical
// Methods, §1.3.6.7.2 "Critical values of the Student's t distribution", tabulates them (3.182, 4.303).
const reach = { interactions: [120, 80, 200, 50], reach: [2000, 1600, 2500, 1000] };

describe("engagementPosts", () => {
  it("keeps one value per post, skipping the rows blank in both ranges", () => {
    const posts = engagementPosts([120, null, 80, null], [2000, null, 1600, null]);
    expect(Array.from(posts.interactions)).toEqual([120, 80]);
    expect(Array.from(posts.reach ?? [])).toEqual([2000, 1600]);
    expect(posts.followers).toBeUndefined();
    const byFollowers = engagementPosts([120, null, 80], 10_000);
    expect(Array.from(byFollowers.interactions)).toEqual([120, 80]);
    expect(byFollowers.followers).toBe(10_000);
    expect(byFollowers.reach).toBeUndefined();
  });

  it("names the row of a post without a reach, with blank interactions, or with a negative number", () => {
    expect(() => engagementPosts([120, 40], [2000, null])).toThrow(expect.objectContaining({ code: "missingReach", argument: "audience", params: { value: null, interactions: 40, row: 2, column: 1 } }));
    expect(() => engagementPosts([120, 0, 5], [2000, 300, 0])).toThrow(expect.objectContaining({ code: "missingReach", params: { value: 0, interactions: 5, row: 3, column: 1 } }));
    expect(() => engagementPosts([120, null], [2000, 900])).toThrow(expect.objectContaining({ code: "cellNotANumber", argument: "interactions", params: { value: "", row: 2, column: 1 } }));
    expect(() => engagementPosts([120, -3], [2000, 900])).toThrow(expect.objectContaining({ code: "cellNegative", argument: "interactions", params: { value: -3, row: 2, column: 1 } }));
    expect(() => engagementPosts([120, 3], [2000, -900])).toThrow(expect.objectContaining({ code: "cellNegative", argument: "audience", params: { value: -900, row: 2, column: 1 } }));
  });

  it("refuses followers that are not above 0 and a range with no post", () => {
    expect(() => engagementPosts([120], 0)).toThrow(expect.objectContaining({ code: "mustBePositive", argument: "audience" }));
    expect(() => engagementPosts([null, null], [null, null])).toThrow(expect.objectContaining({ code: "noValues", argument: "interactions" }));
  });
});

describe("engagementRate", () => {
  it("gives the total rate by reach and the mean post's rate with its t interval (hand calculation)", () => {
    // Total 450 / 7100 = 0.0633803. Posts 0.06, 0.05, 0.08, 0.05: mean 0.06; squared deviations 0 + 1e-4 + 4e-4 + 1e-4
    // = 6e-4, variance 6e-4/3 = 2e-4, standard error √(2e-4/4) = 0.00707107; 0.06 ± 3.182446 × 0.00707107 = 0.06 ± 0.0225033.
    const rate = engagementRate(engagementPosts(reach.interactions, reach.reach), 0.95, tQuantile);
    expect(rate.rate).toBeCloseTo(0.0633803, 7);
    expect(rate.averagePerPost).toBeCloseTo(0.06, 12);
    expect(rate.low).toBeCloseTo(0.0374967, 6);
    expect(rate.high).toBeCloseTo(0.0825033, 6);
    expect(rate).toMatchObject({ posts: 4, interactions: 450, audience: 7100 });
  });

  it("divides by followers × posts when the audience is one number (hand calculation)", () => {
    // Posts 0.012, 0.008, 0.02, 0.005 of 10,000 followers: mean 0.01125 = 450 / 40,000. Deviations 0.00075, −0.00325,
    // 0.00875, −0.00625: squares sum to 1.2675e-4, variance 4.225e-5, standard error √(4.225e-5/4) = 0.00325;
    // 0.01125 ± 3.182446 × 0.00325 = 0.01125 ± 0.0103430.
    const rate = engagementRate(engagementPosts(reach.interactions, 10_000), 0.95, tQuantile);
    expect(rate.rate).toBeCloseTo(0.01125, 12);
    expect(rate.averagePerPost).toBeCloseTo(0.01125, 12);
    expect(rate.low).toBeCloseTo(0.0009070, 6);
    expect(rate.high).toBeCloseTo(0.0215930, 6);
    expect(rate.audience).toBe(10_000);
  });

  it("allows more interactions than reach (not a proportion) and keeps the interval's low end at 0", () => {
    expect(engagementRate(engagementPosts([150], [100]), 0.95, tQuantile).rate).toBe(1.5);
    // Posts 0, 0, 1: mean 1/3, standard deviation √(1/3) = 0.57735, standard error 1/3; t(0.975, 2) = 4.302653:
    // 1/3 ± 1.434218 → −1.10 (shown as 0) to 1.767551, above 1, which a rate may be.
    const spread = engagementRate(engagementPosts([0, 0, 100], [100, 100, 100]), 0.95, tQuantile);
    expect(spread.low).toBe(0);
    expect(spread.high).toBeCloseTo(1.767551, 5);
  });

  it("keeps only a finite low end at 0: at a confidence of 1 the t interval is infinite, not a bound of 0", () => {
    // t(1, 1) = ∞, so 0.15 ± ∞. The worksheet function refuses a confidence of 1; the core does not invent a low end.
    const infinite = engagementRate(engagementPosts([10, 20], [100, 100]), 1, tQuantile);
    expect([infinite.low, infinite.high]).toEqual([-Infinity, Infinity]);
  });

  it("has no interval for one post, and a zero-width one when every post has no interactions", () => {
    const one = engagementRate(engagementPosts([30], [600]), 0.95, tQuantile);
    expect(one.rate).toBe(0.05);
    expect(Number.isNaN(one.low) && Number.isNaN(one.high)).toBe(true);
    const none = engagementRate(engagementPosts([0, 0, 0], [500, 800, 20]), 0.95, tQuantile);
    expect([none.rate, none.averagePerPost, none.low, none.high]).toEqual([0, 0, 0, 0]);
  });
});
