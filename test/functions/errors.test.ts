import { InputError } from "../../src/core/inputError";
import { displayLanguage, excelResult, toExcelError } from "../../src/functions/errors";
import { withDisplayLanguage } from "./excelErrors";

describe("displayLanguage", () => {
  it("is English without Office (as in jest)", () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    expect(displayLanguage()).toBe("en");
  });

  it("follows Office's display language", () => {
    expect(withDisplayLanguage("da-DK", displayLanguage)).toBe("da");
    expect(withDisplayLanguage("sv-FI", displayLanguage)).toBe("sv");
    expect(withDisplayLanguage("de-DE", displayLanguage)).toBe("en");
  });

  it("is English while Office has no context yet", () => {
    const global = globalThis as { Office?: unknown };
    global.Office = {};
    try {
      expect(displayLanguage()).toBe("en");
    } finally {
      delete global.Office;
    }
  });
});

describe("toExcelError", () => {
  it("renders an InputError as #VALUE! in the display language", () => {
    const error = new InputError("mustBePositive", "orders", { value: 0 });
    expect(toExcelError(error)).toEqual(new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "orders must be a number > 0, got 0."));
    expect(withDisplayLanguage("da-DK", () => toExcelError(error).message)).toBe("orders skal være et tal > 0, men er 0.");
    expect(withDisplayLanguage("sv-SE", () => toExcelError(error).message)).toBe("orders måste vara ett tal > 0, men är 0.");
  });

  it("turns anything else into #VALUE! with an internal-error message", () => {
    const fromError = toExcelError(new TypeError("x is undefined"));
    expect(fromError.code).toBe("#VALUE!");
    expect(fromError.message).toBe("Kundeværdi could not calculate this (internal error: x is undefined).");
    expect(toExcelError("thrown text").message).toContain("thrown text");
  });
});

describe("excelResult", () => {
  it("returns the result of the calculation", () => {
    expect(excelResult(() => 42)).toBe(42);
  });

  it("lets no JavaScript exception escape", () => {
    expect(() =>
      excelResult(() => {
        throw new RangeError("bug");
      }),
    ).toThrow(CustomFunctions.Error);
  });
});
