/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { DemoPage, sourceLabel } from "../../src/demo/DemoPage";
import { WorkbookDouble } from "../../src/demo/workbookDouble";

describe("DemoPage", () => {
  it("says where the data came from, and says so loudly when it is simulated", () => {
    expect(sourceLabel({ kind: "file", name: "cdnowElog.csv" }, 6919)).toBe("Data: cdnowElog.csv (6,919 rows)");
    expect(sourceLabel({ kind: "simulated", customers: 2357, seed: 2026 }, 5321)).toBe(
      "Simulated purchase log, not real data: 2,357 customers, seed 2026 (5,321 rows)",
    );
  });

  it("puts the workbook beside an iframe of the task pane", () => {
    const book = new WorkbookDouble();
    render(<DemoPage book={book} source={{ kind: "simulated", customers: 10, seed: 1 }} dataRows={25} paneUrl="/taskpane.html" />);
    expect(screen.getByRole("region", { name: "Workbook" })).toBeTruthy();
    expect(screen.getByTitle("Kundeværdi task pane").getAttribute("src")).toBe("/taskpane.html");
    expect(screen.getByText(/^Simulated purchase log, not real data/).className).toBe("data-source simulated");
  });
});
