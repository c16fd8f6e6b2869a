/**
 * The formula reference tab of the production task pane in headless Chromium, on the demo's in-page workbook (the
 * CDNOW sample on "Purchases", columns A–E; G and H are empty). In English: the four category headings are shown,
 * every example that spills shows its table of name and value rows once the pane's lazily loaded chunk has computed
 * it (no "Computing…" left), each table equals the engine's rows (formulaCatalog, run in Node) as the pane formats
 * them, with the documented figures of KV.NPSINTERVAL, KV.CSI and KV.RESPONSETIME checked by hand, and no NaN,
 * undefined, Infinity or [object …] anywhere in the reference. Insert puts KV.NPSINTERVAL into an empty cell and names
 * the area its result fills; on a cell whose spill area holds a value, Insert of KV.CSAT warns, naming the area, and
 * writes nothing. In Danish: KV.CSAT's table says SAND for scaleDetected and has decimal commas. Screenshots under
 * test-artifacts/e2e/formulas-*.
 */
import type { Browser, Frame, Locator, Page } from "playwright-core";
import type { Language } from "../../src/i18n/language";
import { uiText, type UiStringKey } from "../../src/i18n/uiStrings";
import { wizardText } from "../../src/i18n/wizardStrings";
import { formulaCatalog } from "../../src/taskpane/formulaCatalog";
import { exampleFormula, type ExampleCell, type FormulaEntry, type LabelledRows } from "../../src/taskpane/formulaEntry";
import { formatExampleFigure } from "../../src/taskpane/displayFormats";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { isolatedContext, launchChromium, screenshot, watchErrors, type PageWatch } from "./browser";
import { expectText, paneFrame, workbookSnapshot } from "./demoPage";
import { startDemo, type RunningDemo } from "./demoServer";

/** The sheet the demo seeds with the CDNOW sample (A–E used; the grid draws A–H). */
const SHEET = "Purchases";

/** The pane computes the spilled examples once its chunk has loaded: quick, but leave room on a busy machine. */
const COMPUTE_TIMEOUT = 15_000;

/** The examples that spill, at least (the catalog may list more; every one it lists must show its table). */
const SPILLING_IDS = ["NPSINTERVAL", "NPSCHANGE", "CSAT", "CSI", "ENGAGEMENT", "RESPONSETIME", "ABTEST"];

const CATEGORY_HEADINGS: UiStringKey[] = ["categoryLifetimeValue", "categoryKpis", "categoryCustomerVoice", "categoryExperiments"];

/** Text that means a value was not turned into what Excel would show. */
const BROKEN_TEXT = /NaN|undefined|Infinity|\[object/;

/** A webpack chunk of the production build: numeric id, .js (publicPath ""). */
const CHUNK_PATH = /^\/\d+\.js$/;

type DemoWindow = { kundevaerdiDemo: { book: WorkbookDouble } };

/** A catalog entry whose example spills, with the rows the engine gives in Node. */
interface SpillingExample {
  entry: FormulaEntry;
  formula: string;
  rows: LabelledRows;
}

/** The catalog's spilling examples, computed by the engine here (the pane computes the same in its chunk). */
async function spillingExamples(): Promise<SpillingExample[]> {
  const examples: SpillingExample[] = [];
  for (const entry of formulaCatalog) {
    const result = await entry.exampleResult();
    if (typeof result !== "number") examples.push({ entry, formula: exampleFormula(entry), rows: result });
  }
  return examples;
}

/** A value as the pane's card shows it in `language` (FormulaCard's cellText): Excel's words, the language's number format. */
function shownAs(language: Language, value: ExampleCell): string {
  if (value === null) return uiText(language, "notAvailable");
  if (typeof value === "boolean") return uiText(language, value ? "trueValue" : "falseValue");
  if (typeof value === "string") return value;
  return formatExampleFigure(value, language);
}

/** The rows of a spill table as shown: [name, value] per row. */
function tableRows(table: Locator): Promise<Array<[string, string]>> {
  return table.locator("tr").evaluateAll((rows) => rows.map((row): [string, string] => [row.querySelector("th")?.textContent ?? "", row.querySelector("td")?.textContent ?? ""]));
}

/** Waits until `condition` holds, polling; fails with `what` and the last state when it does not within `timeout` ms. */
async function until(what: string, condition: () => Promise<boolean>, timeout = COMPUTE_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeout} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The formula reference's section (a region named by its heading). */
function referenceOf(pane: Frame, language: Language): Locator {
  return pane.getByRole("region", { name: uiText(language, "referenceHeading") });
}

/**
 * Opens the Formulas tab and waits until no example is being computed and every spilling example's table is drawn;
 * fails when an example could not be computed.
 */
async function openReference(pane: Frame, language: Language, spilling: SpillingExample[]): Promise<Locator> {
  await pane.getByRole("tab", { name: wizardText(language, "tabFormulas") }).click();
  const reference = referenceOf(pane, language);
  await reference.waitFor({ state: "visible" });
  const computing = reference.getByText(uiText(language, "exampleComputing"), { exact: true });
  // Every card starts at "Computing…" when the tab opens (the chunk is loaded then), so none left means all are done.
  await until(`every example of the reference is computed in ${language}`, async () => (await computing.count()) === 0 && (await reference.locator("table").count()) > 0);
  expect(await reference.innerText()).not.toContain(uiText(language, "exampleFailed", { reason: "" }).trim());
  // One table per spilling example of the catalog (a build older than src/taskpane shows fewer: run `npm run build`).
  const labels = await reference.locator("table").evaluateAll((tables) => tables.map((table) => table.getAttribute("aria-label")));
  expect(labels).toEqual(spilling.map((example) => example.formula));
  return reference;
}

/** The card of KV.`id` (FormulaCard labels it with the function's name). */
function cardOf(reference: Locator, id: string): Locator {
  return reference.locator(`[aria-label="KV.${id}"]`);
}

/** Scrolls the card of KV.`id` to the top of the pane (for the screenshots). */
/** Whether the element is wholly inside its frame's visible area. */
function inView(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });
}

async function scrollToCard(reference: Locator, id: string): Promise<void> {
  await cardOf(reference, id).evaluate((element) => element.scrollIntoView({ block: "start" }));
}

/** The spilling example of KV.`id`. */
function exampleOf(spilling: SpillingExample[], id: string): SpillingExample {
  const found = spilling.find((candidate) => candidate.entry.id === id);
  if (!found) throw new Error(`KV.${id} is not a spilling example of formulaCatalog`);
  return found;
}

describe("the formula reference in the demo", () => {
  let demo: RunningDemo;
  let browser: Browser;
  let spilling: SpillingExample[];

  beforeAll(async () => {
    [demo, browser, spilling] = await Promise.all([startDemo(), launchChromium(), spillingExamples()]);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  describe("in English", () => {
    const language: Language = "en";
    const t = (key: UiStringKey, values?: Record<string, string>) => uiText(language, key, values);
    let page: Page;
    let pane: Frame;
    let watch: PageWatch;
    /** The chunks the page fetched: path, status, and whether the Formulas tab had been opened. */
    const chunks: Array<{ path: string; status: number; afterTab: boolean }> = [];
    let tabOpened = false;

    beforeAll(async () => {
      const isolated = await isolatedContext(browser, "en-US");
      watch = isolated.watch;
      page = await isolated.context.newPage();
      watchErrors(page, watch);
      page.on("response", (response) => {
        const { pathname } = new URL(response.url());
        if (CHUNK_PATH.test(pathname)) chunks.push({ path: pathname, status: response.status(), afterTab: tabOpened });
      });
      await page.goto(`${demo.url}?lang=en-US`);
      await page.waitForFunction(() => "kundevaerdiDemo" in window);
      pane = await paneFrame(page);
      await pane.getByRole("tab", { name: wizardText(language, "tabFormulas") }).waitFor();
    });

    /** A cell of the demo workbook's "Purchases" sheet: what it holds (a constant or a formula's text; "" when empty). */
    const cell = (row: number, column: number) =>
      page.evaluate(([sheet, r, c]) => (window as unknown as DemoWindow).kundevaerdiDemo.book.getCell(sheet, r, c), [SHEET, row, column] as const);

    /** Selects a cell by clicking it in the demo's grid, as a user would, and checks the workbook's selection. */
    async function selectCell(address: string, row: number, column: number): Promise<void> {
      await page.locator(`[role="gridcell"][data-address="${address}"]`).click();
      await expectText(page.locator('[aria-label="Name box"]'), address);
      const selection = await page.evaluate(() => (window as unknown as DemoWindow).kundevaerdiDemo.book.selection);
      expect(selection).toEqual({ sheet: SHEET, row, column, rowCount: 1, columnCount: 1 });
    }

    const example = (id: string) => exampleOf(spilling, id);

    it("shows the four categories and every spilling example's rows, computed in the pane's lazily loaded chunk", async () => {
      expect(spilling.map((candidate) => candidate.entry.id)).toEqual(expect.arrayContaining(SPILLING_IDS));
      tabOpened = true;
      const reference = await openReference(pane, language, spilling);

      for (const key of CATEGORY_HEADINGS) {
        expect(await reference.getByRole("heading", { level: 3, name: t(key), exact: true }).isVisible()).toBe(true);
      }
      // The rows came from a chunk the pane fetched once the tab opened, not before (spilledExamples.ts: the one
      // naming KV.RESPONSETIME's rows), and every chunk answered.
      expect(chunks.every((chunk) => chunk.status === 200)).toBe(true);
      const examplesChunks = [];
      for (const chunk of chunks) if ((await (await fetch(new URL(chunk.path, demo.url))).text()).includes('"firstUnansweredRow"')) examplesChunks.push(chunk);
      expect(examplesChunks).toEqual([expect.objectContaining({ afterTab: true })]);

      // Every spilling example: its caption and its table, row for row the engine's result as the pane formats it.
      for (const { entry, formula, rows } of spilling) {
        const card = cardOf(reference, entry.id);
        const table = card.getByRole("table", { name: formula, exact: true });
        expect(await table.isVisible()).toBe(true);
        expect(await tableRows(table)).toEqual(rows.map(([name, value]) => [name, shownAs(language, value)]));
        expect(await card.getByText(t("exampleFills", { rows: String(rows.length) }), { exact: true }).isVisible()).toBe(true);
      }

      // The documented figures, typed here by hand (docs/functions.md), so a wrong engine cannot agree with itself.
      const shown = async (id: string) => new Map(await tableRows(reference.getByRole("table", { name: example(id).formula, exact: true })));
      expect(example("NPSINTERVAL").formula).toBe("=KV.NPSINTERVAL({10,9,9,8,7,3,10,6})");
      const nps = await shown("NPSINTERVAL");
      expect([nps.get("nps"), nps.get("low"), nps.get("high"), nps.get("answers"), nps.get("confidence")]).toEqual(["25", "-29.42", "65.78", "8", "0.95"]);
      const csi = await shown("CSI");
      expect([csi.get("csi"), csi.get("low"), csi.get("high")]).toEqual(["67.5", "43.58", "91.42"]);
      const responseTime = await shown("RESPONSETIME");
      expect([responseTime.get("median"), responseTime.get("p90"), responseTime.get("p90High")]).toEqual(["3", "13.2", t("notAvailable")]);
      expect(t("notAvailable")).toBe("#N/A");

      // Nothing that a value failed to become, and nothing wider than the pane (long array constants wrap).
      expect(await reference.innerText()).not.toMatch(BROKEN_TEXT);
      const overflow = await pane.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const section = document.querySelector('section[aria-labelledby="formula-reference-heading"]');
        const sticking = [...(section?.querySelectorAll("*") ?? [])].filter((element) => element.getBoundingClientRect().right > width + 0.5);
        return { scrolls: (document.scrollingElement?.scrollWidth ?? 0) > width, sticking: sticking.map((element) => element.textContent?.slice(0, 60)) };
      });
      expect(overflow).toEqual({ scrolls: false, sticking: [] });

      await scrollToCard(reference, "NPSINTERVAL");
      console.log(`Screenshot: ${await screenshot(page, "formulas-spilled-en")}`);
    });

    it("inserts KV.NPSINTERVAL into an empty cell, naming the area it fills, and refuses it on that cell again", async () => {
      const reference = referenceOf(pane, language);
      const { formula, rows } = example("NPSINTERVAL");
      const status = cardOf(reference, "NPSINTERVAL").getByRole("status");

      await selectCell("G2", 1, 6);
      await reference.getByRole("button", { name: t("insertButtonLabel", { formula }), exact: true }).click();
      const area = `${SHEET}!G2:H${1 + rows.length}`;
      expect(area).toBe("Purchases!G2:H6");
      await expectText(status, t("insertedSpill", { formula, address: `${SHEET}!G2`, area }));
      expect(await cell(1, 6)).toBe(formula);
      expect(await page.evaluate(([sheet]) => (window as unknown as DemoWindow).kundevaerdiDemo.book.isFormula(sheet, 1, 6), [SHEET] as const)).toBe(true);
      // The message stands on the card whose Insert was pressed: in view without scrolling, where the user looks.
      expect(await inView(status)).toBe(true);
      console.log(`Screenshot: ${await screenshot(page, "formulas-inserted-en")}`);

      // The same cell again: it is not empty now.
      await reference.getByRole("button", { name: t("insertButtonLabel", { formula }), exact: true }).click();
      await expectText(status, t("cellNotEmpty", { address: `${SHEET}!G2` }));
      expect(await cell(1, 6)).toBe(formula);
    });

    it("refuses to insert KV.CSAT where a cell of its spill area holds a value, naming the area and writing nothing", async () => {
      const reference = referenceOf(pane, language);
      const { formula, rows } = example("CSAT");
      const area = `${SHEET}!G10:H${9 + rows.length}`;
      expect(area).toBe("Purchases!G10:H17");
      // A note in H15, inside the 8 × 2 cells KV.CSAT would fill from G10 (G10 itself is empty).
      await page.evaluate(([sheet]) => {
        const { book } = (window as unknown as DemoWindow).kundevaerdiDemo;
        book.setCell(sheet, 14, 7, "note");
        book.notifyChange();
      }, [SHEET] as const);
      await selectCell("G10", 9, 6);
      const before = await workbookSnapshot(page);

      await reference.getByRole("button", { name: t("insertButtonLabel", { formula }), exact: true }).click();
      const status = cardOf(reference, "CSAT").getByRole("status");
      await expectText(status, t("spillAreaNotEmpty", { area }));
      expect(await inView(status)).toBe(true);
      expect(await cell(9, 6)).toBe("");
      expect(await cell(14, 7)).toBe("note");
      expect(await workbookSnapshot(page)).toEqual(before);
      console.log(`Screenshot: ${await screenshot(page, "formulas-spill-blocked-en")}`);
    });

    it("makes no request outside the machine and throws no uncaught error", () => {
      expect(watch.blockedRequests).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  });

  describe("in Danish", () => {
    const language: Language = "da";

    it("shows KV.CSAT's rows with SAND for scaleDetected and decimal commas", async () => {
      const { context, watch } = await isolatedContext(browser, "da-DK");
      try {
        const page = await context.newPage();
        watchErrors(page, watch);
        await page.goto(`${demo.url}?lang=da-DK`);
        const pane = await paneFrame(page);
        const reference = await openReference(pane, language, spilling);

        const { formula, rows } = exampleOf(spilling, "CSAT");
        const table = reference.getByRole("table", { name: formula, exact: true });
        expect(await tableRows(table)).toEqual(rows.map(([name, value]) => [name, shownAs(language, value)]));
        const csat = new Map(await tableRows(table));
        expect(uiText(language, "trueValue")).toBe("SAND");
        expect(csat.get("scaleDetected")).toBe("SAND");
        expect([csat.get("csat"), csat.get("confidence")]).toEqual(["0,7", "0,95"]);
        expect(csat.get("low")).toMatch(/^0,\d+$/);
        for (const key of CATEGORY_HEADINGS) {
          expect(await reference.getByRole("heading", { level: 3, name: uiText(language, key), exact: true }).isVisible()).toBe(true);
        }
        expect(await reference.innerText()).not.toMatch(BROKEN_TEXT);

        await scrollToCard(reference, "CSAT");
        console.log(`Screenshot: ${await screenshot(page, "formulas-spilled-da")}`);
        expect(watch.blockedRequests).toEqual([]);
        expect(watch.errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
