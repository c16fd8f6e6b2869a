/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SegmentValueChart, type SegmentValueBar } from "../../src/taskpane/SegmentValueChart";

function renderChart(title: string, bars: SegmentValueBar[]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SegmentValueChart title={title} bars={bars} />
    </FluentProvider>,
  );
}

/** Each bar's label, value text, and its bar's x and width (percent of the chart's width). */
function drawn(container: HTMLElement) {
  return [...container.querySelectorAll("g.segment-value-bar")].map((group) => {
    const [label, value] = [...group.querySelectorAll("text")].map((text) => text.textContent);
    const bar = group.querySelector("rect[data-bar]")!;
    return { label, value, x: Number.parseFloat(bar.getAttribute("x")!), width: Number.parseFloat(bar.getAttribute("width")!) };
  });
}

const bars: SegmentValueBar[] = [
  { label: "Champions", value: 49765.86, text: "49,766" },
  { label: "Loyal", value: 7558.86, text: "7,559" },
  { label: "Hibernating", value: 4642.41, text: "4,642" },
  { label: "Promising", value: 0, text: "0" },
];

describe("SegmentValueChart", () => {
  it("is an image named by its title, with a <title> and a <desc> listing every segment's value", () => {
    renderChart("Total CLV by segment", bars);
    const image = screen.getByRole("img", { name: "Total CLV by segment" });
    expect(image.tagName.toLowerCase()).toBe("svg");
    expect(image.querySelector("title")?.textContent).toBe("Total CLV by segment");
    const description = image.querySelector("desc")!;
    expect(description.textContent).toBe("Champions: 49,766; Loyal: 7,559; Hibernating: 4,642; Promising: 0");
    expect(image.getAttribute("aria-describedby")).toBe(description.id);
    // The title is shown above the chart too.
    expect(screen.getByText("Total CLV by segment", { selector: "figcaption" })).toBeTruthy();
  });

  it("draws a bar per segment in the order given, as long as its value, with its label and formatted value", () => {
    const { container } = renderChart("Total CLV by segment", bars);
    const rows = drawn(container);
    expect(rows.map(({ label, value }) => [label, value])).toEqual([
      ["Champions", "49,766"],
      ["Loyal", "7,559"],
      ["Hibernating", "4,642"],
      ["Promising", "0"],
    ]);
    expect(rows.map((row) => row.x)).toEqual([0, 0, 0, 0]);
    expect(rows[0].width).toBe(100);
    expect(rows[1].width).toBeCloseTo((100 * 7558.86) / 49765.86, 3);
    expect(rows[3].width).toBe(0);
    // Rows go down the chart in order.
    const tops = [...container.querySelectorAll("rect[data-bar]")].map((rect) => Number(rect.getAttribute("y")));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(4);
  });

  it("draws negative values left of a zero line, in another colour", () => {
    const { container } = renderChart("Total CLV by segment", [
      { label: "Champions", value: 300, text: "300" },
      { label: "Returns", value: -100, text: "−100" },
    ]);
    const [positive, negative] = drawn(container);
    expect(positive.x).toBeCloseTo(25, 6);
    expect(positive.width).toBeCloseTo(75, 6);
    expect(negative.x).toBe(0);
    expect(negative.width).toBeCloseTo(25, 6);
    const [positiveBar, negativeBar] = [...container.querySelectorAll("rect[data-bar]")];
    expect(negativeBar.getAttribute("class")).not.toBe(positiveBar.getAttribute("class"));
    expect([...container.querySelectorAll("line")].map((line) => line.getAttribute("x1"))).toEqual(["25%", "25%"]);
  });

  it("never fails on zeros, non-finite values or no segments", () => {
    const { container, unmount } = renderChart("All zero", [
      { label: "A", value: 0, text: "0" },
      { label: "B", value: Number.NaN, text: "–" },
      { label: "C", value: Number.POSITIVE_INFINITY, text: "∞" },
    ]);
    expect(drawn(container).map((row) => row.width)).toEqual([0, 0, 0]);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    unmount();
    const empty = renderChart("Nothing yet", []);
    expect(screen.queryByRole("img")).toBeNull();
    expect(empty.container.textContent).toBe("Nothing yet");
  });
});
