/**
 * @jest-environment jsdom
 */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import type { CellContent } from "../../src/demo/workbook/records";
import { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import type { Language } from "../../src/i18n/language";
import { uiText } from "../../src/i18n/uiStrings";
import { wizardText, type WizardStringKey } from "../../src/i18n/wizardStrings";
import { formulaCatalog } from "../../src/taskpane/formulaCatalog";
import { exampleFormula } from "../../src/taskpane/formulaEntry";
import { readPurchaseData } from "../../src/core/read/readPurchaseData";
import { uninstallWorkbook } from "../support/workbookDouble";
import { cdnowImports } from "./cdnowImports";
import { click, renderPane, runTimeout } from "../taskpane/paneDriver";
import { checklistTable, codeValues, labelledValues, plainSpaces, rowOf, typedRows, type LabelledValue } from "./checklistTables";
import { decimalsShown, evaluateFormula, shownValue, type CellValue, type SheetValues } from "./worksheetFormula";

/*
 * docs/EXCEL-CHECKLIST.md against the task pane: the real pane (App, with the src/excel adapter over the workbook
 * double) is driven through the checklist's steps in its order — first run and Insert (P2, P3, P5), the formulas of
 * 3.3 in their cells, one wizard run on the CDNOW sample (W1–W12), the new purchase row, the workbook reopened and
 * Refresh (R1–R4), the share-safe copy (S1–S3) — and what the pane shows must be what the checklist says, in
 * English, Danish and Swedish. CDNOW imported as text (the Power Query / Text Import route) must read as the same
 * purchases as CDNOW imported as numbers, so the same figures follow.
 */

/** The column of each language in the checklist's per-language tables. */
const languageColumn: Record<Language, number> = { en: 2, da: 3, sv: 4 };

/** A check's expected values in `language`, from the checklist table `table`. */
function expected(table: string, check: string, language: Language): LabelledValue[] {
  return labelledValues(rowOf(checklistTable(table), check)[languageColumn[language]]).map(({ label, value }) => ({ label, value: plainSpaces(value) }));
}

/** An element's text with plain spaces. */
function text(element: Element | null | undefined): string {
  return plainSpaces(element?.textContent ?? "");
}

/** The element matching `selector` in `container`; fails when there is none. */
function element(container: ParentNode, selector: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
}

/** The button whose text is `name` (found by text and tag: role queries are slow on the pane's large DOM). */
function button(container: HTMLElement, name: string): HTMLElement {
  return within(container).getByText(name, { selector: "button" });
}

/** The Results view inside `container` (the wizard's Results step, or the saved analysis after Refresh). */
function resultsView(container: ParentNode, language: Language): HTMLElement {
  return element(container, `section[aria-label="${wizardText(language, "stepResults")}"]`);
}

/** The key figures of a Results view: each row's label, its value and the note under it. */
function keyFigures(results: HTMLElement): Array<{ label: string; value: string; note: string }> {
  return Array.from(element(results, "table").querySelectorAll("tr"), (row) => {
    const cell = row.querySelector("td");
    return { label: text(row.querySelector("th")), value: plainSpaces(cell?.childNodes[0]?.textContent ?? ""), note: text(cell?.querySelector("span")) };
  });
}

/** Checks key figures (a label and value), or a note under one (a lone value without a label). */
function expectFigures(results: HTMLElement, language: Language, checks: Array<[table: string, check: string]>): void {
  const figures = keyFigures(results);
  for (const [table, check] of checks) {
    const values = expected(table, check, language);
    if (values.length === 1 && values[0].label === "") {
      expect(figures.map((figure) => figure.note)).toContain(values[0].value);
    } else {
      expect(values.map(({ label }) => figures.find((figure) => figure.label === label)?.value)).toEqual(values.map(({ value }) => value));
    }
  }
}

/** The workbook of 3.1: the CDNOW sample on `cdnowElog`, the typed answers on `Checks`; installed as Office's Excel. */
function checklistWorkbook(cdnowImport: CellValue[][]): { book: WorkbookDouble; sheets: SheetValues } {
  const checks = typedRows(checklistTable("setup")) as CellValue[][];
  const book = new WorkbookDouble();
  book.loadRows("cdnowElog", cdnowImport as CellContent[][]);
  book.loadRows("Checks", checks.map((row) => Array.from(row, (cell) => cell ?? "")) as CellContent[][]);
  book.install(globalThis);
  return { book, sheets: { cdnowElog: cdnowImport, Checks: checks } };
}

/** Zero-based row and column of an A1 cell. */
function cellIndex(cell: string): [number, number] {
  const match = /^([A-Z])(\d+)$/.exec(cell);
  if (!match) throw new Error(`Unreadable cell ${cell}`);
  return [Number(match[2]) - 1, match[1].charCodeAt(0) - 65];
}

afterEach(() => {
  cleanup();
  uninstallWorkbook();
});

describe("the two CDNOW imports of 3.1", () => {
  it("read as the same purchases in the same columns, so every figure of the wizard and Refresh is the same for both", () => {
    const [numbers, asText] = [cdnowImports.numbers, cdnowImports.text].map((rows) => readPurchaseData(rows));
    if (numbers.layout !== "transactions" || asText.layout !== "transactions") throw new Error("CDNOW is a transaction log");
    expect(asText.columns.roles).toEqual(numbers.columns.roles);
    expect(asText.diagnostics).toEqual(numbers.diagnostics);
    const { log } = numbers;
    const purchases = (of: typeof log) => ({ length: of.length, ids: of.customerIds, customer: of.customer.subarray(0, of.length), day: of.day.subarray(0, of.length), amount: of.amount.subarray(0, of.length) });
    expect(purchases(asText.log)).toEqual(purchases(log));
    expect(log.length).toBe(6919);
  });
});

describe.each<[Language]>([["en"], ["da"], ["sv"]])("the checklist's pane checks in %s", (language) => {
  const t = (key: WizardStringKey) => wizardText(language, key);
  const values = (table: string, check: string) => expected(table, check, language).map(({ value }) => value);

  it("P2, P3, P5, W1–W12, R1–R4 and S1–S3 show what docs/EXCEL-CHECKLIST.md says", async () => {
    const { book, sheets } = checklistWorkbook(cdnowImports.numbers);

    // 3.2 First run, Checks!B8 selected.
    book.select("Checks", 7, 1);
    await renderPane(language);
    const [title, analyseTab, formulasTab, stepHeading] = values("first-run", "P2");
    expect(text(screen.getByRole("heading", { level: 1 }))).toBe(title);
    expect(screen.getAllByRole("tab")).toEqual([screen.getByRole("tab", { name: analyseTab }), screen.getByRole("tab", { name: formulasTab })]);
    expect(text(document.getElementById("wizard-step-heading"))).toBe(stepHeading);
    expect(document.getElementById("saved-run-heading")).toBeNull();
    expect(screen.getByText(values("first-run", "P3")[0])).toBeTruthy();

    await click(screen.getByRole("tab", { name: formulasTab }));
    const clv = formulaCatalog.find((entry) => entry.id === "CLV");
    if (!clv) throw new Error("The formula reference lists KV.CLV");
    await click(screen.getByLabelText(uiText(language, "insertButtonLabel", { formula: exampleFormula(clv) })));
    const [inserted, shownInB8] = values("first-run", "P5");
    await waitFor(() => expect(text(element(document, '[role="status"]'))).toBe(inserted));
    const b8 = await evaluateFormula(String(book.getFormula("Checks", 7, 1)), "en", sheets, "Checks");
    if (!("value" in b8)) throw new Error(`B8 gives ${b8.error}`);
    expect(shownValue(b8.value, decimalsShown(shownInB8), language)).toBe(shownInB8);
    book.setFormula("Checks", 7, 1, String(book.getFormula("Checks", 7, 1)), b8.value as number);

    // 3.3 The formulas in their cells, with their results (the double does not calculate).
    for (const [, cell, english] of checklistTable("formulas")) {
      const formula = codeValues(english)[0];
      const result = await evaluateFormula(formula, "en", sheets, "Checks");
      const [row, column] = cellIndex(cell);
      book.setFormula("Checks", row, column, formula, "value" in result ? (result.value as CellContent | CellContent[][]) : result.error);
    }

    // 3.4 The wizard on cdnowElog!A1.
    book.select("cdnowElog", 0, 0);
    await click(element(document, "#tab-analyse"));
    const wizard = element(document, 'section[aria-labelledby="wizard-step-heading"]');
    await click(button(wizard, t("showPreview")));
    expect(await within(wizard).findByText(values("wizard", "W1")[0])).toBeTruthy();
    await click(button(wizard, t("next")));
    await within(wizard).findByText(t("layoutTransactions"), undefined, runTimeout);
    const columns = expected("wizard", "W2", language);
    expect(columns.map(({ label }) => text(within(wizard).getByLabelText(label)))).toEqual(columns.map(({ value }) => value));
    await click(button(wizard, t("next")));
    const [end] = expected("wizard", "W3", language);
    expect(((await within(wizard).findByLabelText(end.label)) as HTMLInputElement).value).toBe(end.value);
    await click(button(wizard, t("runAnalysis")));
    await waitFor(() => resultsView(wizard, language), runTimeout);
    const results = resultsView(wizard, language);
    expectFigures(results, language, [["wizard", "W4"], ["wizard", "W5"], ["wizard", "W6"], ["wizard", "W7"], ["wizard", "W8"]]);
    const fitParagraphs = Array.from(element(results, `section[aria-label="${t("figureModelFit")}"]`).querySelectorAll("p"), text);
    expect(fitParagraphs).toContain(values("wizard", "W9")[0]);
    expect(fitParagraphs).toContain(values("wizard", "W10")[0]);
    const actItems = Array.from(element(results, `section[aria-label="${t("actHeading")}"]`).querySelectorAll("li"), (item) => text(item).replace(/\):.*$/, ")"));
    expect(actItems).toEqual(values("wizard", "W11"));
    expect(Array.from(element(results, `nav[aria-label="${t("sheetsHeading")}"]`).querySelectorAll("button"), text)).toEqual(values("wizard", "W12"));

    // 3.5 The new purchase row, the workbook saved and opened again, Refresh.
    const [[newRowCell, newRowValues]] = checklistTable("new-row");
    const [newRow] = typedRows([[newRowCell, newRowValues]]).slice(-1);
    book.setValues("cdnowElog", cellIndex(newRowCell.split(":")[0])[0], 0, [newRow as CellContent[]]);
    cleanup();
    await renderPane(language);
    await waitFor(() => element(document, "#saved-run-heading"));
    const saved = element(document, 'section[aria-labelledby="saved-run-heading"]');
    expect(text(saved.querySelector("p")).startsWith(values("refresh", "R1")[0])).toBe(true);
    await click(button(saved, t("refresh")));
    await waitFor(() => resultsView(saved, language), runTimeout);
    expectFigures(resultsView(saved, language), language, [["refresh", "R2"], ["refresh", "R3"], ["refresh", "R4"]]);

    // 3.6 The share-safe copy.
    await click(button(document.body, t("shareSafe")));
    await waitFor(() => element(document, '[role="dialog"]'));
    const dialog = element(document, '[role="dialog"]');
    expect(text(element(dialog, ".fui-DialogContent"))).toBe(values("share", "S1")[0]);
    await click(button(dialog, t("shareConfirm")));
    expect(await screen.findByText(values("share", "S2")[0])).toBeTruthy();
    // S3: no formula left on Checks, and every cell shows what it showed, the spill of F6 and B8 included.
    const { rowCount, columnCount } = book.usedSize("Checks");
    for (let row = 0; row < rowCount; row += 1) {
      for (let column = 0; column < columnCount; column += 1) expect(book.isFormula("Checks", row, column)).toBe(false);
    }
    expect(book.getValue("Checks", 7, 1)).toBe(b8.value);
    for (const [, cell, english] of checklistTable("formulas")) {
      const [row, column] = cellIndex(cell);
      const result = await evaluateFormula(codeValues(english)[0], "en", sheets, "Checks");
      const shown = "value" in result ? result.value : result.error;
      if (Array.isArray(shown)) {
        shown.forEach((cells: CellContent[], r) => cells.forEach((value, c) => expect(book.getValue("Checks", row + r, column + c)).toBe(value)));
      } else {
        expect(book.getValue("Checks", row, column)).toBe(shown);
      }
    }
  }, 240_000);
});
