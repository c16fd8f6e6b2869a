import { MAX_SERIES_PER_CHART, sourceSeries } from "../../../src/demo/workbook/chartDouble";
import { WorkbookDouble } from "../../../src/demo/workbook/workbookDouble";
import { excelRunOf, type ExcelRun } from "../../support/workbookDouble";

// Microsoft Support, "Excel specifications and limits", charting: 255 data series in one chart.
describe("ChartDouble", () => {
  let book: WorkbookDouble;
  let run: ExcelRun;

  beforeEach(() => {
    book = new WorkbookDouble();
    book.addSheet("Data");
    run = excelRunOf(book);
  });

  it("takes series up to 255 and refuses the 256th with InvalidOperation", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("LineMarkers", sheet.getRange("A1:A10"), "Columns");
      for (let n = 2; n <= MAX_SERIES_PER_CHART; n += 1) chart.series.add(`S${n}`);
      await context.sync();
      chart.series.add("one too many");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
    expect(MAX_SERIES_PER_CHART).toBe(255);
    expect(book.charts[0].series).toHaveLength(255);
  });

  it("makes a series per column of charts.add's source, up to 255; a source for 256 is InvalidArgument", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.charts.add("ColumnClustered", sheet.getRangeByIndexes(0, 0, 10, 255), "Columns");
      await context.sync();
      sheet.charts.add("ColumnClustered", sheet.getRangeByIndexes(0, 0, 10, 256), "Columns");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(book.charts).toHaveLength(1);
    expect(book.charts[0].series).toHaveLength(255);
    expect(book.charts[0].series[254]).toEqual({ name: "Series255", values: "IU1:IU10" });
  });

  it("reads series from columns, rows, or a single column or row by Auto", () => {
    const area = { row: 2, column: 7, rowCount: 11, columnCount: 2 };
    expect(sourceSeries(area, "Columns")).toEqual([
      { name: "Series1", values: "H3:H13" },
      { name: "Series2", values: "I3:I13" },
    ]);
    expect(sourceSeries({ ...area, rowCount: 2 }, "Rows")).toEqual([
      { name: "Series1", values: "H3:I3" },
      { name: "Series2", values: "H4:I4" },
    ]);
    expect(sourceSeries({ ...area, columnCount: 1 }, "Auto")).toEqual([{ name: "Series1", values: "H3:H13" }]);
    expect(sourceSeries({ ...area, rowCount: 1 }, "Auto")).toEqual([{ name: "Series1", values: "H3:I3" }]);
    expect(() => sourceSeries(area, "Auto")).toThrow(/does not model|models charts.add/);
    expect(() => sourceSeries({ ...area, rowCount: 256 }, "Rows")).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });
});
