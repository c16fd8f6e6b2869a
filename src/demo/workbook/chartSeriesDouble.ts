import type { RangeDouble } from "./rangeDouble";
import type { ChartRecord } from "./records";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";

/**
 * A series of a chart (ExcelApi 1.1 name; 1.7 setValues, setXAxisValues).
 * @example const series = chart.series.add("Total CLV"); series.setValues(sheet.getRange("H3:H13"));
 */
export class ChartSeriesDouble {
  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly series: () => ChartRecord["series"][number],
  ) {}

  set name(name: string) {
    this.context.enqueue(() => {
      this.series().name = name;
      this.book.touch();
    });
  }

  setValues(sourceData: RangeDouble): void {
    this.context.enqueue(() => {
      this.series().values = sourceData.areaAddress();
      this.book.touch();
    });
  }

  setXAxisValues(sourceData: RangeDouble): void {
    this.context.enqueue(() => {
      this.series().categories = sourceData.areaAddress();
      this.book.touch();
    });
  }
}
