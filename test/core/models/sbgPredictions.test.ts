import {
  SBG_MINIMUM_DISCOUNT_RATE,
  sbgDiscountedResidualLifetime,
  sbgExpectedRemainingPeriods,
  sbgRetentionRate,
  sbgSurvival,
} from "../../../src/core/models/sbgPredictions";
import { expectInputError } from "../expectInputError";
import { forEachCase } from "../seededRandom";

const highEnd = { alpha: 0.668, beta: 3.806 };
const regular = { alpha: 0.704, beta: 1.182 };

/** Σ_{t ≥ n} S(t)/S(n − 1)/(1 + d)^{t − n} (Fader & Hardie 2010, eq. 6, the sum), term by term with S(t)/S(t − 1) = r_t. */
function derlBySum(parameters: { alpha: number; beta: number }, renewals: number, d: number): number {
  const n = renewals + 1;
  let term = sbgRetentionRate(parameters, n);
  let sum = 0;
  for (let t = n; term > 1e-18 * sum; t += 1) {
    sum += term;
    term *= sbgRetentionRate(parameters, t + 1) / (1 + d);
  }
  return sum;
}

describe("sBG survival and retention", () => {
  it("gives S(t) as the product of the retention rates r_i = (β + i − 1)/(α + β + i − 1) (Fader & Hardie 2007)", () => {
    // Regular cohort: r₁ = 1.182/1.886 = 0.6267, r₂ = 2.182/2.886 = 0.7561, so S(2) = 0.4739.
    expect(sbgRetentionRate(regular, 1)).toBeCloseTo(1.182 / 1.886, 12);
    expect(sbgRetentionRate(regular, 2)).toBeCloseTo(2.182 / 2.886, 12);
    expect(sbgSurvival(regular, 2)).toBeCloseTo((1.182 / 1.886) * (2.182 / 2.886), 12);
    expect(sbgSurvival(regular, 0)).toBe(1);
    let product = 1;
    for (let t = 1; t <= 200; t += 1) {
      product *= sbgRetentionRate(highEnd, t);
      expect(Math.abs(sbgSurvival(highEnd, t) / product - 1)).toBeLessThan(1e-10);
    }
  });

  it("has retention rising towards 1 with tenure (heterogeneity sorts out the likely leavers)", () => {
    for (let t = 1; t < 50; t += 1) expect(sbgRetentionRate(highEnd, t + 1)).toBeGreaterThan(sbgRetentionRate(highEnd, t));
  });
});

describe("sBG remaining lifetime and DERL", () => {
  it("gives the expected remaining periods (β + n − 1)/(α − 1) for α > 1, and Infinity, not a large number, for α ≤ 1", () => {
    // α = 2, β = 3: a new customer stays β/(α − 1) = 3 more periods; after 4 renewals (3 + 4)/1 = 7.
    expect(sbgExpectedRemainingPeriods({ alpha: 2, beta: 3 }, 0)).toBe(3);
    expect(sbgExpectedRemainingPeriods({ alpha: 2, beta: 3 }, 4)).toBe(7);
    expect(sbgExpectedRemainingPeriods(highEnd, 7)).toBe(Number.POSITIVE_INFINITY);
    expect(sbgExpectedRemainingPeriods({ alpha: 1, beta: 3 }, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(sbgDiscountedResidualLifetime(regular, 0, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(sbgDiscountedResidualLifetime({ alpha: 2, beta: 3 }, 4, 0)).toBe(7);
  });

  it("equals the discounted sum of survival ratios (Fader & Hardie 2010, eq. 6)", () => {
    // High end after 7 renewals at d = 10 %: 7.5296 (jdmaturen/shifted_beta_geometric_py's derl(α, β, 0.1, 7) gives 7.530 at its fit).
    expect(sbgDiscountedResidualLifetime(highEnd, 7, 0.1)).toBeCloseTo(derlBySum(highEnd, 7, 0.1), 10);
    expect(sbgDiscountedResidualLifetime(highEnd, 7, 0.1)).toBeCloseTo(7.53, 2);
    forEachCase(
      200,
      29,
      (random) => ({
        parameters: { alpha: Math.exp(random.uniform(-3, 4)), beta: Math.exp(random.uniform(-3, 6)) },
        renewals: random.integer(0, 500),
        d: Math.exp(random.uniform(-6, 0)),
      }),
      ({ parameters, renewals, d }) => {
        expect(Math.abs(sbgDiscountedResidualLifetime(parameters, renewals, d) / derlBySum(parameters, renewals, d) - 1)).toBeLessThan(1e-10);
      },
    );
  });

  it("falls with the discount rate towards the undiscounted value and rises with each renewal", () => {
    const parameters = { alpha: 1.5, beta: 2 };
    const limit = sbgExpectedRemainingPeriods(parameters, 3);
    let previous = 0;
    for (const d of [1, 0.1, 0.01, 1e-4, 1e-6, SBG_MINIMUM_DISCOUNT_RATE]) {
      const value = sbgDiscountedResidualLifetime(parameters, 3, d);
      expect(value).toBeGreaterThan(previous);
      expect(value).toBeLessThan(limit);
      previous = value;
    }
    expect(previous / limit).toBeGreaterThan(0.999);
    for (let renewals = 0; renewals < 20; renewals += 1) {
      expect(sbgDiscountedResidualLifetime(regular, renewals + 1, 0.1)).toBeGreaterThan(sbgDiscountedResidualLifetime(regular, renewals, 0.1));
    }
  });

  it("refuses a discount rate above 0 that is too small to compute", () => {
    const error = expectInputError(() => sbgDiscountedResidualLifetime(regular, 0, 1e-12), "discountRateTooSmall", "discountRate");
    expect(error.params).toEqual({ value: 1e-12, minimum: SBG_MINIMUM_DISCOUNT_RATE });
  });
});
