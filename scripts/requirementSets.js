/*
 * Checks that every Office.js member the add-in's code uses is within the requirement sets manifest.xml declares:
 *   node scripts/requirementSets.js
 * prints the members used by set and version, the highest version needed per set, the members used behind an
 * `Office.context.requirements.isSetSupported` guard, those with no set tag, and every member that needs a higher
 * version than the manifest's <Requirements><Sets> (or a set it does not declare), with its file and line; exits
 * with status 1 if there is one. The sets come from each declaration's `[Api set: …]` (or `**Requirement set**`)
 * JSDoc in @types/office-js and @types/custom-functions-runtime.
 */
const fs = require("fs");
const path = require("path");
const { parseStringPromise } = require("xml2js");
const { compareApiVersions } = require("./apiSetTags.js");
const { createScanProgram, officeApiUses, projectFiles } = require("./officeApiUses.js");

// Scanned: the add-in's Office-facing folders; src/core and src/i18n may not touch Office.js (eslint's layer rules), src/cli runs in Node, src/demo is a browser page whose workbook double implements the API.
const SCANNED_FOLDERS = ["src/excel", "src/functions", "src/taskpane"];

const ROOT = path.resolve(__dirname, "..");

/**
 * The sets a manifest's <Requirements><Sets> declares, by lower-case name: `{ set, version }`. A <Set> without
 * MinVersion takes <Sets DefaultMinVersion>, which is 1.1 when absent (Microsoft Learn, "Sets element").
 * @example await manifestRequirementSets(xml) // Map { "excelapi" => { set: "ExcelApi", version: "1.8" }, … }
 */
async function manifestRequirementSets(xml) {
  const manifest = await parseStringPromise(xml, { explicitRoot: false });
  const declared = new Map();
  for (const sets of manifest.Requirements?.[0]?.Sets ?? []) {
    const defaultVersion = sets.$?.DefaultMinVersion ?? "1.1";
    for (const set of sets.Set ?? []) {
      const name = set.$?.Name;
      if (name) declared.set(name.toLowerCase(), { set: name, version: set.$.MinVersion ?? defaultVersion });
    }
  }
  return declared;
}

/** Whether a declared or checked version of a set covers `version`. */
const covers = (available, version) => compareApiVersions(available, version) >= 0;

/**
 * Sorts each use into "untagged" (no set tag), "declared" (within the manifest's sets), "guarded" (above them, behind
 * an isSetSupported check of that set and at least that version) or "problem", and lists every problem:
 * `{ member, file, line, set, version, declared, message }` (`declared` the manifest's version, or undefined).
 * @example checkRequirementSets(uses, await manifestRequirementSets(xml)).problems
 * // [{ member: "Excel.Range.getSpillingToRange", file: "src/excel/x.ts", line: 4, set: "ExcelApi", version: "1.12", declared: "1.8", message: "…" }]
 */
function checkRequirementSets(uses, declared) {
  const problems = [];
  const sorted = uses.map((use) => {
    if (use.requirements.length === 0) return { ...use, status: "untagged" };
    const unmet = use.requirements.filter((need) => {
      const version = declared.get(need.set.toLowerCase())?.version;
      return version === undefined || !covers(version, need.version);
    });
    if (unmet.length === 0) return { ...use, status: "declared" };
    const unguarded = unmet.filter((need) => !use.guards.some((guard) => guard.set.toLowerCase() === need.set.toLowerCase() && covers(guard.version, need.version)));
    for (const need of unguarded) {
      const version = declared.get(need.set.toLowerCase())?.version;
      const has = version === undefined ? `manifest.xml does not declare ${need.set}` : `manifest.xml declares ${need.set} ${version}`;
      problems.push({ member: use.member, file: use.file, line: use.line, set: need.set, version: need.version, declared: version, message: `${use.member} (${use.file}:${use.line}) needs ${need.set} ${need.version}; ${has}` });
    }
    return { ...use, status: unguarded.length === 0 ? "guarded" : "problem" };
  });
  return { uses: sorted, problems };
}

/** "file:line,line; file:line" for a member's uses. */
function places(uses) {
  const byFile = new Map();
  for (const use of uses) byFile.set(use.file, [...new Set([...(byFile.get(use.file) ?? []), use.line])]);
  return [...byFile].map(([file, lines]) => `${file}:${lines.join(",")}`).join("; ");
}

/** Lines "  member  places" for uses grouped by `keyOf`, sorted by key. */
function memberLines(uses, indent, keyOf = (use) => use.member) {
  const byKey = new Map();
  for (const use of uses) byKey.set(keyOf(use), [...(byKey.get(keyOf(use)) ?? []), use]);
  return [...byKey].sort(([a], [b]) => a.localeCompare(b)).map(([key, group]) => `${indent}${key}  ${places(group)}`);
}

const setVersion = (need) => `${need.set} ${need.version}`;

/**
 * The check's report in plain text: the folders scanned, the manifest's sets, the members used per set and version
 * with the highest version needed (guarded uses aside), the guarded members, the members with no set tag, problems.
 * @example console.log(requirementSetsReport(checkRequirementSets(uses, declared), declared))
 */
function requirementSetsReport({ uses, problems }, declared, folders = SCANNED_FOLDERS) {
  const lines = [`Office.js members used in ${folders.join(", ")}, by requirement set`];
  lines.push(`manifest.xml declares: ${[...declared.values()].sort((a, b) => a.set.localeCompare(b.set)).map(setVersion).join(", ") || "no sets"}`);
  const needs = uses.filter((use) => use.status === "declared" || use.status === "problem").flatMap((use) => use.requirements.map((need) => ({ use, need })));
  const sets = [...new Set(needs.map(({ need }) => need.set))].sort((a, b) => a.localeCompare(b));
  for (const set of sets) {
    const ofSet = needs.filter(({ need }) => need.set === set);
    const versions = [...new Set(ofSet.map(({ need }) => need.version))].sort(compareApiVersions);
    const manifestVersion = declared.get(set.toLowerCase())?.version;
    lines.push("", `${set}: highest needed ${versions[versions.length - 1]} (manifest.xml: ${manifestVersion ?? "not declared"})`);
    for (const version of versions) {
      lines.push(`  ${version}`);
      const atVersion = ofSet.filter(({ need }) => need.version === version).map(({ use, need }) => ({ ...use, tag: need.tag, qualified: need.qualified }));
      lines.push(...memberLines(atVersion, "    ", (use) => (use.qualified ? `${use.member} (${use.access}; the tag: ${use.tag})` : use.member)));
    }
  }
  const guarded = uses.filter((use) => use.status === "guarded");
  lines.push("", "Guarded by Office.context.requirements.isSetSupported (allowed above the manifest's sets)");
  lines.push(...(guarded.length ? memberLines(guarded, "  ", (use) => `${use.member} needs ${use.requirements.map(setVersion).join(", ")}, checked ${use.guards.map(setVersion).join(", ")}`) : ["  none"]));
  const untagged = uses.filter((use) => use.status === "untagged");
  lines.push("", "No set tag (Office common API)");
  lines.push(...(untagged.length ? memberLines(untagged, "  ") : ["  none"]));
  lines.push("", `Problems: ${problems.length === 0 ? "none" : problems.length}`);
  lines.push(...problems.map((problem) => `  ${problem.message}`));
  return lines.join("\n");
}

/**
 * The uses in the project's files under `folders` (its tsconfig.json's files there).
 * @example scanProject(ROOT).length // every Office.js member use of the add-in
 */
function scanProject(root = ROOT, folders = SCANNED_FOLDERS) {
  return officeApiUses(createScanProgram(root, { files: projectFiles(root, folders) }), root);
}

/** Prints the report of this project's src against its manifest.xml; exit status 1 when a member is above it. */
async function main() {
  const declared = await manifestRequirementSets(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  const result = checkRequirementSets(scanProject(ROOT), declared);
  console.log(requirementSetsReport(result, declared));
  process.exitCode = result.problems.length === 0 ? 0 : 1;
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}

module.exports = { SCANNED_FOLDERS, manifestRequirementSets, checkRequirementSets, requirementSetsReport, scanProject };
