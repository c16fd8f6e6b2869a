import { sqrt } from "./hotGlobals";
import { InputError } from "./inputError";

/** The names of the two ranges in messages, as the worksheet function calls them. */
export interface EngagementArguments {
  interactions: string;
  audience: string;
}

const ARGUMENTS: EngagementArguments = { interactions: "interactions", audience: "audience" };

/**
 * Posts read for an engagement rate: each post's interactions and, when the audience is given per post, its reach
 * (or impressions); otherwise one number of followers for every post.
 */
export interface EngagementPosts {
  interactions: Float64Array;
  /** The reach (or impressions) of each post; undefined when the audience is one number of followers. */
  reach?: Float64Array;
  followers?: number;
}

/**
 * Reads posts for an engagement rate: `interactions` one value per post (null = blank), `audience` either one value
 * per post (reach or impressions, the same length) or one number of followers. A row blank in both is skipped.
 * Interactions must be ≥ 0 and given where the row has a reach (`cellNotANumber` for a blank, `cellNegative`); a
 * reach must be > 0 (`missingReach` when blank or 0, with the post's interactions; `cellNegative`); followers > 0
 * (`mustBePositive`). Rows are 1-based positions in the lists, in column 1. No post at all is `noValues`.
 * @example engagementPosts([120, null, 80], [2000, null, 1600]) // { interactions: [120, 80], reach: [2000, 1600] }
 */
export function engagementPosts(interactions: readonly (number | null)[], audience: readonly (number | null)[] | number, names: EngagementArguments = ARGUMENTS): EngagementPosts {
  const kept: number[] = [];
  const reach: number[] = [];
  const perPost = typeof audience !== "number";
  if (!perPost && !(audience > 0)) throw new InputError("mustBePositive", names.audience, { value: audience });
  for (let index = 0; index < interactions.length; index += 1) {
    const row = index + 1;
    const count = interactions[index];
    const seen = perPost ? audience[index] : undefined;
    if (count === null && (seen === null || seen === undefined)) continue;
    if (count === null) throw new InputError("cellNotANumber", names.interactions, { value: "", row, column: 1 });
    if (count < 0) throw new InputError("cellNegative", names.interactions, { value: count, row, column: 1 });
    if (perPost) {
      if (seen !== null && seen !== undefined && seen < 0) throw new InputError("cellNegative", names.audience, { value: seen, row, column: 1 });
      if (seen === null || seen === undefined || seen === 0) throw new InputError("missingReach", names.audience, { value: seen ?? null, interactions: count, row, column: 1 });
      reach.push(seen);
    }
    kept.push(count);
  }
  if (kept.length === 0) throw new InputError("noValues", names.interactions, {});
  return perPost ? { interactions: Float64Array.from(kept), reach: Float64Array.from(reach) } : { interactions: Float64Array.from(kept), followers: audience };
}

/** An engagement rate of posts, with how sure the typical post's rate is. */
export interface EngagementRate {
  /** Σ interactions ÷ Σ reach, or Σ interactions ÷ (followers × posts). */
  rate: number;
  /** The mean of the posts' own rates (interactions ÷ reach, or ÷ followers). */
  averagePerPost: number;
  /** The t interval of averagePerPost, its low end at least 0 when finite; NaN with a single post. */
  low: number;
  high: number;
  posts: number;
  interactions: number;
  /** Σ reach, or the followers. */
  audience: number;
}

/**
 * The engagement rate of posts: the total rate Σ interactions ÷ Σ reach (each post weighted by its reach) — or,
 * with one number of followers, Σ interactions ÷ (followers × posts) — and the mean of the posts' own rates with the
 * Student t interval of that mean (n − 1 degrees of freedom), so that it says how sure the typical post's rate is.
 * Interactions may exceed the reach (one person likes, comments and shares), so a rate is not a proportion and no
 * binomial interval applies. `studentQuantile(p, ν)` is Student's t quantile (the caller loads it: a large module).
 * Source: the social-media analytics definitions, "engagement on reach" = interactions ÷ the post's reach and
 * "engagement rate" = interactions ÷ fans (Iconosquare, "How are the Facebook Engagement/Reach Rates calculated?");
 * the interval, Student's t for a mean.
 * @example engagementRate({ interactions: Float64Array.of(120, 80, 200, 50), reach: Float64Array.of(2000, 1600, 2500, 1000) }, 0.95, tQuantile)
 * // { rate: 450/7100 = 0.06338, averagePerPost: 0.06, low: 0.03750, high: 0.08250, posts: 4, interactions: 450, audience: 7100 }
 */
export function engagementRate(posts: EngagementPosts, confidence: number, studentQuantile: (p: number, degreesOfFreedom: number) => number): EngagementRate {
  const { interactions, reach, followers = 1 } = posts;
  const n = interactions.length;
  let totalInteractions = 0;
  let totalReach = 0;
  let rateSum = 0;
  for (let index = 0; index < n; index += 1) {
    const audience = reach ? reach[index] : followers;
    totalInteractions += interactions[index];
    totalReach += audience;
    rateSum += interactions[index] / audience;
  }
  const mean = rateSum / n;
  let squares = 0;
  for (let index = 0; index < n; index += 1) {
    const deviation = interactions[index] / (reach ? reach[index] : followers) - mean;
    squares += deviation * deviation;
  }
  const common = { rate: totalInteractions / totalReach, averagePerPost: mean, posts: n, interactions: totalInteractions, audience: reach ? totalReach : followers };
  if (n < 2) return { ...common, low: Number.NaN, high: Number.NaN };
  const margin = studentQuantile(1 - (1 - confidence) / 2, n - 1) * sqrt(squares / (n - 1) / n);
  // A rate is never below 0, so a finite low end is kept at 0; an infinite one (a confidence of 1, which the worksheet
  // function refuses) is left as it is rather than shown as a bound of 0 that was never computed.
  const low = mean - margin;
  return { ...common, low: Number.isFinite(low) ? Math.max(0, low) : low, high: mean + margin };
}
