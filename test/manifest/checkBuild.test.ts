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

const { checkBuild, INITIAL_SCRIPT_BUDGET_BYTES } = require("../../scripts/checkBuild.js") as {
  checkBuild: (dist: string, baseUrl: string) => { problems: string[]; urls: number; functions: number; localized: string[]; initialScriptBytes?: number };
  INITIAL_SCRIPT_BUDGET_BYTES: number;
};

const REPO_ROOT = path.resolve(__dirname, "../..");
const DEV_URL = "https://localhost:3000/";
const PRODUCTION_URL = "https://addin.example.dk/kv/";

const temporaryFolders: string[] = [];
afterAll(() => temporaryFolders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

/** A dist/ folder as a correct production build leaves it; `changes` replaces files (or deletes them with null). */
function fakeDist(changes: Record<string, string | Buffer | null> = {}): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "kv-dist-"));
  temporaryFolders.push(dist);
  const files: Record<string, string | Buffer | null> = {
    "manifest.xml": fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8").split(DEV_URL).join(PRODUCTION_URL),
    // As html-webpack-plugin minifies it: attribute quotes dropped.
    "taskpane.html": "<!doctype html><html><head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=functions.js></script><script defer src=taskpane.js></script></head></html>",
    "functions.js": "",
    "taskpane.js": "",
    "functions.json": JSON.stringify({ functions: [{ id: "CLV", name: "CLV", helpUrl: `${PRODUCTION_URL}functions.html#kv.clv` }] }),
    "functions.da.json": JSON.stringify({ functions: [{ id: "CLV", name: "KUNDEVÆRDI", helpUrl: `${PRODUCTION_URL}functions.html#kv.clv` }] }),
    "functions.sv.json": JSON.stringify({ functions: [{ id: "CLV", name: "KUNDVÄRDE", helpUrl: `${PRODUCTION_URL}functions.html#kv.clv` }] }),
    "functions.html": "<h2 id=kv.clv>KV.CLV</h2>",
    ...Object.fromEntries([16, 32, 64, 80, 128].map((size) => [`assets/icon-${size}.png`, fs.readFileSync(path.join(REPO_ROOT, `assets/icon-${size}.png`))])),
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
  it("passes a correct production build and counts its URLs and functions", () => {
    const result = checkBuild(fakeDist(), PRODUCTION_URL);
    expect(result.problems).toEqual([]);
    expect(result.urls).toBeGreaterThanOrEqual(10);
    expect(result.functions).toBe(1);
    expect(result.localized).toEqual(["functions.da.json", "functions.sv.json"]);
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
    expect(checkBuild(missingScript, PRODUCTION_URL).problems).toEqual([`taskpane.html loads taskpane.js, which is not in ${missingScript}`]);
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

    const broken = runScript(fakeDist({ "functions.json": null }));
    expect(broken.status).toBe(1);
    expect(broken.output).toContain("functions.json is missing from");

    const missing = runScript(path.join(os.tmpdir(), "kv-no-such-dist"));
    expect(missing.status).toBe(1);
    expect(missing.output).toContain("does not exist: run `npx webpack --mode production` first");
  });
});
