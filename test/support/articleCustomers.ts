import { civilFromDays, daysFromCivil } from "../../src/core/read/civilDate";
import { RandomStream } from "../../src/core/random/randomStream";
import type { SeedCell } from "../../src/demo/seedData";

/** One customer of the article's example: a name and their purchases (day since 1970-01-01, amount in kr). */
export interface ArticleCustomer {
  name: string;
  purchases: { day: number; amount: number }[];
}

/** Purchases per customer after the three named ones: 37 customers, 179 purchases (186 in all). */
const PURCHASE_COUNTS = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 11, 12, 12];

const YEAR_START = daysFromCivil(2024, 1, 1);
const YEAR_DAYS = 366;

/** "Kunde A" … "Kunde Z", "Kunde AA" …: the article's way of naming its example customers. */
function customerName(index: number, word: string): string {
  const letters = index < 26 ? String.fromCharCode(65 + index) : `A${String.fromCharCode(65 + index - 26)}`;
  return `${word} ${letters}`;
}

/**
 * The 40 customers of the founding article's example export, one year (2024) of purchases, 186 in all: Kunde A bought
 * 5 × 500 kr, Kunde B once for 374,53 kr, Kunde C once for 14.877,69 kr (the customers the issue names), the others
 * drawn with a fixed seed (distinct days, amounts around each customer's own level). `word` names them ("Kunde", "Kund").
 * @example articleCustomers("Kunde")[0] // { name: "Kunde A", purchases: [5 × 500] }
 */
export function articleCustomers(word = "Kunde"): ArticleCustomer[] {
  const random = new RandomStream(20261205);
  const days = (count: number): number[] => {
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(YEAR_START + random.below(YEAR_DAYS));
    return [...chosen].sort((a, b) => a - b);
  };
  const customers: ArticleCustomer[] = [
    { name: customerName(0, word), purchases: days(5).map((day) => ({ day, amount: 500 })) },
    { name: customerName(1, word), purchases: [{ day: daysFromCivil(2024, 11, 20), amount: 374.53 }] },
    { name: customerName(2, word), purchases: [{ day: daysFromCivil(2024, 3, 8), amount: 14877.69 }] },
  ];
  PURCHASE_COUNTS.forEach((count, index) => {
    const level = 150 + 600 * random.exponential();
    customers.push({
      name: customerName(index + 3, word),
      purchases: days(count).map((day) => ({ day, amount: Math.round(level * (0.6 + 0.8 * random.uniform()) * 100) / 100 })),
    });
  });
  return customers;
}

/** A day as the article's export writes it: 01/01/2024 (day first). */
function exportDate(day: number): string {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  return `${String(dayOfMonth).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** An amount as a Danish or Swedish export writes it: 2.500,00 kr / 2 500,00 kr. */
function exportAmount(amount: number, language: "da" | "sv"): string {
  const [whole, decimals] = amount.toFixed(2).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === "da" ? "." : " ")},${decimals} kr`;
}

/** The headers of the three shapes, as a Danish or Swedish marketer's export has them. */
const headers = {
  da: { customer: "Kundenavn", date: "Købsdato", amount: "Købsbeløb", count: "Antal køb", first: "Første køb", total: "Samlet beløb", log: "Beløb" },
  sv: { customer: "Kundnamn", date: "Köpdatum", amount: "Köpbelopp", count: "Antal köp", first: "Första köp", total: "Totalt belopp", log: "Belopp" },
};

/**
 * The article's table: `Kundenavn | Købsdato | Købsbeløb | Antal køb` — the last purchase date, the average amount
 * per purchase (a header that could also mean a total: the pane asks) and the number of purchases.
 * @example articleTableRows("da")[1] // ["Kunde A", "16/11/2024", "500,00 kr", 5]
 */
export function articleTableRows(language: "da" | "sv"): SeedCell[][] {
  const h = headers[language];
  return [
    [h.customer, h.date, h.amount, h.count],
    ...articleCustomers(language === "da" ? "Kunde" : "Kund").map(({ name, purchases }) => {
      const total = purchases.reduce((sum, purchase) => sum + purchase.amount, 0);
      return [name, exportDate(purchases[purchases.length - 1].day), exportAmount(total / purchases.length, language), purchases.length];
    }),
  ];
}

/**
 * The same customers with their first purchase date and their total amount (a header that says so):
 * `Kundenavn | Første køb | Købsdato | Samlet beløb | Antal køb`.
 */
export function articleTableWithFirstPurchaseRows(language: "da" | "sv"): SeedCell[][] {
  const h = headers[language];
  return [
    [h.customer, h.first, h.date, h.total, h.count],
    ...articleCustomers(language === "da" ? "Kunde" : "Kund").map(({ name, purchases }) => {
      const total = purchases.reduce((sum, purchase) => sum + purchase.amount, 0);
      return [name, exportDate(purchases[0].day), exportDate(purchases[purchases.length - 1].day), exportAmount(total, language), purchases.length];
    }),
  ];
}

/** The same customers as one row per purchase (186 rows): `Kundenavn | Købsdato | Beløb`. */
export function articleLogRows(language: "da" | "sv"): SeedCell[][] {
  const h = headers[language];
  const rows: SeedCell[][] = [[h.customer, h.date, h.log]];
  for (const { name, purchases } of articleCustomers(language === "da" ? "Kunde" : "Kund")) {
    for (const { day, amount } of purchases) rows.push([name, exportDate(day), exportAmount(amount, language)]);
  }
  return rows;
}
