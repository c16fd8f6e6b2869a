/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { DemoPage, sourceLabel } from "../../src/demo/DemoPage";
import { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";

describe("DemoPage", () => {
  it("says where the data came from, and says so loudly when it is simulated", () => {
    expect(sourceLabel({ kind: "file", name: "cdnowElog.csv" }, 6919)).toBe("Data: cdnowElog.csv (6,919 rows)");
    expect(sourceLabel({ kind: "simulated", customers: 2357, seed: 2026 }, 5321)).toBe(
      "Simulated purchase log, not real data: 2,357 customers, seed 2026 (5,321 rows)",
    );
  });

  it("puts the workbook beside an iframe of the task pane", () => {
    const book = new WorkbookDouble();
    const host = { Excel: {}, displayLanguage: "en-US" };
    render(<DemoPage book={book} source={{ kind: "simulated", customers: 10, seed: 1 }} dataRows={25} paneUrl="/taskpane.html" host={host} />);
    expect(screen.getByRole("region", { name: "Workbook" })).toBeTruthy();
    expect(screen.getByTitle("Kundeværdi task pane").getAttribute("src")).toBe("/taskpane.html");
    expect(screen.getByText(/^Simulated purchase log, not real data/).className).toBe("data-source simulated");
  });

  it("sets the host's display language from the menu and loads the pane again, keeping the workbook", () => {
    const book = new WorkbookDouble();
    book.loadRows("Purchases", [["Customer"]]);
    const host = { Excel: {}, displayLanguage: "fr-FR" };
    render(<DemoPage book={book} source={{ kind: "file", name: "cdnowElog.csv" }} dataRows={0} paneUrl="/taskpane.html" host={host} />);
    const menu = screen.getByLabelText(/Office display language/) as HTMLSelectElement;
    // A browser language the pane does not speak is shown as it is (the pane falls back to English).
    expect([...menu.options].map((option) => option.value)).toEqual(["fr-FR", "en-US", "da-DK", "sv-SE"]);
    const before = screen.getByTitle("Kundeværdi task pane");
    fireEvent.change(menu, { target: { value: "da-DK" } });
    expect(host.displayLanguage).toBe("da-DK");
    expect(screen.getByTitle("Kundeværdi task pane")).not.toBe(before);
    expect(book.getCell("Purchases", 0, 0)).toBe("Customer");
  });
});
