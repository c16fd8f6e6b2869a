import { areaAddress, type CellArea } from "../../excel/a1";
import { ChartSeriesDouble } from "./chartSeriesDouble";
import { excelError } from "./excelError";
import { notLoaded } from "./loadedProperties";
import type { RangeDouble } from "./rangeDouble";
import type { ChartRecord } from "./records";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";

/**
 * The most data series a chart may have (Microsoft Support, "Excel specifications and limits", charting: "Data series
 * in one chart: 255"). Excel documents the limit, not the code the API raises past it: the double refuses a source
 * that would make more series as InvalidArgument, and a series added past it as InvalidOperation.
 */
export const MAX_SERIES_PER_CHART = 255;

/**
 * The series `charts.add` makes from its source: one per column ("Columns") or per row ("Rows"), named "Series1", …;
 * with "Auto" the double models a single column or row (one series) only. More than MAX_SERIES_PER_CHART is
 * InvalidArgument.
 * @example sourceSeries({ row: 2, column: 7, rowCount: 11, columnCount: 2 }, "Columns") // [{ name: "Series1", values: "H3:H13" }, { name: "Series2", values: "I3:I13" }]
 */
export function sourceSeries(source: CellArea, seriesBy: string): ChartRecord["series"] {
  const single = source.rowCount === 1 || source.columnCount === 1;
  if (seriesBy !== "Columns" && seriesBy !== "Rows" && !(seriesBy === "Auto" && single)) {
    throw new Error(`The workbook double models charts.add by "Columns" or "Rows", or "Auto" over one column or row, got ${JSON.stringify(seriesBy)}`);
  }
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && source.rowCount === 1);
  const count = byRows ? source.rowCount : source.columnCount;
  if (count > MAX_SERIES_PER_CHART) throw excelError("InvalidArgument", `the source would make ${count} series, more than ${MAX_SERIES_PER_CHART} in one chart`);
  return Array.from({ length: count }, (_, i) => ({
    name: `Series${i + 1}`,
    values: areaAddress(byRows ? { ...source, row: source.row + i, rowCount: 1 } : { ...source, column: source.column + i, columnCount: 1 }),
  }));
}

/**
 * The chart `worksheet.charts.add(…)` returns: title.text, series (getItemAt, add; at most MAX_SERIES_PER_CHART),
 * setPosition.
 * @example const chart = sheet.charts.add("BarClustered", range, "Columns"); chart.title.text = "Customers";
 */
export class ChartDouble {
  readonly title: { text: string };

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly record: ChartRecord,
  ) {
    this.title = {
      set text(text: string) {
        context.enqueue(() => {
          record.title = text;
          book.touch();
        });
      },
      get text(): string {
        throw notLoaded("title.text");
      },
    };
  }

  get series(): { getItemAt: (index: number) => ChartSeriesDouble; add: (name?: string) => ChartSeriesDouble } {
    return {
      getItemAt: (index) =>
        new ChartSeriesDouble(this.context, this.book, () => {
          const series = this.record.series[index];
          if (!series) throw excelError("ItemNotFound", `the chart has no series ${index}`);
          return series;
        }),
      add: (name = `Series${this.record.series.length + 1}`) => {
        let added: ChartRecord["series"][number] | undefined;
        this.context.enqueue(() => {
          if (this.record.series.length >= MAX_SERIES_PER_CHART) {
            throw excelError("InvalidOperation", `the chart has ${this.record.series.length} series already, the most one chart may have`);
          }
          added = { name };
          this.record.series.push(added);
          this.book.touch();
        });
        return new ChartSeriesDouble(this.context, this.book, () => {
          if (!added) throw new Error("The series was used before it was added");
          return added;
        });
      },
    };
  }

  setPosition(startCell: RangeDouble, endCell?: RangeDouble): void {
    this.context.enqueue(() => {
      this.record.position = { start: startCell.areaAddress(), end: endCell?.areaAddress() };
      this.book.touch();
    });
  }
}
