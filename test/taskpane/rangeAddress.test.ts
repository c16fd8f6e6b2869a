import { firstRowOfAddress, rangeLabel } from "../../src/taskpane/rangeAddress";

describe("range addresses", () => {
  it.each([
    ["A1:E6920", 1],
    ["Data!$B$5:$F$120", 5],
    ["'Mine data'!C12", 12],
    ["A:E", 1],
  ])("the first row of %s is %p", (address, row) => {
    expect(firstRowOfAddress(address)).toBe(row);
  });

  it("quotes sheet names the way Excel does", () => {
    expect(rangeLabel("Data", "A1:E6920")).toBe("Data!A1:E6920");
    expect(rangeLabel("Køb", "A1:C9")).toBe("Køb!A1:C9");
    expect(rangeLabel("Mine data", "A1:C9")).toBe("'Mine data'!A1:C9");
    expect(rangeLabel("Bob's", "A1")).toBe("'Bob''s'!A1");
  });
});
