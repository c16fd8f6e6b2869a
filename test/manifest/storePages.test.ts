/**
 * scripts/storePages.js and pages/: the support page and the privacy statement in English, Danish and Swedish, their
 * layout, and the privacy statement held to what the add-in does (what the workbook setting stores, and no network,
 * cookie or browser-storage call in the add-in's own code).
 */
import fs from "fs";
import path from "path";
import { parseStoredRun, RUN_SETTINGS_KEY, type StoredRun } from "../../src/excel/runSettingsStore";

const { FUNCTION_REFERENCE, PAGE_LANGUAGES, SUPPORT_EMAIL, storePageFile, storePages, renderStorePage } = require("../../scripts/storePages.js") as {
  FUNCTION_REFERENCE: string;
  PAGE_LANGUAGES: Record<string, string>;
  SUPPORT_EMAIL: string;
  storePageFile: (page: string, language: string) => string;
  storePages: () => { page: string; language: string; source: string; file: string }[];
  renderStorePage: (fragment: string, page: string, language: string) => string;
};
const { pageLinks } = require("../../scripts/checkBuild.js") as { pageLinks: (html: string) => string[] };

const REPO_ROOT = path.resolve(__dirname, "../..");
const LANGUAGES = ["en", "da", "sv"];

/** A page's fragment as written in pages/. */
const fragment = (page: string, language: string) => fs.readFileSync(path.join(REPO_ROOT, "pages", `${page}.${language}.html`), "utf8");

/** A page as the build renders it. */
const rendered = (page: string, language: string) => renderStorePage(fragment(page, language), page, language);

/** The text a reader sees: tags dropped, entities and spaces collapsed. */
const visibleText = (html: string) => html.replace(/<[^>]*>/g, " ").replace(/&amp;/g, "&").replace(/\s+/g, " ");

describe("the store pages", () => {
  it("are the support page and the privacy statement in English (the manifest's default locale), Danish and Swedish", () => {
    expect(PAGE_LANGUAGES).toEqual({ en: "en-US", da: "da-DK", sv: "sv-SE" });
    expect(storePages().map(({ source, file }) => [source, file])).toEqual([
      ["pages/support.en.html", "support.html"],
      ["pages/support.da.html", "support.da.html"],
      ["pages/support.sv.html", "support.sv.html"],
      ["pages/privacy.en.html", "privacy.html"],
      ["pages/privacy.da.html", "privacy.da.html"],
      ["pages/privacy.sv.html", "privacy.sv.html"],
    ]);
    for (const { source } of storePages()) expect(fs.existsSync(path.join(REPO_ROOT, source))).toBe(true);
  });

  it("render as standalone pages in their language, titled, with the other languages as alternates and in a language switch", () => {
    const page = renderStorePage("<p>Skriv til os.</p>", "support", "da");
    expect(page).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(page).toContain("<title>Support til Kundeværdi</title>");
    expect(page).toContain("<h1>Support til Kundeværdi</h1>\n<p>Skriv til os.</p>\n</main>");
    for (const language of LANGUAGES) expect(page).toContain(`<link rel="alternate" hreflang="${language}" href="${storePageFile("support", language)}">`);
    expect(page).toContain(
      '<nav aria-label="Sprog"><a href="support.html" hreflang="en" lang="en">English</a> · <span aria-current="page">Dansk</span> · <a href="support.sv.html" hreflang="sv" lang="sv">Svenska</a></nav>',
    );
    expect(pageLinks(page.slice(page.indexOf("<footer>")))).toEqual(["support.da.html", "privacy.da.html", FUNCTION_REFERENCE, `mailto:${SUPPORT_EMAIL}`]);
    expect(renderStorePage("", "privacy", "sv")).toContain("<h1>Integritetspolicy för Kundvärde</h1>");
    expect(() => renderStorePage("", "terms", "en")).toThrow("no store page terms in en");
    expect(() => renderStorePage("", "support", "de")).toThrow("no store page support in de");
  });

  it("hold their text in pages/ as fragments: no page of their own, no title (the layout adds both), no script", () => {
    for (const { page, language } of storePages()) {
      const text = fragment(page, language);
      expect([page, language, /<(?:!doctype|html|head|body|h1|script|style)\b/i.test(text)]).toEqual([page, language, false]);
    }
  });
});

describe("the support page", () => {
  it.each(LANGUAGES)("in %s gives the support address and links the function reference and the privacy statement in its text", (language) => {
    const links = pageLinks(fragment("support", language));
    expect(links).toEqual(expect.arrayContaining([`mailto:${SUPPORT_EMAIL}`, FUNCTION_REFERENCE, storePageFile("privacy", language)]));
    expect(visibleText(fragment("support", language))).toContain(SUPPORT_EMAIL);
  });

  it("uses an address at the production domain", () => {
    const { config } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));
    const host = new URL(config.production_url).hostname;
    expect(host.endsWith(`.${SUPPORT_EMAIL.split("@")[1]}`)).toBe(true);
  });
});

/**
 * What the privacy statement says the workbook setting holds, field by field. Typed as every key of StoredRun:
 * a field added to StoredRun fails `tsc` here until the statement (pages/privacy.*.html) has been checked for it.
 */
const STATED_RUN_FIELDS: Record<keyof StoredRun, string> = {
  version: "the format's version number (not described: it says nothing about the user or the data)",
  language: "the language the report was written in",
  source: "where the data is: the sheet and cell range, or the name of the Excel table",
  columns: "which column headings were read as what",
  dateOrder: "the date order",
  analysis: "the choices made in the Analysis step",
};

/** The Analysis step's choices the statement sums up ("such as the period, horizon, …"): none is data from the rows. */
const STATED_ANALYSIS_CHOICES: Record<keyof StoredRun["analysis"], true> = {
  timeUnit: true,
  observationEndDay: true,
  horizonMonths: true,
  annualDiscountRate: true,
  grossMargin: true,
  newCustomers: true,
  segmentScheme: true,
  holdout: true,
  customerLifetime: true,
  periodMonths: true,
  currency: true,
  purchaseModel: true,
  cohortPeriod: true,
};

/** Browser calls that would send data off the machine or keep it outside the workbook. */
const NETWORK_AND_STORAGE_CALLS: [string, RegExp][] = [
  ["fetch()", /\bfetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["EventSource", /\bEventSource\b/],
  ["sendBeacon", /\bsendBeacon\b/],
  ["document.cookie", /\bdocument\s*\.\s*cookie\b/],
  ["localStorage", /\blocalStorage\b/],
  ["sessionStorage", /\bsessionStorage\b/],
  ["indexedDB", /\bindexedDB\b/],
  ["OfficeRuntime.storage", /\bOfficeRuntime\s*\.\s*storage\b/],
  ["roamingSettings", /\broamingSettings\b/],
];

/** The calls of NETWORK_AND_STORAGE_CALLS that a source text makes. */
function networkAndStorageCalls(source: string): string[] {
  return NETWORK_AND_STORAGE_CALLS.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);
}

/** The sources of the code the add-in ships (the command line and the demo page are not part of it). */
function addinSources(): string[] {
  const walk = (folder: string): string[] =>
    fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(folder, entry.name);
      return entry.isDirectory() ? walk(file) : /\.tsx?$/.test(entry.name) ? [file] : [];
    });
  return ["core", "i18n", "functions", "excel", "taskpane"].flatMap((folder) => walk(path.join(REPO_ROOT, "src", folder)));
}

describe("the privacy statement", () => {
  it.each(LANGUAGES)("in %s names the add-in, the workbook setting it keeps, and says no cookies", (language) => {
    const text = visibleText(fragment("privacy", language));
    expect(text).toContain(language === "sv" ? "Kundvärde" : "Kundeværdi");
    expect(text).toContain(RUN_SETTINGS_KEY);
    expect(text).toContain("cookies");
    expect(text).toContain("Microsoft");
    expect(pageLinks(fragment("privacy", language))).toContain(`mailto:${SUPPORT_EMAIL}`);
    expect(rendered("privacy", language)).toContain(`<html lang="${language}">`);
  });

  it("describes every field the workbook setting stores, and the setting is the add-in's only one", () => {
    expect(RUN_SETTINGS_KEY).toBe("Kundevaerdi.lastRun");
    const full: StoredRun = {
      version: 1,
      language: "da",
      source: { kind: "range", sheet: "Køb", address: "A1:C100" },
      columns: { customer: "Kunde" },
      dateOrder: "dmy",
      analysis: {
        timeUnit: "week",
        observationEndDay: 19_000,
        horizonMonths: 12,
        annualDiscountRate: 0.1,
        grossMargin: 0.4,
        newCustomers: 0,
        segmentScheme: "rfm",
        holdout: true,
        customerLifetime: { kind: "years", years: 3 },
        periodMonths: 12,
        currency: "DKK",
        purchaseModel: "bgnbd",
        cohortPeriod: "month",
      },
    };
    const stored = parseStoredRun(JSON.parse(JSON.stringify(full)));
    expect(Object.keys(stored ?? {}).sort()).toEqual(Object.keys(STATED_RUN_FIELDS).sort());
    expect(Object.keys(stored?.analysis ?? {}).sort()).toEqual(Object.keys(STATED_ANALYSIS_CHOICES).sort());
    // Only runSettingsStore and writeReport (which stores and restores it) keep anything in the file beside the
    // sheets, and only under this key: workbook settings (ExcelApi), document settings or custom XML parts.
    const keeping = /\b(?:settings\s*\.\s*(?:add|set|getItem\w*)|customXmlParts\s*\.\s*add)\s*\(\s*([^,)]*)/g;
    const settingsUsers = addinSources().filter((file) => [...fs.readFileSync(file, "utf8").matchAll(keeping)].length > 0);
    expect(settingsUsers.map((file) => path.relative(REPO_ROOT, file)).sort()).toEqual(["src/excel/runSettingsStore.ts", "src/excel/writeReport.ts"]);
    for (const file of settingsUsers) {
      for (const [, key] of fs.readFileSync(file, "utf8").matchAll(keeping)) expect(key.trim()).toBe("RUN_SETTINGS_KEY");
    }
  });

  it("holds for the add-in's own code: no network call, cookie or browser storage in what it ships", () => {
    const offenders = addinSources()
      .map((file) => [path.relative(REPO_ROOT, file), networkAndStorageCalls(fs.readFileSync(file, "utf8"))] as const)
      .filter(([, calls]) => calls.length > 0);
    expect(offenders).toEqual([]);
    expect(addinSources().length).toBeGreaterThan(100);
  });

  it("would be caught out by each such call", () => {
    const planted = [
      'await fetch("https://example.com/collect", { body })',
      "new XMLHttpRequest()",
      'new WebSocket("wss://example.com")',
      'new EventSource("/events")',
      "navigator.sendBeacon(url, data)",
      'document.cookie = "seen=1"',
      'window.localStorage.setItem("run", json)',
      "sessionStorage.getItem(key)",
      'indexedDB.open("kv")',
      'OfficeRuntime.storage.setItem("k", v)',
      "Office.context.roamingSettings.set(k, v)",
    ];
    expect(planted.map(networkAndStorageCalls)).toEqual(NETWORK_AND_STORAGE_CALLS.map(([name]) => [name]));
    expect(networkAndStorageCalls("const prefetched = rows; // refetch later; cookieless")).toEqual([]);
  });
});
