import { isWorksheetError, notAvailableError, valueError } from "../../src/excel/worksheetErrors";

describe("worksheet errors (CustomFunctionsRuntime 1.2: CustomFunctions.Error with an ErrorCode)", () => {
  it("makes #VALUE! with a message and #N/A without one", () => {
    expect(valueError("orders must be a number > 0, got 0.")).toEqual(new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "orders must be a number > 0, got 0."));
    expect(notAvailableError()).toEqual(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable));
    expect(valueError("x").code).toBe("#VALUE!");
    expect(notAvailableError().code).toBe("#N/A");
  });

  it("tells Excel's errors from other errors", () => {
    expect(isWorksheetError(valueError("x"))).toBe(true);
    expect(isWorksheetError(notAvailableError())).toBe(true);
    expect(isWorksheetError(new Error("x"))).toBe(false);
    expect(isWorksheetError("#VALUE!")).toBe(false);
  });
});
