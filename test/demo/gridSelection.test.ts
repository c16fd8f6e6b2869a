import { inArea, selectedArea } from "../../src/demo/gridSelection";
import { columnLetters as columnName } from "../../src/core/read/columnLetters";
import { areaAddress } from "../../src/excel/a1";

describe("grid selection", () => {
  it("names columns as Excel does", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnName)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });

  it("selects the clicked cell, or with Shift the rectangle from the anchor in any direction", () => {
    expect(selectedArea({ row: 4, column: 4 }, { row: 2, column: 1 }, false)).toEqual({ row: 2, column: 1, rowCount: 1, columnCount: 1 });
    expect(selectedArea({ row: 0, column: 0 }, { row: 6919, column: 4 }, true)).toEqual({ row: 0, column: 0, rowCount: 6920, columnCount: 5 });
    expect(selectedArea({ row: 4, column: 3 }, { row: 2, column: 1 }, true)).toEqual({ row: 2, column: 1, rowCount: 3, columnCount: 3 });
    expect(selectedArea({ row: 2, column: 5 }, { row: 7, column: 1 }, true)).toEqual({ row: 2, column: 1, rowCount: 6, columnCount: 5 });
  });

  it("writes A1 addresses and tells which cells an area holds", () => {
    expect(areaAddress({ row: 0, column: 0, rowCount: 1, columnCount: 1 })).toBe("A1");
    expect(areaAddress({ row: 0, column: 0, rowCount: 6920, columnCount: 5 })).toBe("A1:E6920");
    expect(areaAddress({ row: 2, column: 26, rowCount: 1, columnCount: 2 })).toBe("AA3:AB3");
    const area = { row: 2, column: 1, rowCount: 3, columnCount: 2 };
    expect(inArea({ row: 2, column: 1 }, area)).toBe(true);
    expect(inArea({ row: 4, column: 2 }, area)).toBe(true);
    expect(inArea({ row: 5, column: 2 }, area)).toBe(false);
    expect(inArea({ row: 3, column: 3 }, area)).toBe(false);
    expect(inArea({ row: 1, column: 1 }, area)).toBe(false);
  });
});
