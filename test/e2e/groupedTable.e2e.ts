/**
 * A grouped per-customer table in the pane, in Danish: CDNOW's 2,357 customers as 1,000-odd groups with the same
 * purchases and whole-week first and last purchase (as `kundevaerdi sql --grouped --view table --time-unit week`
 * writes them) and an "Antal kunder" column. The column must be recognised, every sheet must equal the engine's
 * report cell by cell, the Overview must count 2,357 customers, and the Customers sheet must list the groups with
 * their number of customers and say that its rows are groups.
 */
import type { Page } from "playwright-core";
import type { SeedCell } from "../../src/demo/seedData";
import { RUN_SETTINGS_KEY, type StoredRun } from "../../src/excel/runSettingsStore";
import { reportLabel } from "../../src/i18n/reportLabels";
import { wizardText, type WizardStringKey } from "../../src/i18n/wizardStrings";
import { cdnowGroupedTableRows } from "../core/summary/cdnowGroupedTable";
import { screenshot, type PageWatch } from "./browser";
import { atStep, chooseSheetBlock, editWorkbook, expectText, pageSheetCells, paneFrame } from "./demoPage";
import { openDemoSession, type DemoSession } from "./demoSession";
import { engineReport, sheetCells, sheetDifferences, writtenReference } from "./engineReference";

const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText("da", key, values);
const sheet = "Grupper";
const rows = cdnowGroupedTableRows(["Kundegruppe", "Antal køb", "Første køb", "Seneste køb", "Antal kunder", "Samlet beløb"]) as SeedCell[][];

describe("a grouped table in Danish", () => {
  let session: DemoSession | undefined;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    session = await openDemoSession("da-DK");
    ({ page, watch } = session);
    await editWorkbook(page, sheet, rows);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("recognises 'Antal kunder', counts every customer and lists the groups on the Customers sheet, saying so", async () => {
    const pane = await paneFrame(page);
    await chooseSheetBlock(page, pane, "da", sheet);
    await expectText(pane.getByRole("combobox", { name: "Antal kunder" }), "Antal kunder");
    await pane.getByText(t("layoutGroupedTable")).waitFor();
    await screenshot(page, "da-grouped-table-columns");
    await pane.getByRole("button", { name: t("next") }).click();
    await atStep(pane, "da", 3, "stepAnalysis");
    await pane.getByRole("button", { name: t("runAnalysis") }).click();
    await atStep(pane, "da", 5, "stepResults");
    await screenshot(page, "da-grouped-table-results");
    await pane.getByText(reportLabel("da", "note_groupedSpend"), { exact: false }).waitFor();

    const setting = await page.evaluate(
      (key) => (window as unknown as { kundevaerdiDemo: { book: { getSetting: (key: string) => unknown } } }).kundevaerdiDemo.book.getSetting(key),
      RUN_SETTINGS_KEY,
    );
    const stored = JSON.parse(setting as string) as StoredRun;
    const { report } = engineReport(rows, stored);
    const reference = await writtenReference(report, "da", { [sheet]: rows });
    for (const written of reference.sheets) {
      const differences = sheetDifferences(await pageSheetCells(page, written.name), sheetCells(reference.book, written.name));
      expect({ sheet: written.name, differences }).toEqual({ sheet: written.name, differences: [] });
    }

    const overview = await pageSheetCells(page, reference.sheets[0].name);
    expect(overview.find(([label]) => label[0] === reportLabel("da", "customers"))?.[1]).toEqual([2357, "#,##0"]);
    expect(overview.flat().some(([value]) => value === reportLabel("da", "note_groupedSpend"))).toBe(true);

    const customersName = reportLabel("da", "customers");
    const customers = await pageSheetCells(page, customersName);
    const header = customers.find((row) => row[0]?.[0] === reportLabel("da", "customerGroup"));
    expect(header?.[1]?.[0]).toBe(reportLabel("da", "customersInGroup"));
    expect(customers.flat().some(([value]) => value === reportLabel("da", "note_groupedRows"))).toBe(true);
    await page.getByRole("tab", { name: customersName, exact: true }).click();
    await screenshot(page, "da-grouped-table-sheet-customers");
    expect(watch.errors).toEqual([]);
  });
});
