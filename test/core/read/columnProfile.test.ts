import { profileColumn } from "../../../src/core/read/columnProfile";

describe("profileColumn", () => {
  it("counts date text and YYYYMMDD numbers as dates (a number also counts as an amount)", () => {
    const rows = [["2024-01-31"], ["31.01.2024"], ["01/31/2024"], [19970101], ["20240131"], [""]];
    expect(profileColumn(rows, 0, 0, 10)).toEqual({ filled: 5, dates: 5, serialDates: 0, amounts: 1, fractional: 0 });
  });

  it("counts whole numbers of 1970–2099 as possible Excel serial dates", () => {
    expect(profileColumn([[45322], ["45322"], [12]], 0, 0, 3)).toEqual({ filled: 3, dates: 0, serialDates: 2, amounts: 3, fractional: 0 });
  });

  it("counts amounts and the amounts with decimals", () => {
    expect(profileColumn([[29.33], ["12,50 kr"], ["500 kr"], ["Anna"]], 0, 0, 4)).toEqual({ filled: 4, dates: 0, serialDates: 0, amounts: 3, fractional: 2 });
  });

  it("looks only at the rows asked for", () => {
    expect(profileColumn([["x"], [1], [2], [3]], 0, 1, 2).filled).toBe(2);
  });
});
