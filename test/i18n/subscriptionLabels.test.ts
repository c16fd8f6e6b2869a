import { analyzeSubscriptions } from "../../src/core/subscriptions/analyzeSubscriptions";
import { buildSubscriptionReport } from "../../src/core/subscriptions/buildSubscriptionReport";
import { readSubscriptionData } from "../../src/core/subscriptions/readSubscriptionData";
import { sbgDataFromSurvivors } from "../../src/core/models/sbgData";
import type { ColumnFormat, Report } from "../../src/core/report/reportModel";
import { supportedLanguages } from "../../src/i18n/language";
import { reportLabel, reportLabelKeys } from "../../src/i18n/reportLabels";
import { reportWord } from "../../src/i18n/reportWords";
import { subscriptionLabel, subscriptionLabelKeys } from "../../src/i18n/subscriptionLabels";
import { paperFileRows } from "../support/subscriptionPaperRows";

/** The reports the words must cover: the paper's cohorts without and with a value per period, and a cohort the model refuses. */
const cohorts = readSubscriptionData(paperFileRows()).cohorts;
const reports: Report[] = [
  buildSubscriptionReport(analyzeSubscriptions(cohorts, { projectPeriods: 5, discountRate: 0.1 }, "recency")),
  buildSubscriptionReport(analyzeSubscriptions(cohorts, { projectPeriods: 5, discountRate: 0.1, valuePerPeriod: 100 }, "recency")),
  buildSubscriptionReport(analyzeSubscriptions([{ name: "x", data: sbgDataFromSurvivors(Float64Array.of(40, 40)) }], { projectPeriods: 1, discountRate: 0 }, "x")),
];

/** Every label key of a report: sheet ids, titles, columns, label cells, chart titles and series, notes. */
function reportKeys(report: Report): Set<string> {
  const keys = new Set<string>();
  for (const sheet of report.sheets) {
    keys.add(sheet.id);
    for (const table of sheet.tables) {
      keys.add(table.title);
      table.columns.forEach((column) => keys.add(column.label ?? column.key));
      const last = table.columns.length - 1;
      table.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const format: ColumnFormat = table.rowFormats && c === last ? table.rowFormats[r] : table.columns[c].format;
          if (format === "label" && typeof cell === "string") keys.add(cell);
        }),
      );
    }
    for (const chart of sheet.charts) [chart.title, ...chart.valueColumns].forEach((key) => keys.add(key));
    (sheet.notes ?? []).forEach((key) => keys.add(key));
  }
  return keys;
}

describe("subscription labels", () => {
  it("word every key of the subscriptions report in every language, none the raw key", () => {
    for (const report of reports) {
      for (const key of reportKeys(report)) {
        for (const language of supportedLanguages) {
          const words = reportWord(language, "subscriptions", key);
          expect({ key, language, worded: words.trim() !== "" && words !== key }).toEqual({ key, language, worded: true });
        }
      }
    }
  });

  it("have the same keys in every language, and every refusal of the sBG fit its own words", () => {
    for (const language of supportedLanguages) for (const key of subscriptionLabelKeys) expect(subscriptionLabel(language, key)).toBeTruthy();
    for (const code of ["tooFewCustomers", "noChurners", "churnOnlyInFirstPeriod", "retentionNotRising", "fitNotConverged", "other"]) expect(subscriptionLabelKeys).toContain(`refusal_${code}`);
    expect(subscriptionLabel("en", "noSuchKey")).toBeUndefined();
    expect(subscriptionLabel("en", "toString")).toBeUndefined();
  });

  it("name the sheet as Excel allows, apart from the purchase report's sheets: Subscriptions, Abonnementer, Abonnemang", () => {
    expect(supportedLanguages.map((language) => subscriptionLabel(language, "subscriptions"))).toEqual(["Subscriptions", "Abonnementer", "Abonnemang"]);
    for (const language of supportedLanguages) {
      const name = subscriptionLabel(language, "subscriptions") as string;
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
      for (const id of ["overview", "segments", "customers", "segmentRules"]) expect(reportLabel(language, id).toLowerCase()).not.toBe(name.toLowerCase());
    }
  });

  it("keep every note within 255 characters (a longer Text cell shows as #### in Excel)", () => {
    for (const language of supportedLanguages) {
      for (const key of subscriptionLabelKeys.filter((candidate) => candidate.startsWith("note_"))) {
        expect({ key, language, length: (subscriptionLabel(language, key) as string).length <= 255 }).toEqual({ key, language, length: true });
      }
    }
  });

  it("stay in their language: no English word in a Danish or Swedish label, no Danish in an English one", () => {
    const english = /\b(the|and|of|customers?|still|active|average|expected|probability|likelihood|renewals?|projected|value)\b/i;
    const danish = /[æøå]|\b(og|kunder|aktive|fornyelser?|periode)\b/i;
    const offending = (language: "en" | "da" | "sv", pattern: RegExp) =>
      subscriptionLabelKeys.map((key) => [key, subscriptionLabel(language, key) as string]).filter(([, text]) => pattern.test(text));
    expect(offending("da", english)).toEqual([]);
    expect(offending("sv", english)).toEqual([]);
    expect(offending("en", danish)).toEqual([]);
  });
});

describe("reportWord", () => {
  it("words the purchase report's sheets by reportLabels.ts alone, whatever the subscriptions report calls a key", () => {
    for (const language of supportedLanguages) {
      for (const key of reportLabelKeys) expect(reportWord(language, "overview", key)).toBe(reportLabel(language, key));
      expect(reportWord(language, "subscriptions", "figure")).toBe(reportLabel(language, "figure"));
      expect(() => reportWord(language, "segments", "subscriptionFit")).toThrow('"subscriptionFit"');
    }
  });
});
