import { sbgDataFromSurvivors } from "../../../src/core/models/sbgData";
import { sbgSurvival } from "../../../src/core/models/sbgPredictions";
import { analyzeCohort, analyzeSubscriptions } from "../../../src/core/subscriptions/analyzeSubscriptions";
import { readSubscriptionData } from "../../../src/core/subscriptions/readSubscriptionData";
import { PAPER_SURVIVORS } from "../models/sbgPaperCohorts";
import { PAPER_ESTIMATES, paperFileRows } from "../../support/subscriptionPaperRows";

/** S(t) = Π_{i=1..t} (β + i − 1)/(α + β + i − 1) (Fader & Hardie 2007), multiplied out by hand. */
function survivalByHand(alpha: number, beta: number, t: number): number {
  let share = 1;
  for (let i = 1; i <= t; i += 1) share *= (beta + i - 1) / (alpha + beta + i - 1);
  return share;
}

describe("analyzeSubscriptions on the paper's cohorts", () => {
  const analysis = analyzeSubscriptions(readSubscriptionData(paperFileRows()).cohorts, { projectPeriods: 5, discountRate: 0.1, valuePerPeriod: 100 }, "recency");

  it("fits each cohort separately to the published α and β (Fader & Hardie 2007)", () => {
    expect(analysis.cohorts.map((cohort) => cohort.name)).toEqual(["highend", "regular"]);
    for (const cohort of analysis.cohorts) {
      const published = PAPER_ESTIMATES[cohort.name as "highend" | "regular"];
      expect(Math.abs(cohort.fit!.parameters.alpha - published.alpha)).toBeLessThan(0.0005);
      expect(Math.abs(cohort.fit!.parameters.beta - published.beta)).toBeLessThan(0.0005);
      expect(cohort.refusal).toBeUndefined();
    }
  });

  it("lays the observed survival (Table 1) beside the model's for years 0–7 and projects years 8–12, marked", () => {
    for (const cohort of analysis.cohorts) {
      const name = cohort.name as "highend" | "regular";
      const { alpha, beta } = PAPER_ESTIMATES[name];
      expect(cohort.survival.map((row) => row.period)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(cohort.survival.map((row) => row.projected)).toEqual([...Array(8).fill(false), ...Array(5).fill(true)]);
      expect(cohort.survival.slice(0, 8).map((row) => row.activeCustomers)).toEqual([...PAPER_SURVIVORS[name]]);
      cohort.survival.forEach((row) => {
        expect(Math.abs(row.modelSurvival! - survivalByHand(alpha, beta, row.period))).toBeLessThan(0.0005);
        if (row.projected) expect([row.activeCustomers, row.observedSurvival, row.observedRetention]).toEqual([null, null, null]);
        else expect(row.observedSurvival).toBeCloseTo(PAPER_SURVIVORS[name][row.period] / 1000, 12);
        if (row.period > 0) expect(row.modelRetention).toBeCloseTo(row.modelSurvival! / sbgSurvival(cohort.fit!.parameters, row.period - 1), 12);
      });
      // The regular cohort's first-year retention: 631 of 1,000 observed; the model's (β)/(α + β) = 0.627.
      if (name === "regular") expect(cohort.survival[1].observedRetention).toBeCloseTo(0.631, 12);
    }
  });

  it("says a new customer's expected further periods are unbounded (α < 1) and values the active customers by DERL", () => {
    const highEnd = analysis.cohorts[0];
    expect(highEnd.expectedRemainingPeriods).toBe(Number.POSITIVE_INFINITY);
    expect(highEnd.residualValues.map((row) => row.renewals)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const seven = highEnd.residualValues[7];
    // High end after 7 renewals at 10 %: DERL 7.530 (jdmaturen/shifted_beta_geometric_py's derl at the paper's fit).
    expect(seven.discountedRemainingPeriods).toBeCloseTo(7.53, 2);
    expect(seven.residualValue).toBeCloseTo(100 * seven.discountedRemainingPeriods, 10);
    expect(seven.activeCustomers).toBe(491);
    expect(highEnd.activeCustomersValue).toBeCloseTo(491 * seven.residualValue!, 8);
    expect(seven.renewalChance).toBeCloseTo((highEnd.fit!.parameters.beta + 7) / (highEnd.fit!.parameters.alpha + highEnd.fit!.parameters.beta + 7), 12);
  });
});

describe("analyzeCohort", () => {
  it("gives a finite expected further lifetime β/(α − 1) when α > 1 (Fader & Hardie 2010 at d = 0)", () => {
    // Expected survivors of 100,000 customers with α = 2, β = 3 (S(t) by hand), so the fit returns about the truth: β/(α − 1) = 3.
    const survivors = Float64Array.from({ length: 9 }, (_, t) => Math.round(100000 * survivalByHand(2, 3, t)));
    const cohort = analyzeCohort({ name: undefined, data: sbgDataFromSurvivors(survivors) }, { projectPeriods: 2, discountRate: 0 }, "Survivors");
    expect(cohort.fit!.parameters.alpha).toBeCloseTo(2, 1);
    expect(cohort.expectedRemainingPeriods).toBeCloseTo(3, 1);
    expect(cohort.residualValues[0].discountedRemainingPeriods).toBe(cohort.expectedRemainingPeriods);
    expect(cohort.residualValues[0].residualValue).toBeNull();
    expect(cohort.activeCustomersValue).toBeNull();
  });

  it("keeps the observed curve of a cohort the model refuses, with the reason and no model figures", () => {
    const cohort = analyzeCohort({ name: "Pilot", data: sbgDataFromSurvivors(Float64Array.of(40, 40, 40)) }, { projectPeriods: 3, discountRate: 0.1, valuePerPeriod: 10 }, "Pilot");
    expect(cohort.fit).toBeUndefined();
    expect({ code: cohort.refusal?.code, argument: cohort.refusal?.argument }).toEqual({ code: "noChurners", argument: "Pilot" });
    expect(cohort.survival.map((row) => [row.observedSurvival, row.modelSurvival])).toEqual([[1, null], [1, null], [1, null], [null, null], [null, null], [null, null]]);
    expect([cohort.residualValues, cohort.expectedRemainingPeriods, cohort.activeCustomersValue]).toEqual([[], null, null]);
  });
});
