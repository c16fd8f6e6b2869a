import { chartArea, chartBox } from "../../src/demo/chartPlacement";

describe("chartArea", () => {
  it("covers the cells from the start cell to the end cell, as chart.setPosition(start, end) places it", () => {
    expect(chartArea({ source: "I3:I12", position: { start: "O1", end: "V16" } })).toEqual({ row: 0, column: 14, rowCount: 16, columnCount: 8 });
    // The corners in either order.
    expect(chartArea({ source: "I3:I12", position: { start: "V16", end: "O1" } })).toEqual({ row: 0, column: 14, rowCount: 16, columnCount: 8 });
  });

  it("gives a chart placed by its start cell only, or not placed, Excel's default size", () => {
    expect(chartArea({ source: "B2:B5", position: { start: "D4" } })).toEqual({ row: 3, column: 3, rowCount: 13, columnCount: 5 });
    expect(chartArea({ source: "B2:B5" })).toEqual({ row: 1, column: 3, rowCount: 13, columnCount: 5 });
  });
});

describe("chartBox", () => {
  it("measures the area in the grid's pixels: after the row headers and the columns to its left, below the column headers", () => {
    expect(chartBox({ row: 0, column: 1, rowCount: 2, columnCount: 2 }, [100, 100, 120], 104, 22, 56)).toEqual({ left: 156, top: 22, width: 220, height: 44 });
    expect(chartBox({ row: 3, column: 2, rowCount: 16, columnCount: 3 }, [80, 90], 104, 22, 56)).toEqual({ left: 56 + 80 + 90, top: 4 * 22, width: 3 * 104, height: 16 * 22 });
  });
});
