import { fillPlaceholders } from "../../src/i18n/placeholders";

describe("fillPlaceholders", () => {
  it("fills every placeholder that has a value, also repeated ones", () => {
    expect(fillPlaceholders("{n} of {total} ({n})", { n: "3", total: "7" })).toBe("3 of 7 (3)");
  });

  it("leaves a placeholder without a value visible, and other braces alone", () => {
    expect(fillPlaceholders("{missing} in {a-b}", {})).toBe("{missing} in {a-b}");
  });
});
