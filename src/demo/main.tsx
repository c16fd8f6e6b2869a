import { createRoot } from "react-dom/client";
import { DemoPage } from "./DemoPage";
import { officeThemeNamed } from "./officeThemes";
import { publishInPageHost } from "./publishInPageHost";
import { seedFromCsv, simulatedSeed, type SeedData } from "./seedData";
import { WorkbookDouble } from "./workbook/workbookDouble";

/** The CDNOW sample as scripts/demoServer.mjs serves it from test/fixtures (404 when the server was started with --no-sample). */
const SAMPLE_URL = "/data/cdnowElog.csv";
const SAMPLE_NAME = "cdnowElog.csv";
/** The simulated log used without the sample: as many customers as the CDNOW sample has, a fixed seed. */
const SIMULATED_CUSTOMERS = 2357;
const SIMULATED_SEED = 2026;

async function loadSeed(): Promise<SeedData> {
  const response = await fetch(SAMPLE_URL);
  if (response.ok) return seedFromCsv(await response.text(), SAMPLE_NAME);
  return simulatedSeed(SIMULATED_CUSTOMERS, SIMULATED_SEED);
}

/** A workbook holding only the purchase data, on its own sheet, with A1 selected (as after opening the CSV). */
function seededWorkbook(seed: SeedData): WorkbookDouble {
  const book = new WorkbookDouble();
  book.loadRows(seed.sheet, seed.rows);
  for (const [column, format] of Object.entries(seed.columnFormats)) {
    for (let row = 1; row < seed.rows.length; row += 1) book.setNumberFormat(seed.sheet, row, Number(column), format);
  }
  for (const name of book.sheetNames()) if (name !== seed.sheet) book.deleteSheet(name);
  book.select(seed.sheet, 0, 0);
  return book;
}

async function start(root: HTMLElement): Promise<void> {
  const seed = await loadSeed();
  const book = seededWorkbook(seed);
  // ?lang=da-DK starts the pane in that display language; otherwise the browser's language stands in for Office's.
  const parameters = new URLSearchParams(window.location.search);
  const displayLanguage = parameters.get("lang") || navigator.language;
  // ?theme=darkgray (or black, colorful, white) gives the pane Office's theme, as Excel would.
  const host = publishInPageHost(window, book, seed.source.kind === "file" ? seed.source.name : "simulated", displayLanguage, officeThemeNamed(parameters.get("theme")));
  createRoot(root).render(<DemoPage book={book} source={seed.source} dataRows={seed.rows.length - 1} paneUrl="/taskpane.html" host={host} />);
}

const root = document.getElementById("root") as HTMLElement;
start(root).catch((error: unknown) => {
  root.textContent = `The demo could not start: ${error instanceof Error ? error.message : String(error)}`;
  root.className = "failed";
});
