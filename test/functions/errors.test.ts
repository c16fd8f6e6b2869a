import { InputError } from "../../src/core/inputError";
import { checkRows, displayLanguage, excelResult, PositionedInputError, toExcelError } from "../../src/functions/errors";
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

describe("checkRows", () => {
  /** The engine's kind of check: throws for the first negative value among the first `end`, naming no row. */
  const values = [3, 1, 4, -1, 5, -9, 2];
  const check = (end: number): void => {
    const negative = values.slice(0, end).find((value) => value < 0);
    if (negative !== undefined) throw new InputError("mustBeNonNegative", "monetary", { value: negative });
  };

  it("finds the row an error that names no row is about", () => {
    let thrown: unknown;
    try {
      checkRows(values.length, check);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PositionedInputError);
    expect((thrown as PositionedInputError).position).toBe(4);
    expect((thrown as PositionedInputError).inputError.params).toEqual({ value: -1 });
    const message = toExcelError(thrown).message;
    expect(message).toContain("Row 4, column 1 of monetary: monetary must be a number ≥ 0, got -1");
    expect(message).toContain("Rows are counted from the first cell of the range.");
  });

  it("passes errors that name their row, and other errors, through; returns when nothing fails", () => {
    const located = new InputError("cellNotANumber", "monetary", { value: "x", row: 2, column: 1 });
    expect(() => checkRows(3, () => { throw located; })).toThrow(located);
    expect(() => checkRows(3, () => { throw new RangeError("bug"); })).toThrow(RangeError);
    expect(() => checkRows(3, check)).not.toThrow();
  });
});
