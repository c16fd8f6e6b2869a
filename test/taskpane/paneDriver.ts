import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { createElement } from "react";
import type { Language } from "../../src/i18n/language";
import { wizardText, type WizardStringKey } from "../../src/i18n/wizardStrings";
import { App } from "../../src/taskpane/App";
import { excelWorkbook } from "../../src/taskpane/excelWorkbook";
import { formulaCatalog } from "../../src/taskpane/formulaCatalog";
import type { WorkbookPort } from "../../src/taskpane/workbookPort";

/**
 * Reading CDNOW in the double takes ~1 s alone and more when the whole suite shares two cores: every find and
 * waitFor of the pane tests may wait up to 20 s (a missing element still fails, just later).
 */
configure({ asyncUtilTimeout: 20_000 });

/** A run over CDNOW takes a few seconds in the double. */
export const runTimeout = { timeout: 60_000 };

/** Renders the whole pane over `workbook` (by default the real src/excel functions over the installed double). */
export async function renderPane(language: Language, workbook: WorkbookPort = excelWorkbook): Promise<void> {
  await act(async () => {
    render(createElement(App, { language, formulas: formulaCatalog, workbook }));
  });
}

/** Clicks and lets React settle. */
export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

/** Opens a Fluent dropdown by its label and picks an option by its text. */
export async function pick(label: string, option: string): Promise<void> {
  await click(screen.getByRole("combobox", { name: label }));
  await click(screen.getByRole("option", { name: option }));
}

/** The heading of the wizard's step `number` in `language`. */
export function stepHeading(language: Language, number: number, step: WizardStringKey): string {
  return wizardText(language, "stepOf", { number: String(number), count: "5", name: wizardText(language, step) });
}

/** Data step (the selection: one cell, so its region) → Columns step, read and shown. */
export async function throughData(language: Language, range: string): Promise<void> {
  const t = (key: WizardStringKey, values?: Record<string, string>) => wizardText(language, key, values);
  await screen.findByRole("heading", { name: stepHeading(language, 1, "stepData") });
  await click(screen.getByRole("button", { name: t("showPreview") }));
  await screen.findByRole("table", { name: t("previewCaption", { range }) });
  await click(screen.getByRole("button", { name: t("next") }));
  await screen.findByRole("heading", { name: stepHeading(language, 2, "stepColumns") });
  await screen.findByRole("button", { name: t("next") }, runTimeout);
}
