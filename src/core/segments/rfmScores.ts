import type { CustomerSummary } from "../summary/customerSummary";
import { quintileCuts, quintileScore, quintileScores, type QuintileCuts } from "./quintileScores";

/** The RFM quintile cuts of a customer base; monetary is absent when the log has no amounts. */
export interface RfmCuts {
  recency: QuintileCuts;
  frequency: QuintileCuts;
  monetary?: QuintileCuts;
}

/** 1–5 RFM scores per customer (index = the summary's customer index); 0 = not scored (excluded customer, or M without amounts). */
export interface RfmScores {
  recency: Uint8Array;
  frequency: Uint8Array;
  monetary: Uint8Array;
  cuts: RfmCuts;
}

/** The three values a customer is scored on, as in the summary's RFM view. */
export interface RfmValues {
  daysSinceLastPurchase: number;
  purchases: number;
  /** Omit when there are no amounts (then no M score). */
  revenue?: number;
}

/**
 * The RFM quintile cuts of the summary's included customers:
 * - R on days since the last purchase (fewer days score higher: 5 = most recent),
 * - F on the number of purchases (distinct purchase days),
 * - M on net revenue — total value rather than average order value, so that M ranks what a customer has
 *   been worth; average order value is scored separately for the value tiers.
 * Ties share a score (see quintileCuts). Throws InputError `noValues` when no customer is included.
 *
 * Source: RFM scoring by quintiles of the customer base (Hughes 1994; docs/ARCHITECTURE.md, "Segments").
 * @example rfmCuts(summary).recency.cuts // the days-since-last-purchase limits for R = 2, 3, 4, 5
 */
export function rfmCuts(summary: CustomerSummary): RfmCuts {
  const { included, customersInRow } = summary;
  const recency = quintileCuts(summary.daysSinceLastPurchase, "lowerIsBetter", included, customersInRow);
  const frequency = quintileCuts(summary.purchases, "higherIsBetter", included, customersInRow);
  if (!summary.hasAmounts) return { recency, frequency };
  return { recency, frequency, monetary: quintileCuts(summary.revenue, "higherIsBetter", included, customersInRow) };
}

/**
 * RFM scores 1–5 for every customer of the summary against its own customer base (rfmCuts). Excluded
 * customers score 0 in every dimension; so does M for every customer when the log has no amounts.
 * O(customers): about 30 ms for a million customers.
 *
 * Source: as rfmCuts.
 * @example rfmScores(summarizeCustomers(log, { timeUnit: "day" })).recency // Uint8Array of R scores
 */
export function rfmScores(summary: CustomerSummary): RfmScores {
  const cuts = rfmCuts(summary);
  const { included } = summary;
  return {
    recency: quintileScores(summary.daysSinceLastPurchase, cuts.recency, included),
    frequency: quintileScores(summary.purchases, cuts.frequency, included),
    monetary: cuts.monetary === undefined ? new Uint8Array(included.length) : quintileScores(summary.revenue, cuts.monetary, included),
    cuts,
  };
}

/**
 * The R, F and M scores of one customer's values against a population's cuts (for KV.SEGMENT with the
 * values of one customer and the cuts of the whole base). M is 0 when the cuts or the values have no revenue.
 *
 * Source: as rfmCuts.
 * @example rfmScoreOf({ daysSinceLastPurchase: 12, purchases: 3, revenue: 900 }, rfmCuts(summary)) // { r: 4, f: 5, m: 4 }
 */
export function rfmScoreOf(values: RfmValues, cuts: RfmCuts): { r: number; f: number; m: number } {
  return {
    r: quintileScore(values.daysSinceLastPurchase, cuts.recency),
    f: quintileScore(values.purchases, cuts.frequency),
    m: cuts.monetary === undefined || values.revenue === undefined ? 0 : quintileScore(values.revenue, cuts.monetary),
  };
}
