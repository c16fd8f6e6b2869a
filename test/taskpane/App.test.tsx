/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { saveRunSettings, type StoredRun } from "../../src/excel/runSettingsStore";
import { excelWorkbook } from "../../src/taskpane/excelWorkbook";
import { App } from "../../src/taskpane/App";
import { formulaCatalog } from "../../src/taskpane/formulaCatalog";
import type { Language } from "../../src/i18n/language";
import { uiText } from "../../src/i18n/uiStrings";
import { wizardText } from "../../src/i18n/wizardStrings";
import type { WorkbookPort } from "../../src/taskpane/workbookPort";
import { inlineBlocks } from "./inlineBlocks";
import { click, renderPane, runTimeout, stepHeading, throughData } from "./paneDriver";
import { spyWorkbook } from "./spyWorkbook";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";
import { threeCustomerLog } from "./threeCustomerLog";

/** Whether the browser draws `element`: neither it nor an ancestor has display: none (whatever the accessibility tree says). */
function shown(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) if (getComputedStyle(node).display === "none") return false;
  return true;
}

/** Renders the pane and opens its formula reference tab. */
async function renderReference(language: Language, workbook?: WorkbookPort) {
  await act(async () => {
    render(<App language={language} formulas={formulaCatalog} workbook={workbook} />);
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: wizardText(language, "tabFormulas") }));
  });
  // KV.CSI's example loads Student's t on first use, as Excel's function does: wait until it is shown.
  await screen.findByRole("table", { name: /=KV\.CSI\(/ });
}

const languages: Array<[Language, string, string, string]> = [
  // language, heading, insert button, CLV example result as that locale writes it (500·4·0.4 = 800 a year, discounted 10 %: 1989.48)
  ["en", "Formula reference", "Insert", "1,989.48"],
  ["da", "Formeloversigt", "Indsæt", "1.989,48"],
  ["sv", "Formelöversikt", "Infoga", "1 989,48"],
];

describe.each(languages)("the pane in %s", (language, heading, insertLabel, clvResult) => {
  it("links its support page (help, and the privacy statement) in its own language, opened outside the pane", async () => {
    await act(async () => {
      render(<App language={language} formulas={formulaCatalog} />);
    });
    const link = screen.getByRole("link", { name: uiText(language, "supportLink") });
    expect(link.getAttribute("href")).toBe({ en: "support.html", da: "support.da.html", sv: "support.sv.html" }[language]);
    expect(link.getAttribute("target")).toBe("_blank");
  });

  it("renders the intro and every formula with its engine-computed example", async () => {
    await renderReference(language, spyWorkbook());
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(uiText(language, "appTitle"));
    expect(screen.getByRole("heading", { name: heading })).toBeTruthy();
    expect(screen.getByText(uiText(language, "introPrivacy"))).toBeTruthy();
    for (const entry of formulaCatalog) {
      const card = screen.getByRole("group", { name: `KV.${entry.id}` });
      expect(within(card).getByText(uiText(language, entry.description))).toBeTruthy();
      expect(within(card).getByRole("button", { name: new RegExp(`KV\\.${entry.id}\\(`) }).textContent).toBe(insertLabel);
    }
    const clvCard = screen.getByRole("group", { name: "KV.CLV" });
    // Swedish groups digits with a (narrow) no-break space; compare with every space made plain.
    expect(within(clvCard).getByText((text) => text.replace(/\s/g, " ") === clvResult)).toBeTruthy();
    expect(within(clvCard).getByText("=KV.CLV(500, 4, 3, 0.4, 0.1)")).toBeTruthy();
  });
});

describe("inserting an example", () => {
  it("inserts the example formula and reports the cell", async () => {
    const insertFormula = jest.fn().mockResolvedValue({ kind: "inserted", address: "Sheet1!B2" });
    await renderReference("en", spyWorkbook({ insertFormula }));
    const card = screen.getByRole("group", { name: "KV.AOV" });
    await act(async () => {
      fireEvent.click(within(card).getByRole("button"));
    });
    expect(insertFormula).toHaveBeenCalledWith("=KV.AOV(125000, 500)");
    expect(screen.getByRole("status").textContent).toContain("Inserted =KV.AOV(125000, 500) in Sheet1!B2.");
  });

  it("tells the user, in Danish, that the selected cell is not empty", async () => {
    const insertFormula = jest.fn().mockResolvedValue({ kind: "cellNotEmpty", address: "Ark1!C3" });
    await renderReference("da", spyWorkbook({ insertFormula }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole("group", { name: "KV.NPS" })).getByRole("button"));
    });
    expect(insertFormula).toHaveBeenCalledWith("=KV.NPS({10,9,9,8,7,3,10,6})");
    expect(screen.getByRole("status").textContent).toContain("Ark1!C3 er ikke tom");
  });

  it("inserts a spilling example with the size of its result, and shows the rows it fills with their values", async () => {
    const insertFormula = jest.fn().mockResolvedValue({ kind: "inserted", address: "Sheet1!B2", spillArea: "Sheet1!B2:C6" });
    await renderReference("en", spyWorkbook({ insertFormula }));
    const card = screen.getByRole("group", { name: "KV.NPSINTERVAL" });
    const table = within(card).getByRole("table", { name: "=KV.NPSINTERVAL({10,9,9,8,7,3,10,6})" });
    // Adjusted Wald (Rocks 2016), as docs/functions.md states: 25 with −29.42 to 65.78 from 8 answers
    expect(within(table).getAllByRole("row").map((row) => row.textContent)).toEqual(["nps25", "low-29.42", "high65.78", "answers8", "confidence0.95"]);
    expect(within(card).getByText(uiText("en", "exampleFills", { rows: "5" }))).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(card).getByRole("button"));
    });
    expect(insertFormula).toHaveBeenCalledWith("=KV.NPSINTERVAL({10,9,9,8,7,3,10,6})", { rows: 5, columns: 2 });
    // Shown on the card whose Insert was pressed, where the user is looking, not at the top of a long list.
    expect(within(card).getByRole("status").textContent).toBe("Inserted =KV.NPSINTERVAL({10,9,9,8,7,3,10,6}) in Sheet1!B2; its result fills Sheet1!B2:C6.");
    expect(screen.getAllByRole("status")).toHaveLength(1);
  });

  it("shows #N/A, TRUE and FALSE as Excel does in Danish, and says when the spill area is not empty", async () => {
    const insertFormula = jest.fn().mockResolvedValue({ kind: "spillAreaNotEmpty", address: "Ark1!B2", spillArea: "Ark1!B2:C13" });
    await renderReference("da", spyWorkbook({ insertFormula }));
    const rows = (id: string) => within(screen.getByRole("group", { name: `KV.${id}` })).getAllByRole("row").map((row) => row.textContent);
    // 10 answers: the p90's upper rank would need 36 or more at 95 % (0.9³⁵ > 0.025), so it is #N/A
    expect(rows("RESPONSETIME")).toContain("p90High#I/T");
    expect(rows("CSAT")).toContain("scaleDetectedSAND");
    expect(rows("NPSCHANGE")).toContain("largerThanChanceFALSK");
    // 0.0049 is not rounded to 0: small values keep four decimals
    expect(rows("ABTEST").find((row) => row?.startsWith("pValue"))).toMatch(/^pValue0,0\d{2}/);
    await act(async () => {
      fireEvent.click(within(screen.getByRole("group", { name: "KV.ABTEST" })).getByRole("button"));
    });
    expect(insertFormula).toHaveBeenCalledWith("=KV.ABTEST(10000, 200, 10000, 260)", { rows: 12, columns: 2 });
    expect(within(screen.getByRole("group", { name: "KV.ABTEST" })).getByRole("status").textContent).toContain("Resultatet af eksemplet fylder Ark1!B2:C13, og en celle dér er ikke tom.");
  });

  it("words the last Insert's message in the language shown now, after a change of language", async () => {
    const insertFormula = jest.fn().mockResolvedValue({ kind: "noRoomForSpill", address: "Sheet1!A1048570", rows: 12, columns: 2 });
    const workbook = spyWorkbook({ insertFormula });
    let view: ReturnType<typeof render> | undefined;
    await act(async () => {
      view = render(<App language="en" formulas={formulaCatalog} workbook={workbook} />);
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: wizardText("en", "tabFormulas") }));
    });
    const card = () => screen.getByRole("group", { name: "KV.ABTEST" });
    await act(async () => {
      fireEvent.click(within(card()).getByRole("button"));
    });
    expect(within(card()).getByRole("status").textContent).toBe(uiText("en", "noRoomForSpill", { address: "Sheet1!A1048570", rows: "12", columns: "2" }));
    await act(async () => {
      view!.rerender(<App language="sv" formulas={formulaCatalog} workbook={workbook} />);
    });
    expect(within(card()).getByRole("status").textContent).toBe(uiText("sv", "noRoomForSpill", { address: "Sheet1!A1048570", rows: "12", columns: "2" }));
  });

  it("shows a failure from Excel as a message instead of crashing", async () => {
    const insertFormula = jest.fn().mockRejectedValue(new Error("The workbook is protected"));
    await renderReference("sv", spyWorkbook({ insertFormula }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole("group", { name: "KV.CLV" })).getByRole("button"));
    });
    expect(screen.getByRole("status").textContent).toBe("Formeln kunde inte infogas: The workbook is protected");
  });

  it("outside Excel, explains why Insert is unavailable and disables it", async () => {
    await renderReference("en");
    expect(screen.getByText(new RegExp(uiText("en", "outsideExcel").slice(0, 30)))).toBeTruthy();
    for (const button of screen.getAllByRole("button")) expect((button as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("finding a formula", () => {
  it("filters by name or translated description, and says when nothing matches", async () => {
    await renderReference("da", spyWorkbook());
    const search = screen.getByRole("textbox", { name: "Find en formel" });
    fireEvent.change(search, { target: { value: "ordreværdi" } });
    expect(screen.queryByRole("group", { name: "KV.AOV" })).toBeTruthy();
    expect(screen.queryByRole("group", { name: "KV.NPS" })).toBeNull();
    fireEvent.change(search, { target: { value: "xyz" } });
    expect(screen.getByText("Ingen formel passer til “xyz”.")).toBeTruthy();
    expect(inlineBlocks(document.body)).toEqual([]);
  });
});

describe("the two areas", () => {
  it("opens on Analyse purchases; outside Excel it says the wizard needs Excel", async () => {
    await act(async () => {
      render(<App language="da" formulas={formulaCatalog} />);
    });
    expect(screen.getByRole("tab", { name: "Analysér køb" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText("Åbn opgaveruden fra Excel for at analysere købsdata i en projektmappe.")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Formeloversigt" })).toBeNull();
  });

  it("in Excel, shows the wizard's first step and the share-safe copy, and Refresh only when a run is saved", async () => {
    await act(async () => {
      render(<App language="en" formulas={formulaCatalog} workbook={spyWorkbook()} />);
    });
    expect(screen.getByRole("heading", { name: "Step 1 of 5: Data" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Replace KV formulas with values…" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Refresh" })).toBeNull();
    expect(inlineBlocks(document.body)).toEqual([]);
  });

  it("shows only the selected tab's panel: the formula reference hides the wizard, which keeps its step", async () => {
    installWorkbook(threeCustomerLog);
    await renderPane("en");
    await throughData("en", "Data!A1:C6");
    const wizardHeading = screen.getByRole("heading", { name: stepHeading("en", 2, "stepColumns") });
    expect(shown(wizardHeading)).toBe(true);

    fireEvent.click(screen.getByRole("tab", { name: wizardText("en", "tabFormulas") }));
    expect(shown(screen.getByRole("heading", { name: "Formula reference" }))).toBe(true);
    // Hidden, not just hidden from the accessibility tree: the browser must not draw it.
    expect(shown(wizardHeading)).toBe(false);
    expect(shown(screen.getByRole("button", { name: "Replace KV formulas with values…", hidden: true }))).toBe(false);

    fireEvent.click(screen.getByRole("tab", { name: wizardText("en", "tabAnalyse") }));
    expect(shown(screen.getByRole("heading", { name: stepHeading("en", 2, "stepColumns") }))).toBe(true);
    expect(screen.queryByRole("heading", { name: "Formula reference" })).toBeNull();
    uninstallWorkbook();
  }, 60_000);

  it("words a failure to look for a saved run instead of crashing", async () => {
    const loadRunSettings = jest.fn().mockRejectedValue(new Error("AccessDenied"));
    await act(async () => {
      render(<App language="sv" formulas={formulaCatalog} workbook={spyWorkbook({ loadRunSettings })} />);
    });
    expect(screen.getByText("Något gick fel. Försök igen; om det händer igen, stäng arbetsboken och öppna den igen. Tekniska detaljer: AccessDenied")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Steg 1 av 5: Data" })).toBeTruthy();
  });
});

const savedRun: StoredRun = {
  version: 1,
  language: "en",
  source: { kind: "range", sheet: "Data", address: "A1:C6" },
  columns: {},
  analysis: { timeUnit: "week", observationEndDay: null, horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, newCustomers: 0, segmentScheme: "rfm", holdout: false },
};

/** A gate the workbook's functions wait at while it is held, so a test can look at the pane mid-task. */
function gate() {
  let held: Promise<void> | undefined;
  let open = () => {};
  return {
    hold() {
      held = new Promise((resolve) => (open = resolve));
    },
    release() {
      held = undefined;
      open();
    },
    pass: () => held ?? Promise.resolve(),
  };
}

/** The real src/excel functions over the double, with Refresh, the wizard's writing and the formula search held at `paused`. */
function gatedWorkbook(paused: ReturnType<typeof gate>): WorkbookPort {
  return {
    ...excelWorkbook,
    resolveStoredSource: async (stored) => (await paused.pass(), excelWorkbook.resolveStoredSource(stored)),
    writeReport: async (...args) => (await paused.pass(), excelWorkbook.writeReport(...args)),
    findAddinFormulas: async () => (await paused.pass(), excelWorkbook.findAddinFormulas()),
  };
}

describe("one task at a time", () => {
  afterEach(uninstallWorkbook);
  const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;
  /** Disabled, or disabled but still focusable (Refresh keeps the focus while it runs). */
  const isDisabled = (name: string) => button(name).disabled || button(name).getAttribute("aria-disabled") === "true";
  const disabledAfterRefresh = () => ({ refresh: isDisabled("Refresh"), share: isDisabled("Replace KV formulas with values…") });
  const disabled = () => ({ run: isDisabled("Run analysis"), refresh: isDisabled("Refresh"), share: isDisabled("Replace KV formulas with values…") });

  it("while Refresh, the replacement or the wizard's Run runs, the other two are disabled", async () => {
    installWorkbook(threeCustomerLog);
    await saveRunSettings(savedRun);
    const paused = gate();
    await renderPane("en", gatedWorkbook(paused));
    await throughData("en", "Data!A1:C6");
    await click(button("Next"));
    expect(disabled()).toEqual({ run: false, refresh: false, share: false });

    paused.hold();
    await click(button("Refresh"));
    expect(disabled()).toEqual({ run: true, refresh: true, share: true });
    await act(async () => paused.release());
    await screen.findByRole("region", { name: "Results" }, runTimeout);
    expect(disabled()).toEqual({ run: false, refresh: false, share: false });

    paused.hold();
    await click(button("Replace KV formulas with values…"));
    expect(disabled()).toEqual({ run: true, refresh: true, share: true });
    await act(async () => paused.release());
    await screen.findByText(wizardText("en", "shareNothing"), undefined, runTimeout);
    expect(disabled()).toEqual({ run: false, refresh: false, share: false });

    // The wizard's run and its results are the saved analysis: Refresh is not offered beside them.
    paused.hold();
    await click(button("Run analysis"));
    await screen.findByRole("heading", { name: stepHeading("en", 4, "stepRun") }, runTimeout);
    expect(screen.queryByRole("button", { name: "Refresh" })).toBeNull();
    expect(isDisabled("Replace KV formulas with values…")).toBe(true);
    await act(async () => paused.release());
    await screen.findByRole("heading", { name: stepHeading("en", 5, "stepResults") }, runTimeout);
    expect(screen.queryByRole("button", { name: "Refresh" })).toBeNull();
    expect(isDisabled("Replace KV formulas with values…")).toBe(false);
    await click(button(wizardText("en", "newAnalysis")));
    expect(disabledAfterRefresh()).toEqual({ refresh: false, share: false });
  });

  it("shows one set of results, first in the pane: the wizard's results without the saved panel above, Refresh's in the saved panel", async () => {
    installWorkbook(threeCustomerLog);
    await saveRunSettings(savedRun);
    await renderPane("en");
    expect(screen.getByRole("region", { name: "Saved analysis" })).toBeTruthy();
    await throughData("en", "Data!A1:C6");
    await click(button("Next"));
    await click(button("Run analysis"));
    await screen.findByRole("heading", { name: stepHeading("en", 5, "stepResults") }, runTimeout);
    expect(screen.getAllByRole("region", { name: "Results" })).toHaveLength(1);
    expect(screen.queryByRole("region", { name: "Saved analysis" })).toBeNull();
    // Focus is on the Results step's heading, not on the page.
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: stepHeading("en", 5, "stepResults") }));

    // A new analysis: the saved analysis (the run just made) is offered again, above the wizard, without results.
    await click(button(wizardText("en", "newAnalysis")));
    const saved = screen.getByRole("region", { name: "Saved analysis" });
    expect(within(saved).queryByRole("region", { name: "Results" })).toBeNull();
    expect(saved.compareDocumentPosition(screen.getByRole("heading", { name: stepHeading("en", 1, "stepData") })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await click(button("Refresh"));
    await waitFor(() => expect(within(saved).getByRole("region", { name: "Results" })).toBeTruthy(), runTimeout);
    expect(screen.getAllByRole("region", { name: "Results" })).toHaveLength(1);
    expect(screen.getByRole("heading", { name: stepHeading("en", 1, "stepData") })).toBeTruthy();
    // Focus moves to Refresh's results.
    expect(document.activeElement?.contains(within(saved).getByRole("region", { name: "Results" }))).toBe(true);
    expect(disabledAfterRefresh()).toEqual({ refresh: false, share: false });

    await throughData("en", "Data!A1:C6");
    await click(button("Next"));
    await click(button("Run analysis"));
    await screen.findByRole("heading", { name: stepHeading("en", 5, "stepResults") }, runTimeout);
    expect(screen.getAllByRole("region", { name: "Results" })).toHaveLength(1);
    await click(button(wizardText("en", "newAnalysis")));
    expect(within(screen.getByRole("region", { name: "Saved analysis" })).queryByRole("region", { name: "Results" })).toBeNull();
  });
});
