import { cellText } from "./cellText";
import { parseA1 } from "./workbook/cellAddressing";
import type { ChartRecord } from "./workbook/records";
import type { WorkbookDouble } from "./workbook/workbookDouble";

/** One series as a chart plots it: a value per category (null for a cell without a number) and its data label. */
export interface ChartSeriesData {
  name: string;
  values: Array<number | null>;
  /** The values as their cells format them, in the chart's locale ("" for a cell without a number). */
  texts: string[];
}

/** What a chart of the double shows, read from the cells its series refer to. */
export interface ChartData {
  title: string;
  /** "bar": horizontal bars (Excel's Bar… types); "line": lines with markers (Line… types); "column": vertical columns (every other type). */
  orientation: "bar" | "column" | "line";
  categories: string[];
  series: ChartSeriesData[];
}

/** The cells of an A1 area, row by row (a series' range is one row or one column). */
function areaCells(address: string): Array<{ row: number; column: number }> {
  const area = parseA1(address);
  const cells = [];
  for (let row = area.row; row < area.row + area.rowCount; row += 1) {
    for (let column = area.column; column < area.column + area.columnCount; column += 1) cells.push({ row, column });
  }
  return cells;
}

/**
 * Resolves a chart of the workbook double to what it plots: its title (Excel's default without one: the series'
 * name for one series, "Chart Title" for more), its categories (the first series' category cells as the grid shows
 * them, else 1, 2, …) and each series' values from the cells of its range on the chart's sheet, labelled in `locale`.
 * @example chartData(book, book.charts[0]) // { title: "Total CLV by segment", orientation: "bar", categories: ["Champions", …], series: [{ name: "Total CLV", values: [5123.4, …], texts: ["5,123.40", …] }] }
 */
export function chartData(book: WorkbookDouble, chart: ChartRecord, locale = "en-US"): ChartData {
  const series = chart.series.map((one) => {
    const cells = one.values ? areaCells(one.values) : [];
    const values = cells.map(({ row, column }) => {
      const value = book.getValue(chart.sheet, row, column);
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    });
    const texts = cells.map(({ row, column }, i) => (values[i] === null ? "" : cellText(values[i], book.getNumberFormat(chart.sheet, row, column), locale)));
    return { name: one.name, values, texts };
  });
  const categoryAddress = chart.series.find((one) => one.categories)?.categories;
  const count = Math.max(0, ...series.map((one) => one.values.length));
  const categories = categoryAddress
    ? areaCells(categoryAddress).map(({ row, column }) => {
        const value = book.getValue(chart.sheet, row, column);
        return value === "" ? "" : cellText(value, book.getNumberFormat(chart.sheet, row, column), locale);
      })
    : Array.from({ length: count }, (_, i) => String(i + 1));
  const title = chart.title ?? (series.length === 1 ? series[0].name : "Chart Title");
  return { title, orientation: /^bar/i.test(chart.type) ? "bar" : /^line/i.test(chart.type) ? "line" : "column", categories, series };
}
