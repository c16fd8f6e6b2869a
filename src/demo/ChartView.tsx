// Hand-written SVG: the demo draws only clustered bar and column charts and line charts with markers, which need no chart library (and no download).
import type { ReactElement } from "react";
import type { ChartData } from "./chartData";
import { textWidth } from "./columnWidths";
import { valueAxis, type ValueAxis } from "./valueAxis";

export interface ChartViewProps {
  chart: ChartData;
  /** The chart's size in CSS pixels (the cells it covers). */
  width: number;
  height: number;
  /** The locale of the value axis' numbers. */
  locale: string;
}

/** Excel's Office theme: the first two accent colours, then more for further series. */
const SERIES_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
/** Excel's default gap between clusters: 182 % of a bar's thickness. */
const GAP_WIDTH = 1.82;
const FONT_SIZE = 12;
const SMALL_FONT_SIZE = 10;
const TITLE_SIZE = 14;
const PADDING = 8;
const TITLE_HEIGHT = 26;
const AXIS_LABEL_HEIGHT = 18;
const LEGEND_HEIGHT = 20;
/** Room between a label and what it labels. */
const GAP = 4;
/** Wanted space between value gridlines, in pixels. */
const TICK_SPACING = { bar: 90, column: 40 };

/** The width of `text` at `size` px, by the grid's font metrics (columnWidths measures at 13 px). */
function measure(text: string, size = FONT_SIZE): number {
  return (textWidth(text) * size) / 13;
}

/** `text` cut with "…" to fit `room` pixels. */
function fitted(text: string, room: number, size = FONT_SIZE): string {
  if (measure(text, size) <= room) return text;
  let cut = text;
  while (cut.length > 0 && measure(`${cut}…`, size) > room) cut = cut.slice(0, -1);
  return cut.length > 0 ? `${cut}…` : "";
}

/** What a screen reader hears after the title: each series' value per category, as the data labels show them. */
function description(chart: ChartData): string {
  return chart.series
    .map((series) => {
      const points = chart.categories.map((category, i) => `${category}: ${series.texts[i] || "no value"}`);
      return `${series.name}: ${points.join("; ")}`;
    })
    .join(". ");
}

/** The [from, to] pixel span of a bar from 0 to `value` on an axis drawn from `start` (its min) to `end` (its max). */
function span(axis: ValueAxis, start: number, end: number, value: number): [number, number] {
  const at = (v: number) => start + ((v - axis.min) / (axis.max - axis.min)) * (end - start);
  return [at(0), at(value)];
}

/**
 * A chart of the workbook double as Excel draws a clustered bar or column chart or a line chart with markers by default:
 * the title on top, the value axis with gridlines and numbers in `locale`, the categories along the other axis (for
 * bars, the first at the bottom, as Excel does), a legend below when there is more than one series. Each bar carries
 * its data label; a line has a marker per value and a gap where a cell has no number.
 * Accessible as an image named by the chart's title, with a <title> and a <desc> listing every value.
 * @example <ChartView chart={chartData(book, book.charts[0])} width={832} height={352} locale="en-US" />
 */
export function ChartView({ chart, width, height, locale }: ChartViewProps) {
  const { categories, series, orientation } = chart;
  const all = series.flatMap((one) => one.values.filter((value): value is number => value !== null));
  const legend = series.length > 1;
  const top = PADDING + TITLE_HEIGHT;
  const bottom = height - PADDING - (legend ? LEGEND_HEIGHT : 0);
  const count = Math.max(1, categories.length);
  const perBand = Math.max(1, series.length);
  const textsOf = (sign: 1 | -1) => series.flatMap((one) => one.texts.filter((_, i) => (one.values[i] ?? 0) * sign > 0));
  const widest = (texts: string[], size = FONT_SIZE) => Math.max(0, ...texts.map((text) => measure(text, size)));
  const numbers = (axis: ValueAxis) => new Intl.NumberFormat(locale, { minimumFractionDigits: axis.decimals, maximumFractionDigits: axis.decimals });

  const grid: ReactElement[] = [];
  const bars: ReactElement[] = [];
  const labels: ReactElement[] = [];
  const categoryLabels: ReactElement[] = [];
  if (orientation === "bar") {
    const categoryRoom = Math.min(width * 0.35, Math.max(0, ...categories.map((category) => measure(category))) + GAP * 2);
    const positiveRoom = widest(textsOf(1)) + (textsOf(1).length ? GAP * 2 : 0);
    const negativeRoom = widest(textsOf(-1)) + (textsOf(-1).length ? GAP * 2 : 0);
    const left = PADDING + categoryRoom + negativeRoom;
    const right = Math.max(left + 1, width - PADDING - positiveRoom);
    const plotBottom = bottom - AXIS_LABEL_HEIGHT;
    const axis = valueAxis(Math.min(0, ...all), Math.max(0, ...all), (right - left) / TICK_SPACING.bar);
    const format = numbers(axis);
    for (const tick of axis.ticks) {
      const [, x] = span(axis, left, right, tick);
      grid.push(<line key={`g${tick}`} x1={x} x2={x} y1={top} y2={plotBottom} className={tick === 0 ? "chart-axis" : "chart-gridline"} stroke={tick === 0 ? "#a6a6a6" : "#d9d9d9"} />);
      grid.push(
        <text key={`t${tick}`} x={x} y={plotBottom + AXIS_LABEL_HEIGHT - 4} textAnchor="middle" className="chart-tick">
          {format.format(tick)}
        </text>,
      );
    }
    const band = (plotBottom - top) / count;
    const thickness = band / (perBand + GAP_WIDTH);
    categories.forEach((category, i) => {
      // Excel draws a bar chart's first category at the bottom, next to the origin.
      const bandTop = top + (count - 1 - i) * band;
      categoryLabels.push(
        <text key={`c${i}`} x={PADDING + categoryRoom - GAP} y={bandTop + band / 2} dy="0.35em" textAnchor="end" className="chart-category">
          {fitted(category, categoryRoom - GAP * 2)}
        </text>,
      );
      series.forEach((one, s) => {
        const value = one.values[i];
        if (value === null || value === undefined) return;
        const [zero, end] = span(axis, left, right, value);
        const y = bandTop + band / 2 + (perBand / 2 - 1 - s) * thickness;
        bars.push(
          <rect
            key={`b${s}-${i}`}
            className="chart-bar"
            data-series={one.name}
            data-category={category}
            data-value={value}
            x={Math.min(zero, end)}
            y={y}
            width={Math.abs(end - zero)}
            height={thickness}
            fill={SERIES_COLORS[s % SERIES_COLORS.length]}
          />,
        );
        labels.push(
          <text key={`l${s}-${i}`} x={value < 0 ? end - GAP : end + GAP} y={y + thickness / 2} dy="0.35em" textAnchor={value < 0 ? "end" : "start"} className="chart-data-label">
            {one.texts[i]}
          </text>,
        );
      });
    });
  } else {
    // Data labels over the columns only where they fit a column (at 12 px, else 10 px), so neighbours never overlap;
    // a line chart has none, as Excel's default.
    const slot = ((width - PADDING * 2) / count) / (series.length > 1 ? perBand + GAP_WIDTH : 1);
    const labelSize = [FONT_SIZE, SMALL_FONT_SIZE].find((size) => widest(series.flatMap((one) => one.texts), size) + 2 <= slot);
    const labelsShown = orientation === "column" && series.length > 0 && labelSize !== undefined;
    const plotTop = top + (labelsShown && textsOf(1).length ? AXIS_LABEL_HEIGHT : 0);
    const plotBottom = bottom - AXIS_LABEL_HEIGHT - (labelsShown && textsOf(-1).length ? AXIS_LABEL_HEIGHT : 0);
    const axis = valueAxis(Math.min(0, ...all), Math.max(0, ...all), (plotBottom - plotTop) / TICK_SPACING.column);
    const format = numbers(axis);
    const left = PADDING + widest(axis.ticks.map((tick) => format.format(tick))) + GAP * 2;
    const right = Math.max(left + 1, width - PADDING);
    for (const tick of axis.ticks) {
      const [, y] = span(axis, plotBottom, plotTop, tick);
      grid.push(<line key={`g${tick}`} x1={left} x2={right} y1={y} y2={y} className={tick === 0 ? "chart-axis" : "chart-gridline"} stroke={tick === 0 ? "#a6a6a6" : "#d9d9d9"} />);
      grid.push(
        <text key={`t${tick}`} x={left - GAP} y={y} dy="0.35em" textAnchor="end" className="chart-tick">
          {format.format(tick)}
        </text>,
      );
    }
    const band = (right - left) / count;
    const thickness = band / (perBand + GAP_WIDTH);
    categories.forEach((category, i) => {
      const middle = left + (i + 0.5) * band;
      categoryLabels.push(
        <text key={`c${i}`} x={middle} y={bottom - 4} textAnchor="middle" className="chart-category">
          {fitted(category, band - GAP)}
        </text>,
      );
      if (orientation === "line") return;
      series.forEach((one, s) => {
        const value = one.values[i];
        if (value === null || value === undefined) return;
        const [zero, end] = span(axis, plotBottom, plotTop, value);
        const x = middle + (s - perBand / 2) * thickness;
        bars.push(
          <rect
            key={`b${s}-${i}`}
            className="chart-bar"
            data-series={one.name}
            data-category={category}
            data-value={value}
            x={x}
            y={Math.min(zero, end)}
            width={thickness}
            height={Math.abs(end - zero)}
            fill={SERIES_COLORS[s % SERIES_COLORS.length]}
          />,
        );
        if (labelsShown) {
          labels.push(
            <text key={`l${s}-${i}`} x={x + thickness / 2} y={value < 0 ? end + GAP : end - GAP} dy={value < 0 ? "0.8em" : undefined} textAnchor="middle" fontSize={labelSize} className="chart-data-label">
              {one.texts[i]}
            </text>,
          );
        }
      });
    });
    if (orientation === "line") {
      series.forEach((one, s) => {
        const color = SERIES_COLORS[s % SERIES_COLORS.length];
        const points = one.values.map((value, i) => (value === null || value === undefined ? null : { x: left + (i + 0.5) * band, y: span(axis, plotBottom, plotTop, value)[1], value, i }));
        // A cell without a number leaves a gap in the line, as Excel's default for empty cells.
        const runs: string[][] = [[]];
        for (const point of points) {
          if (point) runs[runs.length - 1].push(`${point.x},${point.y}`);
          else if (runs[runs.length - 1].length > 0) runs.push([]);
        }
        runs.filter((segment) => segment.length > 0).forEach((segment, r) => bars.push(<polyline key={`p${s}-${r}`} className="chart-line" data-series={one.name} points={segment.join(" ")} fill="none" stroke={color} strokeWidth={2} />));
        for (const point of points) {
          if (!point) continue;
          bars.push(
            <circle key={`m${s}-${point.i}`} className="chart-marker" data-series={one.name} data-category={categories[point.i]} data-value={point.value} cx={point.x} cy={point.y} r={3} fill={color} />,
          );
        }
      });
    }
  }

  const legendItems = legend ? series.map((one) => ({ name: one.name, width: 14 + measure(one.name) })) : [];
  const legendWidth = legendItems.reduce((sum, item) => sum + item.width, 0) + Math.max(0, legendItems.length - 1) * 16;
  let legendX = (width - legendWidth) / 2;
  return (
    <svg role="img" aria-label={chart.title} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="chart-svg" fontSize={FONT_SIZE} fill="#595959">
      <title>{chart.title}</title>
      <desc>{description(chart)}</desc>
      <rect x={0.5} y={0.5} width={Math.max(0, width - 1)} height={Math.max(0, height - 1)} fill="#fff" stroke="#d9d9d9" />
      <text x={width / 2} y={PADDING + TITLE_SIZE} textAnchor="middle" fontSize={TITLE_SIZE} fill="#404040" className="chart-title">
        {fitted(chart.title, width - PADDING * 2, TITLE_SIZE)}
      </text>
      {grid}
      {bars}
      <g fill="#404040">{labels}</g>
      {categoryLabels}
      {legendItems.map((item, s) => {
        const x = legendX;
        legendX += item.width + 16;
        return (
          <g key={`legend${s}`} className="chart-legend-item">
            <rect x={x} y={height - PADDING - LEGEND_HEIGHT / 2 - 4} width={8} height={8} fill={SERIES_COLORS[s % SERIES_COLORS.length]} />
            <text x={x + 14} y={height - PADDING - LEGEND_HEIGHT / 2} dy="0.35em">
              {item.name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
