import { cellEntry } from "../../../src/demo/workbook/cellEntry";

// The Range.values reference (@types/office-js, [Api set: ExcelApi 1.1]): a value starting with "+", "-" or "=" is
// interpreted as a formula.
describe("cellEntry", () => {
  it.each([
    ["=SUM(A1)", "=SUM(A1)"],
    ["+45 1234", "=+45 1234"],
    ["-A1", "=-A1"],
    ["+", "=+"],
  ])("takes %p written to a General cell for the formula %p", (written, formula) => {
    expect(cellEntry(written, false)).toEqual({ kind: "formula", formula });
  });

  it.each([
    ["=SUM(A1)"],
    ["+45 1234"],
    ["-A1"],
    ["'quoted"],
    ["00123"],
  ])("keeps %p as text in a cell formatted @ before the write", (written) => {
    expect(cellEntry(written, true)).toEqual({ kind: "constant", content: written });
  });

  it.each<[string | number | boolean, string | number | boolean]>([
    ["'=SUM(A1)", "=SUM(A1)"],
    ["'+45 1234", "+45 1234"],
    ["00123", 123],
    ["+45", 45],
    ["-2.5", -2.5],
    [" 1e3 ", 1000],
    ["plain", "plain"],
    ["", ""],
    [7, 7],
    [true, true],
  ])("takes %p written to a General cell for the constant %p", (written, content) => {
    expect(cellEntry(written, false)).toEqual({ kind: "constant", content });
  });
});
