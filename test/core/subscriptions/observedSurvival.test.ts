import { sbgDataFromCustomers, sbgDataFromSurvivors } from "../../../src/core/models/sbgData";
import { observedSurvival } from "../../../src/core/subscriptions/observedSurvival";
import { PAPER_SURVIVORS } from "../models/sbgPaperCohorts";

describe("observedSurvival", () => {
  it("is survivors(t) / survivors(0) when every customer is followed equally long (Fader & Hardie 2007, Table 1)", () => {
    for (const survivors of Object.values(PAPER_SURVIVORS)) {
      const observed = observedSurvival(sbgDataFromSurvivors(Float64Array.from(survivors)));
      expect(observed.lastPeriod).toBe(7);
      Array.from(observed.survival).forEach((share, t) => expect(share).toBeCloseTo(survivors[t] / 1000, 12));
      expect(Array.from(observed.atRisk)).toEqual(survivors.slice(0, 7));
    }
  });

  it("counts a customer still active only through the periods observed (product-limit, by hand)", () => {
    // Stayed 1 (cancelled), 1 (active), 2 (cancelled), 2 (active), 3 (cancelled), 3 (active):
    // S(1) = 1 − 1/6; S(2) = S(1) · (1 − 1/4) = 0.625 (the active customer of period 1 is no longer at risk); S(3) = S(2) · (1 − 1/2).
    const data = sbgDataFromCustomers(Float64Array.of(1, 1, 2, 2, 3, 3), Uint8Array.of(0, 1, 0, 1, 0, 1));
    const observed = observedSurvival(data);
    expect(Array.from(observed.atRisk)).toEqual([6, 4, 2]);
    expect(Array.from(observed.cancelled)).toEqual([1, 1, 1]);
    expect(Array.from(observed.survival)).toEqual([1, 5 / 6, 0.625, 0.3125]);
  });

  it("stays at 0 after a curve reaches 0 (no one left at risk), never NaN", () => {
    expect(Array.from(observedSurvival(sbgDataFromSurvivors(Float64Array.of(10, 5, 0, 0))).survival)).toEqual([1, 0.5, 0, 0]);
  });
});
