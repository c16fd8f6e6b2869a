/**
 * Generators of messy purchase tables for the fuzz tests: the purchases themselves, and ways a spreadsheet or an
 * export writes them (dates as ISO text, Danish text or Excel serials; amounts as numbers, Danish or English text,
 * with currencies), mixed with the noise real files carry (blank and repeated-header rows, stray and formula-like
 * text, logical values, huge and tiny numbers, long ids).
 */
import fc from "fast-check";
import { civilFromDays, daysFromCivil } from "../../src/core/read/civilDate";
import { dayToExcelSerial } from "../../src/core/read/excelSerial";

/** Runs per property: KV_FUZZ_RUNS (a long run: KV_FUZZ_RUNS=20000 npx jest test/fuzz), else a quick fixed-seed run. */
export const fuzzRuns = Number(process.env.KV_FUZZ_RUNS ?? 200);

/** Fixed seed unless KV_FUZZ_SEED is set, so that `npm test` checks the same cases every time. */
export const fuzzSeed = Number(process.env.KV_FUZZ_SEED ?? 20261205);

/** One purchase: a customer id, a day (days since 1970-01-01) and an amount in cents. */
export interface Purchase {
  customer: string;
  day: number;
  cents: number;
}

const firstDay = daysFromCivil(2015, 1, 1);
const lastDay = daysFromCivil(2025, 12, 31);

/** Customer ids as shops write them: names with æ, ø, å and ö, numbers with zeros in front, e-mail addresses. */
const customerId = fc.oneof(
  fc.constantFrom("Åse Øster", "Æse Øster", "Björn Ängel", "Kunde A", "kunde a", "00012", "12", "anna@example.dk", "A/S Hansen & Søn"),
  fc.stringMatching(/^[A-Za-zÆØÅæøåÄÖäö][A-Za-z0-9ÆØÅæøå .-]{0,14}$/).filter((id) => id.trim() === id && id.trim() !== ""),
);

/** A purchase with an amount from 0.01 to 99,999.99 (returns are a separate concern of the summary). */
export const purchase: fc.Arbitrary<Purchase> = fc.record({
  customer: customerId,
  day: fc.integer({ min: firstDay, max: lastDay }),
  cents: fc.integer({ min: 1, max: 9_999_999 }),
});

/** How a table writes its dates and amounts. Every format here reads back to the same day and amount. */
export interface TableFormat {
  dates: "iso" | "danish" | "dotted" | "serial" | "compact";
  amounts: "number" | "danishText" | "englishText" | "danishKroner" | "euro";
  headers: "en" | "da" | "sv";
}

export const tableFormat: fc.Arbitrary<TableFormat> = fc.record({
  dates: fc.constantFrom("iso", "danish", "dotted", "serial", "compact"),
  amounts: fc.constantFrom("number", "danishText", "englishText", "danishKroner", "euro"),
  headers: fc.constantFrom("en", "da", "sv"),
});

const headerWords: Record<TableFormat["headers"], string[]> = {
  en: ["Customer", "Purchase date", "Amount"],
  da: ["Kundenavn", "Købsdato", "Købsbeløb"],
  sv: ["Kund", "Köpdatum", "Belopp"],
};

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** A day written in a table format. */
export function dateCell(day: number, format: TableFormat["dates"]): string | number {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  switch (format) {
    case "iso":
      return `${year}-${pad(month)}-${pad(dayOfMonth)}`;
    case "danish":
      return `${pad(dayOfMonth)}-${pad(month)}-${year}`;
    case "dotted":
      return `${dayOfMonth}.${month}.${year}`;
    case "serial":
      return dayToExcelSerial(day);
    case "compact":
      return year * 10000 + month * 100 + dayOfMonth;
  }
}

/** An amount in cents written in a table format (always with two decimals in text, so the separator is never in doubt). */
export function amountCell(cents: number, format: TableFormat["amounts"]): string | number {
  const whole = Math.floor(cents / 100);
  const fraction = pad(cents % 100);
  const grouped = (separator: string) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  switch (format) {
    case "number":
      return cents / 100;
    case "danishText":
      return `${grouped(".")},${fraction}`;
    case "englishText":
      return `${grouped(",")}.${fraction}`;
    case "danishKroner":
      return `${grouped(".")},${fraction} kr.`;
    case "euro":
      return `€${grouped(",")}.${fraction}`;
  }
}

/** The purchases as worksheet rows in one format, with a header row. */
export function purchaseRows(purchases: readonly Purchase[], format: TableFormat): unknown[][] {
  return [headerWords[format.headers], ...purchases.map((p) => [p.customer, dateCell(p.day, format.dates), amountCell(p.cents, format.amounts)])];
}

/** A cell of the noise in real files. */
export const noiseCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, "", 0, " ", "#N/A", "#VALUE!", "=SUM(A1:A3)", "+45 12 34 56 78", "-", "@kunde", "n/a", "—", true, false),
  fc.constantFrom(1e300, -1e300, 1e-300, 1e15, -0.000001, 2024, 12, 3, 45322.75, 19970101, 99999999),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("x".repeat(1000), "Ø".repeat(300), "\u0000\u0001stray", "\uFEFFKunde", "31-02-2024", "2024-13-01", "1.234", "1,234", "12,5 kr", "$ 7"),
);

/** A row of the noise: blank (as Excel gives it), a repeated header, or random cells. */
export function noiseRow(format: TableFormat): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    fc.constant<unknown[]>([null, null, null]),
    fc.constant<unknown[]>(["", "", ""]),
    fc.constant<unknown[]>([0, 0, 0]),
    fc.constant<unknown[]>(headerWords[format.headers]),
    fc.array(noiseCell, { minLength: 1, maxLength: 5 }),
  );
}

/** A messy table: a header, purchases in one format, and noise rows among them. */
export const messyTable: fc.Arbitrary<{ rows: unknown[][]; purchases: Purchase[]; format: TableFormat }> = tableFormat.chain((format) =>
  fc
    .tuple(fc.array(purchase, { minLength: 0, maxLength: 40 }), fc.array(fc.tuple(fc.nat(60), noiseRow(format)), { maxLength: 12 }))
    .map(([purchases, noise]) => {
      const rows = purchaseRows(purchases, format);
      for (const [position, row] of noise) rows.splice(1 + (position % rows.length), 0, row);
      return { rows, purchases, format };
    }),
);

/** (customer, day, cents) triples, sorted: what any correct reading of the purchases must give. */
export function purchaseTriples(purchases: readonly Purchase[]): string[] {
  return purchases.map((p) => `${p.customer}|${p.day}|${p.cents}`).sort();
}
