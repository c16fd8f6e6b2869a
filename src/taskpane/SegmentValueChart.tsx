// Hand-written SVG: one horizontal bar chart needs no chart library (nothing to download, nothing to keep up to date).
import { useId } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

/** One segment's bar: its name, its value and the value as the pane shows it (formatted in the user's language). */
export interface SegmentValueBar {
  label: string;
  value: number;
  text: string;
}

/** What {@link SegmentValueChart} draws. */
export interface SegmentValueChartProps {
  /** The chart's visible title and accessible name, e.g. "Total CLV by segment". */
  title: string;
  /** The bars, top to bottom in the order given. */
  bars: readonly SegmentValueBar[];
}

/** A bar's row: the label and value line, then the bar. In CSS pixels. */
const TEXT_LINE = 18;
const BAR_HEIGHT = 10;
const ROW_GAP = 10;
const ROW_HEIGHT = TEXT_LINE + BAR_HEIGHT + ROW_GAP;

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  chart: { display: "block", overflow: "visible", fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
  label: { fill: tokens.colorNeutralForeground1 },
  value: { fill: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  track: { fill: tokens.colorNeutralBackground3 },
  bar: { fill: tokens.colorBrandBackground },
  negative: { fill: tokens.colorPaletteRedBackground3 },
  zero: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
});

/** A percentage of the chart's width, for SVG lengths ("37.5%"): the chart takes the pane's width, whatever it is. */
function percent(share: number): string {
  return `${Number((share * 100).toFixed(4))}%`;
}

/**
 * Where 0 and each bar's end lie across the chart, as shares of its width: the scale runs from the smallest value
 * (or 0) to the largest (or 0), so negative values get bars to the left of a zero line. Values that are not finite
 * count as 0; all zeros give no bar lengths.
 */
function scale(values: readonly number[]): { zero: number; at: (value: number) => number } {
  const finite = values.map((value) => (Number.isFinite(value) ? value : 0));
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  const span = high - low || 1;
  return { zero: -low / span, at: (value) => (Number.isFinite(value) ? (value - low) / span : -low / span) };
}

/**
 * A horizontal bar chart of value by segment for the Results step: per segment, its name and formatted value on
 * one line and a bar below as long as its value, in the order given, in the pane's Fluent colours (negative values
 * in red, left of a zero line). The chart is an image named by `title`, with a <title> and a <desc> that list every
 * segment's value for screen readers. No bars: the title alone.
 * @example <SegmentValueChart title="Total CLV by segment" bars={[{ label: "Champions", value: 49765.86, text: "49,766" }, { label: "Loyal", value: 7558.86, text: "7,559" }]} />
 */
export function SegmentValueChart({ title, bars }: SegmentValueChartProps) {
  const styles = useStyles();
  const descriptionId = useId();
  const { zero, at } = scale(bars.map((bar) => bar.value));
  const negatives = bars.some((bar) => bar.value < 0);
  const height = bars.length * ROW_HEIGHT - ROW_GAP;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      {bars.length > 0 && (
        <svg role="img" aria-label={title} aria-describedby={descriptionId} width="100%" height={height} className={styles.chart}>
          <title>{title}</title>
          <desc id={descriptionId}>{bars.map((bar) => `${bar.label}: ${bar.text}`).join("; ")}</desc>
          {bars.map((bar, index) => {
            const top = index * ROW_HEIGHT;
            const end = at(bar.value);
            return (
              <g key={index} className="segment-value-bar" data-value={Number.isFinite(bar.value) ? bar.value : undefined}>
                <text x="0" y={top + TEXT_LINE - 5} className={styles.label}>
                  {bar.label}
                </text>
                <text x="100%" y={top + TEXT_LINE - 5} textAnchor="end" className={styles.value}>
                  {bar.text}
                </text>
                <rect x="0" y={top + TEXT_LINE} width="100%" height={BAR_HEIGHT} rx={2} className={styles.track} />
                <rect
                  x={percent(Math.min(zero, end))}
                  y={top + TEXT_LINE}
                  width={percent(Math.abs(end - zero))}
                  height={BAR_HEIGHT}
                  rx={2}
                  className={bar.value < 0 ? styles.negative : styles.bar}
                  data-bar=""
                />
                {negatives && <line x1={percent(zero)} x2={percent(zero)} y1={top + TEXT_LINE - 2} y2={top + TEXT_LINE + BAR_HEIGHT + 2} className={styles.zero} />}
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
