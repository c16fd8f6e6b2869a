/**
 * The requirement sets an Office.js declaration's JSDoc names, in the two forms @types/office-js writes them:
 * `[Api set: ExcelApi 1.12]` (the application APIs and @types/custom-functions-runtime, also with clauses such as
 * `[Api set: ExcelApi 1.1 for get, 1.8 for set]`) and `**Requirement set**: {@link … | SharedRuntime 1.1}` or a
 * `**Requirement sets**:` list of such links (the Office common API; "Not in a set" names none).
 * @example requirementClauses("@remarks [Api set: ExcelApi 1.1 for get, 1.8 for set]")
 * // [{ set: "ExcelApi", version: "1.1", qualifier: "for get" }, { set: "ExcelApi", version: "1.8", qualifier: "for set" }]
 */

/** A version as Office writes one (1.12), or a preview (`BETA (PREVIEW ONLY)`, `Preview`), which no manifest declares. */
const VERSION = String.raw`\d+(?:\.\d+)+|BETA|Preview`;

/** One clause of an `[Api set: …]` tag: an optional set name (else the previous clause's), a version, then its qualifier. */
const CLAUSE = new RegExp(String.raw`^\s*(?:([A-Za-z][A-Za-z0-9]*)\s+)?(${VERSION})\b\s*(.*)$`, "s");

/** Where an `[Api set: …]` tag's clauses part: at ";" and at a "," followed by a set and version or a version ("1.1 for String,Integer; 1.4 for Array"). */
const CLAUSE_BREAK = new RegExp(String.raw`;|,(?=\s*(?:[A-Za-z][A-Za-z0-9]*\s+)?(?:${VERSION})\b)`);

/** A requirement-set link's label: a set name and an optional version ("SharedRuntime 1.1", "Settings"). */
const LINK_LABEL = /^([A-Za-z][A-Za-z0-9]*)(?:\s+(\d+(?:\.\d+)+))?$/;

/**
 * The clauses of every requirement-set tag in a JSDoc comment's text, in order: `{ set, version, qualifier }`, where
 * `qualifier` is the clause's remaining words ("for set", "" when none).
 * @example requirementClauses("/** [Api set: ExcelApi 1.12] *\/") // [{ set: "ExcelApi", version: "1.12", qualifier: "" }]
 */
function requirementClauses(jsDocText) {
  const text = jsDocText.replace(/^\s*\*(?!\*)\s?/gm, "");
  const clauses = [];
  for (const tag of text.matchAll(/\[\s*Api set:([^\]]*)\]/g)) {
    let set;
    for (const part of tag[1].split(CLAUSE_BREAK)) {
      const clause = CLAUSE.exec(part);
      if (!clause) continue;
      set = clause[1] ?? set;
      if (set !== undefined) clauses.push({ set, version: clause[2], qualifier: clause[3].replace(/\s+/g, " ").replace(/[.\s]+$/, "") });
    }
  }
  for (const section of text.matchAll(/\*\*Requirement sets?\*\*:((?:(?!\n\s*(?:@|\*\*)).)*)/gs)) {
    for (const link of section[1].matchAll(/\{@link\s+\S+\s*\|\s*([^}]*)\}/g)) {
      const label = LINK_LABEL.exec(link[1].trim());
      // A set named without a version ("DialogApi", "Settings"): any version will do, so its first, 1.1.
      if (label) clauses.push({ set: label[1], version: label[2] ?? "1.1", qualifier: "" });
    }
  }
  return clauses;
}

/** A version's numbers, or [Infinity] for a preview: above every released version. */
function versionParts(version) {
  return /^\d+(?:\.\d+)*$/.test(version) ? version.split(".").map(Number) : [Infinity];
}

/**
 * Compares two requirement-set versions number by number (1.9 < 1.12); a preview is above every release.
 * @example compareApiVersions("1.9", "1.12") // negative
 */
function compareApiVersions(a, b) {
  const left = versionParts(a);
  const right = versionParts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return 0;
}

/**
 * The requirement sets of one Office application each. A common API's tag may list one set per application as
 * alternatives: displayDialogAsync is "available in the DialogApi requirement set for Excel, PowerPoint, or Word
 * add-ins, and in the Mailbox requirement set 1.4 for Outlook" (its JSDoc in @types/office-js).
 */
const APPLICATION_SETS = { Excel: /^Excel/i, Word: /^Word/i, PowerPoint: /^PowerPoint/i, OneNote: /^OneNote/i, Outlook: /^(Mailbox|Outlook)/i, Visio: /^Visio/i, Project: /^Project/i };

/**
 * The clauses that apply to an add-in for `application`: other applications' sets left out, unless the tag names
 * only those (then the member is theirs alone, and the add-in's manifest will not declare them).
 * @example forApplication(requirementClauses("**Requirement sets**: - {@link u | DialogApi} - {@link u | Mailbox 1.4}"), "Excel") // [{ set: "DialogApi", version: "1.1", qualifier: "" }]
 */
function forApplication(clauses, application) {
  const others = Object.entries(APPLICATION_SETS).filter(([name]) => name !== application).map(([, pattern]) => pattern);
  const own = clauses.filter((clause) => !others.some((pattern) => pattern.test(clause.set)));
  return own.length > 0 ? own : clauses;
}

const WRITE_CLAUSE = /\bfor (?:set|setting)\b/i;
const READ_CLAUSE = /\bfor (?:get|getting|reading)\b/i;

/**
 * What one use of a member needs, per set: `{ set, version, tag, qualified }` (`qualified`: a clause has words after
 * its version, which a reader may need to weigh). A clause "for set"/"for setting" applies to a
 * write, "for get"/"for reading" to a read; otherwise the lowest version of the set, the one the member first came in
 * (a clause about one parameter, "ExcelApi 1.1, ExcelApi Preview for null `destinationRange`", does not raise it).
 * @example requirementsOf(requirementClauses("[Api set: ExcelApi 1.1 for get, 1.8 for set]"), "write") // [{ set: "ExcelApi", version: "1.8", tag: "ExcelApi 1.1 for get, ExcelApi 1.8 for set", qualified: true }]
 */
function requirementsOf(clauses, access, application = "Excel") {
  const bySet = new Map();
  for (const clause of forApplication(clauses, application)) {
    const key = clause.set.toLowerCase();
    bySet.set(key, [...(bySet.get(key) ?? []), clause]);
  }
  return [...bySet.values()].map((setClauses) => {
    const accessClause = /write/.test(access) ? setClauses.find((c) => WRITE_CLAUSE.test(c.qualifier)) : access === "read" ? setClauses.find((c) => READ_CLAUSE.test(c.qualifier)) : undefined;
    const chosen = accessClause ?? setClauses.reduce((low, c) => (compareApiVersions(c.version, low.version) < 0 ? c : low));
    const tag = setClauses.map((c) => [c.set, c.version, c.qualifier].filter(Boolean).join(" ")).join(", ");
    return { set: chosen.set, version: chosen.version, tag, qualified: setClauses.some((c) => c.qualifier !== "") };
  });
}

module.exports = { requirementClauses, requirementsOf, forApplication, compareApiVersions };
