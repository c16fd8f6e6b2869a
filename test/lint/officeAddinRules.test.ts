/**
 * Office's own lint rules (eslint-plugin-office-addins, wired in eslint.config.mjs) shown active where Office.js is
 * called: each rule's violation is planted as source text linted as if it were a file in src/excel, src/taskpane and
 * src/functions, and must bring exactly that rule's message (the texts of the plugin's lib/rules/*.js); the same text
 * elsewhere brings none. ESLint runs in a child process, as in layerRules.test.ts (Jest cannot import its ES-module config).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const REPO_ROOT = path.resolve(__dirname, "../..");

const LINT_SCRIPT = `
import { ESLint } from "eslint";
let input = "";
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const { planted, configured } = JSON.parse(input);
const findings = [];
for (const { filePath, code } of planted) {
  const [result] = await eslint.lintText(code, { filePath });
  findings.push(result.messages.map(({ ruleId, message }) => ({ rule: ruleId ?? "fatal", message })));
}
const configs = [];
for (const filePath of configured) {
  const config = await eslint.calculateConfigForFile(filePath);
  configs.push({
    plugins: Object.keys(config.plugins),
    officePlugin: Object.keys(config.plugins["office-addins"] ?? {}),
    officePluginRules: Object.keys(config.plugins["office-addins"]?.rules ?? {}),
    rules: Object.fromEntries(Object.entries(config.rules).map(([rule, [severity]]) => [rule, severity])),
    parser: config.languageOptions.parser.meta,
    ecmaVersion: config.languageOptions.ecmaVersion,
    sourceType: config.languageOptions.sourceType,
  });
}
process.stdout.write(JSON.stringify({ findings, configs }));
`;

interface Finding {
  rule: string;
  message: string;
}

interface ComputedConfig {
  plugins: string[];
  officePlugin: string[];
  officePluginRules: string[];
  rules: Record<string, number>;
  parser?: { name: string; version: string };
  ecmaVersion: number | string;
  sourceType: string;
}

/** What ESLint reports for each planted file, and the configuration it computes for each of `configured`. */
function runEslint(planted: Array<{ filePath: string; code: string }>, configured: string[]): { findings: Finding[][]; configs: ComputedConfig[] } {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", LINT_SCRIPT], {
    cwd: REPO_ROOT,
    input: JSON.stringify({ planted, configured }),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`eslint did not run: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** A batch function's body as the adapter writes it (Excel.run's callback), around `body`. */
function batch(body: string): string {
  return `export async function planted(context: any) {\n${body}}\n`;
}

/** Each rule, a body that breaks it (and no other Office rule), and the message it must bring. */
const violations: Array<[string, string, string]> = [
  [
    "call-sync-before-read",
    'const range = context.workbook.getSelectedRange();\nlet address = "";\naddress = range.address;\nreturn address;\n',
    "Call context.sync() before trying to read 'range'.",
  ],
  [
    "load-object-before-read",
    "const range = context.workbook.getSelectedRange();\nawait context.sync();\nreturn range.address;\n",
    "An explicit load call on 'range' for property 'address' needs to be made before the property can be read.",
  ],
  [
    "call-sync-after-load",
    'const range = context.workbook.getSelectedRange();\nawait context.sync();\nrange.load("address");\nreturn range.address;\n',
    "Call context.sync() after calling load on 'range' for the property 'address' and before reading the property.",
  ],
  [
    "no-context-sync-in-loop",
    'for (const address of ["A1", "B2"]) {\n  context.workbook.worksheets.getItem("Data").getRange(address).values = [[1]];\n  await context.sync();\n}\n',
    "Calling context.sync() inside a loop can lead to poor performance",
  ],
  [
    "no-empty-load",
    "const range = context.workbook.getSelectedRange();\nrange.load();\nawait context.sync();\nreturn range.address;\n",
    "Calling load without any argument slows down your add-in.",
  ],
  [
    "no-navigational-load",
    'const range = context.workbook.getSelectedRange();\nrange.load("worksheet");\nawait context.sync();\n',
    "Calling load on the navigation property 'worksheet' slows down your add-in.",
  ],
  ["no-office-initialize", "Office.initialize = () => undefined;\nawait context.sync();\n", "Office.onReady() is preferred over Office.initialize."],
  [
    "test-for-null-using-isNullObject",
    'const sheet = context.workbook.worksheets.getItemOrNullObject("Data");\nawait context.sync();\nreturn sheet ? "found" : "missing";\n',
    "Test the isNullObject property of 'sheet'.",
  ],
];

/** The same batch done right: load, sync, read, and a null object tested by isNullObject. */
const CORRECT_BATCH =
  'const range = context.workbook.getSelectedRange();\nrange.load("address");\nconst sheet = context.workbook.worksheets.getItemOrNullObject("Data");\nawait context.sync();\nreturn sheet.isNullObject ? "" : range.address;\n';

/** A file of each folder that calls Office.js (a .tsx in the pane). */
const COVERED = ["src/excel/planted.ts", "src/taskpane/Planted.tsx", "src/functions/planted.ts"];

/** Folders that do not call Office.js: the demo's workbook double implements it; core, texts, command line and tests never see it. */
const UNCOVERED = ["src/demo/workbook/planted.ts", "src/core/planted.ts", "src/i18n/planted.ts", "src/cli/planted.ts", "test/excel/planted.test.ts"];

const OFFICE_RULES = violations.map(([rule]) => `office-addins/${rule}`);

const officeFindings = (findings: Finding[]) => findings.filter(({ rule }) => rule.startsWith("office-addins/"));

describe("Office's own lint rules", () => {
  const plantedFiles = [...COVERED, ...UNCOVERED].flatMap((filePath) => [
    ...violations.map(([, body]) => ({ filePath, code: batch(body) })),
    { filePath, code: batch(CORRECT_BATCH) },
  ]);
  const { findings, configs } = runEslint(plantedFiles, [...COVERED, "src/demo/planted.ts"]);
  /** The findings of the case `index` (a violation's index, or violations.length for the correct batch) in `filePath`. */
  const findingsOf = (filePath: string, index: number) => findings[[...COVERED, ...UNCOVERED].indexOf(filePath) * (violations.length + 1) + index];

  describe.each(COVERED)("in %s", (filePath) => {
    it.each(violations.map(([rule, , message], index) => [rule, message, index] as const))("reports %s", (rule, message, index) => {
      expect(officeFindings(findingsOf(filePath, index))).toEqual([{ rule: `office-addins/${rule}`, message }]);
    });

    it("passes a batch that loads, syncs, then reads and tests isNullObject", () => {
      expect(findingsOf(filePath, violations.length)).toEqual([]);
    });
  });

  it.each(UNCOVERED)("reports none of them in %s", (filePath) => {
    for (let index = 0; index <= violations.length; index += 1) expect(officeFindings(findingsOf(filePath, index))).toEqual([]);
  });

  it("covers every rule the plugin has, each as an error", () => {
    for (const config of configs.slice(0, COVERED.length)) {
      expect(new Set(config.officePluginRules.map((rule) => `office-addins/${rule}`))).toEqual(new Set(OFFICE_RULES));
      for (const rule of OFFICE_RULES) expect(config.rules[rule]).toBe(2);
    }
  });

  it("takes only the plugin's rules: no Prettier, React or other plugin or language version of its configs", () => {
    const [uncovered] = configs.slice(COVERED.length);
    for (const config of configs.slice(0, COVERED.length)) {
      expect(new Set(config.plugins)).toEqual(new Set([...uncovered.plugins, "office-addins"]));
      expect(config.officePlugin.sort()).toEqual(["meta", "rules"]);
      const ruleIds = Object.keys(config.rules);
      expect(ruleIds.filter((rule) => rule.includes("/") && !config.plugins.some((plugin) => rule.startsWith(`${plugin}/`)))).toEqual([]);
      expect(ruleIds.filter((rule) => !(rule in uncovered.rules) && !OFFICE_RULES.includes(rule))).toEqual([]);
      expect([config.parser, config.ecmaVersion, config.sourceType]).toEqual([uncovered.parser, uncovered.ecmaVersion, uncovered.sourceType]);
      // The plugin's configs set ecmaVersion 6 (ES2015) for every .ts file.
      expect(config.ecmaVersion).toBeGreaterThan(2015);
    }
  });

  it("gives a reason for every Office rule it is told to skip in src", () => {
    const files = fs.readdirSync(path.join(REPO_ROOT, "src"), { recursive: true, encoding: "utf8" }).filter((file) => /\.tsx?$/.test(file));
    const directives = files.flatMap((file) =>
      [...fs.readFileSync(path.join(REPO_ROOT, "src", file), "utf8").matchAll(/eslint-disable[^\n]*office-addins\/[^\n]*/g)].map((match) => `${file}: ${match[0]}`),
    );
    expect(directives.filter((directive) => !/ -- \S/.test(directive))).toEqual([]);
  });
});
