/**
 * The paper's two cohorts (Fader & Hardie 2007, test/fixtures/sbg_paper.csv: 1,000 regular and 1,000 high-end
 * customers over 7 years) in the shapes a user's subscription data comes in, as a sheet or a CSV holds them: the
 * file itself (pymc-marketing's recency and T), one row per customer with periods stayed and still active (headers
 * and yes/no words in English, Danish or Swedish), and the cohorts' survivors curves.
 */
import type { SeedCell } from "../../src/demo/seedData";
import { csvCells } from "../../src/demo/seedData";
import type { Language } from "../../src/i18n/language";
import { PAPER_SURVIVORS, sbgPaperCohorts } from "../core/models/sbgPaperCohorts";
import { readFixture } from "./fixtures";

/** The published estimates on years 1–7 (Fader & Hardie 2007): α, β per cohort. */
export const PAPER_ESTIMATES = { highend: { alpha: 0.668, beta: 3.806 }, regular: { alpha: 0.704, beta: 1.182 } } as const;

/** The fixture's cells as Excel holds them after opening it: recency, T and cohorts (pymc-marketing's layout). */
export function paperFileRows(): SeedCell[][] {
  return csvCells(readFixture("sbg_paper.csv"));
}

const customerHeaders: Record<Language, string[]> = {
  en: ["Customer", "Periods stayed", "Still active", "Cohort"],
  da: ["Kunde", "Perioder", "Aktiv", "Kohorte"],
  sv: ["Kund", "Perioder", "Aktiv", "Kohort"],
};
const yesNo: Record<Language, [string, string]> = { en: ["yes", "no"], da: ["ja", "nej"], sv: ["ja", "nej"] };

/**
 * One row per customer (high end first, as the file): customer number, periods stayed, still active (yes/no in the
 * language) and cohort, under headers in the language.
 * @example paperCustomerRows("da")[0] // ["Kunde", "Perioder", "Aktiv", "Kohorte"]
 */
export function paperCustomerRows(language: Language): SeedCell[][] {
  const cohorts = sbgPaperCohorts();
  const rows: SeedCell[][] = [customerHeaders[language]];
  for (const name of ["highend", "regular"] as const) {
    const { periods, active } = cohorts[name];
    periods.forEach((stayed, i) => rows.push([rows.length, stayed, yesNo[language][active[i] ? 0 : 1], name]));
  }
  return rows;
}

/** The survivors curves, one row per cohort and year 0–7 (Table 1 as counts). */
export function paperSurvivorRows(): SeedCell[][] {
  const rows: SeedCell[][] = [["Cohort", "Year", "Active customers"]];
  for (const name of ["highend", "regular"] as const) PAPER_SURVIVORS[name].forEach((count, year) => rows.push([name, year, count]));
  return rows;
}

/** Rows as CSV text (no cell holds a comma or a quote). */
export function csvText(rows: SeedCell[][]): string {
  return `${rows.map((row) => row.join(",")).join("\n")}\n`;
}
