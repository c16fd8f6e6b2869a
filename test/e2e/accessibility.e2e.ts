/**
 * Accessibility of the production task pane in headless Chromium, checked by axe-core on every state a marketer
 * meets, in English and in Danish, on the CDNOW sample in the demo's in-page workbook: the Data step (with and
 * without the preview), Columns, Analysis (also with its field errors), Run while it writes, Results, the formula
 * reference tab, and the saved analysis with Refresh and its results. axe runs inside the pane's frame on the
 * pane's own document. No violation of ours is allowed, whatever its impact; a violation made by a library is
 * accepted only when it is listed in LIBRARY_VIOLATIONS (rule, the elements it is about, and why), and a listed
 * entry that no longer matches anything fails the test, so the list cannot go stale. The walk is made in Office's
 * light theme (English and Danish), in its dark theme (Dark Gray, as Excel gives it through Office.context.officeTheme)
 * and under the system's forced colours (a Windows contrast theme, emulated by Chromium), and each state is checked
 * to show that look. Screenshots of every state are under test-artifacts/e2e/a11y-*.
 */
import axe from "axe-core";
import type { Browser, Frame, Locator, Page } from "playwright-core";
import type { Language } from "../../src/i18n/language";
import type { PaneThemeName } from "../../src/taskpane/paneTheme";
import { uiText } from "../../src/i18n/uiStrings";
import { wizardText, type WizardStringKey } from "../../src/i18n/wizardStrings";
import { isolatedContext, launchChromium, screenshot, watchErrors, type PageWatch } from "./browser";
import { holdSyncs, installSyncGate, paneFrame, releaseSyncs, untilSyncWaits } from "./demoPage";
import { startDemo, type RunningDemo } from "./demoServer";

/** Fitting the models on 2,357 customers and writing ~2,400 rows takes a few seconds; leave room on a busy CI. */
const RUN_TIMEOUT = 120_000;

/**
 * Violations made by a library, not by the pane: axe's rule, a CSS selector every element it names must match, and
 * the reason it is accepted.
 */
const LIBRARY_VIOLATIONS: Array<{ rule: string; selector: string; reason: string }> = [
  {
    rule: "aria-hidden-focus",
    selector: "[data-tabster-dummy]",
    reason:
      "Fluent UI's focus manager (tabster) puts aria-hidden, focusable <i data-tabster-dummy> placeholders at the edges " +
      "of tab lists and dialogs to catch Tab and move focus on; a screen reader never lands on them, and they are Fluent's, not ours.",
  },
];

/** One element a violation names, with what axe says about it. */
interface ViolationNode {
  target: string;
  html: string;
  summary: string;
  /** The LIBRARY_VIOLATIONS selector it matches, if any. */
  allowedBy?: string;
}

interface Violation {
  rule: string;
  impact: string | null;
  help: string;
  nodes: ViolationNode[];
}

/** axe's violations on the pane's document, each node marked with the library entry that accepts it. */
async function axeViolations(pane: Frame): Promise<Violation[]> {
  if (!(await pane.evaluate(() => "axe" in window))) await pane.addScriptTag({ content: axe.source });
  return pane.evaluate(async (allowed) => {
    const run = (window as unknown as { axe: typeof axe }).axe;
    const result = await run.run(document, { resultTypes: ["violations"] });
    return result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => {
        const target = node.target.map(String).join(" ");
        const element = node.target.length === 1 ? document.querySelector(String(node.target[0])) : null;
        const entry = allowed.find((item) => item.rule === violation.id && element !== null && element.matches(item.selector));
        return { target, html: node.html, summary: node.failureSummary ?? "", allowedBy: entry?.selector };
      }),
    }));
  }, LIBRARY_VIOLATIONS);
}

/** How each look is asked for: Office's theme on the demo page (?theme=), or the system's forced colours (a dark palette). */
const LOOKS: Record<PaneThemeName, { query: string; forcedColors: "active" | "none"; colorScheme: "light" | "dark" }> = {
  light: { query: "", forcedColors: "none", colorScheme: "light" },
  dark: { query: "&theme=darkgray", forcedColors: "none", colorScheme: "light" },
  highContrast: { query: "", forcedColors: "active", colorScheme: "dark" },
};

/** WCAG 2.1 relative luminance of a CSS rgb()/rgba() colour. */
function luminance(color: string): number {
  const [red, green, blue] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

describe.each<[Language, string, PaneThemeName]>([
  ["en", "en-US", "light"],
  ["da", "da-DK", "light"],
  ["en", "en-US", "dark"],
  ["en", "en-US", "highContrast"],
])("accessibility of every pane state in %s (%s), %s look", (language, locale, look) => {
  const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);
  let demo: RunningDemo;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  /** What axe found per state: violations of ours, and the library entries that were used. */
  const ours: Record<string, Violation[]> = {};
  const librariesUsed = new Set<string>();
  const checked: string[] = [];

  beforeAll(async () => {
    demo = await startDemo();
    browser = await launchChromium();
    const isolated = await isolatedContext(browser, locale);
    watch = isolated.watch;
    page = await isolated.context.newPage();
    watchErrors(page, watch);
    await page.emulateMedia({ forcedColors: LOOKS[look].forcedColors, colorScheme: LOOKS[look].colorScheme });
    await page.goto(`${demo.url}?lang=${locale}${LOOKS[look].query}`);
    await installSyncGate(page);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  /**
   * Runs axe on the pane as it is now, records what it found under `state`, checks that the pane shows the look asked
   * for (its theme, and a dark or light page), and takes a screenshot of the pane from its top (or from `from`).
   */
  async function check(pane: Frame, state: string, from?: Locator): Promise<void> {
    checked.push(state);
    if (from) await from.evaluate((element) => element.scrollIntoView({ block: "start" }));
    else await pane.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `a11y-${language}${look === "light" ? "" : `-${look}`}-${state}`);
    const shown = await pane.evaluate(() => ({
      theme: document.querySelector("[data-pane-theme]")?.getAttribute("data-pane-theme"),
      background: getComputedStyle(document.querySelector("main") as HTMLElement).backgroundColor,
      text: getComputedStyle(document.querySelector("main h1") as HTMLElement).color,
    }));
    expect({ state, theme: shown.theme }).toEqual({ state, theme: look });
    // Dark: light text on a dark page; light: the reverse. Under forced colours the system's own colours rule.
    if (look === "dark") expect({ state, dark: luminance(shown.background) < 0.1 && luminance(shown.text) > 0.6 }).toEqual({ state, dark: true });
    if (look === "light") expect({ state, light: luminance(shown.background) > 0.8 && luminance(shown.text) < 0.1 }).toEqual({ state, light: true });
    const violations = await axeViolations(pane);
    for (const violation of violations) for (const node of violation.nodes) if (node.allowedBy) librariesUsed.add(`${violation.rule} ${node.allowedBy}`);
    const found = violations.map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !node.allowedBy) })).filter((violation) => violation.nodes.length > 0);
    if (found.length > 0) ours[state] = found;
  }

  function stepHeading(pane: Frame, number: number, step: WizardStringKey) {
    return pane.getByRole("heading", { name: t("stepOf", { number: String(number), count: "5", name: t(step) }) });
  }

  it("has no violation of ours on any state, from the Data step to Refresh's results", async () => {
    const pane = await paneFrame(page);
    await stepHeading(pane, 1, "stepData").waitFor();
    await page.locator('[role="gridcell"][data-address="A1"]').click();
    await check(pane, "1-data");

    // English shows the preview first; Danish goes on without it (Next reads the data itself).
    if (language === "en") {
      await pane.getByRole("button", { name: t("showPreview") }).click();
      await pane.getByRole("table").waitFor();
      await check(pane, "1-data-preview");
    }
    await pane.getByRole("button", { name: t("next") }).click();
    await stepHeading(pane, 2, "stepColumns").waitFor({ timeout: RUN_TIMEOUT });
    await pane.getByText(t("noProblems"), { exact: true }).waitFor({ timeout: RUN_TIMEOUT });
    await check(pane, "2-columns");

    await pane.getByRole("button", { name: t("next") }).click();
    await stepHeading(pane, 3, "stepAnalysis").waitFor();
    await check(pane, "3-analysis");
    // Every field message shown at once: a date the language does not write, a horizon of 0.
    const end = pane.getByLabel(t("observationEndLabel"));
    const endText = await end.inputValue();
    await end.fill("06/31/1998");
    await pane.getByLabel(t("horizonLabel")).fill("0");
    await pane.getByRole("button", { name: t("runAnalysis") }).click();
    await pane.getByText(t("fixErrors")).waitFor();
    await check(pane, "3-analysis-errors", pane.getByText(t("observationEndLabel"), { exact: true }));
    await end.fill(endText);
    await pane.getByLabel(t("horizonLabel")).fill("12");

    // Run, caught while it waits for the workbook.
    await holdSyncs(page);
    await pane.getByRole("button", { name: t("runAnalysis") }).click();
    await stepHeading(pane, 4, "stepRun").waitFor();
    await untilSyncWaits(page);
    await pane.getByRole("progressbar").waitFor();
    await check(pane, "4-run");
    await releaseSyncs(page);

    await stepHeading(pane, 5, "stepResults").waitFor({ timeout: RUN_TIMEOUT });
    await check(pane, "5-results");

    await pane.getByRole("tab", { name: t("tabFormulas") }).click();
    await pane.getByRole("heading", { name: uiText(language, "referenceHeading") }).waitFor();
    await check(pane, "formulas");
    await pane.getByRole("tab", { name: t("tabAnalyse") }).click();

    // The saved analysis with Refresh, then Refresh's results.
    await pane.getByRole("button", { name: t("newAnalysis") }).click();
    await pane.getByRole("heading", { name: t("savedHeading") }).waitFor();
    await check(pane, "saved");
    await pane.getByRole("button", { name: t("refresh") }).click();
    await pane.getByRole("region", { name: t("stepResults") }).waitFor({ timeout: RUN_TIMEOUT });
    await pane.getByRole("button", { name: t("refresh"), disabled: false }).waitFor({ timeout: RUN_TIMEOUT });
    await check(pane, "saved-refreshed", pane.getByRole("heading", { name: t("savedHeading") }));

    expect(checked).toHaveLength(language === "en" ? 10 : 9);
    expect(ours).toEqual({});
    expect(watch.errors).toEqual([]);
  });

  it("uses every library entry of the allow-list (none is stale)", () => {
    expect([...librariesUsed].sort()).toEqual(LIBRARY_VIOLATIONS.map((entry) => `${entry.rule} ${entry.selector}`).sort());
  });
});
