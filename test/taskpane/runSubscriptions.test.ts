import { analyzeSubscriptions } from "../../src/core/subscriptions/analyzeSubscriptions";
import { buildSubscriptionReport } from "../../src/core/subscriptions/buildSubscriptionReport";
import { readSubscriptionData } from "../../src/core/subscriptions/readSubscriptionData";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { resolveSource } from "../../src/excel/dataSources";
import { excelWorkbook } from "../../src/taskpane/excelWorkbook";
import { runSubscriptions } from "../../src/taskpane/runSubscriptions";
import { PAPER_ESTIMATES, paperCustomerRows } from "../support/subscriptionPaperRows";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";

const settings = { projectPeriods: 5, discountRate: 0.1 };

describe("runSubscriptions", () => {
  let book: WorkbookDouble;
  afterEach(uninstallWorkbook);

  it("reads the range, fits each cohort and writes the Abonnementer sheet with the engine's report, in Danish kroner", async () => {
    book = installWorkbook(paperCustomerRows("da"));
    const source = await resolveSource({ kind: "region" });
    const progress: number[] = [];
    const outcome = await runSubscriptions(excelWorkbook, { source, columns: {}, settings: { ...settings, valuePerPeriod: 100 }, language: "da" }, { onProgress: ({ fraction }) => progress.push(fraction) });
    if (!outcome.ok) throw new Error(outcome.messages.join(" "));
    const { analysis, report, sheets } = outcome.result;
    expect(sheets).toEqual([{ id: "subscriptions", name: "Abonnementer" }]);
    for (const cohort of analysis.cohorts) {
      const published = PAPER_ESTIMATES[cohort.name as "highend" | "regular"];
      expect(Math.abs(cohort.fit!.parameters.alpha - published.alpha)).toBeLessThan(0.0005);
      expect(Math.abs(cohort.fit!.parameters.beta - published.beta)).toBeLessThan(0.0005);
    }
    // The same report as the engine makes of the same rows (the pane adds nothing of its own).
    const engine = buildSubscriptionReport(analyzeSubscriptions(readSubscriptionData(paperCustomerRows("da")).cohorts, { ...settings, valuePerPeriod: 100 }, "»Perioder«"), "DKK");
    expect(report).toEqual(engine);
    expect(progress[progress.length - 1]).toBe(1);
    for (let i = 1; i < progress.length; i += 1) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
    expect(book.sheetNames()).toContain("Abonnementer");
  });

  it("stops with every cell that cannot be used, by its sheet row, and writes nothing", async () => {
    book = installWorkbook([["Perioder", "Aktiv"], [3, "ja"], [2, "måske"]]);
    const before = book.snapshot();
    const source = await resolveSource({ kind: "region" });
    const outcome = await runSubscriptions(excelWorkbook, { source, columns: {}, settings, language: "da" });
    expect(outcome).toEqual({
      ok: false,
      messages: ["Række 3, kolonne »Aktiv«: Aktiv skal være SAND (stadig aktiv) eller FALSK (opsagt), også skrevet 1/0 eller ja/nej, men er »måske«; ret cellen, eller slet rækken."],
    });
    expect(book.snapshot()).toEqual(before);
  });

  it("stops with the reason when the columns cannot be found", async () => {
    installWorkbook([["Kunde", "Beløb"], ["A", 3]]);
    const source = await resolveSource({ kind: "region" });
    const outcome = await runSubscriptions(excelWorkbook, { source, columns: {}, settings, language: "en" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.messages[0]).toMatch(/^No column of periods stayed and still active \(yes\/no\) was found/);
  });

  it("is cancelled by its signal before it writes: an AbortError, and the workbook as it was", async () => {
    book = installWorkbook(paperCustomerRows("en"));
    const before = book.snapshot();
    const source = await resolveSource({ kind: "region" });
    const controller = new AbortController();
    const run = runSubscriptions(excelWorkbook, { source, columns: {}, settings, language: "en" }, {
      signal: controller.signal,
      onProgress: ({ phase }) => phase === "analyse" && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(book.snapshot()).toEqual(before);
  });
});
