/**
 * @jest-environment jsdom
 */
import { screen, within } from "@testing-library/react";
import { analyzeCustomerTable } from "../../src/core/analysis/analyzeCustomerTable";
import { readPurchaseData } from "../../src/core/read/readPurchaseData";
import { reportLabel } from "../../src/i18n/reportLabels";
import { wizardText } from "../../src/i18n/wizardStrings";
import { cdnowCalibrationEnd } from "../core/summary/cdnowCustomerTable";
import { cdnowGroupedTableRows } from "../core/summary/cdnowGroupedTable";
import { standardSettings } from "../support/analysisSettings";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";
import { click, renderPane, runTimeout, throughData } from "./paneDriver";

afterEach(uninstallWorkbook);

/**
 * A grouped per-customer table (CDNOW's 2,357 customers in whole-week groups, as `kundevaerdi sql --grouped` writes
 * them) through the wizard in Danish: the "Antal kunder" column is recognised, every customer is counted and the
 * Customers sheet lists the groups with their number of customers.
 */
describe("a grouped table in Danish (Kundegruppe | Antal køb | Første køb | Seneste køb | Antal kunder | Samlet beløb)", () => {
  const t = (key: Parameters<typeof wizardText>[1], values?: Record<string, string>) => wizardText("da", key, values);
  const rows = cdnowGroupedTableRows(["Kundegruppe", "Antal køb", "Første køb", "Seneste køb", "Antal kunder", "Samlet beløb"]) as Array<Array<string | number>>;

  it("recognises the number of customers, counts every customer and lists the groups", async () => {
    const book = installWorkbook(rows);
    await renderPane("da");
    await throughData("da", `Data!A1:F${rows.length}`);
    await screen.findByText(t("layoutGroupedTable"), undefined, runTimeout);
    expect(screen.queryByText(t("layoutCustomerTable"))).toBeNull();
    expect((screen.getByRole("combobox", { name: "Antal kunder" }) as HTMLButtonElement).textContent).toBe("Antal kunder");
    await click(screen.getByRole("button", { name: t("next") }));
    await click(screen.getByRole("button", { name: t("runAnalysis") }));
    await screen.findByRole("heading", { name: t("stepOf", { number: "5", count: "5", name: t("stepResults") }) }, runTimeout);

    const figures = screen.getByRole("table", { name: reportLabel("da", "headline") });
    expect(within(figures).getByRole("row", { name: /^Kunder/ }).querySelector("td")?.textContent).toBe("2.357");
    // The Results step says that the spend model saw group averages.
    expect(screen.getByText(reportLabel("da", "note_groupedSpend"), { exact: false })).toBeTruthy();

    const data = readPurchaseData(rows);
    if (data.layout !== "customerTable") throw new Error("expected a per-customer table");
    const engine = analyzeCustomerTable(data.table, { ...standardSettings, observationEndDay: cdnowCalibrationEnd });
    expect(engine.kpis.customers).toBe(2357);
    const sheet = reportLabel("da", "customers");
    // The sheet's title comes first; the table's header is the row whose first cell is the group column's.
    let headerRow = 0;
    while (headerRow < 20 && book.getValue(sheet, headerRow, 0) !== reportLabel("da", "customerGroup")) headerRow += 1;
    expect(book.getValue(sheet, headerRow, 1)).toBe(reportLabel("da", "customersInGroup"));
    let customers = 0;
    for (let row = headerRow + 1; row < headerRow + rows.length; row += 1) customers += Number(book.getValue(sheet, row, 1));
    expect(customers).toBe(2357);
  }, 120_000);
});
