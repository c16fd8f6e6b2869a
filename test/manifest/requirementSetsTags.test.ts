/**
 * Reading requirement sets from Office.js's JSDoc (scripts/apiSetTags.js). Each tag below is copied from
 * node_modules/@types/office-js/index.d.ts (1.0.612); the last test reads that file for the forms it uses.
 */
import fs from "fs";
import path from "path";

interface Clause {
  set: string;
  version: string;
  qualifier: string;
}
interface Requirement {
  set: string;
  version: string;
  tag: string;
  qualified: boolean;
}

const { requirementClauses, requirementsOf, forApplication, compareApiVersions } = require("../../scripts/apiSetTags.js") as {
  requirementClauses: (jsDocText: string) => Clause[];
  requirementsOf: (clauses: Clause[], access: string, application?: string) => Requirement[];
  forApplication: (clauses: Clause[], application: string) => Clause[];
  compareApiVersions: (a: string, b: string) => number;
};

/** A JSDoc comment as office-js writes one: each line behind " * ". */
const jsDoc = (...lines: string[]) => ["/**", ...lines.map((line) => `     * ${line}`), "     */"].join("\n");

const pairs = (clauses: Array<Clause | Requirement>) => clauses.map((c) => `${c.set} ${c.version}`);

describe("requirementClauses", () => {
  test("[Api set: …] of the application APIs and @types/custom-functions-runtime", () => {
    expect(requirementClauses(jsDoc("@remarks", "[Api set: ExcelApi 1.12]"))).toEqual([{ set: "ExcelApi", version: "1.12", qualifier: "" }]);
    expect(pairs(requirementClauses(jsDoc("[Api set: CustomFunctionsRuntime 1.2]")))).toEqual(["CustomFunctionsRuntime 1.2"]);
  });

  test("clauses: a version to get and one to set, a set repeated, a comma inside a clause, a preview, a note", () => {
    expect(requirementClauses("[Api set: ExcelApi 1.1 for get, 1.8 for set]")).toEqual([
      { set: "ExcelApi", version: "1.1", qualifier: "for get" },
      { set: "ExcelApi", version: "1.8", qualifier: "for set" },
    ]);
    expect(pairs(requirementClauses("[Api set: ExcelApi 1.1, ExcelApi Preview for null `destinationRange`]"))).toEqual(["ExcelApi 1.1", "ExcelApi Preview"]);
    expect(pairs(requirementClauses("[Api set: ExcelApi 1.1 for String,Integer,Double,Boolean,Range,Error; 1.4 for Array]"))).toEqual(["ExcelApi 1.1", "ExcelApi 1.4"]);
    expect(requirementClauses("[Api set: ExcelApi BETA (PREVIEW ONLY)]")).toEqual([{ set: "ExcelApi", version: "BETA", qualifier: "(PREVIEW ONLY)" }]);
    expect(pairs(requirementClauses("[Api set: ExcelApi 1.1. The name of this value was 'Others' in ExcelApi 1.6]"))).toEqual(["ExcelApi 1.1"]);
  });

  test("**Requirement set(s)** links of the Office common API; a set without a version is 1.1; not a set is none", () => {
    expect(requirementClauses(jsDoc("**Requirement set**: {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets | SharedRuntime 1.1}"))).toEqual([
      { set: "SharedRuntime", version: "1.1", qualifier: "" },
    ]);
    const list = jsDoc(
      "@remarks",
      "",
      "**Requirement sets**:",
      "",
      "- {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/keyboard-shortcuts-requirement-sets | KeyboardShortcuts 1.1}",
      "",
      "- {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets | SharedRuntime 1.1}",
      "",
      "@param shortcuts See {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/add-in-commands-requirement-sets | Add-in commands requirement sets}.",
    );
    expect(pairs(requirementClauses(list))).toEqual(["KeyboardShortcuts 1.1", "SharedRuntime 1.1"]);
    expect(pairs(requirementClauses(jsDoc("**Requirement set**: {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/office-add-in-requirement-sets | Settings}")))).toEqual(["Settings 1.1"]);
    expect(requirementClauses(jsDoc("**Requirement set**: {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/office-add-in-requirement-sets | Not in a set}"))).toEqual([]);
    expect(requirementClauses(jsDoc("Ensures that the Office JavaScript APIs are ready to be called by the add-in."))).toEqual([]);
  });
});

describe("requirementsOf", () => {
  const getSet = requirementClauses("[Api set: ExcelApi 1.1 for get, 1.8 for set]");

  test("a write needs the version to set, a read the version to get, a call the lowest", () => {
    expect(pairs(requirementsOf(getSet, "write"))).toEqual(["ExcelApi 1.8"]);
    expect(pairs(requirementsOf(getSet, "readwrite"))).toEqual(["ExcelApi 1.8"]);
    expect(pairs(requirementsOf(getSet, "read"))).toEqual(["ExcelApi 1.1"]);
    expect(requirementsOf(getSet, "read")[0]).toEqual({ set: "ExcelApi", version: "1.1", tag: "ExcelApi 1.1 for get, ExcelApi 1.8 for set", qualified: true });
  });

  test("a clause about one parameter does not raise the member's version; sets listed together are all needed", () => {
    expect(pairs(requirementsOf(requirementClauses("[Api set: ExcelApi 1.1, ExcelApi Preview for null `destinationRange`]"), "call"))).toEqual(["ExcelApi 1.1"]);
    expect(requirementsOf(requirementClauses("[Api set: ExcelApi 1.12]"), "call")).toEqual([{ set: "ExcelApi", version: "1.12", tag: "ExcelApi 1.12", qualified: false }]);
    const both = requirementClauses(jsDoc("**Requirement sets**:", "- {@link u | KeyboardShortcuts 1.1}", "- {@link u | SharedRuntime 1.1}"));
    expect(pairs(requirementsOf(both, "call"))).toEqual(["KeyboardShortcuts 1.1", "SharedRuntime 1.1"]);
  });

  test("another application's set listed as an alternative is left out, unless it is the only one", () => {
    const dialog = requirementClauses(jsDoc("**Requirement sets**:", "- {@link u | DialogApi}", "- {@link u | Mailbox 1.4}"));
    expect(pairs(forApplication(dialog, "Excel"))).toEqual(["DialogApi 1.1"]);
    expect(pairs(requirementsOf(dialog, "call"))).toEqual(["DialogApi 1.1"]);
    expect(pairs(requirementsOf(requirementClauses("[Api set: Mailbox 1.1]"), "read"))).toEqual(["Mailbox 1.1"]);
    expect(pairs(requirementsOf(requirementClauses("[Api set: WordApi 1.3]"), "call", "Word"))).toEqual(["WordApi 1.3"]);
  });
});

test("compareApiVersions orders versions number by number, a preview above every release", () => {
  expect(["1.12", "1.9", "1.1", "BETA", "1.10", "1.2"].sort(compareApiVersions)).toEqual(["1.1", "1.2", "1.9", "1.10", "1.12", "BETA"]);
  expect(compareApiVersions("1.8", "1.8")).toBe(0);
});

test("every [Api set: …] tag of the Excel and common APIs in @types/office-js names a set and a version", () => {
  const text = fs.readFileSync(path.resolve(__dirname, "../../node_modules/@types/office-js/index.d.ts"), "utf8");
  const tags = [...text.matchAll(/\[\s*Api set:[^\]]*\]/g)].map((m) => m[0]).filter((tag) => /Excel|CustomFunctions|SharedRuntime|DialogApi/.test(tag));
  expect(tags.length).toBeGreaterThan(5000);
  const unread = [...new Set(tags.filter((tag) => requirementClauses(tag).length === 0))];
  expect(unread).toEqual([]);
});
