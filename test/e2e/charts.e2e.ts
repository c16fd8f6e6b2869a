/**
 * The report's charts as the demo draws them, in headless Chromium: the wizard runs on the CDNOW sample (Data → Columns
 * → Analysis → Run → Results, as wizard.e2e.ts), then the Segments sheet's chart must be an SVG image where Excel puts
 * it, with one bar per segment whose length follows the Total CLV cells it plots, and the Overview's holdout chart
 * one column per series and calibration frequency. Screenshots under test-artifacts/e2e/charts-*.png.
 */
import type { Frame, Locator, Page } from "playwright-core";
import type { Language } from "../../src/i18n/language";
import { columnRoleName } from "../../src/i18n/rowProblems";
import { reportLabel } from "../../src/i18n/reportLabels";
import { wizardText, type WizardStringKey } from "../../src/i18n/wizardStrings";
import { parseA1 } from "../../src/demo/workbook/cellAddressing";
import type { ChartRecord } from "../../src/demo/workbook/records";
import { screenshot, type PageWatch } from "./browser";
import { atStep, expectText, pageSheetCells, paneFrame, workbookSnapshot } from "./demoPage";
import { openDemoSession, type DemoSession } from "./demoSession";

const LANGUAGE: Language = "en";
const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(LANGUAGE, key, values);

/** The values of the cells an A1 area of a sheet holds, row by row. */
async function areaValues(page: Page, sheet: string, address: string): Promise<Array<string | number | boolean>> {
  const cells = await pageSheetCells(page, sheet);
  const area = parseA1(address);
  const values = [];
  for (let row = area.row; row < area.row + area.rowCount; row += 1) {
    for (let column = area.column; column < area.column + area.columnCount; column += 1) values.push(cells[row][column][0]);
  }
  return values;
}

/** Each bar's category, series, value and drawn size (width and height in CSS pixels), in document order. */
function barsOf(chart: Locator): Promise<Array<{ category: string; series: string; value: number; width: number; height: number }>> {
  return chart.locator("rect.chart-bar").evaluateAll((rects) =>
    rects.map((rect) => {
      const box = rect.getBoundingClientRect();
      return { category: rect.getAttribute("data-category") ?? "", series: rect.getAttribute("data-series") ?? "", value: Number(rect.getAttribute("data-value")), width: box.width, height: box.height };
    }),
  );
}

/**
 * Scrolls the grid so the chart is in full view, a cell's margin from the sticky row and column headers (which, as in
 * Excel, stay over a chart scrolled under them); scrollIntoView would tuck its left edge under the row headers.
 */
async function scrollToChart(chart: Locator): Promise<void> {
  await chart.evaluate((svg) => {
    const frame = svg.parentElement as HTMLElement;
    const scroller = frame.closest(".grid-scroller") as HTMLElement;
    scroller.scrollLeft = frame.offsetLeft - 56 - 24;
    scroller.scrollTop = frame.offsetTop - 22 - 22;
  });
}

describe("the report's charts in the demo workbook, on the CDNOW sample", () => {
  let session: DemoSession | undefined;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    session = await openDemoSession("en-US");
    ({ page, watch } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** Opens a written sheet through the Results step's link to it. */
  async function openSheet(pane: Frame, name: string): Promise<void> {
    await pane.getByRole("navigation", { name: t("sheetsHeading") }).getByRole("button", { name }).click();
    await expectText(page.getByRole("tab", { selected: true }), name);
  }

  /** The one chart the workbook double holds on `sheet`. */
  async function chartOn(sheet: string): Promise<ChartRecord> {
    const charts = (await workbookSnapshot(page)).charts.filter((chart) => chart.sheet === sheet);
    expect(charts).toHaveLength(1);
    return charts[0];
  }

  it("runs the wizard and draws the Segments sheet's chart, one bar per segment, sized by the sheet's Total CLV", async () => {
    const pane = await paneFrame(page);
    await atStep(pane, LANGUAGE, 1, "stepData");
    await page.locator('[role="gridcell"][data-address="A1"]').click();
    await pane.getByRole("radio", { name: t("sourceSelection") }).check();
    await pane.getByRole("button", { name: t("showPreview") }).click();
    await pane.locator("table th").first().waitFor();
    await pane.getByRole("button", { name: t("next") }).click();

    await atStep(pane, LANGUAGE, 2, "stepColumns");
    const customerRole = columnRoleName("customer", LANGUAGE);
    await pane.getByRole("combobox", { name: customerRole.charAt(0).toUpperCase() + customerRole.slice(1) }).click();
    await pane.getByRole("option", { name: "sampleid", exact: true }).click();
    await pane.getByRole("button", { name: t("next") }).click();

    await atStep(pane, LANGUAGE, 3, "stepAnalysis");
    await pane.getByRole("button", { name: t("runAnalysis") }).click();
    await atStep(pane, LANGUAGE, 5, "stepResults");
    await screenshot(page, "charts-1-results");

    const segmentsName = reportLabel(LANGUAGE, "segments");
    await openSheet(pane, segmentsName);
    const record = await chartOn(segmentsName);
    const title = reportLabel(LANGUAGE, "equityBySegment");
    expect(record.title).toBe(title);
    const chart = page.getByRole("img", { name: title });
    await scrollToChart(chart);
    await chart.waitFor({ state: "visible" });
    expect(await chart.locator("title").textContent()).toBe(title);

    // Where writeReport put it: its box starts at the start cell's top-left corner and ends at the end cell's bottom-right.
    const box = (await page.locator(".chart-object").boundingBox())!;
    const start = (await page.locator(`[role="gridcell"][data-address="${record.position!.start}"]`).boundingBox())!;
    const end = (await page.locator(`[role="gridcell"][data-address="${record.position!.end}"]`).boundingBox())!;
    expect(Math.abs(box.x - start.x)).toBeLessThan(1);
    expect(Math.abs(box.y - start.y)).toBeLessThan(1);
    expect(Math.abs(box.x + box.width - (end.x + end.width))).toBeLessThan(1);
    expect(Math.abs(box.y + box.height - (end.y + end.height))).toBeLessThan(1);
    await screenshot(page, "charts-2-segments-sheet");

    // One bar per segment, in the sheet's order, each as long as its Total CLV cell on the chart's scale.
    const [series] = record.series;
    const values = await areaValues(page, segmentsName, series.values!);
    const segments = await areaValues(page, segmentsName, series.categories!);
    expect(values.length).toBeGreaterThan(3);
    expect(values.every((value) => typeof value === "number" && value >= 0)).toBe(true);
    const bars = await barsOf(chart);
    expect(bars.map((bar) => bar.category)).toEqual(segments);
    expect(bars.map((bar) => bar.value)).toEqual(values);
    const largest = Math.max(...(values as number[]));
    const longest = Math.max(...bars.map((bar) => bar.width));
    for (const [i, bar] of bars.entries()) expect(Math.abs(bar.width - ((values[i] as number) / largest) * longest)).toBeLessThan(1);
    // Bars of a bar chart lie along the value axis: same thickness, and Excel's order (the first segment at the bottom).
    expect(new Set(bars.map((bar) => Math.round(bar.height))).size).toBe(1);
    const tops = await chart.locator("rect.chart-bar").evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().top));
    expect(tops).toEqual([...tops].sort((a, b) => b - a));
    // The value axis' numbers are in the page's locale (en-US): thousands with a comma.
    const ticks = await chart.locator("text.chart-tick").allTextContents();
    expect(ticks[0]).toBe("0");
    expect(ticks.some((tick) => /^\d{1,3}(,\d{3})+$/.test(tick))).toBe(true);
    const description = await chart.locator("desc").textContent();
    expect(description).toContain(`${segments[0]}: `);
  });

  it("draws the Overview's holdout chart as columns: predicted and actual purchases per calibration frequency", async () => {
    const pane = await paneFrame(page);
    const overviewName = reportLabel(LANGUAGE, "overview");
    await openSheet(pane, overviewName);
    const record = await chartOn(overviewName);
    const chart = page.getByRole("img", { name: record.title! });
    await scrollToChart(chart);
    await chart.waitFor({ state: "visible" });
    await screenshot(page, "charts-3-overview-sheet");
    const bars = await barsOf(chart);
    const categories = await areaValues(page, overviewName, record.series[0].categories!);
    expect(bars).toHaveLength(record.series.length * categories.length);
    expect(new Set(bars.map((bar) => bar.series))).toEqual(new Set(record.series.map((series) => series.name)));
    // Columns stand on the value axis: same width, heights in proportion to their values.
    expect(new Set(bars.map((bar) => Math.round(bar.width))).size).toBe(1);
    const largest = Math.max(...bars.map((bar) => bar.value));
    const tallest = Math.max(...bars.map((bar) => bar.height));
    for (const bar of bars) expect(Math.abs(bar.height - (bar.value / largest) * tallest)).toBeLessThan(1);
    // Two series: a legend names them.
    expect(await chart.locator(".chart-legend-item").allTextContents()).toEqual(record.series.map((series) => series.name));
  });

  it("made no request outside the machine and threw no uncaught error", () => {
    expect(watch.blockedRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
