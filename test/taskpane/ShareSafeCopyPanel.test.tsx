/**
 * @jest-environment jsdom
 */
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../src/i18n/language";
import { excelWorkbook } from "../../src/taskpane/excelWorkbook";
import { ShareSafeCopyPanel } from "../../src/taskpane/ShareSafeCopyPanel";
import type { WorkbookPort } from "../../src/taskpane/workbookPort";
import { spyWorkbook } from "./spyWorkbook";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";
import { inlineBlocks } from "./inlineBlocks";

async function renderShare(language: Language, workbook: WorkbookPort) {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ShareSafeCopyPanel language={language} workbook={workbook} />
      </FluentProvider>,
    );
  });
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

afterEach(uninstallWorkbook);

describe("the share-safe copy", () => {
  it("asks first, naming the cells and sheets, then replaces only KV formulas with their values", async () => {
    const book = installWorkbook([["Kunde", "Beløb"], ["Anna", 500]]);
    book.setFormula("Data", 1, 3, "=KV.CLV(500, 4, 3)", 1989.48);
    book.setFormula("Data", 2, 3, "=SUM(B2:B3)", 500);
    book.setFormula("Model", 0, 0, "=KV.NPS({10,9,3})", 33.33);
    await renderShare("da", excelWorkbook);

    await click(screen.getByRole("button", { name: "Erstat KV-formler med værdier …" }));
    const dialog = await screen.findByRole("dialog", { name: "Erstat KV-formler med deres værdier?" });
    expect(within(dialog).getByText(/^2 celler med KV-formler på Data og Model får deres aktuelle værdier\./)).toBeTruthy();
    expect(book.isFormula("Data", 1, 3)).toBe(true);

    await click(within(dialog).getByRole("button", { name: "Erstat med værdier" }));
    expect(await screen.findByText("2 celler indeholder nu værdier i stedet for KV-formler.")).toBeTruthy();
    expect(inlineBlocks(document.body)).toEqual([]);
    expect(book.getCell("Data", 1, 3)).toBe(1989.48);
    expect(book.isFormula("Data", 1, 3)).toBe(false);
    expect(book.getCell("Model", 0, 0)).toBe(33.33);
    expect(book.getCell("Data", 2, 3)).toBe("=SUM(B2:B3)");
  });

  it("Cancel in the dialog changes nothing", async () => {
    const book = installWorkbook([["Kunde", "Beløb"], ["Anna", 500]]);
    book.setFormula("Data", 1, 3, "=KV.CLV(500, 4, 3)", 1989.48);
    const before = book.snapshot();
    await renderShare("en", excelWorkbook);
    await click(screen.getByRole("button", { name: "Replace KV formulas with values…" }));
    // The dialog is aria-hidden until it has opened: wait for its button, not only for the dialog.
    await click(await within(await screen.findByRole("dialog")).findByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(book.snapshot()).toEqual(before);
  });

  it("words a failure to look for the formulas in the user's language, with what to try", async () => {
    await renderShare("da", spyWorkbook({ findAddinFormulas: jest.fn().mockRejectedValue(new Error("GeneralException")) }));
    await click(screen.getByRole("button", { name: "Erstat KV-formler med værdier …" }));
    expect(
      await screen.findByText("Noget gik galt. Prøv igen; sker det igen, så luk projektmappen og åbn den igen. Tekniske detaljer: GeneralException"),
    ).toBeTruthy();
  });

  it("says when there is nothing to replace, and words a failure", async () => {
    installWorkbook([["Kunde", "Beløb"], ["Anna", 500]]);
    await renderShare("sv", excelWorkbook);
    await click(screen.getByRole("button", { name: "Ersätt KV-formler med värden …" }));
    expect(await screen.findByText("Arbetsboken har inga KV-formler, så det finns inget att ersätta.")).toBeTruthy();

    uninstallWorkbook();
    const failing = spyWorkbook({
      findAddinFormulas: jest.fn().mockResolvedValue({ cells: 1, sheets: ["Ark1"] }),
      replaceAddinFormulasWithValues: jest.fn().mockRejectedValue(new Error("The workbook is protected")),
    });
    cleanup();
    await renderShare("en", failing);
    await click(screen.getByRole("button", { name: "Replace KV formulas with values…" }));
    await click(await within(await screen.findByRole("dialog")).findByRole("button", { name: "Replace with values" }));
    expect(await screen.findByText("Not every formula could be replaced; cells replaced before the problem keep their values. Something went wrong. Try again; if it keeps happening, close and reopen the workbook. Technical details: The workbook is protected")).toBeTruthy();
  });
});
