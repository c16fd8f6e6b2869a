import { cellText, isBlankCell, isBlankOrZeroCell, isEmptyRow, worksheetErrorName } from "../../../src/core/read/cellValue";

describe("isBlankCell", () => {
  it.each([null, undefined, "", "   ", "\u00a0"])("treats %j as blank", (cell) => {
    expect(isBlankCell(cell)).toBe(true);
  });

  it.each([0, "0", false, "x", NaN])("does not treat %j as blank", (cell) => {
    expect(isBlankCell(cell)).toBe(false);
  });

  it("treats 0 as blank only in isBlankOrZeroCell", () => {
    expect(isBlankOrZeroCell(0)).toBe(true);
    expect(isBlankOrZeroCell(0.5)).toBe(false);
  });
});

describe("isEmptyRow", () => {
  it.each([[[]], [[null, "", 0]], [[undefined, " "]]])("treats %j as empty", (row) => {
    expect(isEmptyRow(row)).toBe(true);
  });

  it("treats a missing row as empty and a row with a value as not", () => {
    expect(isEmptyRow(undefined)).toBe(true);
    expect(isEmptyRow([null, "x"])).toBe(false);
  });
});

describe("cellText", () => {
  it.each([
    ["abc", "abc"],
    [12.5, "12.5"],
    [true, "TRUE"],
    [false, "FALSE"],
    [null, ""],
    [undefined, ""],
    [{}, "[object]"],
  ])("writes %j as %j", (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});

describe("worksheetErrorName", () => {
  it("names an Excel error however it arrives: a CustomFunctions.Error, an Error, an ErrorCellValue, or text", () => {
    expect(worksheetErrorName({ code: "#N/A" })).toBe("#N/A");
    expect(worksheetErrorName({ errorCode: "#DIV/0!" })).toBe("#DIV/0!");
    expect(worksheetErrorName(new Error("#VALUE!"))).toBe("#VALUE!");
    expect(worksheetErrorName({ type: "Error", basicValue: "#REF!", errorType: "Ref" })).toBe("#REF!");
    expect(worksheetErrorName({ type: "Error", errorType: "NotAvailable" })).toBe("#N/A");
    expect(worksheetErrorName(" #name? ")).toBe("#NAME?");
  });

  it("names nothing else", () => {
    for (const cell of ["N/A", "#1 customer", "#", 0, null, {}, [], new Error("boom"), { code: 404 }]) expect(worksheetErrorName(cell)).toBeUndefined();
  });

  it("gives cellText the error's name instead of '[object]'", () => {
    expect(cellText({ code: "#N/A", message: "" })).toBe("#N/A");
    expect(cellText({})).toBe("[object]");
  });
});
