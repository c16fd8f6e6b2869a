/*
 * Messages about a Segment rules sheet the user edited, in English, Danish and Swedish: the segment names it
 * may use, one line per unreadable cell ("Segment rules, row 7, column B: 6 is outside 1–5.") and the gaps,
 * overlaps and unreachable rules of the table read.
 */
import { rfmSegmentIds } from "../core/segments/defaultSegmentMap";
import type { RuleRowProblem } from "../core/segments/ruleTableFromRows";
import type { InvalidRuleReason, RuleTableReport } from "../core/segments/ruleTableValidation";
import type { ScoreCell } from "../core/segments/segmentRules";
import { supportedLanguages, type Language } from "./language";
import { reportLabel } from "./reportLabels";
import { labelledSegmentIds, segmentLabel, type SegmentId } from "./segmentLabels";
import { columnLetters } from "../core/read/columnLetters";

/** Apostrophes Excel's AutoCorrect or other keyboards may put in "Can't lose them". */
const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/g;

/** A segment name compared without case, spaces or apostrophe style. */
function nameKey(text: string): string {
  return text.normalize("NFC").replace(APOSTROPHES, "'").replace(/\s+/g, "").toLocaleLowerCase("en");
}

const segmentByName = new Map<string, SegmentId>();
for (const id of labelledSegmentIds) {
  segmentByName.set(nameKey(id), id);
  for (const language of supportedLanguages) segmentByName.set(nameKey(segmentLabel(language, id).name), id);
}

/**
 * The segment a Segment rules cell names: its id ("needAttention") or its name in English, Danish or Swedish,
 * ignoring case, spaces and the apostrophe's style; undefined for anything else. Pass it to ruleTableFromRows.
 *
 * Source: segmentLabels.ts, the names writeReport puts in column A.
 * @example segmentIdForLabel(" i  DVALE ") // "hibernating"
 * @example segmentIdForLabel("Can’t lose them") // "cantLoseThem"
 */
export function segmentIdForLabel(text: string): SegmentId | undefined {
  return segmentByName.get(nameKey(text));
}

/** A segment id in words; a string that is not one of ours as it is. */
function segmentName(language: Language, segment: string): string {
  const id = segmentIdForLabel(segment);
  return id === segment ? segmentLabel(language, id).name : segment;
}

/** Sheet column letters of a 1-based column number: 1 → A, 27 → AA. */
function columnName(column: number): string {
  return columnLetters(column - 1);
}

/** How one language words rule-sheet messages. */
interface RuleMessages {
  cell(sheet: string, row: number, column: number): string;
  decimalSeparator: string;
  and: string;
  problems: { readonly [Reason in RuleRowProblem["reason"]]: (text: string, problem: RuleRowProblem, extra: { names: string; headings: string }) => string };
  rule(segment: string, row: number | undefined, position: number): string;
  gaps(cells: string): string;
  overlap(first: string, second: string, cells: string): string;
  shadowed(rule: string, by: string, byCount: number): string;
  coversNothing(rule: string): string;
  invalid(rule: string, reasons: string): string;
  invalidReasons: Readonly<Record<InvalidRuleReason, string>>;
}

const en: RuleMessages = {
  cell: (sheet, row, column) => `${sheet}, row ${row}, column ${columnName(column)}: `,
  decimalSeparator: ".",
  and: "and",
  problems: {
    unknownSegment: (text, _, { names }) => (text === "" ? "the segment name is blank." : `"${text}" is not a segment name; use one of ${names}.`),
    blankCell: () => "the score is blank; give a whole number from 1 to 5.",
    notWholeNumber: (text) => `${text} is not a whole number from 1 to 5.`,
    outsideOneToFive: (text) => `${text} is outside 1–5.`,
    minAboveMax: (text, { column, limit }) => `the lowest score ${text} is above the highest score ${limit} (column ${columnName(column + 1)}).`,
    missingHeader: (_, __, { headings }) => `the headings ${headings} are missing here.`,
    emptyTable: () => "there are no rules below the headings.",
  },
  rule: (segment, row, position) => `the rule for ${segment} (${row === undefined ? `rule ${position}` : `row ${row}`})`,
  gaps: (cells) => `no rule covers ${cells}; customers there would get no segment.`,
  overlap: (first, second, cells) => `${first} and ${second} both cover ${cells}; only the first is used there.`,
  shadowed: (rule, by, byCount) => `${rule} is never used: ${by} ${byCount === 1 ? "comes" : "come"} first on all its scores.`,
  coversNothing: (rule) => `${rule} covers no scores.`,
  invalid: (rule, reasons) => `${rule} has ${reasons}.`,
  invalidReasons: { notWholeNumber: "scores that are not whole numbers", outsideOneToFive: "scores outside 1–5", minAboveMax: "a lowest score above the highest" },
};

const da: RuleMessages = {
  cell: (sheet, row, column) => `${sheet}, række ${row}, kolonne ${columnName(column)}: `,
  decimalSeparator: ",",
  and: "og",
  problems: {
    unknownSegment: (text, _, { names }) => (text === "" ? "segmentnavnet er tomt." : `"${text}" er ikke et segmentnavn; brug et af ${names}.`),
    blankCell: () => "scoren er tom; skriv et helt tal fra 1 til 5.",
    notWholeNumber: (text) => `${text} er ikke et helt tal fra 1 til 5.`,
    outsideOneToFive: (text) => `${text} ligger uden for 1–5.`,
    minAboveMax: (text, { column, limit }) => `den laveste score ${text} er over den højeste score ${limit} (kolonne ${columnName(column + 1)}).`,
    missingHeader: (_, __, { headings }) => `overskrifterne ${headings} mangler her.`,
    emptyTable: () => "der er ingen regler under overskrifterne.",
  },
  rule: (segment, row, position) => `reglen for ${segment} (${row === undefined ? `regel ${position}` : `række ${row}`})`,
  gaps: (cells) => `ingen regel dækker ${cells}; kunder der ville ikke få noget segment.`,
  overlap: (first, second, cells) => `${first} og ${second} dækker begge ${cells}; kun den første bruges der.`,
  shadowed: (rule, by) => `${rule} bruges aldrig: ${by} kommer først for alle dens scorer.`,
  coversNothing: (rule) => `${rule} dækker ingen scorer.`,
  invalid: (rule, reasons) => `${rule} har ${reasons}.`,
  invalidReasons: { notWholeNumber: "scorer, der ikke er hele tal", outsideOneToFive: "scorer uden for 1–5", minAboveMax: "en laveste score over den højeste" },
};

const sv: RuleMessages = {
  cell: (sheet, row, column) => `${sheet}, rad ${row}, kolumn ${columnName(column)}: `,
  decimalSeparator: ",",
  and: "och",
  problems: {
    unknownSegment: (text, _, { names }) => (text === "" ? "segmentnamnet är tomt." : `"${text}" är inte ett segmentnamn; använd ett av ${names}.`),
    blankCell: () => "poängen är tom; skriv ett heltal från 1 till 5.",
    notWholeNumber: (text) => `${text} är inte ett heltal från 1 till 5.`,
    outsideOneToFive: (text) => `${text} ligger utanför 1–5.`,
    minAboveMax: (text, { column, limit }) => `den lägsta poängen ${text} är över den högsta poängen ${limit} (kolumn ${columnName(column + 1)}).`,
    missingHeader: (_, __, { headings }) => `rubrikerna ${headings} saknas här.`,
    emptyTable: () => "det finns inga regler under rubrikerna.",
  },
  rule: (segment, row, position) => `regeln för ${segment} (${row === undefined ? `regel ${position}` : `rad ${row}`})`,
  gaps: (cells) => `ingen regel täcker ${cells}; kunder där skulle inte få något segment.`,
  overlap: (first, second, cells) => `${first} och ${second} täcker båda ${cells}; bara den första används där.`,
  shadowed: (rule, by) => `${rule} används aldrig: ${by} kommer först för alla dess poäng.`,
  coversNothing: (rule) => `${rule} täcker inga poäng.`,
  invalid: (rule, reasons) => `${rule} har ${reasons}.`,
  invalidReasons: { notWholeNumber: "poäng som inte är heltal", outsideOneToFive: "poäng utanför 1–5", minAboveMax: "en lägsta poäng över den högsta" },
};

const tables: Record<Language, RuleMessages> = { en, da, sv };

/** "a, b and c". */
function list(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** A decimal number written with the language's decimal separator; other text as it is. */
function localNumber(text: string, messages: RuleMessages): string {
  return /^[+-]?\d+\.\d+$/.test(text) ? text.replace(".", messages.decimalSeparator) : text;
}

/** The headings writeReport puts above the rules, quoted and separated by " | ". */
function headings(language: Language): string {
  return ["segment", "rMin", "rMax", "fMin", "fMax"].map((key) => `"${reportLabel(language, key)}"`).join(" | ");
}

/**
 * One line for a cell of a Segment rules sheet that cannot be read (see ruleTableFromRows), naming the sheet,
 * the 1-based row and the column letter.
 * @example renderRuleRowProblem({ row: 7, column: 2, reason: "outsideOneToFive", text: "6" }, "en", "Segment rules")
 * // "Segment rules, row 7, column B: 6 is outside 1–5."
 */
export function renderRuleRowProblem(problem: RuleRowProblem, language: Language, sheetName: string): string {
  const messages = tables[language];
  const names = list(
    rfmSegmentIds.map((id) => `"${segmentLabel(language, id).name}"`),
    messages.and,
  );
  const text = localNumber(problem.text ?? "", messages);
  return messages.cell(sheetName, problem.row, problem.column) + messages.problems[problem.reason](text, problem, { names, headings: headings(language) });
}

/** "R 3, F 5" (and ", M 2" on an R × F × M grid). */
function cellName(cell: ScoreCell): string {
  return `R ${cell.r}, F ${cell.f}${cell.m === undefined ? "" : `, M ${cell.m}`}`;
}

/**
 * The problems of a rule table read from a sheet (validateRuleTable's report), one line each, naming the sheet:
 * rules with wrong bounds, the cells no rule covers, the pairs of rules covering the same cells and the rules
 * never used. Rules are named by segment and, given `ruleRows` (ruleTableFromRows' sheet rows), by row; else
 * by position. Empty for a valid table.
 * @example renderRuleTableReport(validateRuleTable(rules), "en", "Segment rules", [3, 4])
 * // ["Segment rules: no rule covers R 3, F 5; customers there would get no segment."]
 */
export function renderRuleTableReport(report: RuleTableReport, language: Language, sheetName: string, ruleRows?: readonly number[]): string[] {
  const messages = tables[language];
  const rule = (index: number, segment: string) => messages.rule(segmentName(language, segment), ruleRows?.[index], index + 1);
  const cells = (scoreCells: readonly ScoreCell[]) => list(scoreCells.map(cellName), messages.and);
  const lines: string[] = [];
  for (const invalid of report.invalidRules) {
    const reasons = list(invalid.reasons.map((reason) => messages.invalidReasons[reason]), messages.and);
    lines.push(messages.invalid(rule(invalid.rule, invalid.segment), reasons));
  }
  if (report.gaps.length > 0) lines.push(messages.gaps(cells(report.gaps)));
  for (const overlap of report.overlaps) {
    lines.push(messages.overlap(rule(overlap.rules[0], overlap.segments[0]), rule(overlap.rules[1], overlap.segments[1]), cells(overlap.cells)));
  }
  // A rule shadowing another shares a cell with it, so the overlaps name the segment of every shadowing rule.
  const segmentOf = new Map<number, string>();
  for (const overlap of report.overlaps) overlap.rules.forEach((index, side) => segmentOf.set(index, overlap.segments[side]));
  for (const unreachable of report.unreachable) {
    const named = rule(unreachable.rule, unreachable.segment);
    if (unreachable.shadowedBy.length === 0) lines.push(messages.coversNothing(named));
    else {
      const by = unreachable.shadowedBy.map((index) => rule(index, segmentOf.get(index) ?? ""));
      lines.push(messages.shadowed(named, list(by, messages.and), by.length));
    }
  }
  return lines.map((line) => `${sheetName}: ${line}`);
}
