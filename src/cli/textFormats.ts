import type { ReportCell } from "../core/report/reportModel";
import type { Language } from "../i18n/language";

/** How numbers are written in each language: English as en-GB (1,234.56), Danish 1.234,56, Swedish 1 234,56. */
const locales: Readonly<Record<Language, string>> = { en: "en-GB", da: "da-DK", sv: "sv-SE" };

/**
 * The number formats of a language: money with two decimals, percentages with one, model figures to 4 significant digits.
 * @example numberFormats("da").percent(0.1234) // "12,3 %"
 */
export function numberFormats(language: Language) {
  const locale = locales[language];
  const shown = (show: (value: number) => string) => (cell: ReportCell) => (typeof cell === "number" ? show(cell) : "");
  return {
    money: shown((value) => value.toLocaleString(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 })),
    percent: shown((value) => `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1, useGrouping: false })} %`),
    number: (value: number) =>
      language === "en" ? Number(value.toPrecision(4)).toString() : Number(value.toPrecision(4)).toLocaleString(locale, { maximumFractionDigits: 20, useGrouping: false }),
    fixed: (value: number, digits: number) => (language === "en" ? value.toFixed(digits) : value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits, useGrouping: false })),
  };
}

/**
 * Aligned columns: the first padded on the right, the others on the left, two spaces between.
 * @example alignedTable(["Segment", "Customers"], [["New", "12"]]) // "Segment  Customers\nNew             12"
 */
export function alignedTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell) => cell.length);
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column], cell.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}

