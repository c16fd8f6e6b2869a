import { analyzeTransactions, type AnalysisSettings } from "../../src/core/analysis/analyzeTransactions";
import type { StopReason } from "../../src/core/models/minimizeBfgs";
import type { ModelUnavailableReason } from "../../src/core/models/modelUnavailable";
import { buildReport } from "../../src/core/report/buildReport";
import type { ColumnFormat, Report, ReportSheet } from "../../src/core/report/reportModel";
import { supportedLanguages, type Language } from "../../src/i18n/language";
import { reportLabel, reportLabelKeys } from "../../src/i18n/reportLabels";
import { labelledSegmentIds, segmentLabel } from "../../src/i18n/segmentLabels";
import { wizardText } from "../../src/i18n/wizardStrings";
import { cdnowLog, dayNumber } from "../core/summary/cdnowLog";
import { cdnowCalibrationSettings } from "../support/analysisSettings";

/**
 * Every key a real report uses must have words in every language: the CDNOW sample, both segment schemes,
 * with and without a holdout check (the holdout adds its tables and chart).
 */
const base = cdnowCalibrationSettings;
const withHoldout: Partial<AnalysisSettings> = { observationEndDay: dayNumber(1998, 6, 30), calibrationEndDay: dayNumber(1997, 9, 30) };

const log = cdnowLog();
const reports: [string, Report][] = [
  ["R×F segments", buildReport(analyzeTransactions(log, { ...base }))],
  ["value tiers", buildReport(analyzeTransactions(log, { ...base, segmentScheme: "valueTiers" }))],
  ["R×F segments with a holdout", buildReport(analyzeTransactions(log, { ...base, ...withHoldout }))],
  ["value tiers with a holdout", buildReport(analyzeTransactions(log, { ...base, ...withHoldout, segmentScheme: "valueTiers" }))],
];

/** Single-letter model parameters read the same in every language. */
const acronyms = new Set(["T", "r", "a", "b", "s", "p", "q", "v"]);

/** Every label key of a sheet: titles, column keys (not of columns headed by a number or the data's text), chart titles and the keys in label-format cells. */
function sheetKeys(sheet: ReportSheet): Set<string> {
  const keys = new Set<string>([sheet.id]);
  for (const table of sheet.tables) {
    keys.add(table.title);
    for (const column of table.columns) if (column.heading === undefined) keys.add(column.key);
    const last = table.columns.length - 1;
    table.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const format: ColumnFormat = table.rowFormats && c === last ? table.rowFormats[r] : table.columns[c].format;
        if (format !== "label" || cell === null) return;
        if (typeof cell !== "string") throw new Error(`table ${table.id} row ${r} column ${c}: a label cell must hold a key, not ${cell}`);
        keys.add(cell);
      });
    });
  }
  for (const table of sheet.tables) if (table.footer) keys.add(table.footer.label);
  for (const chart of sheet.charts) keys.add(chart.title);
  for (const note of sheet.notes ?? []) keys.add(note);
  return keys;
}

function reportKeys(report: Report): Set<string> {
  return new Set(report.sheets.flatMap((sheet) => [...sheetKeys(sheet)]));
}

/** The parameter names of the model table (a text column, but words a reader should be able to look up). */
function parameterNames(report: Report): string[] {
  const table = report.sheets.flatMap((sheet) => sheet.tables).find((candidate) => candidate.id === "modelParameters");
  if (!table) throw new Error("the report has a model parameters table");
  const column = table.columns.findIndex((candidate) => candidate.key === "parameter");
  return table.rows.map((row) => String(row[column]));
}

function expectWorded(key: string): void {
  for (const language of supportedLanguages) {
    const label = reportLabel(language, key);
    expect(label.trim()).not.toBe("");
    expect(label).toBe(label.trim());
    if (!acronyms.has(key)) expect({ language, key, label: label === key ? "the raw key" : "worded" }).toEqual({ language, key, label: "worded" });
  }
}

/** Excel's rules for a sheet name: 1–31 characters, none of []:*?/\, no apostrophe at either end, not "History". */
function isValidSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== "history";
}

describe.each(reports)("report labels: %s", (_name, report) => {
  it("word every sheet, table title, column, chart title, figure name and label cell in every language", () => {
    const keys = reportKeys(report);
    expect(keys.size).toBeGreaterThan(40);
    for (const key of keys) expectWorded(key);
  });

  it("name every model parameter in every language", () => {
    const names = parameterNames(report);
    expect(names).toEqual(expect.arrayContaining(["r", "alpha", "a", "b", "logLikelihood"]));
    for (const name of names) expectWorded(name);
    for (const language of supportedLanguages) expect(reportLabel(language, "alpha")).toBe("α");
  });

  it("give valid, distinct Excel sheet names in every language", () => {
    for (const language of supportedLanguages) {
      const names = report.sheets.map((sheet) => reportLabel(language, sheet.id));
      for (const name of names) expect({ name, valid: isValidSheetName(name) }).toEqual({ name, valid: true });
      expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    }
  });
});

describe("reportLabel", () => {
  it("covers the sheets, tables and charts of the R×F report with a holdout", () => {
    const [, report] = reports[2];
    expect(report.sheets.map((sheet) => sheet.id)).toEqual(["overview", "segments", "customers", "segmentRules", "cohorts"]);
    const keys = reportKeys(report);
    for (const key of [
      "holdout",
      "holdoutTotals",
      "holdoutChart",
      "equityBySegment",
      "method_gammaGamma",
      "timeUnit_week",
      "scheme_rfm",
      "bgnbd",
      "gammaGamma",
      "modelFit",
      "fitted",
      "spendIndependence",
      "repeatCustomers",
      "cohortActiveRate_month",
      "cohortRevenue_month",
      "cohortActive_month",
      "cohortChartRevenue",
      "note_cohortProjected",
      "cohortAllCohorts",
    ]) {
      expect(keys).toContain(key);
    }
  });

  it("uses the sheet names of the design", () => {
    expect(["overview", "segments", "customers", "segmentRules"].map((id) => reportLabel("en", id))).toEqual(["Overview", "Segments", "Customers", "Segment rules"]);
    expect(["overview", "segments", "customers", "segmentRules"].map((id) => reportLabel("da", id))).toEqual(["Oversigt", "Segmenter", "Kunder", "Segmentregler"]);
    expect(["overview", "segments", "customers", "segmentRules"].map((id) => reportLabel("sv", id))).toEqual(["Översikt", "Segment", "Kunder", "Segmentregler"]);
    expect(["en", "da", "sv"].map((language) => reportLabel(language as Language, "cohorts"))).toEqual(["Cohorts", "Kohorter", "Kohorter"]);
  });

  it.each(supportedLanguages)("notes the Segment rules sheet can be edited and run again with the pane's Refresh, in ≤ 255 characters (%s)", (language) => {
    const [, report] = reports[0];
    const notes = report.sheets.find((sheet) => sheet.id === "segmentRules")?.notes ?? [];
    expect(notes).toEqual(["segmentRulesNote"]);
    const note = reportLabel(language, "segmentRulesNote");
    expect(note).toContain(wizardText(language, "refresh"));
    // A Text-formatted cell ("@") of more than 255 characters shows as #### in Excel.
    expect(note.length).toBeLessThanOrEqual(255);
    for (const [, other] of reports) for (const sheet of other.sheets) for (const key of sheet.notes ?? []) expect(reportLabel(language, key).length).toBeLessThanOrEqual(255);
  });

  it("has every own label in every language, including keys the CDNOW reports do not reach", () => {
    for (const key of reportLabelKeys) expectWorded(key);
    for (const key of ["methodSimple", "method_customerAverage", "timeUnit_day", "scheme_valueTiers", "note_unlockLastPurchase", "tierNote_otherCustomers"]) expect(reportLabelKeys).toContain(key);
    // Every reason a model may not be fitted and every way its estimation may stop (a new one fails to compile here).
    const reasons: Record<ModelUnavailableReason["code"], true> = {
      noCustomers: true,
      noFirstPurchaseDates: true,
      withoutPurchaseModel: true,
      smallBase: true,
      degenerateFit: true,
      tooFewCustomers: true,
      allOneTimeBuyers: true,
      tooFewRepeatBuyers: true,
      tooFewRepeatBuyersWithSpend: true,
      notConverged: true,
      spendMeanUnbounded: true,
    };
    const stops: Record<StopReason, true> = { gradientSmall: true, precisionLimit: true, lineSearchFailed: true, iterationLimit: true, notFiniteAtStart: true };
    const reasonKeys = Object.keys(reasons).map((code) => `reason_${code}`);
    const stopKeys = Object.keys(stops).map((stop) => `stopReason_${stop}`);
    for (const key of [...reasonKeys, ...stopKeys, "minimum", "repeatBuyers", "repeatBuyersWithSpend", "yes", "no"]) {
      expect(reportLabelKeys).toContain(key);
    }
  });

  it("keeps its own keys apart from the segment ids, so no segment name is shadowed", () => {
    for (const segment of labelledSegmentIds) expect(reportLabelKeys).not.toContain(segment);
  });

  it("words a segment id by its name and action_<segment> by its suggested action", () => {
    for (const language of supportedLanguages) {
      for (const segment of labelledSegmentIds) {
        expect(reportLabel(language, segment)).toBe(segmentLabel(language, segment).name);
        expect(reportLabel(language, `action_${segment}`)).toBe(segmentLabel(language, segment).action);
      }
    }
  });

  it.each(["noSuchKey", "action_noSuchSegment", "action_", "", "toString", "method_unknown"])("throws an error naming the unknown key %j", (key) => {
    for (const language of supportedLanguages) {
      expect(() => reportLabel(language, key)).toThrow(`"${key}"`);
    }
  });
});

describe("the report's words stay in their language", () => {
  /** English words a Danish or Swedish sheet must not show, and Danish letters and words an English one must not. */
  const english = /\b(the|and|of|customers?|purchases?|average|expected|probability|recency|likelihood|holdout|estimate|repeat)\b/i;
  const danish = /[æøå]|\b(og|kunder|køb|beløb|gennemsnitlig)\b/i;

  it("has no English word in a Danish or Swedish label, and no Danish in an English one", () => {
    const keys = [...reportLabelKeys, ...labelledSegmentIds.flatMap((id) => [id, `action_${id}`, `meaning_${id}`])];
    const offending = (language: "en" | "da" | "sv", pattern: RegExp) =>
      keys.map((key) => [key, reportLabel(language, key)]).filter(([, text]) => pattern.test(text) && !text.includes("Kundeværdi"));
    expect(offending("da", english)).toEqual([]);
    expect(offending("sv", english)).toEqual([]);
    expect(offending("en", danish)).toEqual([]);
  });
});
