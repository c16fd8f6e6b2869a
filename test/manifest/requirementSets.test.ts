/**
 * The requirement-set check (scripts/requirementSets.js): every Office.js member src uses needs at most the versions
 * manifest.xml's <Requirements><Sets> declares, unless an `Office.context.requirements.isSetSupported` guard protects
 * it. Planted sources, compiled in memory beside the real @types/office-js, show it fail and allow; the real src
 * passes against the real manifest. Versions in the expectations are the `[Api set: …]` tags of @types/office-js.
 */
import fs from "fs";
import path from "path";
import type { Program } from "typescript";

interface Requirement {
  set: string;
  version: string;
  tag: string;
}
interface OfficeApiUse {
  member: string;
  file: string;
  line: number;
  access: string;
  requirements: Requirement[];
  guards: Array<{ set: string; version: string }>;
}
interface CheckedUse extends OfficeApiUse {
  status: "untagged" | "declared" | "guarded" | "problem";
}
interface Problem {
  member: string;
  file: string;
  line: number;
  set: string;
  version: string;
  declared: string | undefined;
  message: string;
}
type DeclaredSets = Map<string, { set: string; version: string }>;
interface CheckResult {
  uses: CheckedUse[];
  problems: Problem[];
}

const { createScanProgram, officeApiUses } = require("../../scripts/officeApiUses.js") as {
  createScanProgram: (root: string, options: { sources: Record<string, string> }) => Program;
  officeApiUses: (program: Program, root: string) => OfficeApiUse[];
};
const { SCANNED_FOLDERS, manifestRequirementSets, checkRequirementSets, requirementSetsReport, scanProject } = require("../../scripts/requirementSets.js") as {
  SCANNED_FOLDERS: string[];
  manifestRequirementSets: (xml: string) => Promise<DeclaredSets>;
  checkRequirementSets: (uses: OfficeApiUse[], declared: DeclaredSets) => CheckResult;
  requirementSetsReport: (result: CheckResult, declared: DeclaredSets, folders?: string[]) => string;
  scanProject: () => OfficeApiUse[];
};

const REPO_ROOT = path.resolve(__dirname, "../..");

/** A manifest declaring `sets` (<Set> elements) under <Requirements><Sets>, as manifest.xml does. */
function manifestWith(sets: string, defaultMinVersion = ' DefaultMinVersion="1.1"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xsi:type="TaskPaneApp" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Requirements><Sets${defaultMinVersion}>${sets}</Sets></Requirements>
</OfficeApp>`;
}

/** The sets of the manifest the planted sources are checked against: ExcelApi 1.8, as manifest.xml. */
const PLANTED_MANIFEST = manifestWith('<Set Name="SharedRuntime" MinVersion="1.1"/><Set Name="CustomFunctionsRuntime" MinVersion="1.3"/><Set Name="ExcelApi" MinVersion="1.8"/>');

const GUARD = 'Office.context.requirements.isSetSupported("ExcelApi", "1.12")';

/** Sources compiled in memory (never written), as if they were files of src/excel. */
const PLANTED: Record<string, string> = {
  "src/excel/planted/spill.ts": `export async function spillAddress(): Promise<string> {
  return Excel.run(async (context) => {
    const spill = context.workbook.getSelectedRange().getSpillingToRange();
    spill.load("address");
    await context.sync();
    return spill.address;
  });
}
`,
  "src/excel/planted/guarded.ts": `export function spillInBranch(range: Excel.Range): Excel.Range | undefined {
  if (${GUARD}) {
    return range.getSpillingToRange();
  }
  return undefined;
}
export function spillAfterEarlyReturn(range: Excel.Range): Excel.Range | undefined {
  if (!${GUARD}) return undefined;
  return range.getSpillingToRange();
}
const canSpill = ${GUARD};
export function spillByFlag(range: Excel.Range): Excel.Range | undefined {
  return canSpill ? range.getSpillingToRange() : undefined;
}
export function spillAfterAnd(range: Excel.Range): boolean {
  return range.isNullObject === false && ${GUARD} && range.getSpillingToRange() !== undefined;
}
`,
  "src/excel/planted/notGuarded.ts": `export function spillAfterOlderCheck(range: Excel.Range): Excel.Range | undefined {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.10")) return range.getSpillingToRange();
  return undefined;
}
export function spillAfterOtherSet(range: Excel.Range): Excel.Range | undefined {
  if (Office.context.requirements.isSetSupported("ExcelApiOnline", "1.12")) return range.getSpillingToRange();
  return undefined;
}
export function spillInElse(range: Excel.Range): Excel.Range | undefined {
  if (${GUARD}) {
    return undefined;
  } else {
    return range.getSpillingToRange();
  }
}
export function spillAfterBranch(range: Excel.Range): Excel.Range {
  if (${GUARD}) {
    range.load("address");
  }
  return range.getSpillingToRange();
}
export function spillAfterDeprecatedCheck(range: Excel.Range): Excel.Range | undefined {
  if (Office.isSetSupported("ExcelApi", "1.12")) return range.getSpillingToRange();
  return undefined;
}
`,
  "src/excel/planted/undeclaredSet.ts": `export function openDialog(): void {
  Office.context.ui.displayDialogAsync("https://localhost:3000/dialog.html");
}
`,
  "src/excel/planted/typeOnly.ts": `export type SpillReader = (range: Excel.Range) => ReturnType<Excel.Range["getSpillingToRange"]>;
export type Runner = typeof Excel.run;
export const loadOptions: Excel.Interfaces.RangeLoadOptions = { values: true, address: true };
export class RangeSnapshot implements Excel.Interfaces.RangeData {
  values?: any[][];
}
export function valuesOf(data: Excel.Interfaces.RangeData): unknown[][] | undefined {
  return data.values;
}
`,
  "src/excel/planted/commonApi.ts": `Office.onReady(() => undefined);
`,
  "src/excel/planted/readWrite.ts": `export function keepCalculation(context: Excel.RequestContext): void {
  const mode = context.workbook.application.calculationMode;
  context.workbook.application.calculationMode = mode;
}
`,
  "src/excel/planted/updateData.ts": `export function indent(range: Excel.Range): void {
  range.set({ format: { indentLevel: 2 } });
}
`,
  "src/excel/planted/enumValue.ts": `export function charts(sheet: Excel.Worksheet, range: Excel.Range): void {
  sheet.charts.add("Line", range, "Columns");
  sheet.charts.add("Funnel", range);
}
`,
  "src/excel/planted/elementAccess.ts": `export function spill(range: Excel.Range): Excel.Range {
  return range["getSpillingToRange"]();
}
`,
  "src/excel/planted/destructuring.ts": `export function commentsOf(context: Excel.RequestContext): void {
  const { comments } = context.workbook;
  void comments;
}
`,
  "src/excel/planted/customFunctions.ts": `export function valueError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}
`,
};

/** The 1-based line of `file`'s planted source on which `text` first occurs. */
function lineOf(file: string, text: string, occurrence = 1): number {
  const lines = PLANTED[file].split("\n");
  const found = lines.map((line, i) => (line.includes(text) ? i + 1 : 0)).filter((n) => n > 0);
  if (found.length < occurrence) throw new Error(`"${text}" is not in ${file} ${occurrence} times`);
  return found[occurrence - 1];
}

let plantedUses: OfficeApiUse[];
let declared: DeclaredSets;

beforeAll(async () => {
  plantedUses = officeApiUses(createScanProgram(REPO_ROOT, { sources: PLANTED }), REPO_ROOT);
  declared = await manifestRequirementSets(PLANTED_MANIFEST);
}, 300_000);

/** The check of one planted file's uses, against `sets` (the planted manifest's by default). */
function check(file: string, sets: DeclaredSets = declared): CheckResult {
  return checkRequirementSets(
    plantedUses.filter((use) => use.file === file),
    sets,
  );
}

describe("manifestRequirementSets", () => {
  test("reads each <Set> of <Requirements><Sets>, by lower-case name", async () => {
    expect([...declared.entries()]).toEqual([
      ["sharedruntime", { set: "SharedRuntime", version: "1.1" }],
      ["customfunctionsruntime", { set: "CustomFunctionsRuntime", version: "1.3" }],
      ["excelapi", { set: "ExcelApi", version: "1.8" }],
    ]);
  });

  test("a <Set> without MinVersion takes DefaultMinVersion, else 1.1 (Microsoft Learn, \"Sets element\")", async () => {
    expect((await manifestRequirementSets(manifestWith('<Set Name="ExcelApi"/>', ' DefaultMinVersion="1.4"'))).get("excelapi")).toEqual({ set: "ExcelApi", version: "1.4" });
    expect((await manifestRequirementSets(manifestWith('<Set Name="ExcelApi"/>', ""))).get("excelapi")).toEqual({ set: "ExcelApi", version: "1.1" });
  });
});

describe("a member above the manifest's sets", () => {
  test("fails, naming the member, its file and line, and the set and version it needs", () => {
    const file = "src/excel/planted/spill.ts";
    expect(check(file).problems).toEqual([
      {
        member: "Excel.Range.getSpillingToRange",
        file,
        line: lineOf(file, "getSpillingToRange()"),
        set: "ExcelApi",
        version: "1.12",
        declared: "1.8",
        message: `Excel.Range.getSpillingToRange (${file}:${lineOf(file, "getSpillingToRange()")}) needs ExcelApi 1.12; manifest.xml declares ExcelApi 1.8`,
      },
    ]);
  });

  test("passes once the manifest declares the version it needs", async () => {
    const raised = await manifestRequirementSets(manifestWith('<Set Name="ExcelApi" MinVersion="1.12"/>'));
    expect(check("src/excel/planted/spill.ts", raised).problems).toEqual([]);
  });

  test("in a set the manifest does not declare fails (displayDialogAsync: DialogApi in Excel, Mailbox 1.4 is Outlook's)", () => {
    const file = "src/excel/planted/undeclaredSet.ts";
    expect(check(file).problems).toEqual([
      {
        member: "Office.UI.displayDialogAsync",
        file,
        line: 2,
        set: "DialogApi",
        version: "1.1",
        declared: undefined,
        message: `Office.UI.displayDialogAsync (${file}:2) needs DialogApi 1.1; manifest.xml does not declare DialogApi`,
      },
    ]);
  });

  test("read through an element access or destructuring, written through set(), or passed as an enum's string", () => {
    const members = (file: string) => check(file).problems.map((p) => [p.member, p.line, `${p.set} ${p.version}`]);
    expect(members("src/excel/planted/elementAccess.ts")).toEqual([["Excel.Range.getSpillingToRange", 2, "ExcelApi 1.12"]]);
    expect(members("src/excel/planted/destructuring.ts")).toEqual([["Excel.Workbook.comments", 2, "ExcelApi 1.10"]]);
    expect(members("src/excel/planted/updateData.ts")).toEqual([["Excel.Interfaces.RangeFormatUpdateData.indentLevel", 2, "ExcelApi 1.9"]]);
    // "Line" and "Columns" are ExcelApi 1.1; "Funnel" came in 1.9.
    expect(members("src/excel/planted/enumValue.ts")).toEqual([['Excel.ChartType.funnel ("Funnel")', 3, "ExcelApi 1.9"]]);
    expect(check("src/excel/planted/enumValue.ts").uses.map((use) => use.member)).toEqual(
      expect.arrayContaining(['Excel.ChartType.line ("Line")', 'Excel.ChartSeriesBy.columns ("Columns")']),
    );
  });

  test("a property whose tag has a version to get and one to set needs the setter's to be written", async () => {
    // [Api set: ExcelApi 1.1 for get, 1.8 for set] on Excel.Application.calculationMode.
    const file = "src/excel/planted/readWrite.ts";
    const excel17 = await manifestRequirementSets(manifestWith('<Set Name="ExcelApi" MinVersion="1.7"/>'));
    expect(check(file, excel17).problems.map((p) => [p.member, p.line, p.version])).toEqual([["Excel.Application.calculationMode", 3, "1.8"]]);
  });

  test("new CustomFunctions.Error needs CustomFunctionsRuntime 1.2; its name as a return type is no use", async () => {
    const file = "src/excel/planted/customFunctions.ts";
    const runtime11 = await manifestRequirementSets(manifestWith('<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>'));
    expect(check(file, runtime11).problems.map((p) => [p.member, p.line, `${p.set} ${p.version}`])).toEqual([
      ["CustomFunctions.Error", 2, "CustomFunctionsRuntime 1.2"],
      ["CustomFunctions.ErrorCode.invalidValue", 2, "CustomFunctionsRuntime 1.3"],
    ]);
  });
});

describe("isSetSupported guards", () => {
  test("allow a member inside the guarded branch, after an early return, behind a const flag or &&, and list it", () => {
    const file = "src/excel/planted/guarded.ts";
    const result = check(file);
    expect(result.problems).toEqual([]);
    const spills = result.uses.filter((use) => use.member === "Excel.Range.getSpillingToRange");
    expect(spills.map((use) => [use.line, use.status])).toEqual([3, 9, 13, 16].map((line) => [line, "guarded"]));
    expect(spills[0].guards).toEqual([{ set: "ExcelApi", version: "1.12" }]);
    const report = requirementSetsReport(result, declared);
    expect(report).toContain(`Guarded by Office.context.requirements.isSetSupported (allowed above the manifest's sets)\n  Excel.Range.getSpillingToRange needs ExcelApi 1.12, checked ExcelApi 1.12  ${file}:3,9,13,16\n`);
    expect(report).toContain("Problems: none");
  });

  test("do not cover a lower version, another set, the else branch, code after the branch, or the deprecated Office.isSetSupported", () => {
    const file = "src/excel/planted/notGuarded.ts";
    expect(check(file).problems.map((p) => [p.member, p.line])).toEqual(
      [1, 2, 3, 4, 5].map((occurrence) => ["Excel.Range.getSpillingToRange", lineOf(file, "range.getSpillingToRange()", occurrence)]),
    );
  });
});

describe("what is not a use", () => {
  test("type-only references: types, typeof, implements, Excel.Interfaces load options and JSON shapes", () => {
    expect(plantedUses.filter((use) => use.file === "src/excel/planted/typeOnly.ts")).toEqual([]);
  });

  test("members with no set tag (Office common API) are listed, never failed", () => {
    const result = check("src/excel/planted/commonApi.ts");
    expect(result.problems).toEqual([]);
    expect(result.uses.map((use) => [use.member, use.status])).toEqual([["Office.onReady", "untagged"]]);
    expect(requirementSetsReport(result, declared)).toContain("No set tag (Office common API)\n  Office.onReady  src/excel/planted/commonApi.ts:1\n");
  });
});

describe("the report", () => {
  test("groups members by set and version, with the highest version needed and the manifest's", () => {
    const uses = plantedUses.filter((use) => use.file === "src/excel/planted/spill.ts");
    const report = requirementSetsReport(checkRequirementSets(uses, declared), declared, ["src/excel/planted"]);
    expect(report).toContain("manifest.xml declares: CustomFunctionsRuntime 1.3, ExcelApi 1.8, SharedRuntime 1.1\n");
    expect(report).toContain(
      "ExcelApi: highest needed 1.12 (manifest.xml: 1.8)\n  1.1\n    Excel.Range.address  src/excel/planted/spill.ts:6\n    Excel.Range.load  src/excel/planted/spill.ts:4\n" +
        "    Excel.Workbook.getSelectedRange  src/excel/planted/spill.ts:3\n  1.12\n    Excel.Range.getSpillingToRange  src/excel/planted/spill.ts:3\n",
    );
    expect(report).toContain("Problems: 1\n  Excel.Range.getSpillingToRange (src/excel/planted/spill.ts:3) needs ExcelApi 1.12; manifest.xml declares ExcelApi 1.8");
  });
});

describe("the add-in's own code", () => {
  test("scans the Office-facing folders: not src/demo (its workbook double implements the API) nor src/cli", () => {
    expect(SCANNED_FOLDERS).toEqual(["src/excel", "src/functions", "src/taskpane"]);
    for (const folder of SCANNED_FOLDERS) expect(fs.statSync(path.join(REPO_ROOT, folder)).isDirectory()).toBe(true);
  });

  test("uses only members within manifest.xml's requirement sets, or behind a guard", async () => {
    const realSets = await manifestRequirementSets(fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8"));
    const result = checkRequirementSets(scanProject(), realSets);
    expect(result.problems.map((problem) => problem.message)).toEqual([]);
    // Not vacuous: the pane's entry point calls Office.onReady, and the adapter uses ExcelApi members.
    expect(result.uses).toContainEqual(expect.objectContaining({ member: "Office.onReady", file: "src/taskpane/index.tsx", status: "untagged" }));
    expect(result.uses.filter((use) => use.file.startsWith("src/excel/") && use.requirements.some((need) => need.set === "ExcelApi")).length).toBeGreaterThan(50);
    expect(requirementSetsReport(result, realSets)).toContain("Problems: none");
  }, 300_000);
});
