import { cohortMeasureRow } from "../../../src/core/cohorts/cohortMeasure";

describe("cohortMeasureRow", () => {
  // By hand: 4 customers won; 1 and 2 of them buy in periods 1 and 2; revenue 100, 30, 50.
  const cohort = { customers: 4, active: Int32Array.of(4, 1, 2), revenue: Float64Array.of(100, 30, 50) };

  it("divides by the customers won, period by period and cumulatively", () => {
    expect(Array.from(cohortMeasureRow(cohort, "activeRate"))).toEqual([1, 0.25, 0.5]);
    expect(Array.from(cohortMeasureRow(cohort, "activeCustomers"))).toEqual([4, 1, 2]);
    expect(Array.from(cohortMeasureRow(cohort, "revenuePerCustomer"))).toEqual([25, 7.5, 12.5]);
    expect(Array.from(cohortMeasureRow(cohort, "cumulativeRevenuePerCustomer"))).toEqual([25, 32.5, 45]);
  });

  it("applies a margin to revenue only", () => {
    expect(Array.from(cohortMeasureRow(cohort, "cumulativeRevenuePerCustomer", 0.3))).toEqual([7.5, 9.75, 13.5]);
    expect(Array.from(cohortMeasureRow(cohort, "activeRate", 0.3))).toEqual([1, 0.25, 0.5]);
  });
});
