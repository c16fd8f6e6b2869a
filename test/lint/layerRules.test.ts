/**
 * The layer rules of eslint.config.mjs (docs/ARCHITECTURE.md, "Folders and layers"), shown failing on planted violations:
 * each case is source text linted as if it were a file at `filePath`, through ESLint's own API in a child process
 * (ESLint loads its flat config as an ES module, which Jest's module sandbox cannot import).
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const REPO_ROOT = path.resolve(__dirname, "../..");

interface PlantedFile {
  filePath: string;
  code: string;
}

const LINT_SCRIPT = `
import { ESLint } from "eslint";
let input = "";
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const findings = [];
for (const { filePath, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath });
  findings.push(result.messages.map(({ ruleId, message }) => ({ rule: ruleId ?? "fatal", message })));
}
process.stdout.write(JSON.stringify(findings));
`;

interface Finding {
  rule: string;
  message: string;
}

/** What ESLint reports for each planted file, in order. */
function lintPlanted(files: PlantedFile[]): Finding[][] {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", LINT_SCRIPT], { cwd: REPO_ROOT, input: JSON.stringify(files), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`eslint did not run: ${run.stderr}`);
  return JSON.parse(run.stdout) as Finding[][];
}

const violations: Array<[string, PlantedFile, string]> = [
  ["core imports the Office adapter", { filePath: "src/core/planted.ts", code: 'export { columnLetters } from "../excel/a1";\n' }, "no-restricted-imports"],
  ["core imports the task pane from a subfolder", { filePath: "src/core/models/planted.ts", code: 'import { App } from "../../taskpane/App";\nexport const app = App;\n' }, "no-restricted-imports"],
  ["core imports the worksheet functions", { filePath: "src/core/planted.ts", code: 'import { CLV } from "../functions/lifetimeValue";\nexport const clv = CLV;\n' }, "no-restricted-imports"],
  ["core imports the command line", { filePath: "src/core/read/planted.ts", code: 'import { usage } from "../../cli/options";\nexport const text = usage;\n' }, "no-restricted-imports"],
  ["core imports the demo", { filePath: "src/core/planted.ts", code: 'import { PURCHASES_SHEET } from "../demo/seedData";\nexport const sheet = PURCHASES_SHEET;\n' }, "no-restricted-imports"],
  ["core imports the texts", { filePath: "src/core/planted.ts", code: 'import { resolveLanguage } from "../i18n/language";\nexport const language = resolveLanguage("da");\n' }, "no-restricted-imports"],
  ["core imports React", { filePath: "src/core/planted.ts", code: 'import { useState } from "react";\nexport const hook = useState;\n' }, "no-restricted-imports"],
  ["core imports office.js", { filePath: "src/core/planted.ts", code: 'import "@microsoft/office-js";\nexport const x = 1;\n' }, "no-restricted-imports"],
  ["core reads files", { filePath: "src/core/planted.ts", code: 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n' }, "no-restricted-imports"],
  ["core uses Office", { filePath: "src/core/planted.ts", code: "export const language = () => Office.context.displayLanguage;\n" }, "no-restricted-globals"],
  ["core uses Excel", { filePath: "src/core/planted.ts", code: "export const run = () => Excel.run(async () => undefined);\n" }, "no-restricted-globals"],
  ["a worksheet function imports the task pane", { filePath: "src/functions/planted.ts", code: 'import { App } from "../taskpane/App";\nexport const app = App;\n' }, "no-restricted-imports"],
  ["a worksheet function makes CustomFunctions.Error itself", { filePath: "src/functions/planted.ts", code: "export const error = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);\n" }, "no-restricted-globals"],
  ["a worksheet function reads Office's language", { filePath: "src/functions/planted.ts", code: "export const language = () => Office.context.displayLanguage;\n" }, "no-restricted-globals"],
  ["a pane component calls Excel.run", { filePath: "src/taskpane/Planted.tsx", code: "export const run = () => Excel.run(async () => undefined);\n" }, "no-restricted-globals"],
  ["the pane's entry point sets the Excel global", { filePath: "src/taskpane/index.tsx", code: "export function bind(excel: unknown) {\n  (globalThis as unknown as { Excel: unknown }).Excel = excel;\n}\n" }, "no-restricted-syntax"],
  ["the demo sets window.Office", { filePath: "src/demo/planted.ts", code: "export function bind(office: unknown) {\n  (window as unknown as { Office: unknown }).Office = office;\n}\n" }, "no-restricted-syntax"],
  ["the adapter imports the task pane", { filePath: "src/excel/planted.ts", code: 'import { App } from "../taskpane/App";\nexport const app = App;\n' }, "no-restricted-imports"],
  ["the demo imports the command line", { filePath: "src/demo/planted.ts", code: 'import { usage } from "../cli/options";\nexport const text = usage;\n' }, "no-restricted-imports"],
  ["the demo imports the task pane", { filePath: "src/demo/planted.ts", code: 'import { App } from "../taskpane/App";\nexport const app = App;\n' }, "no-restricted-imports"],
  ["the texts import the adapter", { filePath: "src/i18n/planted.ts", code: 'import { columnLetters } from "../excel/a1";\nexport const letters = columnLetters;\n' }, "no-restricted-imports"],
  ["the command line imports the adapter", { filePath: "src/cli/planted.ts", code: 'import { columnLetters } from "../excel/a1";\nexport const letters = columnLetters;\n' }, "no-restricted-imports"],
  // Dynamic imports: webpack bundles their targets like static ones.
  ["core imports the adapter dynamically", { filePath: "src/core/planted.ts", code: 'export const load = () => import("../excel/a1");\n' }, "no-restricted-syntax"],
  ["core imports the adapter dynamically through a template", { filePath: "src/core/planted.ts", code: "export const load = (name: string) => import(`../excel/${name}`);\n" }, "no-restricted-syntax"],
  ["core imports React dynamically", { filePath: "src/core/planted.ts", code: 'export const load = () => import("react");\n' }, "no-restricted-syntax"],
  ["a worksheet function imports the task pane dynamically", { filePath: "src/functions/planted.ts", code: 'export const load = () => import("../taskpane/App");\n' }, "no-restricted-syntax"],
  ["core names the adapter's types through import()", { filePath: "src/core/planted.ts", code: 'export type Letters = typeof import("../excel/a1").columnLetters;\n' }, "no-restricted-syntax"],
  // The same folder, written another way.
  ["core imports the adapter by ./../", { filePath: "src/core/planted.ts", code: 'export { columnLetters } from "./../excel/a1";\n' }, "no-restricted-imports"],
  ["core imports the adapter through a detour", { filePath: "src/core/read/planted.ts", code: 'export { columnLetters } from "../read/../../excel/a1";\n' }, "no-restricted-imports"],
  ["core imports the adapter through src", { filePath: "src/core/planted.ts", code: 'export { columnLetters } from "../../src/excel/a1";\n' }, "no-restricted-imports"],
  ["core imports the adapter's types by ./../", { filePath: "src/core/planted.ts", code: 'import type { InPageHost } from "./../excel/excelHost";\nexport type Host = InPageHost;\n' }, "no-restricted-imports"],
  // Node's built-in modules, with or without node:.
  ["core imports os", { filePath: "src/core/planted.ts", code: 'import { cpus } from "os";\nexport const count = cpus().length;\n' }, "no-restricted-imports"],
  ["core imports node:os", { filePath: "src/core/planted.ts", code: 'import { cpus } from "node:os";\nexport const count = cpus().length;\n' }, "no-restricted-imports"],
  ["core imports crypto", { filePath: "src/core/random/planted.ts", code: 'import { randomBytes } from "crypto";\nexport const seed = () => randomBytes(4).readUInt32LE(0);\n' }, "no-restricted-imports"],
  ["core imports fs/promises", { filePath: "src/core/planted.ts", code: 'import { readFile } from "fs/promises";\nexport const read = readFile;\n' }, "no-restricted-imports"],
  // Office.js's namespaces read through the global object.
  ["core reads window.Office", { filePath: "src/core/planted.ts", code: "export const language = () => window.Office.context.displayLanguage;\n" }, "no-restricted-syntax"],
  ["core reads globalThis.Excel", { filePath: "src/core/planted.ts", code: "export const excel = () => globalThis.Excel;\n" }, "no-restricted-syntax"],
  ["a worksheet function reads self.CustomFunctions", { filePath: "src/functions/planted.ts", code: "export const functions = () => self.CustomFunctions;\n" }, "no-restricted-syntax"],
  ["the demo reads globalThis[\"Excel\"] through a cast", { filePath: "src/demo/planted.ts", code: 'export const excel = () => (globalThis as any)["Excel"];\n' }, "no-restricted-syntax"],
  ["a pane component takes Office out of window", { filePath: "src/taskpane/Planted.tsx", code: "export function language() {\n  const { Office } = window as any;\n  return Office.context.displayLanguage;\n}\n" }, "no-restricted-syntax"],
  // ... and written on it.
  ["the demo sets globalThis[\"Excel\"] through a cast", { filePath: "src/demo/planted.ts", code: 'export function bind(excel: unknown) {\n  (globalThis as any)["Excel"] = excel;\n}\n' }, "no-restricted-syntax"],
  ["the pane's entry point sets globalThis[\"Excel\"] through a cast", { filePath: "src/taskpane/index.tsx", code: 'export function bind(excel: unknown) {\n  (globalThis as any)["Excel"] = excel;\n}\n' }, "no-restricted-syntax"],
  ["the demo sets Excel by Object.assign", { filePath: "src/demo/planted.ts", code: "export function bind(Excel: unknown) {\n  Object.assign(globalThis, { Excel });\n}\n" }, "no-restricted-syntax"],
  ["the pane's entry point sets Excel by Object.assign", { filePath: "src/taskpane/index.tsx", code: 'export function bind(excel: unknown) {\n  Object.assign(window, { ["Excel"]: excel });\n}\n' }, "no-restricted-syntax"],
  ["the demo sets Excel by Object.defineProperty", { filePath: "src/demo/planted.ts", code: 'export function bind(excel: unknown) {\n  Object.defineProperty(globalThis, "Excel", { value: excel });\n}\n' }, "no-restricted-syntax"],
  // Office.js's types.
  ["core uses Excel.Range as a type", { filePath: "src/core/planted.ts", code: "export type Cells = Excel.Range;\n" }, "no-restricted-syntax"],
  ["core uses an Office.js type two names deep", { filePath: "src/core/planted.ts", code: "export const values = (data: Excel.Interfaces.RangeData) => data.values;\n" }, "no-restricted-syntax"],
  ["core uses typeof Excel.run", { filePath: "src/core/planted.ts", code: "export type Run = typeof Excel.run;\n" }, "no-restricted-syntax"],
  ["core uses CustomFunctions.Error as a type", { filePath: "src/core/planted.ts", code: "export type Failure = CustomFunctions.Error;\n" }, "no-restricted-syntax"],
  ["a worksheet function uses Excel.Range as a type", { filePath: "src/functions/planted.ts", code: "export const address = (range: Excel.Range) => range.address;\n" }, "no-restricted-syntax"],
  ["a pane component uses Office.HostType as a type", { filePath: "src/taskpane/Planted.tsx", code: "export type Host = Office.HostType;\n" }, "no-restricted-syntax"],
  ["the command line uses typeof Office", { filePath: "src/cli/planted.ts", code: "export type Host = typeof Office;\n" }, "no-restricted-syntax"],
];

const allowed: Array<[string, PlantedFile]> = [
  ["core imports core", { filePath: "src/core/models/planted.ts", code: 'import { isoDateText } from "../read/civilDate";\nexport const text = isoDateText(0);\n' }],
  ["core uses its libraries", { filePath: "src/core/planted.ts", code: 'import Papa from "papaparse";\nexport const parse = Papa.parse;\n' }],
  ["the adapter calls Excel.run", { filePath: "src/excel/planted.ts", code: "export const run = () => Excel.run(async () => undefined);\n" }],
  ["the pane's entry point waits for Office", { filePath: "src/taskpane/index.tsx", code: "Office.onReady(() => undefined);\n" }],
  ["a worksheet function uses the adapter's errors", { filePath: "src/functions/planted.ts", code: 'import { valueError } from "../excel/worksheetErrors";\nexport const error = () => valueError("x");\n' }],
  ["the pane imports the adapter, core and texts", { filePath: "src/taskpane/planted.ts", code: 'import { readRangeValues } from "../excel/readRange";\nimport { isoDateText } from "../core/read/civilDate";\nimport { resolveLanguage } from "../i18n/language";\nexport const all = [readRangeValues, isoDateText, resolveLanguage];\n' }],
  ["tests may import anything", { filePath: "test/planted.test.ts", code: 'import { App } from "../src/taskpane/App";\nexport const app = App;\n' }],
  ["core imports a core file named after the adapter's folder", { filePath: "src/core/read/planted.ts", code: 'import { excelSerialToDay } from "./excelSerial";\nexport const day = excelSerialToDay(0);\n' }],
  ["core imports it from a sibling folder", { filePath: "src/core/models/planted.ts", code: 'import { excelSerialToDay } from "../read/excelSerial";\nimport type { DateSystem } from "./../read/excelSerial";\nexport const day = (system: DateSystem) => excelSerialToDay(0, system);\n' }],
  ["core imports core dynamically", { filePath: "src/core/planted.ts", code: 'export const load = () => import("./read/civilDate");\n' }],
  ["core uses a package named like a built-in's prefix", { filePath: "src/core/planted.ts", code: 'import gammaln from "@stdlib/math-base-special-gammaln";\nexport const g = gammaln;\n' }],
  ["a worksheet function imports the adapter dynamically", { filePath: "src/functions/planted.ts", code: 'export const load = () => import("../excel/worksheetErrors");\n' }],
  ["a worksheet function uses CustomFunctions.Error as a type", { filePath: "src/functions/planted.ts", code: "export const isError = (value: number | CustomFunctions.Error): value is CustomFunctions.Error => typeof value !== \"number\";\n" }],
  ["the demo reads and sets Excel on its own object", { filePath: "src/demo/planted.ts", code: 'export function install(target: object) {\n  const namespace: { Excel?: unknown } = {};\n  (target as { Excel?: unknown }).Excel = namespace.Excel;\n  Object.assign(target, { Office: namespace["Excel"] });\n  return (target as any)["Excel"];\n}\n' }],
  ["the demo reads other globals from window", { filePath: "src/demo/planted.ts", code: "export const search = () => window.location.search + String((globalThis as any).kundevaerdiDemo);\n" }],
  ["the pane's entry point reads window.Office", { filePath: "src/taskpane/index.tsx", code: "window.Office.onReady(() => undefined);\n" }],
  ["the pane's entry point uses Office.HostType as a type", { filePath: "src/taskpane/index.tsx", code: "export type Host = Office.HostType;\n" }],
  ["the adapter sets and reads the Excel global, and uses its types", { filePath: "src/excel/planted.ts", code: 'export function bind(excel: typeof Excel): Excel.Range | undefined {\n  (globalThis as any)["Excel"] = excel;\n  Object.assign(globalThis, { Office: window.Office });\n  return undefined;\n}\n' }],
  ["the command line reads files", { filePath: "src/cli/planted.ts", code: 'import { readFileSync } from "node:fs";\nimport { cpus } from "os";\nexport const read = [readFileSync, cpus];\n' }],
];

describe("layer rules (lint)", () => {
  const findings = lintPlanted([...violations.map(([, file]) => file), ...allowed.map(([, file]) => file)]);

  it.each(violations.map(([name, file, rule], index) => [name, file.filePath, rule, index] as const))("fails when %s (%s: %s)", (_name, _filePath, rule, index) => {
    expect(findings[index].length).toBeGreaterThan(0);
    expect(new Set(findings[index].map((finding) => finding.rule))).toEqual(new Set([rule]));
    for (const { message } of findings[index]) expect(message).toContain('(docs/ARCHITECTURE.md, "Folders and layers")');
  });

  it.each(allowed.map(([name, file], index) => [name, file.filePath, violations.length + index] as const))("passes when %s (%s)", (_name, _filePath, index) => {
    expect(findings[index]).toEqual([]);
  });

  it("makes the eslint command fail on a planted violation", () => {
    const eslint = path.join(REPO_ROOT, "node_modules", "eslint", "bin", "eslint.js");
    const run = spawnSync(process.execPath, [eslint, "--stdin", "--stdin-filename", "src/core/planted.ts"], {
      cwd: REPO_ROOT,
      input: 'export { columnLetters } from "../excel/a1";\n',
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("no-restricted-imports");
    expect(run.stdout).toContain("src/core is the pure engine");
  });
});
