/**
 * The Subscriptions path on the paper's cohorts (Fader & Hardie 2007: 1,000 regular and 1,000 high-end customers over 7
 * years), in headless Chromium on the demo page: in English on the paper's file as it is (pymc-marketing's recency and
 * T), in Danish as one row per customer (Perioder, Aktiv ja/nej, Kohorte) with a value per period. Data → Columns →
 * Analysis → Run → Results; the Subscriptions/Abonnementer sheet must equal the engine's report cell by cell, show the
 * published α and β, and draw a line chart per cohort where Excel puts it; axe-core finds no violation of ours on any
 * step of the path. Screenshots:
 * test-artifacts/e2e/{en,da}-subscriptions-{data,columns,analysis,results,sheet,chart}.png.
 */
import axe from "axe-core";
import type { Frame, Locator, Page } from "playwright-core";
import { reportCurrency } from "../../src/core/report/moneyFormat";
import { analyzeSubscriptions, type SubscriptionSettings } from "../../src/core/subscriptions/analyzeSubscriptions";
import { buildSubscriptionReport } from "../../src/core/subscriptions/buildSubscriptionReport";
import { readSubscriptionData } from "../../src/core/subscriptions/readSubscriptionData";
import type { SeedCell } from "../../src/demo/seedData";
import { subscriptionDataName } from "../../src/i18n/subscriptionMessages";
import { subscriptionLabel } from "../../src/i18n/subscriptionLabels";
import { subscriptionText, type SubscriptionStringKey } from "../../src/i18n/subscriptionStrings";
import { wizardText, type WizardStringKey } from "../../src/i18n/wizardStrings";
import { PAPER_ESTIMATES, paperCustomerRows, paperFileRows } from "../support/subscriptionPaperRows";
import { screenshot, type PageWatch } from "./browser";
import { atStep, editWorkbook, expectText, pageSheetCells, paneFrame, workbookSnapshot } from "./demoPage";
import { openDemoSession, type DemoSession } from "./demoSession";
import { sheetCells, sheetDifferences, writtenReference } from "./engineReference";

/** Each language's run: the data sheet and its rows, the value per period typed (Danish: with a decimal comma), the settings it means. */
const runs: Record<"en" | "da", { locale: string; sheet: string; rows: SeedCell[][]; value?: string; settings: SubscriptionSettings; layout: SubscriptionStringKey }> = {
  en: { locale: "en-US", sheet: "Renewals", rows: paperFileRows(), settings: { projectPeriods: 5, discountRate: 0.1 }, layout: "layoutRecency" },
  da: {
    locale: "da-DK",
    sheet: "Fornyelser",
    rows: paperCustomerRows("da"),
    value: "100,50",
    settings: { projectPeriods: 5, discountRate: 0.1, valuePerPeriod: 100.5 },
    layout: "layoutCustomers",
  },
};

/**
 * Scrolls the grid so a chart is in full view, a cell's margin from the sticky row and column headers (as charts.e2e.ts).
 */
async function scrollToChart(chart: Locator): Promise<void> {
  await chart.evaluate((svg) => {
    const frame = svg.parentElement as HTMLElement;
    const scroller = frame.closest(".grid-scroller") as HTMLElement;
    scroller.scrollLeft = frame.offsetLeft - 56 - 24;
    scroller.scrollTop = frame.offsetTop - 22 - 22;
  });
}

/**
 * axe-core's violations on the pane's document, as "rule: target" lines, leaving out Fluent UI's focus placeholders
 * (aria-hidden-focus on [data-tabster-dummy], accepted in accessibility.e2e.ts for the reason given there).
 */
async function axeViolations(pane: Frame): Promise<string[]> {
  if (!(await pane.evaluate(() => "axe" in window))) await pane.addScriptTag({ content: axe.source });
  return pane.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.flatMap((violation) =>
      violation.nodes
        .filter((node) => !(violation.id === "aria-hidden-focus" && node.target.length === 1 && document.querySelector(String(node.target[0]))?.matches("[data-tabster-dummy]")))
        .map((node) => `${violation.id}: ${node.target.map(String).join(" ")}`),
    );
  });
}

for (const language of ["en", "da"] as const) {
  describe(`the Subscriptions path in ${language === "en" ? "English" : "Danish"} on the paper's cohorts`, () => {
    const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);
    const s = (key: SubscriptionStringKey, values?: Record<string, string>) => subscriptionText(language, key, values);
    const label = (key: string) => subscriptionLabel(language, key) as string;
    const run = runs[language];
    const sheetName = label("subscriptions");
    let session: DemoSession | undefined;
    let page: Page;
    let watch: PageWatch;

    beforeAll(async () => {
      session = await openDemoSession(run.locale);
      ({ page, watch } = session);
      await editWorkbook(page, run.sheet, run.rows);
    });

    afterAll(async () => {
      await session?.close();
    });

    it("runs Data → Columns → Analysis → Run → Results and shows the published α and β per cohort", async () => {
      const pane: Frame = await paneFrame(page);
      await atStep(pane, language, 1, "stepData");
      await pane.getByRole("radio", { name: s("analysisSubscriptions") }).check();
      await page.getByRole("tab", { name: run.sheet, exact: true }).click();
      await page.locator('[role="gridcell"][data-address="A1"]').click();
      await pane.getByRole("radio", { name: t("sourceSelection") }).check();
      await pane.getByRole("button", { name: t("showPreview") }).click();
      await pane.getByRole("table").first().waitFor();
      await pane.getByText(s("dataIntroSubscriptions")).waitFor();
      await screenshot(page, `${language}-subscriptions-data`);
      expect(await axeViolations(pane)).toEqual([]);
      await pane.getByRole("button", { name: t("next") }).click();

      await atStep(pane, language, 2, "stepColumns");
      await pane.getByText(s(run.layout), { exact: false }).first().waitFor({ timeout: 120_000 });
      const thousand = language === "en" ? "1,000" : "1.000";
      await expectText(pane.getByRole("status"), s("cohortsFound", { customers: language === "en" ? "2,000" : "2.000", count: "2", cohorts: `highend (${thousand}), regular (${thousand})` }));
      if (language === "da") {
        expect(await pane.getByRole("combobox", { name: s("rolePeriods") }).textContent()).toBe("Perioder");
        expect(await pane.getByRole("combobox", { name: s("roleActive") }).textContent()).toBe("Aktiv");
      }
      expect(await pane.getByRole("combobox", { name: s("roleCohort") }).textContent()).toBe(language === "en" ? "cohorts" : "Kohorte");
      await screenshot(page, `${language}-subscriptions-columns`);
      expect(await axeViolations(pane)).toEqual([]);
      await pane.getByRole("button", { name: t("next") }).click();

      await atStep(pane, language, 3, "stepAnalysis");
      expect(await pane.getByRole("textbox", { name: s("projectLabel") }).inputValue()).toBe("5");
      if (run.value) await pane.getByRole("textbox", { name: s("valueLabel") }).fill(run.value);
      await screenshot(page, `${language}-subscriptions-analysis`);
      expect(await axeViolations(pane)).toEqual([]);
      await pane.getByRole("button", { name: t("runAnalysis") }).click();

      await atStep(pane, language, 5, "stepResults");
      await pane.getByText(s("resultsIntro", { count: "2", sheet: sheetName })).waitFor();
      for (const name of ["highend", "regular"] as const) {
        const cohort = pane.getByRole("region", { name: s("cohortHeading", { name }) });
        const { alpha, beta } = PAPER_ESTIMATES[name];
        const decimal = (value: number) => (language === "en" ? value.toFixed(3) : value.toFixed(3).replace(".", ","));
        expect(await cohort.getByRole("row", { name: new RegExp(`^${s("resultAlpha").replace(/[()]/g, "\\$&")}`) }).textContent()).toContain(`${decimal(alpha)} (`);
        expect(await cohort.getByRole("row", { name: new RegExp(`^${s("resultBeta").replace(/[()]/g, "\\$&")}`) }).textContent()).toContain(`${decimal(beta)} (`);
        expect(await cohort.getByText(s("resultUnbounded")).count()).toBe(1);
      }
      await screenshot(page, `${language}-subscriptions-results`);
      expect(await axeViolations(pane)).toEqual([]);
      expect(watch.errors).toEqual([]);
    });

    it("writes the sheet the engine writes, cell by cell, beside the user's data only", async () => {
      const data = readSubscriptionData(run.rows);
      const report = buildSubscriptionReport(analyzeSubscriptions(data.cohorts, run.settings, subscriptionDataName(data.columns, language)), reportCurrency(undefined, language));
      const reference = await writtenReference(report, language, { [run.sheet]: run.rows });
      expect(reference.sheets).toEqual([{ id: "subscriptions", name: sheetName }]);
      const written = await pageSheetCells(page, sheetName);
      expect(sheetDifferences(written, sheetCells(reference.book, sheetName))).toEqual([]);
      const snapshot = await workbookSnapshot(page);
      expect(snapshot.charts.filter((chart) => chart.sheet === sheetName).map((chart) => chart.type)).toEqual(["LineMarkers", "LineMarkers"]);
    });

    it("shows the sheet with α and β to three decimals and a line chart of observed and model survival per cohort", async () => {
      const pane = await paneFrame(page);
      await pane.getByRole("navigation", { name: t("sheetsHeading") }).getByRole("button", { name: sheetName }).click();
      await expectText(page.getByRole("tab", { selected: true }), sheetName);
      const cells = await pageSheetCells(page, sheetName);
      const fitRow = cells.findIndex(([first]) => first[0] === `${label("subscriptionFit")}: regular`);
      const alphaRow = cells.findIndex(([first], row) => row > fitRow && first[0] === label("sbgAlpha"));
      const betaRow = cells.findIndex(([first], row) => row > fitRow && first[0] === label("sbgBeta"));
      // The grid shows cells as Excel in English would, through their number format 0.000 (it draws only the rows in view).
      await page.locator(".grid-scroller").evaluate((scroller, row) => (scroller.scrollTop = row * 22), Math.max(0, fitRow - 1));
      await expectText(page.locator(`[role="gridcell"][data-address="B${alphaRow + 1}"]`), "0.704");
      await expectText(page.locator(`[role="gridcell"][data-address="B${betaRow + 1}"]`), "1.182");
      await screenshot(page, `${language}-subscriptions-sheet`);

      const chart = page.getByRole("img", { name: `${label("survivalChart")}: regular` });
      await scrollToChart(chart);
      await chart.waitFor({ state: "visible" });
      // Observed survival for years 0–7, the model's for years 0–12: two lines with a marker per value; a legend names them.
      expect(await chart.locator("polyline.chart-line").count()).toBe(2);
      expect(await chart.locator('circle.chart-marker[data-series="' + label("observedSurvival") + '"]').count()).toBe(8);
      expect(await chart.locator('circle.chart-marker[data-series="' + label("modelSurvival") + '"]').count()).toBe(13);
      expect(await chart.locator(".chart-legend-item").allTextContents()).toEqual([label("observedSurvival"), label("modelSurvival")]);
      // The model's last marker (year 12) sits lower than its first (year 0): 17.0 % of the customers are left.
      const heights = await chart.locator(`circle.chart-marker[data-series="${label("modelSurvival")}"]`).evaluateAll((markers) => markers.map((marker) => Number(marker.getAttribute("cy"))));
      expect(heights[12]).toBeGreaterThan(heights[0]);
      await screenshot(page, `${language}-subscriptions-chart`);
      expect(watch.blockedRequests).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  });
}
