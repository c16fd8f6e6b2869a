import { ChartSeriesDouble } from "./chartSeriesDouble";
import { notLoaded } from "./loadedProperties";
import type { RangeDouble } from "./rangeDouble";
import type { ChartRecord } from "./records";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";

/**
 * The chart `worksheet.charts.add(…)` returns: title.text, series (getItemAt, add), setPosition.
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
          if (!series) throw new Error(`ItemNotFound: the chart has no series ${index}`);
          return series;
        }),
      add: (name = `Series${this.record.series.length + 1}`) => {
        let added: ChartRecord["series"][number] | undefined;
        this.context.enqueue(() => {
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
