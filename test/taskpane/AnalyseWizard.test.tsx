/**
 * @jest-environment jsdom
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { analyzeTransactions, type PurchaseAnalysis } from "../../src/core/analysis/analyzeTransactions";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import type { Language } from "../../src/i18n/language";
import { reportLabel } from "../../src/i18n/reportLabels";
import { renderReadNotice } from "../../src/i18n/rowProblems";
import { wizardText } from "../../src/i18n/wizardStrings";
import { saveRunSettings } from "../../src/excel/runSettingsStore";
import { excelWorkbook } from "../../src/taskpane/excelWorkbook";
import type { WorkbookPort } from "../../src/taskpane/workbookPort";
import { analyzeCustomerTable } from "../../src/core/analysis/analyzeCustomerTable";
import { readPurchaseData } from "../../src/core/read/readPurchaseData";
import { dataCurrency, reportCurrency, withCurrency } from "../../src/core/report/moneyFormat";
import { cdnowCalibrationEnd, cdnowCustomerTableRows } from "../core/summary/cdnowCustomerTable";
import { cdnowLog, dayNumber } from "../core/summary/cdnowLog";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";
import { cdnowSheetRows } from "./cdnowSheetRows";
import { inlineBlocks, marginedBlocks } from "./inlineBlocks";
import { click, pick, renderPane, runTimeout, stepHeading, throughData } from "./paneDriver";
import { standardSettings } from "../support/analysisSettings";
import { threeCustomerLog } from "./threeCustomerLog";
import { articleTableRows } from "../support/articleCustomers";

const locales: Record<Language, string> = { en: "en-GB", da: "da-DK", sv: "sv-SE" };
/** Intl's Swedish (and some Danish) formats use no-break spaces; compare with plain spaces. */
const plain = (text: string | null) => (text ?? "").replace(/\s/g, " ");

/** The engine on the independently parsed CDNOW log, with the wizard's defaults (holdout at 1997-09-30). */
function engineOnCdnow(): PurchaseAnalysis {
  return analyzeTransactions(cdnowLog(), {
    timeUnit: "week",
    observationEndDay: dayNumber(1998, 6, 30),
    horizonMonths: 12,
    annualDiscountRate: 0.1,
    grossMargin: 1,
    newCustomers: 0,
    segmentScheme: "rfm",
    calibrationEndDay: dayNumber(1997, 9, 30),
  });
}

afterEach(uninstallWorkbook);

describe.each<[Language]>([["en"], ["da"]])("the wizard in %s on the CDNOW sample", (language) => {
  const t = (key: Parameters<typeof wizardText>[1], values?: Record<string, string>) => wizardText(language, key, values);
  const number = (value: number, digits: number) => plain(new Intl.NumberFormat(locales[language], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value));
  let book: WorkbookDouble;
  beforeEach(() => {
    book = installWorkbook(cdnowSheetRows());
  });

  it("goes Data → Columns → Analysis → Run → Results, touching the workbook only in Run, and shows the engine's figures", async () => {
    const untouched = book.snapshot();
    await renderPane(language);

    // Data: the preview and the size of the range.
    await click(screen.getByRole("button", { name: t("showPreview") }));
    const size = language === "en" ? "6,920 rows (including any header row) and 5 columns in Data!A1:E6920." : "6.920 rækker (inklusive en eventuel overskriftsrække) og 5 kolonner i Data!A1:E6920.";
    expect(await screen.findByText(size)).toBeTruthy();
    const preview = screen.getByRole("table", { name: t("previewCaption", { range: "Data!A1:E6920" }) });
    expect(within(preview).getAllByRole("row")).toHaveLength(6);
    expect(within(preview).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual(["masterid", "sampleid", "date", "cds", "sales"]);
    await click(screen.getByRole("button", { name: t("next") }));

    // Columns: the layout, each role's column, the notices and the counts, before anything is computed.
    await screen.findByRole("heading", { name: t("stepOf", { number: "2", count: "5", name: t("stepColumns") }) });
    await screen.findByText(t("layoutTransactions"), undefined, runTimeout);
    const column = (label: string) => (screen.getByRole("combobox", { name: label }) as HTMLButtonElement).textContent;
    const role = language === "en" ? { customer: "Customer", date: "Date", amount: "Amount", quantity: "Quantity", orderId: "Order number" } : { customer: "Kunde", date: "Dato", amount: "Beløb", quantity: "Antal", orderId: "Ordrenummer" };
    expect(column(role.customer)).toBe("sampleid");
    expect(column(role.date)).toBe("date");
    expect(column(role.amount)).toBe("sales");
    expect(column(role.quantity)).toBe("cds");
    expect(column(role.orderId)).toBe(t("columnNone"));
    const notice = renderReadNotice(
      { code: "columnChoice", role: "customer", chosen: { index: 1, header: "sampleid" }, alternatives: [{ index: 0, header: "masterid" }] },
      language,
    );
    expect(screen.getByText(notice)).toBeTruthy();
    expect(screen.getByText(t("dateOrderNotNeeded"))).toBeTruthy();
    expect(screen.getByText(t("currencyNone"))).toBeTruthy();
    expect(screen.getByText(t("noProblems"))).toBeTruthy();
    // Each heading and sentence on a line of its own ("Rows that cannot be read (0)" above "Every row could be read.").
    expect(inlineBlocks(document.body)).toEqual([]);
    expect(marginedBlocks(document.body)).toEqual([]);
    await click(screen.getByRole("button", { name: t("next") }));

    // Analysis: the defaults.
    await screen.findByRole("heading", { name: t("stepOf", { number: "3", count: "5", name: t("stepAnalysis") }) });
    // The date as the Office language writes it (a text field, not the browser's date input).
    expect((screen.getByLabelText(t("observationEndLabel")) as HTMLInputElement).value).toBe(language === "en" ? "30/06/1998" : "30-06-1998");
    expect((screen.getByLabelText(t("observationEndLabel")) as HTMLInputElement).type).toBe("text");
    expect((screen.getByLabelText(t("horizonLabel")) as HTMLInputElement).value).toBe("12");
    expect((screen.getByLabelText(t("discountLabel")) as HTMLInputElement).value).toBe("10");
    expect((screen.getByLabelText(t("marginLabel")) as HTMLInputElement).value).toBe("100");
    expect((screen.getByLabelText(t("newCustomersLabel")) as HTMLInputElement).value).toBe("0");
    expect((screen.getByRole("radio", { name: t("schemeRfm") }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("switch", { name: t("holdoutLabel") }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole("combobox", { name: t("cohortPeriodLabel") }).textContent).toBe(t("cohortPeriod_month"));
    expect(book.snapshot()).toEqual(untouched);

    // Run → Results.
    await click(screen.getByRole("button", { name: t("runAnalysis") }));
    await screen.findByRole("heading", { name: t("stepOf", { number: "5", count: "5", name: t("stepResults") }) }, runTimeout);

    const engine = engineOnCdnow();
    const equity = engine.value.customerEquity;
    if (!("low" in equity)) throw new Error("CDNOW gets the model method, with an interval");
    const figures = screen.getByRole("table", { name: t("figuresLabel") });
    const figure = (label: string) => plain(within(figures).getByRole("row", { name: new RegExp(`^${label}`) }).querySelector("td")?.textContent ?? "");
    expect(figure(t("figureCustomers"))).toBe(number(2357, 0));
    expect(engine.kpis.customers).toBe(2357);
    // Money in the Office language's currency when the data names none (Danish kroner; nothing in English).
    const money = (value: number, digits: number) => plain(withCurrency(number(value, digits), reportCurrency(undefined, language)));
    expect(figure(t("figureEquity"))).toBe(
      money(equity.value, 0) + plain(t("figureEquityRange", { low: money(equity.low, 0), high: money(equity.high, 0) })),
    );
    expect(figure(t("figureAverageClv"))).toBe(money(equity.existingCustomersValue / 2357, 2));
    expect(figure(t("figureRepeatRate"))).toBe(plain(new Intl.NumberFormat(locales[language], { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(engine.kpis.repeatPurchaseRate)));

    if (!engine.holdout?.ok) throw new Error("CDNOW's holdout check fits");
    const { report } = engine.holdout;
    const fit = screen.getByRole("region", { name: t("figureModelFit") });
    expect(plain(fit.textContent)).toContain(number(report.predictedTotal, 0));
    expect(plain(fit.textContent)).toContain(number(report.actualTotal, 0));
    // The model the engine chose on the test period, named with why.
    const { chosen, by } = engine.value.modelChoice;
    expect(by).toBe("holdout");
    const model = reportLabel(language, `purchaseModel_${chosen}`);
    expect(plain(fit.textContent)).toContain(plain(t("methodModel", { model, why: reportLabel(language, "modelChoice_holdout"), spend: t("spendGammaGamma") })));

    // The sheets, in the user's language, each a link that opens it.
    const sheets = screen.getByRole("navigation", { name: t("sheetsHeading") });
    const names = ["overview", "segments", "customers", "segmentRules", "cohorts"].map((id) => reportLabel(language, id));
    expect(within(sheets).getAllByRole("button").map((link) => link.textContent)).toEqual(names);
    for (const name of names) expect(book.hasSheet(name)).toBe(true);
    await click(within(sheets).getByRole("button", { name: names[1] }));
    await waitFor(() => expect(book.activeSheet).toBe(names[1]));

    // The run is saved: not offered beside its own results, the pane offers Refresh once a new analysis starts.
    expect(screen.queryByRole("button", { name: t("refresh") })).toBeNull();
    expect(inlineBlocks(document.body)).toEqual([]);
    expect(marginedBlocks(document.body)).toEqual([]);
    await click(screen.getByRole("button", { name: t("newAnalysis") }));
    expect(await screen.findByRole("button", { name: t("refresh") })).toBeTruthy();
    expect(inlineBlocks(document.body)).toEqual([]);
    expect(marginedBlocks(document.body)).toEqual([]);
  }, 120_000);
});

describe("the Data step", () => {
  it("with 'the data around the active cell', previews the whole block around it, not just the selected cells", async () => {
    const book = installWorkbook([
      ["Customer", "Date", "Amount"],
      ["Anna", "2024-01-05", 100],
      ["Bo", "2024-01-20", 80],
      ["Anna", "2024-02-10", 50],
    ]);
    book.select("Data", 1, 1, 2, 1);
    await renderPane("en");
    await click(screen.getByRole("button", { name: "Show preview" }));
    expect(await screen.findByText("2 rows (including any header row) and 1 column in Data!B2:B3.")).toBeTruthy();

    await click(screen.getByRole("radio", { name: "The data around the active cell" }));
    await click(screen.getByRole("button", { name: "Show preview" }));
    expect(await screen.findByText("4 rows (including any header row) and 3 columns in Data!A1:C4.")).toBeTruthy();
    const preview = screen.getByRole("table", { name: "First rows of Data!A1:C4" });
    expect(within(preview).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual(["Customer", "Date", "Amount"]);
    await click(screen.getByRole("button", { name: "Next" }));
    await screen.findByText(wizardText("en", "layoutTransactions"), undefined, runTimeout);
    expect(screen.getByText("3 rows read, 0 skipped, 0 empty.")).toBeTruthy();
  }, 60_000);
});

describe("the Columns step", () => {
  it("lists unreadable rows with their row numbers, and re-reads when a column is changed", async () => {
    installWorkbook([
      ["Kunde", "Dato", "Beløb", "Rabat"],
      ["Anna", "2024-01-31", 100, 5],
      ["Bo", "31-02-2024", 50, "x"],
      ["Anna", "2024-03-01", "abc", 2],
    ]);
    await renderPane("en");
    await throughData("en", "Data!A1:D4");
    expect(screen.getByRole("heading", { name: "Rows that cannot be read (2)" })).toBeTruthy();
    expect(screen.getByText("Row 3, column 'Dato': '31-02-2024' is not a valid date; correct the day, month or year.")).toBeTruthy();
    expect(screen.getByText("Row 4, column 'Beløb': 'abc' is not an amount; write it as a number, like 250.")).toBeTruthy();
    expect(screen.getByText("1 row read, 2 skipped, 0 empty.")).toBeTruthy();

    await pick("Amount", "Rabat");
    expect((screen.getByRole("combobox", { name: "Amount" }) as HTMLButtonElement).textContent).toBe("Rabat");
    expect(screen.getByText("Row 3, column 'Rabat': 'x' is not an amount; write it as a number, like 250.")).toBeTruthy();
    expect(screen.queryByText("Row 4, column 'Beløb': 'abc' is not an amount; write it as a number, like 250.")).toBeNull();
    expect((screen.getByRole("button", { name: "Next" }) as HTMLButtonElement).disabled).toBe(false);
  }, 60_000);

  it("blocks Next with the reason when there is no amount column", async () => {
    installWorkbook([["Kunde", "Dato"], ["Anna", "2024-01-31"], ["Bo", "2024-02-01"]]);
    await renderPane("da");
    await throughData("da", "Data!A1:B3");
    expect(screen.getByText("Dataene har ingen beløbskolonne, så kundeværdien kan ikke beregnes. Vælg beløbskolonnen.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Næste" }) as HTMLButtonElement).disabled).toBe(true);
  }, 60_000);

  it("unblocks Next once the user names the amount column that no header named", async () => {
    installWorkbook([["Hvem", "Hvornår", "Hvor meget"], ["Anna", "2024-01-31", 100], ["Bo", "2024-02-01", 50]]);
    await renderPane("da");
    await throughData("da", "Data!A1:C3");
    expect(screen.getByText("Ingen overskrift angiver dato; kolonne »Hvornår« er valgt ud fra indholdet. Vælg en anden kolonne, hvis det er forkert.")).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "Beløb" }) as HTMLButtonElement).textContent).toBe("(ingen)");
    expect((screen.getByRole("button", { name: "Næste" }) as HTMLButtonElement).disabled).toBe(true);
    await pick("Beløb", "Hvor meget");
    expect(screen.queryByText("Dataene har ingen beløbskolonne, så kundeværdien kan ikke beregnes. Vælg beløbskolonnen.")).toBeNull();
    expect((screen.getByRole("button", { name: "Næste" }) as HTMLButtonElement).disabled).toBe(false);
  }, 60_000);

  it("words data that cannot be read at all, with the columns it has, and blocks Next", async () => {
    installWorkbook([["Navn", "Tal"], ["Anna", "abc"], ["Bo", "def"]]);
    await renderPane("en");
    await throughData("en", "Data!A1:B3");
    expect(screen.getByText("No column was found for the date among 'Navn' and 'Tal'. Choose the columns.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Next" }) as HTMLButtonElement).disabled).toBe(true);
  }, 60_000);

  it("blocks Next with the reason when a per-customer table lacks the facts CLV needs", async () => {
    installWorkbook([["Kunde", "Antal køb"], ["Anna", 3], ["Bo", 1]]);
    await renderPane("en");
    await throughData("en", "Data!A1:B3");
    expect(screen.getByText(wizardText("en", "layoutCustomerTable"))).toBeTruthy();
    expect(screen.getByText(/^The table has no amounts, so spend cannot be computed/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Next" }) as HTMLButtonElement).disabled).toBe(true);
  }, 60_000);

  it("shows the currency written in the amounts: one, or several added up as they are", async () => {
    installWorkbook([
      ["Kunde", "Dato", "Beløb"],
      ["Anna", "2024-01-31", "125,50 kr."],
      ["Bo", "2024-02-01", "80,00 kr."],
    ]);
    await renderPane("da");
    await throughData("da", "Data!A1:C3");
    expect(screen.getByText("Valuta: kr.")).toBeTruthy();
    cleanup();

    installWorkbook([
      ["Customer", "Date", "Amount"],
      ["Anna", "2024-01-31", "€12.50"],
      ["Bo", "2024-02-01", "$5.00"],
    ]);
    await renderPane("en");
    await throughData("en", "Data!A1:C3");
    expect(screen.getByText("Currency: several (EUR, USD); amounts are added up as they are.")).toBeTruthy();
  }, 60_000);

  it("shows the date order read from ambiguous dates and lets the user change it", async () => {
    installWorkbook([
      ["Customer", "Date", "Amount"],
      ["Anna", "03/04/2024", "12.50"],
      ["Bo", "05/06/2024", "7.25"],
    ]);
    await renderPane("en");
    await throughData("en", "Data!A1:C3");
    expect((screen.getByRole("combobox", { name: "Date order" }) as HTMLButtonElement).textContent).toBe("Day first (31/01/2024)");
    expect(screen.getByText(wizardText("en", "dateOrderAssumed"))).toBeTruthy();
    await pick("Date order", "Month first (01/31/2024)");
    expect((screen.getByRole("combobox", { name: "Date order" }) as HTMLButtonElement).textContent).toBe("Month first (01/31/2024)");
    expect(screen.getByText(wizardText("en", "dateOrderChosen"))).toBeTruthy();
  }, 60_000);
});

describe("the Analysis step", () => {
  it("checks the settings and names each problem under its field, without running", async () => {
    const book = installWorkbook(cdnowSheetRows());
    const untouched = book.snapshot();
    await renderPane("sv");
    await throughData("sv", "Data!A1:E6920");
    await click(screen.getByRole("button", { name: "Nästa" }));
    fireEvent.change(screen.getByLabelText("CLV-horisont (månader)"), { target: { value: "0" } });
    fireEvent.change(screen.getByLabelText("Bruttomarginal (%)"), { target: { value: "140" } });
    await click(screen.getByRole("button", { name: "Kör analysen" }));
    expect(screen.getByText("Ange ett heltal från 1 till 120.")).toBeTruthy();
    expect(screen.getByText("Ange en procentsats över 0 och högst 100.")).toBeTruthy();
    expect(screen.getByText("Rätta inställningarna som är markerade med rött.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Steg 3 av 5: Analys" })).toBeTruthy();
    expect(book.snapshot()).toEqual(untouched);
  }, 60_000);
});

describe("the Analysis step after a saved analysis", () => {
  const field = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
  const fields = (language: Language) => {
    const t = (key: Parameters<typeof wizardText>[1]) => wizardText(language, key);
    return {
      end: field(t("observationEndLabel")),
      horizon: field(t("horizonLabel")),
      discount: field(t("discountLabel")),
      margin: field(t("marginLabel")),
      newCustomers: field(t("newCustomersLabel")),
      valueTiers: (screen.getByRole("radio", { name: t("schemeValueTiers") }) as HTMLInputElement).checked,
      holdout: (screen.getByRole("switch", { name: t("holdoutLabel") }) as HTMLInputElement).checked,
    };
  };
  const lastPurchase: Record<Language, string> = { en: "15/03/2024", da: "15-03-2024", sv: "2024-03-15" };
  const defaults = (language: Language) => ({ end: lastPurchase[language], horizon: "12", discount: "10", margin: "100", newCustomers: "0", valueTiers: false, holdout: true });

  it("starts from the stored run's choices, says so, and 'Use the defaults' resets them", async () => {
    installWorkbook(threeCustomerLog);
    await saveRunSettings({
      version: 1,
      source: { kind: "range", sheet: "Data", address: "A1:C6" },
      columns: {},
      analysis: { timeUnit: "week", observationEndDay: dayNumber(2024, 2, 29), horizonMonths: 24, annualDiscountRate: 0.075, grossMargin: 0.3, newCustomers: 250, segmentScheme: "valueTiers", holdout: false },
    });
    await renderPane("da");
    await throughData("da", "Data!A1:C6");
    await click(screen.getByRole("button", { name: "Næste" }));
    expect(fields("da")).toEqual({ end: "29-02-2024", horizon: "24", discount: "7,5", margin: "30", newCustomers: "250", valueTiers: true, holdout: false });
    expect(screen.getByText("Indstillingerne nedenfor er hentet fra den gemte analyse.")).toBeTruthy();
    expect(inlineBlocks(document.body)).toEqual([]);
    expect(marginedBlocks(document.body)).toEqual([]);

    await click(screen.getByRole("button", { name: "Brug standardværdierne" }));
    expect(fields("da")).toEqual(defaults("da"));
    expect(screen.queryByText(wizardText("da", "fromSavedAnalysis"))).toBeNull();
    expect(screen.queryByRole("button", { name: "Brug standardværdierne" })).toBeNull();
  }, 60_000);

  it("without a stored run, starts from the defaults and says nothing of a saved analysis", async () => {
    installWorkbook(threeCustomerLog);
    await renderPane("en");
    await throughData("en", "Data!A1:C6");
    await click(screen.getByRole("button", { name: "Next" }));
    expect(fields("en")).toEqual(defaults("en"));
    expect(screen.queryByText(wizardText("en", "fromSavedAnalysis"))).toBeNull();
    expect(screen.queryByRole("button", { name: wizardText("en", "useDefaults") })).toBeNull();
  }, 60_000);

  it("after a run, the next analysis starts from the choices just used, also after going back a step", async () => {
    installWorkbook(threeCustomerLog);
    await renderPane("sv");
    await throughData("sv", "Data!A1:C6");
    await click(screen.getByRole("button", { name: "Nästa" }));
    fireEvent.change(screen.getByLabelText("CLV-horisont (månader)"), { target: { value: "18" } });
    fireEvent.change(screen.getByLabelText("Bruttomarginal (%)"), { target: { value: "45,5" } });
    await click(screen.getByRole("button", { name: "Kör analysen" }));
    await click(await screen.findByRole("button", { name: wizardText("sv", "newAnalysis") }, runTimeout));

    await throughData("sv", "Data!A1:C6");
    await click(screen.getByRole("button", { name: "Nästa" }));
    expect(fields("sv")).toEqual({ ...defaults("sv"), horizon: "18", margin: "45,5" });
    expect(screen.getByText("Inställningarna nedan är hämtade från den sparade analysen.")).toBeTruthy();
    await click(screen.getByRole("button", { name: "Tillbaka" }));
    await click(screen.getByRole("button", { name: "Nästa" }));
    expect(fields("sv")).toEqual({ ...defaults("sv"), horizon: "18", margin: "45,5" });
    await click(screen.getByRole("button", { name: "Använd standardvärdena" }));
    expect(fields("sv")).toEqual(defaults("sv"));
  }, 60_000);
});

describe("moving through the steps", () => {
  it("Next goes on without the preview, and each step's heading takes the focus, up to the Results", async () => {
    installWorkbook(threeCustomerLog);
    await renderPane("da");
    const heading = (number: number, step: Parameters<typeof wizardText>[1]) => screen.getByRole("heading", { name: stepHeading("da", number, step) });
    // Opening the pane does not move the focus.
    expect(document.activeElement).toBe(document.body);
    const next = screen.getByRole("button", { name: "Næste" }) as HTMLButtonElement;
    expect(next.disabled).toBe(false);
    await click(next);
    await screen.findByRole("heading", { name: stepHeading("da", 2, "stepColumns") }, runTimeout);
    expect(document.activeElement).toBe(heading(2, "stepColumns"));
    await click(await screen.findByRole("button", { name: "Næste" }, runTimeout));
    expect(document.activeElement).toBe(heading(3, "stepAnalysis"));
    await click(screen.getByRole("button", { name: "Tilbage" }));
    expect(document.activeElement).toBe(heading(2, "stepColumns"));
    await click(screen.getByRole("button", { name: "Næste" }));
    await click(screen.getByRole("button", { name: "Kør analysen" }));
    await screen.findByRole("heading", { name: stepHeading("da", 5, "stepResults") }, runTimeout);
    expect(document.activeElement).toBe(heading(5, "stepResults"));
  }, 60_000);

  it("Next without a table chosen says to choose one, and stays", async () => {
    const book = installWorkbook(threeCustomerLog);
    book.addTable("Data", "A1:C6", true, "Køb");
    await renderPane("en");
    await click(screen.getByRole("radio", { name: "An Excel table" }));
    await click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText(wizardText("en", "chooseTable"))).toBeTruthy();
    expect(screen.getByRole("heading", { name: stepHeading("en", 1, "stepData") })).toBeTruthy();
  }, 60_000);
});

describe("the observation end date", () => {
  it("is typed as the Office language writes dates, and a date the language does not write is named", async () => {
    installWorkbook(cdnowSheetRows());
    await renderPane("da");
    await throughData("da", "Data!A1:E6920");
    await click(screen.getByRole("button", { name: "Næste" }));
    const end = screen.getByLabelText(wizardText("da", "observationEndLabel")) as HTMLInputElement;
    expect(end.value).toBe("30-06-1998");
    expect(screen.getByText(/Skriv den som dag-måned-år, fx 30-06-1998\./)).toBeTruthy();
    fireEvent.change(end, { target: { value: "06/30/1998" } });
    await click(screen.getByRole("button", { name: "Kør analysen" }));
    expect(screen.getByText("Skriv en dato som 30-06-1998.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: stepHeading("da", 3, "stepAnalysis") })).toBeTruthy();
  }, 60_000);
});

describe("Run", () => {
  it("Cancel while the sheets are written leaves the workbook as it was and returns to the Analysis step", async () => {
    const book = installWorkbook(cdnowSheetRows());
    let writing = false;
    const workbook: WorkbookPort = {
      ...excelWorkbook,
      writeReport: (...args) => {
        writing = true;
        return excelWorkbook.writeReport(...args);
      },
    };
    await renderPane("en", workbook);
    await throughData("en", "Data!A1:E6920");
    await click(screen.getByRole("button", { name: "Next" }));
    const untouched = book.snapshot();
    let writes = 0;
    book.beforeSync(() => {
      if (writing && ++writes === 3) fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    });
    await click(screen.getByRole("button", { name: "Run analysis" }));
    expect(await screen.findByText("The analysis was cancelled. The workbook is as it was.", undefined, runTimeout)).toBeTruthy();
    expect(writes).toBeGreaterThanOrEqual(3);
    expect(screen.getByRole("heading", { name: "Step 3 of 5: Analysis" })).toBeTruthy();
    expect(book.snapshot()).toEqual(untouched);
  }, 120_000);

  it("words a failure of the workbook instead of crashing, and offers Back", async () => {
    installWorkbook(cdnowSheetRows());
    const workbook: WorkbookPort = { ...excelWorkbook, writeReport: jest.fn().mockRejectedValue(new Error("The workbook is protected")) };
    await renderPane("da", workbook);
    await throughData("da", "Data!A1:E6920");
    await click(screen.getByRole("button", { name: "Næste" }));
    await click(screen.getByRole("button", { name: "Kør analysen" }));
    expect(await screen.findByText("Noget gik galt. Prøv igen; sker det igen, så luk projektmappen og åbn den igen. Tekniske detaljer: The workbook is protected", undefined, runTimeout)).toBeTruthy();
    await click(screen.getByRole("button", { name: "Tilbage" }));
    expect(screen.getByRole("heading", { name: "Trin 3 af 5: Analyse" })).toBeTruthy();
  }, 120_000);
});

describe("a saved analysis", () => {
  it("Refresh names a saved table that is no longer in the workbook", async () => {
    const book = installWorkbook(cdnowSheetRows());
    await saveRunSettings({ version: 1, source: { kind: "table", name: "Køb" }, columns: {}, analysis: { timeUnit: "week", observationEndDay: null, horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, newCustomers: 0, segmentScheme: "rfm", holdout: true } });
    const before = book.snapshot();
    await renderPane("da");
    expect(screen.getByText(/^Projektmappen har en analyse af tabellen Køb\./)).toBeTruthy();
    await click(await screen.findByRole("button", { name: "Opdater" }));
    expect(await screen.findByText("Tabellen »Køb« findes ikke længere i projektmappen. Start en ny analyse for at vælge dataene igen.")).toBeTruthy();
    expect(book.snapshot()).toEqual(before);
  }, 60_000);

  it("Refresh re-runs the stored settings and shows the results, saying that no holdout check was made", async () => {
    installWorkbook(cdnowSheetRows());
    await saveRunSettings({
      version: 1,
      language: "en",
      source: { kind: "range", sheet: "Data", address: "A1:E6920" },
      columns: { customer: "sampleid" },
      analysis: { timeUnit: "week", observationEndDay: null, horizonMonths: 24, annualDiscountRate: 0.1, grossMargin: 0.3, newCustomers: 100, segmentScheme: "valueTiers", holdout: false },
    });
    await renderPane("en");
    expect(screen.getByText(/This workbook has an analysis of Data!A1:E6920\./)).toBeTruthy();
    await click(await screen.findByRole("button", { name: "Refresh" }));
    const results = await screen.findByRole("region", { name: "Results" }, runTimeout);
    expect(within(results).getByText(wizardText("en", "fitOff"))).toBeTruthy();
    expect(inlineBlocks(document.body)).toEqual([]);
    const engine = analyzeTransactions(cdnowLog(), {
      timeUnit: "week",
      observationEndDay: dayNumber(1998, 6, 30),
      horizonMonths: 24,
      annualDiscountRate: 0.1,
      grossMargin: 0.3,
      newCustomers: 100,
      segmentScheme: "valueTiers",
    });
    const equity = within(results).getByRole("row", { name: /^Customer equity/ });
    expect(equity.querySelector("td")?.firstChild?.textContent).toBe(new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(engine.value.customerEquity.value));
  }, 120_000);
});

describe("a per-customer table picked from the list of Excel tables", () => {
  it("is previewed, read as a table, analysed with the table stages and has no holdout check", async () => {
    const rows = cdnowCustomerTableRows() as Array<Array<string | number>>;
    const book = installWorkbook(rows, "Kunder");
    book.addTable("Kunder", "A1:E2358", true, "Kundetabel");
    book.select("Ark2", 0, 0);
    await renderPane("en");
    await click(screen.getByRole("radio", { name: "An Excel table" }));
    await pick("Table", "Kundetabel (Kunder!A1:E2358)");
    await click(screen.getByRole("button", { name: "Show preview" }));
    expect(await screen.findByText("2,358 rows (including any header row) and 5 columns in Kunder!A1:E2358.")).toBeTruthy();
    await click(screen.getByRole("button", { name: "Next" }));

    await screen.findByText(wizardText("en", "layoutCustomerTable"), undefined, runTimeout);
    expect((screen.getByRole("combobox", { name: "Number of purchases" }) as HTMLButtonElement).textContent).toBe("Number of purchases");
    expect((screen.getByRole("combobox", { name: "Last purchase date" }) as HTMLButtonElement).textContent).toBe("Last purchase");
    await click(screen.getByRole("button", { name: "Next" }));

    const holdout = screen.getByRole("switch", { name: wizardText("en", "holdoutLabel") }) as HTMLInputElement;
    expect(holdout.disabled).toBe(true);
    expect(holdout.checked).toBe(false);
    expect(screen.getByText(wizardText("en", "holdoutNeedsLog"))).toBeTruthy();
    // A table has no purchases by date: no cohorts to group.
    expect(screen.queryByRole("combobox", { name: wizardText("en", "cohortPeriodLabel") })).toBeNull();
    expect((screen.getByLabelText("Observation end date") as HTMLInputElement).value).toBe("30/09/1997");
    await click(screen.getByRole("button", { name: "Run analysis" }));
    await screen.findByRole("heading", { name: "Step 5 of 5: Results" }, runTimeout);

    const data = readPurchaseData(rows);
    if (data.layout !== "customerTable") throw new Error("expected a per-customer table");
    const engine = analyzeCustomerTable(data.table, { ...standardSettings, observationEndDay: cdnowCalibrationEnd });
    const figures = screen.getByRole("table", { name: "Key figures" });
    expect(within(figures).getByRole("row", { name: /^Customers/ }).querySelector("td")?.textContent).toBe("2,357");
    expect(within(figures).getByRole("row", { name: /^Customer equity/ }).querySelector("td")?.firstChild?.textContent).toBe(
      new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(engine.value.customerEquity.value),
    );
    expect(screen.getByText(wizardText("en", "fitNeedsLog"))).toBeTruthy();
    expect(await excelWorkbook.loadRunSettings()).toMatchObject({ source: { kind: "table", name: "Kundetabel" } });
  }, 120_000);
});

describe("the article's table in Danish (Kundenavn | Købsdato | Købsbeløb | Antal køb)", () => {
  const t = (key: Parameters<typeof wizardText>[1], values?: Record<string, string>) => wizardText("da", key, values);

  it("asks whether the amount is a total or per purchase, offers the simple CLV's inputs, and says what the first purchase date would add", async () => {
    const rows = articleTableRows("da");
    installWorkbook(rows);
    await renderPane("da");
    await throughData("da", "Data!A1:D41");
    await screen.findByText(t("layoutCustomerTable"), undefined, runTimeout);

    // The question shows Kunde A both ways; the answer "per purchase" re-reads the column as the average amount.
    const question = screen.getByRole("radiogroup", { name: t("amountReadingQuestion", { column: "Købsbeløb" }) });
    expect(within(question).getByRole("radio", { name: "I alt: Kunde A har købt for 500,00 kr i alt" })).toBeTruthy();
    await click(within(question).getByRole("radio", { name: "Pr. køb: Kunde A har købt 5 × 500,00 kr = 2.500,00 kr" }));
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Gennemsnitligt beløb" }) as HTMLButtonElement).textContent).toBe("Købsbeløb"));
    expect((screen.getByRole("radio", { name: /^Pr\. køb/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("button", { name: t("next") }) as HTMLButtonElement).disabled).toBe(false);
    await click(screen.getByRole("button", { name: t("next") }));

    // Analysis: the simple formula's lifetime and period instead of the model's horizon.
    await screen.findByRole("heading", { name: t("stepOf", { number: "3", count: "5", name: t("stepAnalysis") }) });
    expect(screen.getByText(t("simpleValuationIntro"))).toBeTruthy();
    expect(screen.queryByLabelText(t("horizonLabel"))).toBeNull();
    expect((screen.getByLabelText(t("lifetimeYearsLabel")) as HTMLInputElement).value).toBe("3");
    const period = screen.getByLabelText(t("periodLabel")) as HTMLInputElement;
    await click(screen.getByRole("radio", { name: wizardText("da", "schemeValueTiers") }));
    fireEvent.change(period, { target: { value: "12" } });
    await click(screen.getByRole("button", { name: t("runAnalysis") }));
    await screen.findByRole("heading", { name: t("stepOf", { number: "5", count: "5", name: t("stepResults") }) }, runTimeout);

    // Results: the engine's customer equity, which method made it, and what the first purchase date would add.
    const data = readPurchaseData(rows, { columns: { averageAmount: "Købsbeløb" } });
    if (data.layout !== "customerTable") throw new Error("expected a per-customer table");
    const engine = analyzeCustomerTable(data.table, {
      ...standardSettings,
      segmentScheme: "valueTiers",
      customerLifetime: { kind: "years", years: 3 },
      periodMonths: 12,
    });
    const figures = screen.getByRole("table", { name: t("figuresLabel") });
    expect(plain(within(figures).getByRole("row", { name: /^Kundekapital/ }).querySelector("td")?.firstChild?.textContent ?? null)).toBe(
      plain(withCurrency(new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 }).format(engine.value.customerEquity.value), dataCurrency(data))),
    );
    expect(screen.getByText(`${reportLabel("da", "note_clvSimpleTable")} ${reportLabel("da", "note_unlockFirstPurchase")}`)).toBeTruthy();
    expect(screen.queryByText(/80 %-interval/)).toBeNull();
    expect(screen.queryByText(t("fitNeedsLog"))).toBeNull();
  }, 120_000);
});
