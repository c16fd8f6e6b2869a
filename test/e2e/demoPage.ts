import type { Frame, Locator, Page } from "playwright-core";
import type { SeedCell } from "../../src/demo/seedData";
import type { WorkbookSnapshot } from "../../src/demo/workbook/records";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import type { SheetCells } from "./engineReference";
import type { Language } from "../../src/i18n/language";
import { wizardText, type WizardStringKey } from "../../src/i18n/wizardStrings";

/** The task pane's frame once its page has loaded (a new frame after the language menu reloaded it). */
export async function paneFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector("iframe.pane-frame");
  const frame = await element.contentFrame();
  if (!frame) throw new Error("the task pane iframe has no frame");
  await frame.waitForLoadState("load");
  return frame;
}

/** Waits (up to `timeout` ms) for a locator's text to equal or match `expected`. */
export async function expectText(locator: Locator, expected: string | RegExp, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let text: string | null = null;
  while (Date.now() < deadline) {
    text = await locator.textContent().catch(() => null);
    if (typeof expected === "string" ? text === expected : expected.test(text ?? "")) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(text).toEqual(expected);
}

type DemoWindow = { kundevaerdiDemo: { book: WorkbookDouble } };

/** The in-page workbook's whole content (WorkbookDouble.snapshot()). */
export function workbookSnapshot(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(() => (window as unknown as DemoWindow).kundevaerdiDemo.book.snapshot());
}

/** The visible sheets' names, in tab order. */
export function visibleSheets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { book } = (window as unknown as DemoWindow).kundevaerdiDemo;
    return book.sheetNames().filter((name) => book.sheetVisibility(name) === "Visible");
  });
}

/** A sheet of the in-page workbook from A1 to its last used cell, [value, number format] per cell. */
export function pageSheetCells(page: Page, sheet: string): Promise<SheetCells> {
  return page.evaluate((name) => {
    const { book } = (window as unknown as DemoWindow).kundevaerdiDemo;
    const { rowCount, columnCount } = book.usedSize(name);
    return Array.from({ length: rowCount }, (_, row) =>
      Array.from({ length: columnCount }, (_, column): [SeedCell, string] => [book.getValue(name, row, column), book.getNumberFormat(name, row, column)]),
    );
  }, sheet);
}

/** Puts `rows` on a sheet of the in-page workbook from A1 (creating the sheet), as a user typing them would. */
export function editWorkbook(page: Page, sheet: string, rows: SeedCell[][]): Promise<void> {
  return page.evaluate(([name, cells]) => (window as unknown as DemoWindow).kundevaerdiDemo.book.loadRows(name, cells), [sheet, rows] as const);
}

/** Adds `rows` below the last used row of a sheet, as a user pasting new purchases would. */
export function appendRows(page: Page, sheet: string, rows: SeedCell[][]): Promise<void> {
  return page.evaluate(
    ([name, cells]) => {
      const { book } = (window as unknown as DemoWindow).kundevaerdiDemo;
      book.setValues(name, book.usedSize(name).rowCount, 0, cells);
      book.notifyChange();
    },
    [sheet, rows] as const,
  );
}

/**
 * Lets the test hold the pane's syncs: wraps the host's Excel.run (the object the pane took from this page) so
 * that while held, each context.sync() waits until the test releases it. The pane's code is untouched; its
 * workbook just answers slowly, as Excel on the web can. Call once per page, before the pane runs anything.
 */
export async function installSyncGate(page: Page): Promise<void> {
  await page.waitForFunction(() => "kundevaerdiInPageHost" in window);
  await page.evaluate(() => {
    type Gate = { held: boolean; waiting: Array<() => void> };
    const page = window as unknown as { kundevaerdiInPageHost: { Excel: { run: (batch: (context: { sync: () => Promise<void> }) => Promise<unknown>) => Promise<unknown> } }; syncGate: Gate };
    const excel = page.kundevaerdiInPageHost.Excel;
    const run = excel.run.bind(excel);
    page.syncGate = { held: false, waiting: [] };
    excel.run = (batch) =>
      run((context) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          if (page.syncGate.held) await new Promise<void>((resolve) => page.syncGate.waiting.push(resolve));
          return sync();
        };
        return batch(context);
      });
  });
}

type GateWindow = { syncGate: { held: boolean; waiting: Array<() => void> } };

/** From now on, syncs wait for the test. */
export function holdSyncs(page: Page): Promise<void> {
  return page.evaluate(() => {
    (window as unknown as GateWindow).syncGate.held = true;
  });
}

/** How many syncs are waiting. */
export function waitingSyncs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as GateWindow).syncGate.waiting.length);
}

/** Lets the oldest waiting sync go on. */
export function releaseOneSync(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as GateWindow).syncGate.waiting.shift()?.());
}

/** Stops holding and lets every waiting sync go on. */
export function releaseSyncs(page: Page): Promise<void> {
  return page.evaluate(() => {
    const gate = (window as unknown as GateWindow).syncGate;
    gate.held = false;
    gate.waiting.splice(0).forEach((resolve) => resolve());
  });
}

/** Waits until at least one sync is held. */
export async function untilSyncWaits(page: Page, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await waitingSyncs(page)) === 0) {
    if (Date.now() > deadline) throw new Error("no sync of the pane reached the gate");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The wizard's steps in order, by the name their heading shows. */
export const WIZARD_STEPS: WizardStringKey[] = ["stepData", "stepColumns", "stepAnalysis", "stepRun", "stepResults"];

/** The heading of wizard step `number` ("Step 2 of 5: Columns"), hidden or not. */
export function stepHeading(pane: Frame, language: Language, number: number): Locator {
  const name = wizardText(language, "stepOf", { number: String(number), count: String(WIZARD_STEPS.length), name: wizardText(language, WIZARD_STEPS[number - 1]) });
  return pane.getByRole("heading", { name, includeHidden: true });
}

/**
 * Waits until the wizard shows step `number` (`step` names it, as a check), asserts that no other step's heading is
 * visible, and scrolls the pane to it (for the screenshots). Fitting and writing may take a while on a busy machine.
 */
export async function atStep(pane: Frame, language: Language, number: number, step: WizardStringKey, timeout = 120_000): Promise<void> {
  if (WIZARD_STEPS[number - 1] !== step) throw new Error(`Step ${number} is ${WIZARD_STEPS[number - 1]}, not ${step}`);
  const heading = stepHeading(pane, language, number);
  await heading.waitFor({ state: "visible", timeout });
  for (let other = 1; other <= WIZARD_STEPS.length; other += 1) {
    if (other !== number && (await stepHeading(pane, language, other).isVisible())) throw new Error(`Step ${other}'s heading is visible beside step ${number}'s`);
  }
  await heading.evaluate((element) => element.scrollIntoView({ block: "start" }));
}

/**
 * Data step on the block around A1 of `sheet` (a new analysis when Results are shown), previewed; then Next to the
 * Columns step, once it shows the layout it read.
 */
export async function chooseSheetBlock(page: Page, pane: Frame, language: Language, sheet: string): Promise<void> {
  const t = (key: WizardStringKey) => wizardText(language, key);
  const newAnalysis = pane.getByRole("button", { name: t("newAnalysis") });
  if (await newAnalysis.count()) await newAnalysis.click();
  await atStep(pane, language, 1, "stepData");
  await page.getByRole("tab", { name: sheet, exact: true }).click();
  await page.locator('[role="gridcell"][data-address="A1"]').click();
  await pane.getByRole("radio", { name: t("sourceSelection") }).check();
  await pane.getByRole("button", { name: t("showPreview") }).click();
  await pane.getByRole("table").first().waitFor();
  await pane.getByRole("button", { name: t("next") }).click();
  await atStep(pane, language, 2, "stepColumns");
  await pane.getByText(t("layoutLabel"), { exact: false }).first().waitFor();
}
