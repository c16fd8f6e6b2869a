import { numberGrid, numberOrNumbers, optionalConfidence, optionalNumber, optionalTimeOfDay, requiredNumber } from "../../src/functions/arguments";
import { InputError } from "../../src/core/inputError";

function inputErrorOf(call: () => unknown): InputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("requiredNumber", () => {
  it("passes numbers and reads numeric text and percentages", () => {
    expect(requiredNumber(12.5, "x")).toBe(12.5);
    expect(requiredNumber(0, "x")).toBe(0);
    expect(requiredNumber("12.5", "x")).toBe(12.5);
    expect(requiredNumber(" 40 ", "x")).toBe(40);
    expect(requiredNumber("20%", "x")).toBe(0.2);
    expect(requiredNumber("20 %", "x")).toBe(0.2);
  });

  it.each([null, undefined, "", "   "])("reports the blank %j as required", (blank) => {
    const error = inputErrorOf(() => requiredNumber(blank, "lifespanYears"));
    expect({ code: error.code, argument: error.argument }).toEqual({ code: "required", argument: "lifespanYears" });
  });

  it.each([
    ["abc", "abc"],
    ["500 kr", "500 kr"],
    [true, true],
    [false, false],
    [{ type: "Entity" }, undefined],
    [[[1]], undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
  ])("reports %j as not a number", (value, shown) => {
    const error = inputErrorOf(() => requiredNumber(value, "averageOrderValue"));
    expect(error.code).toBe("notANumber");
    expect(error.argument).toBe("averageOrderValue");
    expect(error.params).toEqual({ value: shown });
  });
});

describe("optionalNumber", () => {
  it.each([null, undefined, "", " "])("gives undefined for the omitted or blank %j", (blank) => {
    expect(optionalNumber(blank, "grossMargin")).toBeUndefined();
  });

  it("converts given values like requiredNumber, 0 included", () => {
    expect(optionalNumber(0, "grossMargin")).toBe(0);
    expect(optionalNumber("40%", "grossMargin")).toBe(0.4);
    expect(inputErrorOf(() => optionalNumber("forty", "grossMargin")).code).toBe("notANumber");
  });
});

describe("optionalConfidence", () => {
  it.each([null, undefined, "", " "])("gives the default for the omitted or blank %j", (blank) => {
    expect(optionalConfidence(blank, "confidence", 0.95)).toBe(0.95);
    expect(optionalConfidence(blank, "power", 0.8)).toBe(0.8);
  });

  it("reads a given fraction like optionalNumber, and a percentage as text", () => {
    expect(optionalConfidence(0.9, "confidence", 0.95)).toBe(0.9);
    expect(optionalConfidence("90%", "confidence", 0.95)).toBe(0.9);
    expect(optionalConfidence(0.001, "power", 0.8)).toBe(0.001);
    expect(optionalConfidence(0.999, "confidence", 0.95)).toBe(0.999);
  });

  it.each([
    [0, "confidence"],
    [1, "confidence"],
    ["100%", "confidence"],
    [100, "confidence"],
    [-0.1, "power"],
    [0, "power"],
    [1, "power"],
  ])("refuses %j for %s: a 0 % or 100 % interval is no interval (openFractionRange)", (value, argument) => {
    const error = inputErrorOf(() => optionalConfidence(value, argument, 0.95));
    expect({ code: error.code, argument: error.argument }).toEqual({ code: "openFractionRange", argument });
  });

  it("refuses a percentage typed as a whole number with a hint, and text, naming the argument", () => {
    const percent = inputErrorOf(() => optionalConfidence(95, "confidence", 0.95));
    expect({ code: percent.code, argument: percent.argument, params: percent.params }).toEqual({ code: "rateLooksLikePercent", argument: "confidence", params: { value: 95 } });
    expect(inputErrorOf(() => optionalConfidence("høj", "confidence", 0.95)).code).toBe("notANumber");
  });
});

describe("numberGrid", () => {
  it("keeps the shape, with null for blank cells and 0 as a number", () => {
    expect(numberGrid([[10, null], ["", "9"], [0, " "]], "scores")).toEqual([[10, null], [null, 9], [0, null]]);
  });

  it("treats a single value as a 1×1 grid", () => {
    expect(numberGrid(7, "scores")).toEqual([[7]]);
    expect(numberGrid([7], "scores")).toEqual([[7]]);
  });

  it("names the 1-based row and column of a cell that is not a number", () => {
    const error = inputErrorOf(() => numberGrid([[1, 2], [3, "n/a"]], "scores"));
    expect(error.code).toBe("cellNotANumber");
    expect(error.argument).toBe("scores");
    expect(error.params).toEqual({ value: "n/a", row: 2, column: 2 });
    expect(inputErrorOf(() => numberGrid([[true]], "scores")).params).toEqual({ value: true, row: 1, column: 1 });
  });
});

describe("numberOrNumbers", () => {
  it("gives the single number of a 1×1 range", () => {
    expect(numberOrNumbers([[1500]], "clv")).toBe(1500);
    expect(numberOrNumbers([["1500"]], "clv")).toBe(1500);
  });

  it("gives the non-blank numbers of a larger range in reading order", () => {
    expect(numberOrNumbers([[1200], [null], [800], [""], [400]], "clv")).toEqual([1200, 800, 400]);
    expect(numberOrNumbers([[1, 2], [3, null]], "clv")).toEqual([1, 2, 3]);
    expect(numberOrNumbers([[null, ""]], "clv")).toEqual([]);
  });

  it("reports a single blank as required", () => {
    expect(inputErrorOf(() => numberOrNumbers([[null]], "clv")).code).toBe("required");
    expect(inputErrorOf(() => numberOrNumbers([[""]], "clv")).code).toBe("required");
  });
});

describe("optionalTimeOfDay", () => {
  it("reads a time as Excel holds it (a fraction of a day) or written as text, 24-hour", () => {
    expect(optionalTimeOfDay(0.375, "businessStart")).toBe(0.375);
    // 8:00 is 8/24 = 1/3 of a day; 16:30 is 16.5/24 = 0.6875; 24:00 closes at midnight.
    expect(optionalTimeOfDay("08:00", "businessStart")).toBe(8 / 24);
    expect(optionalTimeOfDay(" 8:00 ", "businessStart")).toBe(8 / 24);
    expect(optionalTimeOfDay("16.30", "businessEnd")).toBe(0.6875);
    expect(optionalTimeOfDay("07:30:36", "businessStart")).toBeCloseTo((7 * 3600 + 30 * 60 + 36) / 86_400, 15);
    expect(optionalTimeOfDay("24:00", "businessEnd")).toBe(1);
    expect(optionalTimeOfDay("0.5", "businessEnd")).toBe(0.5);
  });

  it('reads "." between hours and minutes as Danish writes times, but not after a single 0, where it may be a fraction of a day', () => {
    expect(optionalTimeOfDay("08.00", "businessStart")).toBe(8 / 24);
    expect(optionalTimeOfDay("8.30", "businessStart")).toBe(8.5 / 24);
    expect(optionalTimeOfDay("00.50", "businessStart")).toBe(50 / 1440);
    expect(optionalTimeOfDay("0:50", "businessStart")).toBe(50 / 1440);
    // "0.50" is 00:50 written the Danish way, or the number 0.5 (12:00) as text: refused, as neither reading is sure.
    for (const ambiguous of ["0.50", "0.30", " 0.45 ", "0.30.00"]) {
      const error = inputErrorOf(() => optionalTimeOfDay(ambiguous, "businessEnd"));
      expect({ code: error.code, argument: error.argument, params: error.params }).toEqual({ code: "notATimeOfDay", argument: "businessEnd", params: { value: ambiguous } });
    }
    // The number 0.5 and the text "0.5" (one decimal, so no minutes) are both half a day.
    expect(optionalTimeOfDay(0.5, "businessEnd")).toBe(0.5);
    expect(optionalTimeOfDay("0.5", "businessEnd")).toBe(0.5);
  });

  it.each([null, undefined, "", " "])("gives undefined for the omitted or blank %j", (blank) => {
    expect(optionalTimeOfDay(blank, "businessStart")).toBeUndefined();
  });

  it.each([
    [8, 8],
    [-0.1, -0.1],
    ["8", "8"],
    ["8 am", "8 am"],
    ["25:00", "25:00"],
    ["08:75", "08:75"],
    [true, true],
  ])("refuses %j, which is no time of day, quoting it", (value, shown) => {
    const error = inputErrorOf(() => optionalTimeOfDay(value, "businessStart"));
    expect({ code: error.code, argument: error.argument, params: error.params }).toEqual({ code: "notATimeOfDay", argument: "businessStart", params: { value: shown } });
  });
});
