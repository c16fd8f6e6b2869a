/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { DEFAULT_COLUMN_WIDTH, textWidth } from "../../src/demo/columnWidths";
import { WorkbookView } from "../../src/demo/WorkbookView";
import { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import type { Report } from "../../src/core/report/reportModel";
import { writeReport } from "../../src/excel/writeReport";
import { excelRunOf, withWorkbookInstalled } from "../support/workbookDouble";

/** A workbook with a small purchase table on "Purchases" and A1 selected, as the demo seeds it. */
function seeded(): WorkbookDouble {
  const book = new WorkbookDouble();
  book.loadRows("Purchases", [
    ["Customer", "Date", "Amount"],
    ["C1", 45292, 29.33],
    ["C2", 45293, 1234.5],
  ]);
  for (const row of [1, 2]) book.setNumberFormat("Purchases", row, 1, "yyyy-mm-dd");
  book.select("Purchases", 0, 0);
  return book;
}

const cell = (address: string) => document.querySelector(`[role="gridcell"][data-address="${address}"]`) as HTMLElement;
const nameBox = () => screen.getByLabelText("Name box").textContent;

describe("WorkbookView", () => {
  it("draws the active sheet's cells through their number formats, with a tab per visible sheet", () => {
    const book = seeded();
    render(<WorkbookView book={book} />);
    expect(cell("A1").textContent).toBe("Customer");
    expect(cell("B2").textContent).toBe("2024-01-01");
    expect(cell("C3").textContent).toBe("1234.5");
    expect(cell("C3").className).toContain("number");
    expect(nameBox()).toBe("A1");
    expect(screen.getByLabelText("Formula bar").textContent).toBe("Customer");
    const tabs = within(screen.getByRole("navigation", { name: "Sheets" })).getAllByRole("tab");
    expect(tabs.map((tab) => [tab.textContent, tab.getAttribute("aria-selected")])).toEqual([
      ["Sheet1", "false"],
      ["Purchases", "true"],
    ]);
  });

  it("has no tab for a hidden sheet, as in Excel", () => {
    const book = seeded();
    book.addSheet("Kundevaerdi_tmp");
    book.setSheetVisibility("Kundevaerdi_tmp", "Hidden");
    render(<WorkbookView book={book} />);
    const tabs = within(screen.getByRole("navigation", { name: "Sheets" })).getAllByRole("tab");
    expect(tabs.map((tab) => tab.textContent)).toEqual(["Sheet1", "Purchases"]);
  });

  it("selects a cell on click and a range on Shift+click, in the workbook", () => {
    const book = seeded();
    render(<WorkbookView book={book} />);
    fireEvent.mouseDown(cell("B2"));
    expect(book.selection).toEqual({ sheet: "Purchases", row: 1, column: 1, rowCount: 1, columnCount: 1 });
    fireEvent.mouseDown(cell("C3"), { shiftKey: true });
    expect(book.selection).toEqual({ sheet: "Purchases", row: 1, column: 1, rowCount: 2, columnCount: 2 });
    expect(nameBox()).toBe("B2:C3");
    expect(document.querySelectorAll('[role="gridcell"][aria-selected="true"]')).toHaveLength(4);
    // Shift+click extends from the anchor (B2), also up and to the left of it.
    fireEvent.mouseDown(cell("A1"), { shiftKey: true });
    expect(nameBox()).toBe("A1:B2");
  });

  it("switches sheets with the tabs and comes back to the sheet's last selection", () => {
    const book = seeded();
    render(<WorkbookView book={book} />);
    fireEvent.mouseDown(cell("C2"));
    fireEvent.click(screen.getByRole("tab", { name: "Sheet1" }));
    expect(book.activeSheet).toBe("Sheet1");
    expect(nameBox()).toBe("A1");
    expect(cell("A1").textContent).toBe("");
    fireEvent.click(screen.getByRole("tab", { name: "Purchases" }));
    expect(book.selection).toEqual({ sheet: "Purchases", row: 1, column: 2, rowCount: 1, columnCount: 1 });
  });

  it("redraws after a sync through Excel.run changed the workbook: new sheets, cells, charts, tables and settings", async () => {
    const book = seeded();
    const run = excelRunOf(book);
    render(<WorkbookView book={book} />);
    await act(() =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.add("Segments");
        const range = sheet.getRange("A1:B2");
        range.values = [
          ["Segment", "Share"],
          ["Champions", 0.125],
        ];
        range.numberFormat = [
          ["@", "@"],
          ["@", "0.0%"],
        ];
        sheet.tables.add(range, true);
        const chart = sheet.charts.add("BarClustered", sheet.getRange("B2:B2"), "Columns");
        chart.title.text = "Share by segment";
        context.workbook.settings.add("Kundevaerdi.run", JSON.stringify({ version: 1 }));
        sheet.activate();
        await context.sync();
      }),
    );
    expect(screen.getByRole("tab", { name: "Segments" }).getAttribute("aria-selected")).toBe("true");
    expect(cell("B2").textContent).toBe("12.5%");
    const chart = screen.getByRole("img", { name: "Share by segment" });
    expect(chart.querySelector("desc")?.textContent).toBe("Series1: 1: 12.5%");
    expect(screen.getByRole("region", { name: "Tables" }).textContent).toContain("Table1: A1:B2 (with header row)");
    expect(screen.getByRole("region", { name: "Workbook settings" }).textContent).toContain("Kundevaerdi.run");
  });

  it("widens the columns the pane autofitted to their text, in the cells, the column headers and the grid", async () => {
    const book = seeded();
    const run = excelRunOf(book);
    render(<WorkbookView book={book} />);
    const grid = () => screen.getByRole("grid");
    expect(grid().style.width).toBe(`${56 + 8 * DEFAULT_COLUMN_WIDTH}px`);
    await act(() =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.add("Segments");
        sheet.getRange("A1:C3").values = [
          ["Segment", "Customers", "Share of customers"],
          ["Champions", 413, 0.175],
          ["Need attention", 82, 0.035],
        ];
        sheet.getRange("A1:C3").format.autofitColumns();
        sheet.activate();
        await context.sync();
      }),
    );
    const width = (address: string) => Number.parseFloat(cell(address).style.width);
    expect(width("C1")).toBeGreaterThanOrEqual(textWidth("Share of customers"));
    expect(width("C3")).toBe(width("C1"));
    expect(width("A2")).toBeGreaterThanOrEqual(textWidth("Need attention"));
    expect(width("B1")).toBe(DEFAULT_COLUMN_WIDTH);
    expect(width("D1")).toBe(DEFAULT_COLUMN_WIDTH);
    const headers = screen.getAllByRole("columnheader");
    expect(headers[2].textContent).toBe("C");
    expect(headers[2].style.width).toBe(cell("C1").style.width);
    expect(Number.parseFloat(grid().style.width)).toBe(56 + width("A1") + width("C1") + 6 * DEFAULT_COLUMN_WIDTH);
    // The data sheet was never autofitted: its columns keep the default width.
    fireEvent.click(screen.getByRole("tab", { name: "Purchases" }));
    expect(width("A1")).toBe(DEFAULT_COLUMN_WIDTH);
  });

  it("lets text too long for its cell run on over the empty cells to its right, as Excel does, but not numbers", () => {
    const book = new WorkbookDouble();
    const title = "Expected and actual repeat purchases";
    book.loadRows("Overview", [
      [title, "", "", "", ""],
      ["Observation period end, as the user chose it", "1998-06-30", "", "", ""],
      [123456789012345.6, "", "", "", ""],
      ["Short", "", "", "", ""],
    ]);
    book.setNumberFormat("Overview", 2, 0, "#,##0.00");
    book.select("Overview", 0, 0);
    render(<WorkbookView book={book} />);
    // A1 needs more than two default columns: it takes A1:C1 (as drawn text; the cells B1 and C1 stay).
    expect(textWidth(title) + 9).toBeGreaterThan(2 * DEFAULT_COLUMN_WIDTH);
    expect(textWidth(title) + 9).toBeLessThanOrEqual(3 * DEFAULT_COLUMN_WIDTH);
    expect(cell("A1").className).toContain("overflow");
    const spill = cell("A1").querySelector(".spill") as HTMLElement;
    expect(spill.textContent).toBe(title);
    expect(spill.style.width).toBe(`${3 * DEFAULT_COLUMN_WIDTH - 9}px`);
    expect(cell("B1").textContent).toBe("");
    // B2 holds something: A2 stays in its cell (cut, with the whole text in its tooltip).
    expect(cell("A2").className).not.toContain("overflow");
    expect(cell("A2").title).toBe("Observation period end, as the user chose it");
    // Numbers never run on; short text has no need to.
    expect(cell("A3").textContent).toBe("123,456,789,012,345.60");
    expect(cell("A3").className).not.toContain("overflow");
    expect(cell("A4").className).not.toContain("overflow");
  });

  it("draws marked cells in their font with their marker, and a heat map's numbers in its colours", async () => {
    const book = seeded();
    const report: Report = {
      sheets: [
        {
          id: "overview",
          tables: [
            {
              id: "retention",
              title: "headline",
              columns: [
                { key: "customers", format: "text" },
                { key: "period0", format: "percent", heading: 0 },
                { key: "period1", format: "percent", heading: 1 },
                { key: "period2", format: "percent", heading: 2 },
              ],
              rows: [
                ["2024-01", 1, 0.5, 0.25],
                ["2024-02", 1, 0.4, 0.3],
              ],
              marks: [
                { kind: "incomplete", row: 0, column: 3, columns: 1 },
                { kind: "projected", row: 1, column: 2, columns: 2 },
              ],
              heatMap: { runs: [{ row: 0, column: 1, columns: 3 }, { row: 1, column: 1, columns: 1 }], lowest: 0, highest: 1 },
            },
          ],
          charts: [],
        },
      ],
    };
    const { sheets } = await withWorkbookInstalled(book, () => writeReport(report, "en"));
    book.select(sheets[0].name, 0, 0);
    render(<WorkbookView book={book} />);
    expect(["B2", "C2", "D2"].map((address) => cell(address).textContent)).toEqual(["0", "1", "2"]);
    // The heat map: white at 0, green (#63BE7B) at 1, linear between; the incomplete period in amber with its "*".
    expect(cell("B3").style.backgroundColor).toBe("rgb(99, 190, 123)");
    expect(cell("C3").style.backgroundColor).toBe("rgb(177, 223, 189)");
    expect(cell("D3").textContent).toBe("25.0%*");
    expect(cell("D3").style.backgroundColor).toBe("rgb(216, 239, 222)");
    expect(cell("D3").style.color).toBe("rgb(156, 87, 0)");
    expect(cell("D3").style.fontStyle).toBe("");
    // The projections: "≈ ", slate grey italics, outside the heat map's run of their row.
    expect(cell("C4").textContent).toBe("≈ 40.0%");
    expect(cell("C4").style.color).toBe("rgb(68, 84, 106)");
    expect(cell("C4").style.fontStyle).toBe("italic");
    expect(cell("C4").style.backgroundColor).toBe("");
    expect(cell("B4").style.backgroundColor).toBe("rgb(99, 190, 123)");
    // Unmarked cells keep the page's colour and upright text.
    expect(cell("B3").style.color).toBe("");
    expect(cell("B3").style.fontStyle).toBe("");
    expect(cell("A3").style.backgroundColor).toBe("");
    // A selected cell shows the selection, not its fill.
    fireEvent.mouseDown(cell("C3"));
    expect(cell("C3").style.backgroundColor).toBe("");
  });

  it("fills only numbers inside a colour scale: text and empty cells in it get no fill", async () => {
    const book = new WorkbookDouble();
    book.loadRows("Heat", [["Cohort", "", 0.75, 2]]);
    book.select("Heat", 5, 5);
    await act(() =>
      excelRunOf(book)(async (context) => {
        const format = context.workbook.worksheets.getItem("Heat").getRange("A1:C1").conditionalFormats.add("ColorScale");
        format.colorScale.criteria = {
          minimum: { type: "Number", formula: "0.5", color: "#000000" },
          maximum: { type: "Number", formula: "1", color: "#FF0000" },
        };
        await context.sync();
      }),
    );
    render(<WorkbookView book={book} />);
    expect(cell("A1").style.backgroundColor).toBe("");
    expect(cell("B1").style.backgroundColor).toBe("");
    // (0.75 − 0.5) / (1 − 0.5) = 0.5: half of 255 is 127.5, rounded to 128.
    expect(cell("C1").style.backgroundColor).toBe("rgb(128, 0, 0)");
    // Outside the scale's range: no fill.
    expect(cell("D1").style.backgroundColor).toBe("");
  });

  it("draws a report's chart as an SVG image where writeReport placed it, plotting the cells of its series", async () => {
    const book = seeded();
    const report: Report = {
      sheets: [
        {
          id: "segments",
          tables: [
            {
              id: "segments",
              title: "segments",
              columns: [
                { key: "segment", format: "label" },
                { key: "customers", format: "integer" },
                { key: "totalClv", format: "currency" },
              ],
              rows: [
                ["champions", 413, 49765.855],
                ["loyal", 220, 7558.86],
                ["atRisk", 180, 0],
              ],
            },
          ],
          charts: [{ id: "equityBySegment", kind: "bar", title: "equityBySegment", table: "segments", categoryColumn: "segment", valueColumns: ["totalClv"] }],
        },
      ],
    };
    const { sheets } = await withWorkbookInstalled(book, () => writeReport(report, "en"));
    book.select(sheets[0].name, 0, 0);
    render(<WorkbookView book={book} locale="da-DK" />);
    const [record] = book.charts;
    expect(record.position).toEqual({ start: "E1", end: "L16" });
    const image = screen.getByRole("img", { name: "Customer equity by segment" });
    expect(image.querySelector("title")?.textContent).toBe("Customer equity by segment");
    // Over E1:L16: after the row headers and columns A–D (as wide as the grid draws them), below the column headers.
    const widths = ["A1", "B1", "C1", "D1", "E1", "L1"].map((address) => Number.parseFloat(cell(address).style.width));
    const frame = image.parentElement as HTMLElement;
    expect(frame.className).toBe("chart-object");
    expect(Number.parseFloat(frame.style.left)).toBe(56 + widths[0] + widths[1] + widths[2] + widths[3]);
    expect(Number.parseFloat(frame.style.top)).toBe(22);
    expect(Number.parseFloat(frame.style.width)).toBe(widths[4] * 8);
    expect(Number.parseFloat(frame.style.height)).toBe(16 * 22);
    // One bar per segment, from the sheet's cells; the numbers in the page's locale.
    const bars = [...image.querySelectorAll("rect.chart-bar")];
    expect(bars.map((bar) => [bar.getAttribute("data-category"), Number(bar.getAttribute("data-value"))])).toEqual([
      ["Champions", 49765.855],
      ["Loyal", 7558.86],
      ["At risk", 0],
    ]);
    expect([...image.querySelectorAll("text.chart-data-label")].map((label) => label.textContent)).toEqual(["49.765,86", "7.558,86", "0,00"]);
    expect([...image.querySelectorAll("text.chart-tick")].map((tick) => tick.textContent)).toContain("50.000");
    // The grid reaches past the chart, so it can be scrolled into view; the cells stay selectable around it.
    expect(screen.getByRole("grid").getAttribute("aria-colcount")).toBe(String(12 + 3));
    fireEvent.mouseDown(cell("A3"));
    expect(book.selection).toMatchObject({ row: 2, column: 0 });
    expect(screen.queryByRole("region", { name: "Charts" })).toBeNull();
  });
});
