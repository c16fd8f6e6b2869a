/**
 * The wizard end to end in headless Chromium: the production task pane, in English and then in Danish, on the
 * CDNOW sample in the demo's in-page workbook — Data (the selected cells) → Columns → Analysis → Run → Results —
 * with a screenshot of every step under test-artifacts/e2e/. Every sheet the pane wrote is compared cell by cell
 * (value and number format), and its charts and tables, with the engine run in Node on the same CSV with the
 * settings the run stored (engineReference.ts). The Danish run also checks that a sheet of the user's own named
 * like a report sheet is left alone, that Cancel while the sheets are being written leaves the workbook exactly as
 * it was, and that the purchase data is never changed; then Refresh, after new purchases were pasted below the
 * data, must write the engine's report of the grown data.
 */
import { reportLabel } from "../../src/i18n/reportLabels";
import type { Browser, Frame, Locator, Page } from "playwright-core";
import { csvCells, type SeedCell } from "../../src/demo/seedData";
import { RUN_SETTINGS_KEY, type StoredRun } from "../../src/excel/runSettingsStore";
import type { WrittenSheet } from "../../src/excel/writeReport";
import type { Language } from "../../src/i18n/language";
import { columnRoleName } from "../../src/i18n/rowProblems";
import { uiText } from "../../src/i18n/uiStrings";
import { wizardText, type WizardStringKey } from "../../src/i18n/wizardStrings";
import { formatCount } from "../../src/taskpane/displayFormats";
import { rangeLabel } from "../../src/taskpane/rangeAddress";
import { rangeSizeText } from "../../src/taskpane/rangeSizeText";
import type { WorkbookSnapshot } from "../../src/demo/workbook/records";
import { columnLetters } from "../../src/core/read/columnLetters";
import { isolatedContext, launchChromium, screenshot, watchErrors, type PageWatch } from "./browser";
import {
  appendRows,
  atStep,
  editWorkbook,
  expectText,
  holdSyncs,
  installSyncGate,
  pageSheetCells,
  paneFrame,
  releaseOneSync,
  releaseSyncs,
  stepHeading,
  untilSyncWaits,
  visibleSheets,
  WIZARD_STEPS,
  workbookSnapshot,
} from "./demoPage";
import { readFixture } from "../support/fixtures";
import { startDemo, type RunningDemo } from "./demoServer";
import { engineReport, sheetCells, sheetDifferences, writtenReference } from "./engineReference";

const PURCHASES = "Purchases";
/** CDNOW: 6,919 purchases (+ the header row) in 5 columns, 2,357 customers (FHL 2005's sample). */
const CDNOW_ROWS = 6920;
const CDNOW_CUSTOMERS = 2357;
const DATA_ADDRESS = "A1:E6920";

/** Fitting the models on 2,357 customers and writing ~2,400 rows takes a few seconds; leave room on a busy CI. */
const RUN_TIMEOUT = 120_000;

/** The wizard's steps, in order. */
const text = (language: Language) => (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);

function capitalized(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

describe("the wizard on the CDNOW sample, in English and in Danish", () => {
  let demo: RunningDemo;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  const csv = readFixture("cdnowElog.csv");
  const purchases = csvCells(csv);
  /** The English run's report sheets, for the Danish run to replace. */
  let englishSheets: WrittenSheet[] = [];

  beforeAll(async () => {
    demo = await startDemo();
    browser = await launchChromium();
    const isolated = await isolatedContext(browser, "en-US");
    watch = isolated.watch;
    page = await isolated.context.newPage();
    watchErrors(page, watch);
    await page.goto(`${demo.url}?lang=en-US`);
    await installSyncGate(page);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  /** The text of the element that has the focus in the pane. */
  function focusedText(pane: Frame): Promise<string | undefined> {
    return pane.evaluate(() => document.activeElement?.textContent ?? undefined);
  }

  /**
   * Opens the formula reference tab: only the reference is drawn (not the wizard at step `number`, the saved analysis
   * or the share-safe copy); back on "Analyse purchases", the wizard is at the same step and the reference is gone.
   */
  async function expectTabsApart(pane: Frame, language: Language, number: number, name: string): Promise<void> {
    const t = text(language);
    const reference = pane.getByRole("heading", { name: uiText(language, "referenceHeading"), includeHidden: true });
    const analyseOnly = [stepHeading(pane, language, number), pane.getByRole("heading", { name: t("savedHeading"), includeHidden: true }), pane.getByRole("button", { name: t("shareSafe"), includeHidden: true })];
    await pane.getByRole("tab", { name: t("tabFormulas") }).click();
    await reference.waitFor({ state: "visible" });
    for (const locator of analyseOnly) expect(await locator.isVisible()).toBe(false);
    expect(await stepHeading(pane, language, number).count()).toBe(1);
    await reference.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await screenshot(page, name);
    await pane.getByRole("tab", { name: t("tabAnalyse") }).click();
    await atStep(pane, language, number, WIZARD_STEPS[number - 1]);
    expect(await reference.isVisible()).toBe(false);
  }

  /** The stored run the pane saved in the workbook (workbook.settings holds it as JSON text). */
  async function storedRun(): Promise<StoredRun> {
    const setting = await page.evaluate(
      (key) => (window as unknown as { kundevaerdiDemo: { book: { getSetting: (key: string) => unknown } } }).kundevaerdiDemo.book.getSetting(key),
      RUN_SETTINGS_KEY,
    );
    return JSON.parse(setting as string) as StoredRun;
  }

  /** Shows the preview of the selected cells and checks it names the whole CDNOW table. */
  async function previewSelection(pane: Frame, language: Language): Promise<void> {
    const t = text(language);
    await pane.getByRole("radio", { name: t("sourceSelection") }).check();
    await pane.getByRole("button", { name: t("showPreview") }).click();
    const rows = rangeSizeText(CDNOW_ROWS, 5, rangeLabel(PURCHASES, DATA_ADDRESS), language);
    await pane.getByText(rows, { exact: true }).waitFor();
    const header = await pane.locator("table th").allTextContents();
    expect(header).toEqual(["masterid", "sampleid", "date", "cds", "sales"]);
  }

  /**
   * Checks the sheets the pane wrote (listed as links under "Sheets written" in `results`) against the engine's
   * report of `rows`, written into a fresh workbook in Node that has the user's sheets.
   */
  async function expectSheetsOfEngine(
    results: Frame | Locator,
    language: Language,
    userSheets: Record<string, SeedCell[][]>,
    rows: SeedCell[][] = purchases,
  ): Promise<WrittenSheet[]> {
    const t = text(language);
    const stored = await storedRun();
    const { report, customers } = engineReport(rows, stored);
    if (rows === purchases) expect(customers).toBe(CDNOW_CUSTOMERS);
    const customerFigure = results.locator(`tr:has(> th:text-is(${JSON.stringify(t("figureCustomers"))})) > td`);
    await expectText(customerFigure, formatCount(customers, language));
    const reference = await writtenReference(report, language, userSheets);
    const links = await results.getByRole("navigation", { name: t("sheetsHeading") }).getByRole("button").allTextContents();
    expect(links).toEqual(reference.sheets.map((sheet) => sheet.name));
    expect(reference.sheets.map((sheet) => sheet.id)).toEqual(["overview", "segments", "customers", "segmentRules", "cohorts"]);
    // Words of the other language never appear (a Danish sheet has no English, an English one no Danish), and
    // whole numbers such as counts have no decimals.
    const otherLanguage =
      language === "da"
        ? /\b(the|and|of|customers?|purchases?|average|expected|probability|recency|likelihood|holdout|estimate|repeat)\b/i
        : /[æøå]|\b(og|kunder|køb|beløb|gennemsnitlig)\b/i;
    for (const sheet of reference.sheets) {
      const cells = await pageSheetCells(page, sheet.name);
      const differences = sheetDifferences(cells, sheetCells(reference.book, sheet.name));
      expect({ sheet: sheet.name, differences }).toEqual({ sheet: sheet.name, differences: [] });
      const words = cells.flat().filter(([value]) => typeof value === "string" && otherLanguage.test(value));
      expect({ sheet: sheet.name, words }).toEqual({ sheet: sheet.name, words: [] });
    }
    const overview = await pageSheetCells(page, reference.sheets[0].name);
    const countFormats = ["customers", "purchases", "repeatCustomers", "predictedHoldoutPurchases", "actualHoldoutPurchases"].flatMap((count) =>
      overview.filter(([label, value]) => label[0] === reportLabel(language, count) && typeof value?.[0] === "number").map(([, value]) => [count, value[1]]),
    );
    expect(countFormats.length).toBeGreaterThanOrEqual(3);
    for (const [count, format] of countFormats) expect({ count, format }).toEqual({ count, format: "#,##0" });
    const snapshot = await workbookSnapshot(page);
    const ours = new Set(reference.sheets.map((sheet) => sheet.name));
    const onOurSheets = <T extends { sheet: string }>(items: T[]) => items.filter((item) => ours.has(item.sheet));
    expect(onOurSheets(snapshot.charts)).toEqual(onOurSheets(reference.book.charts));
    // The heat map (colour scales) and the marked cells' fonts, as the engine's writer made them.
    expect(onOurSheets(snapshot.conditionalFormats)).toEqual(onOurSheets(reference.book.conditionalFormats));
    expect(onOurSheets(snapshot.conditionalFormats).length).toBeGreaterThan(0);
    const referenceSnapshot = reference.book.snapshot();
    const fontsOf = (of: WorkbookSnapshot, name: string) => of.sheets.find((candidate) => candidate.name === name)?.fonts;
    for (const sheet of reference.sheets) expect({ sheet: sheet.name, fonts: fontsOf(snapshot, sheet.name) }).toEqual({ sheet: sheet.name, fonts: fontsOf(referenceSnapshot, sheet.name) });
    // Excel names tables Table1, Table2, … by the lowest free number: a re-run's table is written while the previous
    // run's still exists, so only its name may differ from the fresh reference's.
    const tableShape = ({ sheet, address, hasHeaders }: { sheet: string; address: string; hasHeaders: boolean }) => ({ sheet, address, hasHeaders });
    expect(onOurSheets(snapshot.tables).map(tableShape)).toEqual(onOurSheets(reference.book.tables).map(tableShape));
    expect(onOurSheets(snapshot.tables).every((table) => /^Table\d+$/.test(table.name))).toBe(true);
    expect(reference.book.charts.length).toBeGreaterThan(0);
    return reference.sheets;
  }

  /**
   * Opens the Cohorts sheet by its link and checks what a marketer must see: the observed active rates coloured by the
   * heat map, the projected cells (≈, slate italics) uncoloured and after the observed ones, the cumulative chart; a
   * screenshot of its top (heat map, chart) and one scrolled to where the projections begin.
   */
  async function expectCohortsSheet(pane: Frame, language: Language, sheets: WrittenSheet[], name: string): Promise<void> {
    const t = text(language);
    const cohorts = sheets.find((sheet) => sheet.id === "cohorts")!;
    await pane.getByRole("navigation", { name: t("sheetsHeading") }).getByRole("button", { name: cohorts.name }).click();
    await expectText(page.getByRole("tab", { selected: true }), cohorts.name);
    const cells = await pageSheetCells(page, cohorts.name);
    // The active-rate block comes first: its first data row is the first row naming the January 1997 cohort.
    const row = cells.findIndex(([first]) => first[0] === "1997-01");
    expect(row).toBeGreaterThan(0);
    const projectedColumn = cells[row].findIndex(([, format]) => format.startsWith('"≈ "'));
    // Observed: January 1997 to June 1998 (periods 0–17), then the projection.
    expect(projectedColumn).toBe(2 + 18);
    const cell = (column: number) => page.locator(`[role="gridcell"][data-address="${columnLetters(column)}${row + 1}"]`);
    const observed = cell(projectedColumn - 1);
    const projected = cell(projectedColumn);
    await screenshot(page, `${name}-top`);
    await projected.scrollIntoViewIfNeeded();
    await screenshot(page, `${name}-projected`);
    expect(await observed.textContent()).toMatch(/^\d+[.,]\d ?%$/);
    expect(await projected.textContent()).toMatch(/^≈ \d+[.,]\d ?%$/);
    const style = (locator: Locator) => locator.evaluate((element) => ({ color: getComputedStyle(element).color, italic: getComputedStyle(element).fontStyle, fill: (element as HTMLElement).style.backgroundColor }));
    const observedStyle = await style(observed);
    const projectedStyle = await style(projected);
    expect(observedStyle.fill).not.toBe("");
    expect(observedStyle.italic).toBe("normal");
    expect(projectedStyle).toEqual({ color: "rgb(68, 84, 106)", italic: "italic", fill: "" });
    // The legend line for the projection is on the sheet, in the user's language.
    expect(cells.some(([first]) => first[0] === reportLabel(language, "note_cohortProjected"))).toBe(true);
    const chart = page.getByRole("img", { name: reportLabel(language, "cohortChartMargin") });
    expect(await chart.count()).toBe(1);
    // One line per cohort, named by the cohort.
    const series = await chart.locator(".chart-line").evaluateAll((lines) => [...new Set(lines.map((line) => line.getAttribute("data-series")))]);
    expect(series).toEqual(["1997-01", "1997-02", "1997-03"]);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, `${name}-chart`);
  }

  /** The purchase data is exactly the CSV, as seeded. */
  async function expectPurchasesUntouched(): Promise<void> {
    const cells = await pageSheetCells(page, PURCHASES);
    expect(cells.map((row) => row.map(([value]) => value))).toEqual(purchases);
  }

  it("English: Data → Columns → Analysis → Run → Results writes the engine's report", async () => {
    const language: Language = "en";
    const t = text(language);
    const pane = await paneFrame(page);
    await atStep(pane, language, 1, "stepData");
    await screenshot(page, "en-1-data");
    await expectTabsApart(pane, language, 1, "en-1-formulas");

    // Data: A1 selected in the grid — one selected cell stands for the table around it.
    await page.locator('[role="gridcell"][data-address="A1"]').click();
    await previewSelection(pane, language);
    await screenshot(page, "en-1-data-preview");
    await pane.getByRole("button", { name: t("next") }).click();

    // Columns: choose the customer column by hand (sampleid; masterid identifies the same customers).
    await atStep(pane, language, 2, "stepColumns");
    await pane.getByText(t("noProblems"), { exact: true }).waitFor();
    await pane.getByRole("combobox", { name: capitalized(columnRoleName("customer", language)) }).click();
    await pane.getByRole("option", { name: "sampleid", exact: true }).click();
    await screenshot(page, "en-2-columns");
    await pane.getByRole("button", { name: t("next") }).click();

    // Analysis: a 24-month horizon and a 30 % margin instead of the defaults.
    await atStep(pane, language, 3, "stepAnalysis");
    await pane.getByLabel(t("horizonLabel")).fill("24");
    await pane.getByLabel(t("marginLabel")).fill("30");
    await screenshot(page, "en-3-analysis");

    // Run: the pane's syncs are held for a moment so the progress can be seen.
    await holdSyncs(page);
    await pane.getByRole("button", { name: t("runAnalysis") }).click();
    await atStep(pane, language, 4, "stepRun");
    await untilSyncWaits(page);
    await pane.getByRole("progressbar").waitFor();
    await screenshot(page, "en-4-run");
    await releaseSyncs(page);

    await atStep(pane, language, 5, "stepResults");
    // The focus is on the Results step's heading, and the results come first: no saved analysis above them.
    expect(await focusedText(pane)).toBe(t("stepOf", { number: "5", count: "5", name: t("stepResults") }));
    expect(await pane.getByRole("heading", { name: t("savedHeading"), includeHidden: true }).count()).toBe(0);
    await screenshot(page, "en-5-results");
    await expectTabsApart(pane, language, 5, "en-5-formulas");

    const stored = await storedRun();
    expect(stored).toMatchObject({
      version: 1,
      language: "en",
      source: { kind: "range", sheet: PURCHASES, address: DATA_ADDRESS },
      columns: { customer: "sampleid" },
      analysis: { timeUnit: "week", observationEndDay: null, horizonMonths: 24, annualDiscountRate: 0.1, grossMargin: 0.3, newCustomers: 0, segmentScheme: "rfm", holdout: true },
    });
    englishSheets = await expectSheetsOfEngine(pane, language, {});
    await expectPurchasesUntouched();

    // A link opens its sheet in the workbook.
    const segments = englishSheets.find((sheet) => sheet.id === "segments")!;
    await pane.getByRole("navigation", { name: t("sheetsHeading") }).getByRole("button", { name: segments.name }).click();
    await expectText(page.getByRole("tab", { selected: true }), segments.name);
    await screenshot(page, "en-5-segments-sheet");
    await expectCohortsSheet(pane, language, englishSheets, "en-5-cohorts-sheet");
    expect(watch.errors).toEqual([]);
  });

  it("Danish: a re-run replaces only the add-in's sheets; Cancel while writing leaves the workbook as it was", async () => {
    const language: Language = "da";
    const t = text(language);
    expect(englishSheets).toHaveLength(5);
    const englishOverview = englishSheets.find((sheet) => sheet.id === "overview")!.name;

    // The user makes a sheet of their own with the name the Danish overview would take.
    const plainDanish = await writtenReference(engineReport(purchases, await storedRun()).report, language);
    const overviewName = plainDanish.sheets.find((sheet) => sheet.id === "overview")!.name;
    const userRows: SeedCell[][] = [["Mine egne tal", "Beløb"], ["Budget 2026", 125000], ["=SUM(B2)", "noter"]];
    await editWorkbook(page, overviewName, userRows);
    const userSheet = await pageSheetCells(page, overviewName);

    await page.getByLabel(/Office display language/).selectOption("da-DK");
    const pane = await paneFrame(page);
    await atStep(pane, language, 1, "stepData");
    await pane.getByRole("heading", { name: t("savedHeading") }).waitFor();
    await pane.getByRole("button", { name: t("refresh") }).waitFor();

    // Data: select the whole table in the grid: A1, then Shift+click E6920 at the bottom.
    await page.getByRole("tab", { name: PURCHASES }).click();
    await page.locator('[role="gridcell"][data-address="A1"]').click();
    await page.locator(".grid-scroller").evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await page.locator('[role="gridcell"][data-address="E6920"]').click({ modifiers: ["Shift"] });
    await expectText(page.getByLabel("Name box"), DATA_ADDRESS);
    await screenshot(page, "da-1-data");
    await previewSelection(pane, language);
    await screenshot(page, "da-1-data-preview");
    await pane.getByRole("button", { name: t("next") }).click();

    await atStep(pane, language, 2, "stepColumns");
    await pane.getByText(t("noProblems"), { exact: true }).waitFor();
    await screenshot(page, "da-2-columns");
    await pane.getByRole("button", { name: t("next") }).click();

    // Analysis: an 18-month horizon and a 45,5 % margin, typed with a Danish decimal comma.
    await atStep(pane, language, 3, "stepAnalysis");
    expect(await focusedText(pane)).toBe(t("stepOf", { number: "3", count: "5", name: t("stepAnalysis") }));
    // The date as Danish writes it, not as the browser's (en-US) date input would show it.
    const end = pane.getByLabel(t("observationEndLabel"));
    expect(await end.inputValue()).toBe("30-06-1998");
    expect(await end.getAttribute("type")).not.toBe("date");
    await pane.getByLabel(t("horizonLabel")).fill("18");
    await pane.getByLabel(t("marginLabel")).fill("45,5");
    await screenshot(page, "da-3-analysis");

    // Run, and Cancel once the sheets are being written: the workbook must be exactly as before.
    const beforeRun: WorkbookSnapshot = await workbookSnapshot(page);
    await holdSyncs(page);
    await pane.getByRole("button", { name: t("runAnalysis") }).click();
    await atStep(pane, language, 4, "stepRun");
    const writing = t("phaseWrite", { done: "", total: "" }).split("(")[0].trim();
    for (let released = 0; !(await pane.getByText(writing).count()); released += 1) {
      if (released > 2000) throw new Error(`the run never reached "${writing}"`);
      await untilSyncWaits(page);
      await releaseOneSync(page);
    }
    await untilSyncWaits(page);
    await screenshot(page, "da-4-run");
    await pane.getByRole("button", { name: t("cancel") }).click();
    await releaseSyncs(page);
    await pane.getByText(t("cancelled"), { exact: true }).waitFor({ timeout: RUN_TIMEOUT });
    await atStep(pane, language, 3, "stepAnalysis");
    await screenshot(page, "da-4-cancelled");
    expect(await workbookSnapshot(page)).toEqual(beforeRun);

    // Run to the end.
    await pane.getByRole("button", { name: t("runAnalysis") }).click();
    await atStep(pane, language, 5, "stepResults");
    expect(await focusedText(pane)).toBe(t("stepOf", { number: "5", count: "5", name: t("stepResults") }));
    await screenshot(page, "da-5-results");

    expect(await storedRun()).toMatchObject({
      language: "da",
      source: { kind: "range", sheet: PURCHASES, address: DATA_ADDRESS },
      analysis: { timeUnit: "week", observationEndDay: null, horizonMonths: 18, annualDiscountRate: 0.1, grossMargin: 0.455, newCustomers: 0, segmentScheme: "rfm", holdout: true },
    });
    const danishSheets = await expectSheetsOfEngine(pane, language, { [overviewName]: userRows });
    const danishOverview = danishSheets.find((sheet) => sheet.id === "overview")!.name;
    expect(danishOverview).not.toBe(overviewName);

    // The user's sheet is as they left it; the English report sheets were the add-in's own and are replaced.
    expect(await pageSheetCells(page, overviewName)).toEqual(userSheet);
    await expectPurchasesUntouched();
    const sheets = await visibleSheets(page);
    expect([...sheets].sort()).toEqual([PURCHASES, overviewName, ...danishSheets.map((sheet) => sheet.name)].sort());
    expect(sheets).not.toContain(englishOverview);
    await pane.getByRole("navigation", { name: t("sheetsHeading") }).getByRole("button", { name: danishOverview }).click();
    await expectText(page.getByRole("tab", { selected: true }), danishOverview);
    await screenshot(page, "da-5-overview-sheet");
    await expectCohortsSheet(pane, language, danishSheets, "da-5-cohorts-sheet");
  });

  it("Danish: Refresh re-runs the saved analysis on the grown data", async () => {
    const language: Language = "da";
    const t = text(language);
    const overviewName = (await writtenReference(engineReport(purchases, await storedRun()).report, language)).sheets.find((sheet) => sheet.id === "overview")!.name;
    const userSheet = await pageSheetCells(page, overviewName);

    // Three purchases of a new customer are pasted below the data.
    const newPurchases: SeedCell[][] = [
      [99999, 2358, 19980601, 1, 12.5],
      [99999, 2358, 19980615, 2, 30],
      [99999, 2358, 19980630, 1, 14.99],
    ];
    await appendRows(page, PURCHASES, newPurchases);
    const pane = await paneFrame(page);
    // Beside the results of the run just made, the saved analysis (that run) is not offered; a new analysis offers it.
    await atStep(pane, language, 5, "stepResults");
    expect(await pane.getByRole("heading", { name: t("savedHeading"), includeHidden: true }).count()).toBe(0);
    await pane.getByRole("button", { name: t("newAnalysis") }).click();
    await atStep(pane, language, 1, "stepData");
    expect(await focusedText(pane)).toBe(t("stepOf", { number: "1", count: "5", name: t("stepData") }));
    const saved = pane.locator("section", { has: pane.getByRole("heading", { name: t("savedHeading") }) }).last();
    await saved.getByRole("button", { name: t("refresh") }).click();
    await saved.getByRole("region", { name: t("stepResults") }).waitFor({ timeout: RUN_TIMEOUT });
    // The focus moves to Refresh's results (the block holding them).
    expect(await saved.getByRole("region", { name: t("stepResults") }).evaluate((region) => region.parentElement === document.activeElement)).toBe(true);
    // One set of results, and the pane free for the next task: the wizard is back at its first step, Refresh enabled.
    await atStep(pane, language, 1, "stepData");
    expect(await pane.getByRole("region", { name: t("stepResults") }).count()).toBe(1);
    await saved.getByRole("button", { name: t("refresh"), disabled: false }).waitFor({ timeout: 5_000 });
    await saved.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await screenshot(page, "da-6-refresh");

    expect(await storedRun()).toMatchObject({ language: "da", source: { kind: "range", sheet: PURCHASES }, analysis: { grossMargin: 0.455, horizonMonths: 18 } });
    await expectSheetsOfEngine(saved, language, { [overviewName]: userSheet.map((row) => row.map(([value]) => value)) }, [...purchases, ...newPurchases]);
    expect(await pageSheetCells(page, overviewName)).toEqual(userSheet);
  });

  it("made no request outside the machine and threw no uncaught error", () => {
    expect(watch.blockedRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
