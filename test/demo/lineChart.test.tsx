/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { chartData, type ChartData } from "../../src/demo/chartData";
import { ChartView } from "../../src/demo/ChartView";
import { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";

/** A survival curve as the subscriptions sheet charts it: observed for periods 0–2, the model for 0–4 (Fader & Hardie 2007, regular cohort). */
const survival: ChartData = {
  title: "Share of customers still active",
  orientation: "line",
  categories: ["0", "1", "2", "3", "4"],
  series: [
    { name: "Still active, observed", values: [1, 0.631, 0.468, null, null], texts: ["100.0%", "63.1%", "46.8%", "", ""] },
    { name: "Still active, model", values: [1, 0.627, 0.474, 0.388, 0.332], texts: ["100.0%", "62.7%", "47.4%", "38.8%", "33.2%"] },
  ],
};

describe("a line chart of the demo", () => {
  it("is read from a Line… chart of the workbook as a line", () => {
    const book = new WorkbookDouble();
    book.loadRows("S", [["Period", "Share"], [0, 1], [1, 0.631]]);
    const data = chartData(book, { sheet: "S", type: "LineMarkers", source: "B2:B3", seriesBy: "Columns", title: "Curve", series: [{ name: "Share", values: "B2:B3", categories: "A2:A3" }] });
    expect(data.orientation).toBe("line");
    expect(data.series[0].values).toEqual([1, 0.631]);
  });

  it("draws each series as a line with a marker per value, higher values higher, a gap where a cell has no number", () => {
    const { container } = render(<ChartView chart={survival} width={600} height={320} locale="en-US" />);
    expect(screen.getByRole("img", { name: "Share of customers still active" })).toBeTruthy();
    const lines = [...container.querySelectorAll("polyline.chart-line")];
    expect(lines.map((line) => [line.getAttribute("data-series"), (line.getAttribute("points") ?? "").split(" ").length])).toEqual([
      ["Still active, observed", 3],
      ["Still active, model", 5],
    ]);
    const markers = [...container.querySelectorAll("circle.chart-marker")].map((marker) => ({
      series: marker.getAttribute("data-series"),
      category: marker.getAttribute("data-category"),
      y: Number(marker.getAttribute("cy")),
      x: Number(marker.getAttribute("cx")),
    }));
    expect(markers).toHaveLength(8);
    const model = markers.filter((marker) => marker.series === "Still active, model");
    // Falling values are drawn lower (SVG y grows downwards), categories left to right.
    for (let i = 1; i < model.length; i += 1) {
      expect(model[i].y).toBeGreaterThan(model[i - 1].y);
      expect(model[i].x).toBeGreaterThan(model[i - 1].x);
    }
    // No bars and no data labels on a line chart, as Excel's default.
    expect(container.querySelectorAll("rect.chart-bar")).toHaveLength(0);
    expect(container.querySelectorAll("text.chart-data-label")).toHaveLength(0);
    expect([...container.querySelectorAll(".chart-legend-item")].map((item) => item.textContent)).toEqual(["Still active, observed", "Still active, model"]);
  });
});
