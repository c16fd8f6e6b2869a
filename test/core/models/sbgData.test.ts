import { checkPeriodsStayed, sbgDataFromCustomers, sbgDataFromSurvivors } from "../../../src/core/models/sbgData";
import { expectInputError } from "../expectInputError";

describe("sBG data", () => {
  it("groups one row per customer by period and fate", () => {
    const data = sbgDataFromCustomers(Float64Array.of(3, 1, 3, 7, 1), Uint8Array.of(0, 0, 1, 1, 0));
    expect(data.customers).toBe(5);
    expect(data.churners).toBe(3);
    const byPeriod = Object.fromEntries(Array.from(data.periods, (t, k) => [t, [data.cancelled[k], data.active[k]]]));
    expect(byPeriod).toEqual({ 1: [2, 0], 3: [1, 1], 7: [0, 1] });
  });

  it("reads a survivors curve as cancellations between its counts and the last count still active", () => {
    // Fader & Hardie (2007), regular cohort: 1000 − 631 = 369 cancelled in year 1, 631 − 468 = 163 in year 2, 468 active after 2.
    const data = sbgDataFromSurvivors(Float64Array.of(1000, 631, 468));
    expect(Array.from(data.periods)).toEqual([1, 2]);
    expect(Array.from(data.cancelled)).toEqual([369, 163]);
    expect(Array.from(data.active)).toEqual([0, 468]);
    expect(data.customers).toBe(1000);
    expect(data.churners).toBe(532);
  });

  it("refuses periods stayed that are not whole numbers ≥ 1", () => {
    expect(expectInputError(() => checkPeriodsStayed(Float64Array.of(1, 2.5)), "mustBePositiveWholeNumber", "periods").params).toEqual({ value: 2.5 });
    expectInputError(() => checkPeriodsStayed(Float64Array.of(0)), "mustBePositiveWholeNumber", "periods");
    expectInputError(() => sbgDataFromCustomers(Float64Array.of(-1), Uint8Array.of(1), "tenure"), "mustBePositiveWholeNumber", "tenure");
    expect(expectInputError(() => checkPeriodsStayed(Float64Array.of(1, Number.NaN)), "cellNotANumber", "periods").params).toEqual({ value: "NaN", row: 2, column: 1 });
  });

  it("refuses a survivors curve that grows or holds a count that is not a whole number", () => {
    const growing = expectInputError(() => sbgDataFromSurvivors(Float64Array.of(1000, 631, 700)), "survivorsIncrease", "survivors");
    expect(growing.params).toEqual({ period: 2, survivors: 700, previous: 631 });
    expectInputError(() => sbgDataFromSurvivors(Float64Array.of(100, 86.9)), "mustBeWholeNumber", "survivors");
    expectInputError(() => sbgDataFromSurvivors(Float64Array.of(100, -1), "curve"), "mustBeWholeNumber", "curve");
  });
});
