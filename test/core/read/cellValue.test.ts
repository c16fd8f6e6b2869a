import { cellText, isBlankCell, isBlankOrZeroCell, isEmptyRow } from "../../../src/core/read/cellValue";

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
