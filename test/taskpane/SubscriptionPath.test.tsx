/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { RUN_SETTINGS_KEY } from "../../src/excel/runSettingsStore";
import type { Language } from "../../src/i18n/language";
import { subscriptionText, type SubscriptionStringKey } from "../../src/i18n/subscriptionStrings";
import { wizardText, type WizardStringKey } from "../../src/i18n/wizardStrings";
import { PAPER_ESTIMATES, paperCustomerRows } from "../support/subscriptionPaperRows";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";
import { click, pick, renderPane, runTimeout, stepHeading } from "./paneDriver";

/** Intl's Swedish (and some Danish) formats use no-break spaces; compare with plain spaces. */
const plain = (text: string | null) => (text ?? "").replace(/\s/g, " ");

afterEach(uninstallWorkbook);

describe.each<[Language]>([["en"], ["da"]])("the wizard's Subscriptions path in %s on the paper's cohorts", (language) => {
  const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);
  const s = (key: SubscriptionStringKey, values?: Record<string, string>) => subscriptionText(language, key, values);
  const decimals = (value: number, digits: number) => new Intl.NumberFormat(language === "en" ? "en-GB" : "da-DK", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  let book: WorkbookDouble;
  beforeEach(() => {
    book = installWorkbook(paperCustomerRows(language));
  });

  it("goes Data → Columns → Analysis → Run → Results, writes only its sheet and shows α and β per cohort", async () => {
    await renderPane(language);
    await screen.findByRole("heading", { name: stepHeading(language, 1, "stepData") });
    await click(screen.getByRole("radio", { name: s("analysisSubscriptions") }));
    expect(screen.getByText(s("dataIntroSubscriptions"))).toBeTruthy();
    await click(screen.getByRole("button", { name: t("next") }));

    // Columns: the layout and each column found by its header, the customers per cohort.
    await screen.findByRole("heading", { name: stepHeading(language, 2, "stepColumns") });
    await screen.findByText(s("layoutCustomers"), undefined, runTimeout);
    const column = (label: SubscriptionStringKey) => screen.getByRole("combobox", { name: s(label) }).textContent;
    const headers = paperCustomerRows(language)[0];
    expect([column("rolePeriods"), column("roleActive"), column("roleCohort")]).toEqual([headers[1], headers[2], headers[3]]);
    const thousand = language === "en" ? "1,000" : "1.000";
    const total = language === "en" ? "2,000" : "2.000";
    expect(screen.getByRole("status").textContent).toBe(s("cohortsFound", { customers: total, count: "2", cohorts: `highend (${thousand}), regular (${thousand})` }));
    // No cohort: one fit of everyone; then the cohort column again.
    await pick(s("roleCohort"), t("columnNone"));
    expect(screen.getByRole("status").textContent).toBe(s("customersFound", { customers: total }));
    await pick(s("roleCohort"), headers[3] as string);
    const untouched = book.snapshot();
    await click(screen.getByRole("button", { name: t("next") }));

    // Analysis: the periods to project, the discount rate and the value per period.
    await screen.findByRole("heading", { name: stepHeading(language, 3, "stepAnalysis") });
    expect((screen.getByRole("textbox", { name: s("projectLabel") }) as HTMLInputElement).value).toBe("5");
    expect((screen.getByRole("textbox", { name: s("discountLabel") }) as HTMLInputElement).value).toBe("10");
    expect(book.snapshot()).toEqual(untouched);
    await click(screen.getByRole("button", { name: t("runAnalysis") }));

    // Results: α and β with standard errors per cohort, the projection, the sheet to open.
    await screen.findByRole("heading", { name: stepHeading(language, 5, "stepResults") }, runTimeout);
    const sheet = language === "en" ? "Subscriptions" : "Abonnementer";
    expect(screen.getByText(s("resultsIntro", { count: "2", sheet }))).toBeTruthy();
    for (const name of ["highend", "regular"] as const) {
      const cohort = screen.getByRole("region", { name: s("cohortHeading", { name }) });
      const row = (label: string) => plain(within(cohort).getByRole("rowheader", { name: label }).nextElementSibling?.textContent ?? null);
      expect(row(s("resultAlpha"))).toMatch(new RegExp(`^${decimals(PAPER_ESTIMATES[name].alpha, 3).replace(".", "\\.")} \\(`));
      expect(row(s("resultBeta"))).toMatch(new RegExp(`^${decimals(PAPER_ESTIMATES[name].beta, 3).replace(".", "\\.")} \\(`));
      expect(row(s("resultRemaining"))).toBe(s("resultUnbounded"));
      // Still active after year 12 by the published α, β (test/fixtures/README.md): 37.8 % (high end), 17.0 % (regular).
      expect(row(s("resultSurvivalLast", { period: "12" }))).toBe(plain(`${decimals(name === "highend" ? 37.8 : 17.0, 1)}${language === "en" ? "%" : " %"}`));
    }
    expect(book.sheetNames()).toEqual(["Sheet1", "Data", sheet]);
    expect(() => book.getSetting(RUN_SETTINGS_KEY)).toThrow("ItemNotFound");
    const links = within(screen.getByRole("navigation", { name: t("sheetsHeading") })).getAllByRole("button");
    expect(links.map((link) => link.textContent)).toEqual([sheet]);
    await click(links[0]);
    await waitFor(() => expect(book.activeSheet).toBe(sheet));

    await click(screen.getByRole("button", { name: t("newAnalysis") }));
    await screen.findByRole("heading", { name: stepHeading(language, 1, "stepData") });
  });
});

describe("the wizard's Subscriptions path on cells it cannot use", () => {
  it("lists each with its sheet row and column and keeps Next off", async () => {
    installWorkbook([["Periods", "Active"], [3, "yes"], ["three", "maybe"]]);
    await renderPane("en");
    await click(await screen.findByRole("radio", { name: subscriptionText("en", "analysisSubscriptions") }));
    await click(screen.getByRole("button", { name: wizardText("en", "next") }));
    const problems = await screen.findByRole("region", { name: subscriptionText("en", "problemsHeadingCells", { count: "2" }) }, runTimeout);
    expect(within(problems).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Row 3, column 'Periods': Periods must be a number, got 'three'; correct the cell, or delete the row.",
      "Row 3, column 'Active': Active must be TRUE (still active) or FALSE (cancelled), also written 1/0 or yes/no, got 'maybe'; correct the cell, or delete the row.",
    ]);
    expect((screen.getByRole("button", { name: wizardText("en", "next") }) as HTMLButtonElement).disabled).toBe(true);
  });
});
