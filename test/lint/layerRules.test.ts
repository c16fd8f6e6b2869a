/**
 * The layer rules of eslint.config.mjs (docs/ARCHITECTURE.md, "Layers"), shown failing on planted violations:
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
  findings.push(result.messages.map((message) => message.ruleId ?? "fatal: " + message.message));
}
process.stdout.write(JSON.stringify(findings));
`;

/** The rule ids ESLint reports for each planted file, in order. */
function lintPlanted(files: PlantedFile[]): string[][] {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", LINT_SCRIPT], { cwd: REPO_ROOT, input: JSON.stringify(files), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`eslint did not run: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
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
];

const allowed: Array<[string, PlantedFile]> = [
  ["core imports core", { filePath: "src/core/models/planted.ts", code: 'import { isoDateText } from "../read/civilDate";\nexport const text = isoDateText(0);\n' }],
  ["core uses its libraries", { filePath: "src/core/planted.ts", code: 'import Papa from "papaparse";\nexport const parse = Papa.parse;\n' }],
  ["the adapter calls Excel.run", { filePath: "src/excel/planted.ts", code: "export const run = () => Excel.run(async () => undefined);\n" }],
  ["the pane's entry point waits for Office", { filePath: "src/taskpane/index.tsx", code: "Office.onReady(() => undefined);\n" }],
  ["a worksheet function uses the adapter's errors", { filePath: "src/functions/planted.ts", code: 'import { valueError } from "../excel/worksheetErrors";\nexport const error = () => valueError("x");\n' }],
  ["the pane imports the adapter, core and texts", { filePath: "src/taskpane/planted.ts", code: 'import { readRangeValues } from "../excel/readRange";\nimport { isoDateText } from "../core/read/civilDate";\nimport { resolveLanguage } from "../i18n/language";\nexport const all = [readRangeValues, isoDateText, resolveLanguage];\n' }],
  ["tests may import anything", { filePath: "test/planted.test.ts", code: 'import { App } from "../src/taskpane/App";\nexport const app = App;\n' }],
];

describe("layer rules (lint)", () => {
  const findings = lintPlanted([...violations.map(([, file]) => file), ...allowed.map(([, file]) => file)]);

  it.each(violations.map(([name, file, rule], index) => [name, file.filePath, rule, index] as const))("fails when %s (%s: %s)", (_name, _filePath, rule, index) => {
    expect(findings[index].length).toBeGreaterThan(0);
    expect(new Set(findings[index])).toEqual(new Set([rule]));
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
