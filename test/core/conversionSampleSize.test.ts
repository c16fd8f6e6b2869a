import { conversionSampleSize } from "../../src/core/conversionSampleSize";

describe("conversionSampleSize", () => {
  it("gives 3,841 visitors a group to tell 12 % from 10 % with 80 % power at 95 % (hand calculation, Fleiss et al. eq. 4.14)", () => {
    // p̄ = 0.11: 1.959964·√(2·0.11·0.89) = 0.867271; 0.841621·√(0.09 + 0.1056) = 0.372220; (1.239491)² / 0.02² = 3840.8.
    expect(conversionSampleSize(0.1, 0.02, 0.8, 0.95)).toBe(3841);
  });

  it("grows with power and confidence, shrinks with the uplift, and is the same for a fall as for a rise of the same size around p̄", () => {
    const base = conversionSampleSize(0.05, 0.01, 0.8, 0.95);
    expect(conversionSampleSize(0.05, 0.01, 0.9, 0.95)).toBeGreaterThan(base);
    expect(conversionSampleSize(0.05, 0.01, 0.8, 0.99)).toBeGreaterThan(base);
    expect(conversionSampleSize(0.05, 0.02, 0.8, 0.95)).toBeLessThan(base);
    expect(conversionSampleSize(0.06, -0.01, 0.8, 0.95)).toBe(base);
  });

  it("refuses an uplift of 0 or one that leaves the rate outside 0–1, and a baseline of 0 or 1", () => {
    expect(() => conversionSampleSize(0.1, 0, 0.8, 0.95)).toThrow(expect.objectContaining({ code: "mustBePositive", argument: "minimumUplift" }));
    expect(() => conversionSampleSize(0.95, 0.1, 0.8, 0.95)).toThrow(expect.objectContaining({ code: "mustNotExceed", argument: "minimumUplift" }));
    expect(() => conversionSampleSize(0.05, -0.1, 0.8, 0.95)).toThrow(expect.objectContaining({ code: "mustNotExceed", argument: "minimumUplift" }));
    expect(() => conversionSampleSize(0, 0.1, 0.8, 0.95)).toThrow(expect.objectContaining({ code: "fractionRange", argument: "baselineRate" }));
  });
});
