/**
 * The founding article's own export, as a Danish and a Swedish marketer would run it in the pane: 40 customers as
 * `Kundenavn | Købsdato | Købsbeløb | Antal køb` (no first purchase date), the same with the first purchase date,
 * and the same purchases as one row per purchase (186 rows). Each run's sheets are compared with the engine's
 * report cell by cell; the Results step must say which method made the CLV and what another column would add, and
 * must not show a purchase model that could not be trusted (everyone "active 100 %").
 */
import type { Frame, Page } from "playwright-core";
import type { SeedCell } from "../../src/demo/seedData";
import { RUN_SETTINGS_KEY, type StoredRun } from "../../src/excel/runSettingsStore";
import { renderModelUnavailable } from "../../src/i18n/modelMessages";
import { reportLabel } from "../../src/i18n/reportLabels";
import { wizardText, type WizardStringKey } from "../../src/i18n/wizardStrings";
import { articleLogRows, articleTableRows, articleTableWithFirstPurchaseRows } from "../support/articleCustomers";
import { screenshot, type PageWatch } from "./browser";
import { atStep, chooseSheetBlock, editWorkbook, expectText, pageSheetCells, paneFrame } from "./demoPage";
import { openDemoSession, type DemoSession } from "./demoSession";
import { engineReport, sheetCells, sheetDifferences, writtenReference } from "./engineReference";
import type { Report } from "../../src/core/report/reportModel";
import { reportedClvMethod, reportTable } from "../../src/core/report/reportReader";

/** The three shapes of the same 40 customers, on sheets of their own (names no report sheet takes). */
const shapes = {
  da: { table: "Eksport", withFirst: "Eksport med første køb", log: "Køb" },
  sv: { table: "Export", withFirst: "Export med första köp", log: "Köp" },
} as const;

for (const language of ["da", "sv"] as const) {
  describe(`the article's table in ${language === "da" ? "Danish" : "Swedish"}`, () => {
    const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);
    const sheets = shapes[language];
    const rows: Record<string, SeedCell[][]> = {
      [sheets.table]: articleTableRows(language),
      [sheets.withFirst]: articleTableWithFirstPurchaseRows(language),
      [sheets.log]: articleLogRows(language),
    };
    let session: DemoSession | undefined;
    let page: Page;
    let watch: PageWatch;

    beforeAll(async () => {
      session = await openDemoSession(language === "da" ? "da-DK" : "sv-SE");
      ({ page, watch } = session);
      for (const [sheet, cells] of Object.entries(rows)) await editWorkbook(page, sheet, cells);
    });

    afterAll(async () => {
      await session?.close();
    });

    const chooseSheet = (pane: Frame, sheet: string): Promise<void> => chooseSheetBlock(page, pane, language, sheet);

    /** Run from the Analysis step, wait for Results, and compare every written sheet with the engine's report of `data`. */
    async function runAndCompare(pane: Frame, data: SeedCell[][], name: string): Promise<{ stored: StoredRun; report: Report }> {
      await pane.getByRole("button", { name: t("runAnalysis") }).click();
      await atStep(pane, language, 5, "stepResults");
      await screenshot(page, `${language}-article-${name}-results`);
      const setting = await page.evaluate(
        (key) => (window as unknown as { kundevaerdiDemo: { book: { getSetting: (key: string) => unknown } } }).kundevaerdiDemo.book.getSetting(key),
        RUN_SETTINGS_KEY,
      );
      const stored = JSON.parse(setting as string) as StoredRun;
      const { report } = engineReport(data, stored);
      const reference = await writtenReference(report, language, rows);
      const links = await pane.getByRole("navigation", { name: t("sheetsHeading") }).getByRole("button").allTextContents();
      expect(links).toEqual(reference.sheets.map((sheet) => sheet.name));
      for (const sheet of reference.sheets) {
        const differences = sheetDifferences(await pageSheetCells(page, sheet.name), sheetCells(reference.book, sheet.name));
        expect({ sheet: sheet.name, differences }).toEqual({ sheet: sheet.name, differences: [] });
      }
      await expectOwnLanguageAndFormats(reference.sheets.map((sheet) => sheet.name));
      for (const sheet of reference.sheets.filter((written) => written.id !== "segmentRules")) {
        await page.getByRole("tab", { name: sheet.name, exact: true }).click();
        await screenshot(page, `${language}-article-${name}-sheet-${sheet.id}`);
      }
      return { stored, report };
    }

    /**
     * The written sheets are in the run's language only (no English words), counts have no decimals and money carries
     * the currency (the data's kr.).
     */
    async function expectOwnLanguageAndFormats(sheetNames: string[]): Promise<void> {
      const english = /\b(the|and|of|customers?|purchases?|average|expected|probability|recency|likelihood|holdout|estimate|repeat)\b/i;
      for (const name of sheetNames) {
        const cells = (await pageSheetCells(page, name)).flat();
        const texts = cells.filter(([value]) => typeof value === "string" && value !== "").map(([value]) => value as string);
        expect({ sheet: name, english: texts.filter((text) => english.test(text)) }).toEqual({ sheet: name, english: [] });
        const formats = new Set(cells.filter(([value]) => typeof value === "number").map(([, format]) => format));
        for (const format of formats) {
          // Money in kroner (a period counted so far, on the Cohorts sheet, adds its "*").
          if (format.includes("0.00") && !format.includes("%") && !format.includes("E")) expect(format).toMatch(/"kr\.?"("\*")?$|^0\.00$/);
        }
      }
      const overview = await pageSheetCells(page, sheetNames[0]);
      const countRow = overview.find(([label]) => label[0] === reportLabel(language, "customers"));
      expect(countRow?.[1]).toEqual([40, "#,##0"]);
    }

    /** The Results step's sentence on the CLV method: the method's note, the model's reason when it fell back, and what would unlock more. */
    async function expectMethodSentence(pane: Frame, report: Report, notes: string[]): Promise<void> {
      const method = reportedClvMethod(report);
      if (method.kind !== "simple") throw new Error("expected the simple formula");
      const reason = method.reason.code === "noFirstPurchaseDates" ? [] : [renderModelUnavailable(method.reason, language)];
      const [note, ...unlock] = notes.map((key) => reportLabel(language, key));
      await expectText(pane.getByRole("region", { name: t("figureModelFit") }).locator("p").last(), [note, ...reason, ...unlock].join(" "));
    }

    it("without a first purchase date: asks total or per purchase, values by the article's formula, says what the first purchase date adds", async () => {
      const pane = await paneFrame(page);
      await chooseSheet(pane, sheets.table);
      const question = pane.getByRole("radiogroup", { name: t("amountReadingQuestion", { column: rows[sheets.table][0][2] as string }) });
      await question.waitFor();
      await screenshot(page, `${language}-article-table-columns`);
      await question.getByRole("radio", { name: new RegExp(`^${language === "da" ? "Pr\\. køb" : "Per köp"}`) }).check();
      await expectText(pane.getByRole("combobox", { name: language === "da" ? "Gennemsnitligt beløb" : "Genomsnittligt belopp" }), rows[sheets.table][0][2] as string);
      await pane.getByRole("button", { name: t("next") }).click();

      await atStep(pane, language, 3, "stepAnalysis");
      await pane.getByText(t("simpleValuationIntro")).waitFor();
      expect(await pane.getByLabel(t("horizonLabel")).count()).toBe(0);
      expect(await pane.getByLabel(t("lifetimeYearsLabel")).inputValue()).toBe("3");
      await pane.getByLabel(t("periodLabel")).fill("12");
      await pane.getByRole("radio", { name: t("schemeValueTiers") }).check();
      await screenshot(page, `${language}-article-table-analysis`);
      const { stored, report } = await runAndCompare(pane, rows[sheets.table], "table");
      expect(stored.analysis).toMatchObject({ customerLifetime: { kind: "years", years: 3 }, periodMonths: 12, segmentScheme: "valueTiers" });
      expect(stored.columns).toMatchObject({ averageAmount: rows[sheets.table][0][2] });

      await expectMethodSentence(pane, report, ["note_clvSimpleTable", "note_unlockFirstPurchase"]);
      // No purchase model, so no probability of being active, no interval and no word of a model test is shown.
      expect(await pane.getByText(/100,0 %/).count()).toBe(0);
      expect(await pane.getByText(t("fitNeedsLog")).count()).toBe(0);
      expect(watch.errors).toEqual([]);
    });

    it("with the first purchase date: the purchase model cannot be trusted on 40 customers, so the simple formula, said in plain words", async () => {
      const pane = await paneFrame(page);
      await chooseSheet(pane, sheets.withFirst);
      expect(await pane.getByRole("radiogroup", { name: t("amountReadingQuestion", { column: rows[sheets.withFirst][0][3] as string }) }).count()).toBe(0);
      await pane.getByRole("button", { name: t("next") }).click();
      await atStep(pane, language, 3, "stepAnalysis");
      expect(await pane.getByLabel(t("horizonLabel")).count()).toBe(1);
      await pane.getByRole("radio", { name: t("schemeValueTiers") }).check();
      const { report } = await runAndCompare(pane, rows[sheets.withFirst], "with-first-purchase");
      expect(reportedClvMethod(report)).toMatchObject({ kind: "simple", reason: { code: "degenerateFit", parameter: "a" } });
      await expectMethodSentence(pane, report, ["note_clvSimpleFallback"]);
      expect(await pane.getByText(/100,0 %/).count()).toBe(0);
      expect(watch.errors).toEqual([]);
    });

    it("as one row per purchase (186 rows): the same simple values as the full table", async () => {
      const pane = await paneFrame(page);
      await chooseSheet(pane, sheets.log);
      await pane.getByRole("button", { name: t("next") }).click();
      await atStep(pane, language, 3, "stepAnalysis");
      await pane.getByRole("radio", { name: t("schemeValueTiers") }).check();
      const { report } = await runAndCompare(pane, rows[sheets.log], "log");
      await expectMethodSentence(pane, report, ["note_clvSimpleFallback"]);
      // The same customers, the same values: the Customers sheet's CLVs equal the full table's (hand-checked in
      // test/core/analysis/analyzeCustomerTable.test.ts, "the article's table").
      expect(reportTable(report, "customers").rows).toHaveLength(40);
      expect(watch.errors).toEqual([]);
    });
  });
}
