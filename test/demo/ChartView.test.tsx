/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import type { ChartData } from "../../src/demo/chartData";
import { ChartView } from "../../src/demo/ChartView";

const segments: ChartData = {
  title: "Customer equity by segment",
  orientation: "bar",
  categories: ["Champions", "Loyal", "Promising"],
  series: [{ name: "Total CLV", values: [49765.86, 7558.86, 0], texts: ["49,765.86", "7,558.86", "0.00"] }],
};

/** The drawn bars: category, value, x, y, width and height (SVG user units = CSS pixels). */
function bars(container: HTMLElement) {
  return [...container.querySelectorAll("rect.chart-bar")].map((rect) => ({
    category: rect.getAttribute("data-category"),
    value: Number(rect.getAttribute("data-value")),
    x: Number(rect.getAttribute("x")),
    y: Number(rect.getAttribute("y")),
    width: Number(rect.getAttribute("width")),
    height: Number(rect.getAttribute("height")),
  }));
}

const texts = (container: HTMLElement, className: string) => [...container.querySelectorAll(`text.${className}`)].map((text) => text.textContent);

describe("ChartView", () => {
  it("is an image named by the chart's title, with a <title> and a <desc> of every value", () => {
    render(<ChartView chart={segments} width={832} height={352} locale="en-US" />);
    const image = screen.getByRole("img", { name: "Customer equity by segment" });
    expect(image.getAttribute("width")).toBe("832");
    expect(image.getAttribute("height")).toBe("352");
    expect(image.querySelector("title")?.textContent).toBe("Customer equity by segment");
    expect(image.querySelector("desc")?.textContent).toBe("Total CLV: Champions: 49,765.86; Loyal: 7,558.86; Promising: 0.00");
  });

  it("draws a bar chart as Excel does: one bar per category, as long as its value, the first category at the bottom", () => {
    const { container } = render(<ChartView chart={segments} width={832} height={352} locale="en-US" />);
    const drawn = bars(container);
    expect(drawn.map((bar) => bar.category)).toEqual(["Champions", "Loyal", "Promising"]);
    expect(drawn[0].y).toBeGreaterThan(drawn[1].y);
    expect(drawn[1].y).toBeGreaterThan(drawn[2].y);
    // Lengths in proportion to the values, from the same zero line.
    expect(new Set(drawn.map((bar) => bar.x)).size).toBe(1);
    expect(drawn[1].width / drawn[0].width).toBeCloseTo(7558.86 / 49765.86, 6);
    expect(drawn[2].width).toBe(0);
    expect(texts(container, "chart-category")).toEqual(["Champions", "Loyal", "Promising"]);
    expect(texts(container, "chart-data-label")).toEqual(["49,765.86", "7,558.86", "0.00"]);
    expect(texts(container, "chart-title")).toEqual(["Customer equity by segment"]);
  });

  it("numbers the value axis in the page's locale", () => {
    const { container, rerender } = render(<ChartView chart={segments} width={832} height={352} locale="en-US" />);
    expect(texts(container, "chart-tick")).toEqual(["0", "10,000", "20,000", "30,000", "40,000", "50,000"]);
    rerender(<ChartView chart={segments} width={832} height={352} locale="da-DK" />);
    expect(texts(container, "chart-tick")).toEqual(["0", "10.000", "20.000", "30.000", "40.000", "50.000"]);
  });

  it("draws negative values to the other side of the zero line", () => {
    const chart: ChartData = { ...segments, series: [{ name: "Total CLV", values: [300, -100, 0], texts: ["300", "-100", "0"] }] };
    const { container } = render(<ChartView chart={chart} width={600} height={300} locale="en-US" />);
    const [positive, negative] = bars(container);
    expect(negative.x + negative.width).toBeCloseTo(positive.x, 6);
    expect(negative.width / positive.width).toBeCloseTo(1 / 3, 6);
    expect(texts(container, "chart-tick")).toContain("-100");
  });

  it("draws a column chart of two series side by side per category, with a legend", () => {
    const chart: ChartData = {
      title: "Predicted vs. actual purchases",
      orientation: "column",
      categories: ["0", "1", "7+"],
      series: [
        { name: "Predicted", values: [0.23, 0.52, 6.16], texts: ["0.23", "0.52", "6.16"] },
        { name: "Actual", values: [0.24, 0.7, 6.36], texts: ["0.24", "0.70", "6.36"] },
      ],
    };
    const { container } = render(<ChartView chart={chart} width={832} height={352} locale="en-US" />);
    const drawn = bars(container);
    expect(drawn).toHaveLength(6);
    // Per category (left to right) series 1 left of series 2; heights in proportion, from one baseline.
    expect(drawn.map((bar) => bar.category)).toEqual(["0", "0", "1", "1", "7+", "7+"]);
    expect(drawn.map((bar) => bar.x)).toEqual([...drawn.map((bar) => bar.x)].sort((a, b) => a - b));
    expect(new Set(drawn.map((bar) => Number((bar.y + bar.height).toFixed(6)))).size).toBe(1);
    expect(drawn[5].height / drawn[4].height).toBeCloseTo(6.36 / 6.16, 6);
    expect(drawn[2].height / drawn[4].height).toBeCloseTo(0.52 / 6.16, 6);
    expect([...container.querySelectorAll(".chart-legend-item")].map((item) => item.textContent)).toEqual(["Predicted", "Actual"]);
    expect(texts(container, "chart-category")).toEqual(["0", "1", "7+"]);
  });

  it("leaves the data labels off columns too narrow for them, and cuts long category names", () => {
    const chart: ChartData = {
      title: "Many",
      orientation: "column",
      categories: Array.from({ length: 40 }, (_, i) => `Category number ${i + 1}`),
      series: [{ name: "Value", values: Array.from({ length: 40 }, (_, i) => 1_000_000 * i), texts: Array.from({ length: 40 }, (_, i) => (1_000_000 * i).toLocaleString("en-US")) }],
    };
    const { container } = render(<ChartView chart={chart} width={400} height={200} locale="en-US" />);
    expect(texts(container, "chart-data-label")).toEqual([]);
    expect(texts(container, "chart-category").every((text) => text === "" || text!.endsWith("…"))).toBe(true);
  });

  it("never fails on empty, zero, missing or tiny input", () => {
    const cases: ChartData[] = [
      { title: "Empty", orientation: "bar", categories: [], series: [] },
      { title: "Zeros", orientation: "column", categories: ["a", "b"], series: [{ name: "S", values: [0, 0], texts: ["0", "0"] }] },
      { title: "Gaps", orientation: "bar", categories: ["a", "b"], series: [{ name: "S", values: [null, 5], texts: ["", "5"] }] },
    ];
    for (const chart of cases) {
      const { container, unmount } = render(<ChartView chart={chart} width={10} height={10} locale="en-US" />);
      expect(screen.getByRole("img", { name: chart.title })).toBeTruthy();
      for (const bar of bars(container)) expect([bar.x, bar.y, bar.width, bar.height].every(Number.isFinite)).toBe(true);
      expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
      unmount();
    }
  });
});
