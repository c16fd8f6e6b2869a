/**
 * scripts/checkBuild.js, run on fake dist/ folders: a good build passes, and each way a production build can
 * go wrong (URL rewrite skipped, a file missing, help links broken, the shared page not loading the functions)
 * is reported. The script also runs as `npm test` does, as a child process, to check its exit status and output.
 */
import { execFileSync } from "child_process";
import { randomBytes } from "crypto";
import fs from "fs";
import os from "os";
import path from "path";

interface BuildCheck {
  problems: string[];
  urls: number;
  icons: number;
  functions: number;
  localized: string[];
  storePages: string[];
  links: number;
  externalLinks: string[];
  initialScriptBytes?: number;
}

const { checkBuild, checkSupportUrl, pageLinks, EXTERNAL_LINKS, INITIAL_SCRIPT_BUDGET_BYTES } = require("../../scripts/checkBuild.js") as {
  checkBuild: (dist: string, baseUrl: string) => BuildCheck;
  checkSupportUrl: (xml: string, baseUrl: string) => string[];
  pageLinks: (html: string) => string[];
  EXTERNAL_LINKS: Map<string, string>;
  INITIAL_SCRIPT_BUDGET_BYTES: number;
};
const { ICON_SIZES, iconFile } = require("../../scripts/icons/iconSizes.js") as { ICON_SIZES: number[]; iconFile: (size: number) => string };
const { renderStorePage, storePages, SUPPORT_EMAIL } = require("../../scripts/storePages.js") as {
  renderStorePage: (fragment: string, page: string, language: string) => string;
  storePages: () => { page: string; language: string; source: string; file: string }[];
  SUPPORT_EMAIL: string;
};

const REPO_ROOT = path.resolve(__dirname, "../..");
const DEV_URL = "https://localhost:3000/";
const PRODUCTION_URL = "https://addin.example.dk/kv/";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The store pages as the build renders them from pages/. */
const STORE_PAGES = Object.fromEntries(
  storePages().map(({ page, language, source, file }) => [file, renderStorePage(fs.readFileSync(path.join(REPO_ROOT, source), "utf8"), page, language)]),
);

const temporaryFolders: string[] = [];
afterAll(() => temporaryFolders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

/** A dist/ folder as a correct production build leaves it; `changes` replaces files (or deletes them with null). */
function fakeDist(changes: Record<string, string | Buffer | null> = {}): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "kv-dist-"));
  temporaryFolders.push(dist);
  const files: Record<string, string | Buffer | null> = {
    "manifest.xml": fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8").split(DEV_URL).join(PRODUCTION_URL),
    // As html-webpack-plugin minifies it: attribute quotes dropped.
    "taskpane.html": `<!doctype html><html><head><script src=${OFFICE_JS}></script><script defer src=functions.js></script><script defer src=taskpane.js></script></head></html>`,
    "functions.js": "",
    "taskpane.js": "",
    "functions.json": JSON.stringify({ functions: [{ id: "CLV", name: "CLV", helpUrl: `${PRODUCTION_URL}functions.html#kv.clv` }] }),
    "functions.da.json": JSON.stringify({ functions: [{ id: "CLV", name: "KUNDEVÆRDI", helpUrl: `${PRODUCTION_URL}functions.html#kv.clv` }] }),
    "functions.sv.json": JSON.stringify({ functions: [{ id: "CLV", name: "KUNDVÄRDE", helpUrl: `${PRODUCTION_URL}functions.html#kv.clv` }] }),
    "functions.html": "<h2 id=kv.clv>KV.CLV</h2>",
    ...STORE_PAGES,
    ...Object.fromEntries(ICON_SIZES.map((size) => [iconFile(size), fs.readFileSync(path.join(REPO_ROOT, iconFile(size)))])),
    ...changes,
  };
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    fs.mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    fs.writeFileSync(path.join(dist, name), content);
  }
  return dist;
}

/** Runs the script as a command; returns its exit status and output. */
function runScript(dist: string): { status: number; output: string } {
  const options = { cwd: REPO_ROOT, encoding: "utf8" as const, env: { ...process.env, KV_PRODUCTION_URL: PRODUCTION_URL }, stdio: "pipe" as const };
  try {
    return { status: 0, output: execFileSync(process.execPath, ["scripts/checkBuild.js", dist], options) };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

describe("checkBuild", () => {
  it("passes a correct production build and counts its URLs, icons, functions, store pages and links", () => {
    const result = checkBuild(fakeDist(), PRODUCTION_URL);
    expect(result.problems).toEqual([]);
    expect(result.urls).toBeGreaterThanOrEqual(10);
    expect(result.icons).toBe(2 + 2 * 8); // IconUrl, HighResolutionIconUrl, and the ribbon group's and button's 8 sizes
    expect(result.functions).toBe(1);
    expect(result.localized).toEqual(["functions.da.json", "functions.sv.json"]);
    expect(result.storePages).toEqual(["support.html", "support.da.html", "support.sv.html", "privacy.html", "privacy.da.html", "privacy.sv.html"]);
    expect(result.links).toBeGreaterThan(6 * 10);
    expect(result.externalLinks.sort()).toEqual([OFFICE_JS, `mailto:${SUPPORT_EMAIL}`]);
  });

  it("reports a manifest whose URLs were not rewritten to the production URL", () => {
    const devManifest = fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8");
    const { problems } = checkBuild(fakeDist({ "manifest.xml": devManifest }), PRODUCTION_URL);
    expect(problems[0]).toBe("manifest.xml still mentions localhost: the production URL rewrite did not run");
    expect(problems).toContain(`manifest.xml: ${DEV_URL}taskpane.html is not under the production URL ${PRODUCTION_URL}`);
  });

  it("reports a manifest URL naming a file that is not in dist", () => {
    const dist = fakeDist({ "assets/icon-80.png": null });
    expect(checkBuild(dist, PRODUCTION_URL).problems).toEqual([`manifest.xml: ${PRODUCTION_URL}assets/icon-80.png names no file in ${dist}`]);
  });

  it("reports functions.json help links on the dev server or to a missing heading, and metadata without functions", () => {
    const metadata = (helpUrl: string) => JSON.stringify({ functions: [{ id: "CLV", name: "CLV", helpUrl }] });
    expect(checkBuild(fakeDist({ "functions.json": metadata(`${DEV_URL}functions.html#kv.clv`) }), PRODUCTION_URL).problems).toEqual([
      `functions.json: CLV helpUrl ${DEV_URL}functions.html#kv.clv is not under the production URL ${PRODUCTION_URL}`,
    ]);
    expect(checkBuild(fakeDist({ "functions.json": metadata(`${PRODUCTION_URL}functions.html#kv.ltv`) }), PRODUCTION_URL).problems).toEqual([
      `functions.json: CLV helpUrl ${PRODUCTION_URL}functions.html#kv.ltv: functions.html has no heading with id "kv.ltv"`,
    ]);
    const prefixOnly = fakeDist({ "functions.html": "<h2 id=kv.clvretention>KV.CLVRETENTION</h2>" });
    expect(checkBuild(prefixOnly, PRODUCTION_URL).problems).toEqual(
      ["functions.json", "functions.da.json", "functions.sv.json"].map(
        (file) => `${file}: CLV helpUrl ${PRODUCTION_URL}functions.html#kv.clv: functions.html has no heading with id "kv.clv"`,
      ),
    );
    expect(checkBuild(fakeDist({ "functions.html": '<h2 id="kv.clv">KV.CLV</h2>' }), PRODUCTION_URL).problems).toEqual([]);
    expect(checkBuild(fakeDist({ "functions.json": '{"functions": []}' }), PRODUCTION_URL).problems).toEqual(["functions.json has no functions"]);
    expect(checkBuild(fakeDist({ "functions.json": "{" }), PRODUCTION_URL).problems[0]).toMatch(/^functions.json does not parse/);
  });

  it("reports Danish and Swedish metadata that is missing, differs from functions.json or has invalid names", () => {
    const localized = (fn: object) => JSON.stringify({ functions: [{ id: "CLV", name: "KUNDEVÆRDI", helpUrl: `${PRODUCTION_URL}functions.html#kv.clv`, ...fn }] });
    const missing = fakeDist({ "functions.sv.json": null });
    expect(checkBuild(missing, PRODUCTION_URL).problems).toEqual([
      `manifest.xml: ${PRODUCTION_URL}functions.sv.json names no file in ${missing}`,
      `functions.sv.json is missing from ${missing}`,
    ]);
    expect(checkBuild(fakeDist({ "functions.da.json": localized({ id: "LTV" }) }), PRODUCTION_URL).problems).toEqual([
      "functions.da.json does not have the same functions (ids, parameters, types, results) as functions.json: rebuild it from functions.json",
    ]);
    expect(checkBuild(fakeDist({ "functions.da.json": localized({ parameters: [{ name: "x", type: "any" }] }) }), PRODUCTION_URL).problems).toHaveLength(1);
    expect(checkBuild(fakeDist({ "functions.da.json": localized({ name: "SUM" }) }), PRODUCTION_URL).problems).toEqual([
      'functions.da.json: CLV: "SUM" is a built-in Excel function name (en, da)',
    ]);
    expect(checkBuild(fakeDist({ "functions.sv.json": localized({ helpUrl: `${DEV_URL}functions.html#kv.clv` }) }), PRODUCTION_URL).problems).toEqual([
      `functions.sv.json: CLV helpUrl ${DEV_URL}functions.html#kv.clv is not under the production URL ${PRODUCTION_URL}`,
    ]);
    expect(checkBuild(fakeDist({ "functions.sv.json": localized({ description: "Kundlivstidsvärde" }) }), PRODUCTION_URL).problems).toEqual([]);
  });

  it("reports an icon that is not the size the manifest declares for it, or not a PNG", () => {
    const icon = (size: number) => fs.readFileSync(path.join(REPO_ROOT, iconFile(size)));
    const wrongSize = fakeDist({ "assets/icon-40.png": icon(48) });
    // The group and the button show the same image: one problem.
    expect(checkBuild(wrongSize, PRODUCTION_URL).problems).toEqual([
      `manifest.xml: <bt:Image size="40" resid="Icon.40x40">: ${PRODUCTION_URL}assets/icon-40.png is 48×48 px, needs 40×40`,
    ]);
    expect(checkBuild(fakeDist({ "assets/icon-64.png": icon(80) }), PRODUCTION_URL).problems).toEqual([
      `manifest.xml: HighResolutionIconUrl: ${PRODUCTION_URL}assets/icon-64.png is 80×80 px, needs 64×64`,
      `manifest.xml: <bt:Image size="64" resid="Icon.64x64">: ${PRODUCTION_URL}assets/icon-64.png is 80×80 px, needs 64×64`,
    ]);
    expect(checkBuild(fakeDist({ "assets/icon-32.png": "<svg/>" }), PRODUCTION_URL).problems).toEqual([
      `manifest.xml: IconUrl: ${PRODUCTION_URL}assets/icon-32.png is not a PNG file`,
      `manifest.xml: <bt:Image size="32" resid="Icon.32x32">: ${PRODUCTION_URL}assets/icon-32.png is not a PNG file`,
    ]);
  });

  it("reports a SupportUrl that is not the support page, or lacks or adds a language", () => {
    const manifest = fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8").split(DEV_URL).join(PRODUCTION_URL);
    const broken = (from: string, to: string) => {
      expect(manifest).toContain(from);
      return manifest.replace(from, to);
    };
    expect(checkSupportUrl(manifest, PRODUCTION_URL)).toEqual([]);
    const onReference = broken(`<SupportUrl DefaultValue="${PRODUCTION_URL}support.html">`, `<SupportUrl DefaultValue="${PRODUCTION_URL}functions.html">`);
    expect(checkBuild(fakeDist({ "manifest.xml": onReference }), PRODUCTION_URL).problems).toEqual([
      `manifest.xml: SupportUrl is ${PRODUCTION_URL}functions.html, expected the support page ${PRODUCTION_URL}support.html`,
    ]);
    const danishOnSwedish = broken(`<Override Locale="da-DK" Value="${PRODUCTION_URL}support.da.html"/>`, `<Override Locale="da-DK" Value="${PRODUCTION_URL}support.sv.html"/>`);
    expect(checkSupportUrl(danishOnSwedish, PRODUCTION_URL)).toEqual([
      `manifest.xml: SupportUrl's da-DK override is ${PRODUCTION_URL}support.sv.html, expected ${PRODUCTION_URL}support.da.html`,
    ]);
    const norwegianForSwedish = broken(`<Override Locale="sv-SE" Value="${PRODUCTION_URL}support.sv.html"/>`, `<Override Locale="nb-NO" Value="${PRODUCTION_URL}support.sv.html"/>`);
    expect(checkSupportUrl(norwegianForSwedish, PRODUCTION_URL)).toEqual([
      `manifest.xml: SupportUrl has no sv-SE override for the support page ${PRODUCTION_URL}support.sv.html`,
      `manifest.xml: SupportUrl has an override for nb-NO (${PRODUCTION_URL}support.sv.html), which has no support page`,
    ]);
    const englishOnly = manifest.replace(/<SupportUrl DefaultValue="([^"]*)">[\s\S]*?<\/SupportUrl>/, '<SupportUrl DefaultValue="$1"/>');
    expect(checkSupportUrl(englishOnly, PRODUCTION_URL)).toHaveLength(2);
    expect(checkSupportUrl(manifest.replace(/<SupportUrl[\s\S]*?<\/SupportUrl>/, ""), PRODUCTION_URL)).toEqual([
      "manifest.xml has no SupportUrl: the Marketplace requires a support page",
    ]);
  });

  it("reports a missing store page, and every link to it", () => {
    const dist = fakeDist({ "privacy.sv.html": null });
    expect(checkBuild(dist, PRODUCTION_URL).problems).toEqual([
      `privacy.sv.html is missing from ${dist}`,
      `support.sv.html: privacy.sv.html names no file in ${dist}`,
      `privacy.html: privacy.sv.html names no file in ${dist}`,
      `privacy.da.html: privacy.sv.html names no file in ${dist}`,
    ]);
  });

  it("reports a store page without its links to the privacy statement, the function reference, the support address or the other languages", () => {
    const bare = `<!doctype html><html lang="sv"><body><a href="support.html">English</a></body></html>`;
    expect(checkBuild(fakeDist({ "support.sv.html": bare }), PRODUCTION_URL).problems).toEqual([
      "support.sv.html does not link to privacy.sv.html",
      "support.sv.html does not link to functions.html",
      "support.sv.html does not link to support.da.html",
      `support.sv.html does not give the support address mailto:${SUPPORT_EMAIL}`,
    ]);
    const privacyAlone = `<!doctype html><html lang="da"><body><a href="privacy.html">English</a> <a href="privacy.sv.html">Svenska</a></body></html>`;
    expect(checkBuild(fakeDist({ "privacy.da.html": privacyAlone }), PRODUCTION_URL).problems).toEqual(["privacy.da.html does not link to support.da.html"]);
  });

  it("reports dead links in the built pages: a missing file, a missing anchor, a link off the origin that is not allowed", () => {
    const withLinks = (links: string) => STORE_PAGES["support.html"].replace("</main>", `${links}</main>`);
    const dist = fakeDist({
      "support.html": withLinks('<a href="privacy.htm">typo</a><img src="assets/logo.png" alt=""><a href="functions.html#kv.ltv">KV.LTV</a><a href="#contact">up</a>'),
      "functions.html": '<h2 id=kv.clv>KV.CLV</h2><a href="https://example.com/paper.pdf">paper</a><a href="https://localhost:3000/support.html">dev</a>',
    });
    expect(checkBuild(dist, PRODUCTION_URL).problems).toEqual([
      `functions.html: https://example.com/paper.pdf leaves the add-in's origin and is not an allowed external link (${[...EXTERNAL_LINKS.keys()].join(", ")})`,
      `functions.html: https://localhost:3000/support.html leaves the add-in's origin and is not an allowed external link (${[...EXTERNAL_LINKS.keys()].join(", ")})`,
      `support.html: privacy.htm names no file in ${dist}`,
      `support.html: assets/logo.png names no file in ${dist}`,
      'support.html: functions.html#kv.ltv: functions.html has no element with id "kv.ltv"',
      'support.html: #contact: support.html has no element with id "contact"',
    ]);
    // Links under the production URL, with ./ or an existing anchor, resolve.
    const good = withLinks(`<a href="${PRODUCTION_URL}functions.html#kv.clv">KV.CLV</a><a href="./privacy.html">privacy</a><h2 id="contact">Contact</h2><a href="#contact">up</a>`);
    expect(checkBuild(fakeDist({ "support.html": good }), PRODUCTION_URL).problems).toEqual([]);
  });

  it("allows only office.js from Microsoft's CDN and the support address off the add-in's origin", () => {
    expect([...EXTERNAL_LINKS.keys()]).toEqual([OFFICE_JS, `mailto:${SUPPORT_EMAIL}`]);
    const otherCdn = `<script src=https://cdn.example.com/office.js></script><script defer src=functions.js></script><script defer src=taskpane.js></script>`;
    expect(checkBuild(fakeDist({ "taskpane.html": otherCdn }), PRODUCTION_URL).problems).toEqual([
      `taskpane.html: https://cdn.example.com/office.js leaves the add-in's origin and is not an allowed external link (${[...EXTERNAL_LINKS.keys()].join(", ")})`,
    ]);
  });

  it("reads every href and src in tags, quoted or not, with entities decoded, and none from comments or text", () => {
    expect(pageLinks('<a href="a.html?x=1&amp;y=2">a</a><img src=b.png alt=""><link rel=icon href=\'c.png\'><script defer src = d.js></script>')).toEqual([
      "a.html?x=1&y=2",
      "b.png",
      "c.png",
      "d.js",
    ]);
    expect(pageLinks('<!-- <a href="old.html">old</a> --><p>Write &lt;a href="x.html"&gt; to link.</p><code>src=e.js</code>')).toEqual([]);
  });

  it("reports a task pane page that does not load the functions first", () => {
    const onlyPane = '<script defer src="taskpane.js"></script>';
    expect(checkBuild(fakeDist({ "taskpane.html": onlyPane }), PRODUCTION_URL).problems).toEqual([
      "taskpane.html does not load functions.js: the custom functions would not register",
    ]);
    const paneFirst = '<script defer src="taskpane.js"></script><script defer src="functions.js"></script>';
    expect(checkBuild(fakeDist({ "taskpane.html": paneFirst }), PRODUCTION_URL).problems).toEqual(["taskpane.html loads taskpane.js before functions.js"]);
  });

  it("holds the scripts taskpane.html loads from dist to 400 KB gzipped, and does not count office.js from the CDN", () => {
    expect(INITIAL_SCRIPT_BUDGET_BYTES).toBe(400 * 1024);
    // Random bytes do not compress: gzip leaves them at their size plus a few bytes of framing.
    const incompressible = (bytes: number) => randomBytes(bytes);
    const justUnder = checkBuild(fakeDist({ "taskpane.js": incompressible(INITIAL_SCRIPT_BUDGET_BYTES - 1024) }), PRODUCTION_URL);
    expect(justUnder.problems).toEqual([]);
    expect(justUnder.initialScriptBytes).toBeGreaterThan(INITIAL_SCRIPT_BUDGET_BYTES - 1024);
    expect(justUnder.initialScriptBytes).toBeLessThanOrEqual(INITIAL_SCRIPT_BUDGET_BYTES);

    // Over budget in the two scripts together, though each alone is under it.
    const half = incompressible(INITIAL_SCRIPT_BUDGET_BYTES / 2 + 1024);
    const over = checkBuild(fakeDist({ "functions.js": half, "taskpane.js": half }), PRODUCTION_URL);
    expect(over.initialScriptBytes).toBeGreaterThan(INITIAL_SCRIPT_BUDGET_BYTES);
    expect(over.problems).toHaveLength(1);
    expect(over.problems[0]).toMatch(/^the task pane's initial JavaScript \(functions\.js, taskpane\.js\) is 40\d\.\d KB gzipped, over the budget of 400\.0 KB/);

    // Text compresses: a megabyte of repeated source is far under the budget once gzipped.
    const repetitive = "export const value = 1;\n".repeat(45_000);
    expect(checkBuild(fakeDist({ "taskpane.js": repetitive }), PRODUCTION_URL).problems).toEqual([]);

    const missingScript = fakeDist({ "taskpane.js": null });
    const missing = checkBuild(missingScript, PRODUCTION_URL);
    expect(missing.problems).toEqual([`taskpane.html: taskpane.js names no file in ${missingScript}`]);
    expect(missing.initialScriptBytes).toBeUndefined();
  });

  it("fails the command on a pane bundle over budget", () => {
    const result = runScript(fakeDist({ "taskpane.js": randomBytes(INITIAL_SCRIPT_BUDGET_BYTES + 4096) }));
    expect(result.status).toBe(1);
    expect(result.output).toContain("over the budget of 400.0 KB");
    expect(runScript(fakeDist()).output).toMatch(/initial JavaScript 0\.\d KB gzipped, budget 400\.0 KB\)$/m);
  });

  it("runs as a command: one summary line and status 0, or the problems and status 1", () => {
    const good = runScript(fakeDist());
    expect(good.status).toBe(0);
    expect(good.output.trim().split("\n")).toHaveLength(1);
    expect(good.output).toMatch(/^checkBuild: OK: .*functions\.json \(1 function\) translated in functions\.da\.json and functions\.sv\.json/);
    expect(good.output).toContain("18 icons of their declared size, SupportUrl on the support pages");
    expect(good.output).toContain("the store pages support.html, support.da.html, support.sv.html, privacy.html, privacy.da.html, privacy.sv.html");
    expect(good.output).toMatch(/\d+ links that resolve \(external: /);
    expect(good.output).toContain(`${OFFICE_JS} (office.js from Microsoft's CDN)`);
    expect(good.output).toContain(`mailto:${SUPPORT_EMAIL} (the support address)`);

    const broken = runScript(fakeDist({ "functions.json": null }));
    expect(broken.status).toBe(1);
    expect(broken.output).toContain("functions.json is missing from");

    const missing = runScript(path.join(os.tmpdir(), "kv-no-such-dist"));
    expect(missing.status).toBe(1);
    expect(missing.output).toContain("does not exist: run `npx webpack --mode production` first");
  });
});
