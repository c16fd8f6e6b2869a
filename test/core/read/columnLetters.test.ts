import { columnLetters } from "../../../src/core/read/columnLetters";

describe("columnLetters", () => {
  it("writes Excel's column names, from A to the last column XFD (16,384 columns)", () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"]);
  });
});
