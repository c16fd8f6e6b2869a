import { SHEET_NAME_MAX_LENGTH, sheetNameProblem } from "../../../src/demo/workbook/sheetNameRules";

// Microsoft Support, "Rename a worksheet": not blank, at most 31 characters, none of / \ ? * : [ ], no apostrophe at
// either end, not "History".
describe("sheetNameProblem", () => {
  it.each([
    ["", /blank/],
    ["x".repeat(SHEET_NAME_MAX_LENGTH + 1), /32 characters, more than 31/],
    ["Q1/Q2", /"\/"/],
    ["a\\b", /"\\"/],
    ["Why?", /"\?"/],
    ["Top*", /"\*"/],
    ["10:30", /":"/],
    ["[Data]", /"\["/],
    ["Data]", /"\]"/],
    ["'Kunder", /apostrophe/],
    ["Kunder'", /apostrophe/],
    ["History", /reserves/],
    ["history", /reserves/],
  ])("refuses %p", (name, why) => {
    expect(sheetNameProblem(name)).toMatch(why);
  });

  it.each([
    ["x".repeat(SHEET_NAME_MAX_LENGTH)],
    ["Kunders 'bedste' køb"],
    ["Segmenter (2)"],
    ["Översikt"],
    ["Historik"],
    ["History 2024"],
    ["~Kundevaerdi new 1"],
    [" "],
  ])("takes %p", (name) => {
    expect(sheetNameProblem(name)).toBeUndefined();
  });
});
