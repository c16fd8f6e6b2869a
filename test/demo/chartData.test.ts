import { chartData } from "../../src/demo/chartData";
import type { ChartRecord } from "../../src/demo/workbook/records";
import { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";

/** A Segments-like sheet: segment names in A3:A5, customers in C3:C5, total CLV (#,##0.00) in D3:D5. */
function segmentsBook(): WorkbookDouble {
  const book = new WorkbookDouble();
  book.loadRows("Segments", [
    ["Segments", "", "", ""],
    ["Segment", "Meaning", "Customers", "Total CLV"],
    ["Champions", "…", 413, 49765.855],
    ["Loyal", "…", 220, 7558.86],
    ["At risk", "…", 0, -12.5],
  ]);
  for (const row of [2, 3, 4]) book.setNumberFormat("Segments", row, 3, "#,##0.00");
  return book;
}

const barChart: ChartRecord = {
  sheet: "Segments",
  type: "BarClustered",
  source: "D3:D5",
  seriesBy: "Columns",
  title: "Customer equity by segment",
  series: [{ name: "Total CLV", values: "D3:D5", categories: "A3:A5" }],
  position: { start: "F1", end: "M16" },
};

describe("chartData", () => {
  it("reads a bar chart's categories and values from the cells its series refer to", () => {
    expect(chartData(segmentsBook(), barChart)).toEqual({
      title: "Customer equity by segment",
      orientation: "bar",
      categories: ["Champions", "Loyal", "At risk"],
      series: [{ name: "Total CLV", values: [49765.855, 7558.86, -12.5], texts: ["49,765.86", "7,558.86", "-12.50"] }],
    });
  });

  it("labels the values in the locale it is given, through their cells' number formats", () => {
    expect(chartData(segmentsBook(), barChart, "da-DK").series[0].texts).toEqual(["49.765,86", "7.558,86", "-12,50"]);
  });

  it("takes every type but Bar… for columns, and more series side by side", () => {
    const chart: ChartRecord = {
      ...barChart,
      type: "ColumnClustered",
      title: undefined,
      series: [
        { name: "Customers", values: "C3:C5", categories: "A3:A5" },
        { name: "Total CLV", values: "D3:D5", categories: "A3:A5" },
      ],
    };
    const data = chartData(segmentsBook(), chart);
    expect(data.orientation).toBe("column");
    expect(data.series.map((series) => series.values)).toEqual([
      [413, 220, 0],
      [49765.855, 7558.86, -12.5],
    ]);
    // Excel's title for a chart of several series that was given none.
    expect(data.title).toBe("Chart Title");
  });

  it("numbers the categories without category cells, names an untitled one-series chart after its series, and plots no bar for a cell without a number", () => {
    const book = segmentsBook();
    book.setCell("Segments", 3, 3, "n/a");
    book.setCell("Segments", 4, 3, "");
    const data = chartData(book, { ...barChart, title: undefined, series: [{ name: "Total CLV", values: "D3:D5" }] });
    expect(data.title).toBe("Total CLV");
    expect(data.categories).toEqual(["1", "2", "3"]);
    expect(data.series[0]).toEqual({ name: "Total CLV", values: [49765.855, null, null], texts: ["49,765.86", "", ""] });
  });

  it("draws nothing for a chart without series", () => {
    expect(chartData(segmentsBook(), { ...barChart, series: [] })).toMatchObject({ categories: [], series: [] });
  });
});
