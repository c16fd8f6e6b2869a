/**
 * The demo page in real headless Chromium: the production task pane (dist/taskpane.html) loads office.js from
 * the local copy, Office.onReady resolves outside Office (host null), the pane renders in its iframe next to the
 * in-page workbook, the workbook's grid selects like Excel (click, Shift+click), and nothing leaves the machine.
 */
import type { Browser, Page } from "playwright-core";
import { wizardText, type WizardStringKey } from "../../src/i18n/wizardStrings";
import { isolatedContext, launchChromium, screenshot, watchErrors, type PageWatch } from "./browser";
import { expectText, paneFrame } from "./demoPage";
import { startDemo, type RunningDemo } from "./demoServer";

import { readFixture } from "../support/fixtures";

let demo: RunningDemo;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

describe("demo page", () => {
  let page: Page;
  let watch: PageWatch;
  const officeJsRequests: string[] = [];

  beforeAll(async () => {
    const isolated = await isolatedContext(browser, "en-US");
    watch = isolated.watch;
    page = await isolated.context.newPage();
    watchErrors(page, watch);
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/office-js/")) officeJsRequests.push(new URL(request.url()).pathname);
    });
    await page.goto(demo.url);
  });

  it("seeds the workbook with the CDNOW sample", async () => {
    const header = page.locator(".demo-header .data-source");
    const dataRows = readFixture("cdnowElog.csv").trim().split(/\r?\n/).length - 1;
    await expectText(header, `Data: cdnowElog.csv (${dataRows.toLocaleString("en-US")} rows)`);
    expect(await page.locator('[role="gridcell"][data-address="A1"]').textContent()).toBe("masterid");
    expect(await page.locator('[role="gridcell"][data-address="E2"]').textContent()).toBe("29.33");
    await expectText(page.locator('[aria-label="Name box"]'), "A1");
    expect(await page.getByRole("tab", { name: "Purchases" }).getAttribute("aria-selected")).toBe("true");
  });

  it("loads office.js from the local copy: Office.onReady resolves outside Office with host null", async () => {
    const frame = await paneFrame(page);
    const ready = await frame.evaluate(async () => {
      const info = await Office.onReady();
      return { host: info.host, platform: info.platform };
    });
    expect(ready).toEqual({ host: null, platform: null });
    expect(officeJsRequests).toContain("/office-js/office.js");
    expect(new URL(frame.url()).pathname).toBe("/taskpane.html");
  });

  it("renders the production task pane in the iframe, running on the page's workbook", async () => {
    const frame = await paneFrame(page);
    await frame.getByRole("heading", { level: 1, name: "Kundeværdi" }).waitFor();
    // The pane took the demo's Excel namespace from its parent and shows the wizard, as inside Excel.
    const sharesHost = await frame.evaluate(
      () => (globalThis as unknown as { Excel: unknown }).Excel === (window.parent as unknown as { kundevaerdiInPageHost: { Excel: unknown } }).kundevaerdiInPageHost.Excel,
    );
    expect(sharesHost).toBe(true);
    const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText("en", key, values);
    await frame.getByRole("heading", { name: t("stepOf", { number: "1", count: "5", name: t("stepData") }) }).waitFor();
    expect(await frame.getByText(t("wizardOutsideExcel")).count()).toBe(0);
    // office.js adds scripts of its own (o15apptofilemappingtable.js, …) from where it was loaded.
    const scripts = await frame.evaluate(() => [...document.scripts].map((script) => script.src));
    const paths = scripts.filter(Boolean).map((src) => new URL(src).pathname);
    expect(paths[0]).toBe("/office-js/office.js");
    expect(paths.filter((pathname) => !pathname.startsWith("/office-js/"))).toEqual(["/functions.js", "/taskpane.js"]);
    expect(scripts.every((src) => src === "" || new URL(src).origin === new URL(demo.url).origin)).toBe(true);
    await screenshot(page, "demo-en");
  });

  it("selects a cell by click and a range by Shift+click, in the grid and in the workbook", async () => {
    await page.locator('[role="gridcell"][data-address="B3"]').click();
    await page.locator('[role="gridcell"][data-address="D5"]').click({ modifiers: ["Shift"] });
    await expectText(page.locator('[aria-label="Name box"]'), "B3:D5");
    const selection = await page.evaluate(() => (window as unknown as { kundevaerdiDemo: { book: { selection: object } } }).kundevaerdiDemo.book.selection);
    expect(selection).toEqual({ sheet: "Purchases", row: 2, column: 1, rowCount: 3, columnCount: 3 });
    expect(await page.locator('[role="gridcell"][aria-selected="true"]').count()).toBe(9);
    await page.locator('[role="gridcell"][data-address="A1"]').click();
    await expectText(page.locator('[aria-label="Name box"]'), "A1");
  });

  it("makes no request outside the machine and throws no uncaught error", () => {
    expect(watch.blockedRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

describe("demo page without the CDNOW sample", () => {
  it("seeds a simulated log, says so, and still runs the pane", async () => {
    const withoutSample = await startDemo({ sample: false });
    const { context, watch } = await isolatedContext(browser, "en-US");
    try {
      const page = await context.newPage();
      watchErrors(page, watch);
      await page.goto(withoutSample.url);
      await expectText(page.locator(".demo-header .data-source.simulated"), /^Simulated purchase log, not real data: 2,357 customers, seed 2026 \([\d,]+ rows\)$/);
      expect(await page.locator('[role="gridcell"][data-address="A1"]').textContent()).toBe("Customer");
      expect(await page.locator('[role="gridcell"][data-address="B2"]').textContent()).toMatch(/^2024-\d{2}-\d{2}$/);
      const frame = await paneFrame(page);
      await frame.getByRole("heading", { level: 1, name: "Kundeværdi" }).waitFor();
      await screenshot(page, "demo-simulated");
      expect(watch.blockedRequests).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
      await withoutSample.stop();
    }
  });
});
