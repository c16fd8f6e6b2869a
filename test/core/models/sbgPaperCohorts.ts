import { readFixture } from "../../support/fixtures";

/** One cohort of test/fixtures/sbg_paper.csv as one row per customer: periods stayed and whether still active. */
export interface PaperCohort {
  periods: Float64Array;
  active: Uint8Array;
}

/**
 * The two cohorts of Fader & Hardie (2007), 1,000 customers each, from test/fixtures/sbg_paper.csv: `recency` is the
 * year the customer cancelled (1–7), or equals `T` = 8 for a customer still active after the 7 observed years, who
 * has completed T − 1 = 7 periods.
 */
export function sbgPaperCohorts(): Record<"highend" | "regular", PaperCohort> {
  const rows = readFixture("sbg_paper.csv").trim().split("\n").slice(1).map((line) => line.split(","));
  const cohort = (name: string): PaperCohort => {
    const members = rows.filter((row) => row[3] === name);
    return {
      periods: Float64Array.from(members, ([, recency, T]) => (recency === T ? Number(T) - 1 : Number(recency))),
      active: Uint8Array.from(members, ([, recency, T]) => (recency === T ? 1 : 0)),
    };
  };
  return { highend: cohort("highend"), regular: cohort("regular") };
}

/** The survivors by year 0–7 the paper publishes (Fader & Hardie 2007, Table 1, as counts of 1,000). */
export const PAPER_SURVIVORS = {
  highend: [1000, 869, 743, 653, 593, 551, 517, 491],
  regular: [1000, 631, 468, 382, 326, 289, 262, 241],
} as const;
