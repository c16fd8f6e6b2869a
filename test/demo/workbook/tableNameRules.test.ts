import { TABLE_NAME_MAX_LENGTH, tableNameProblem } from "../../../src/demo/workbook/tableNameRules";

// Microsoft Support, "Rename an Excel table" (first character, further characters, no spaces, not C/c/R/r, not a cell
// reference, at most 255 characters); ECMA-376 Part 1 (names are not TRUE or FALSE).
describe("tableNameProblem", () => {
  it.each([
    ["", /blank/],
    ["1Sales", /does not start/],
    [".Sales", /does not start/],
    ["Sales 2024", /space/],
    ["Sales-2024", /"-"/],
    ["Salg&Køb", /"&"/],
    ["A1", /cell reference/],
    ["xfd1048576", /cell reference/],
    ["ABC1", /cell reference/],
    ["RR1", /cell reference/],
    ["R1C1", /cell reference/],
    ["R", /cell reference/],
    ["c", /cell reference/],
    ["RC", /cell reference/],
    ["R5", /cell reference/],
    ["C12", /cell reference/],
    ["TRUE", /logical/],
    ["false", /logical/],
    ["T".repeat(TABLE_NAME_MAX_LENGTH + 1), /256 characters, more than 255/],
  ])("refuses %p", (name, why) => {
    expect(tableNameProblem(name)).toMatch(why);
  });

  it.each([
    ["Table1"],
    ["_Sales"],
    ["\\Sales"],
    ["Sales.Q1"],
    ["Køb_2024"],
    ["Försäljning"],
    // Past the last column (XFD) and the last row: not cells, so names.
    ["XFE1"],
    ["A1048577"],
    ["R1048577"],
    ["RX"],
    ["R2D2"],
    ["T".repeat(TABLE_NAME_MAX_LENGTH)],
  ])("takes %p", (name) => {
    expect(tableNameProblem(name)).toBeUndefined();
  });
});
