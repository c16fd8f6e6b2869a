import type { Currency } from "../read/amountText";
import type { PurchaseData } from "../read/readPurchaseData";

/**
 * The one currency the data's amounts are written in, if any (`500 kr`, `€12`).
 * @example dataCurrency(readPurchaseData([["Kunde", "Dato", "Beløb"], ["A", "2024-01-31", "500 kr."]])) // "kr"
 */
export function dataCurrency(data: PurchaseData): Currency | undefined {
  if (data.layout === "transactions") return data.amountFormat?.currency;
  return (data.amountFormats.totalAmount ?? data.amountFormats.averageAmount)?.currency;
}

/**
 * The currency money is shown in: the data's own (the amounts' currency sign or code) or, when the data carries
 * none, the one of the Office language (Danish kroner, Swedish kronor); English says nothing it cannot know.
 * @example reportCurrency(undefined, "da") // "DKK"
 */
export function reportCurrency(dataCurrency: Currency | undefined, language: "en" | "da" | "sv"): Currency | undefined {
  if (dataCurrency) return dataCurrency;
  return language === "da" ? "DKK" : language === "sv" ? "SEK" : undefined;
}

/** How each currency is written beside an amount, as the countries that use it write it. */
const CURRENCY_FORMATS: Record<Currency, { sign: string; before: boolean }> = {
  kr: { sign: "kr", before: false },
  DKK: { sign: "kr.", before: false },
  SEK: { sign: "kr", before: false },
  NOK: { sign: "kr", before: false },
  EUR: { sign: "€", before: false },
  USD: { sign: "$", before: true },
  GBP: { sign: "£", before: true },
};

/**
 * Excel's number format for money in a currency: two decimals with the currency's sign where it is written.
 * @example moneyNumberFormat("DKK") // '#,##0.00 "kr."'
 * @example moneyNumberFormat(undefined) // "#,##0.00"
 */
export function moneyNumberFormat(currency: Currency | undefined): string {
  if (!currency) return "#,##0.00";
  const { sign, before } = CURRENCY_FORMATS[currency];
  return before ? `"${sign}"#,##0.00` : `#,##0.00 "${sign}"`;
}

/**
 * An amount already formatted as a number, with the currency's sign where it is written.
 * @example withCurrency("1.234,50", "DKK") // "1.234,50 kr."
 */
export function withCurrency(amountText: string, currency: Currency | undefined): string {
  if (!currency) return amountText;
  const { sign, before } = CURRENCY_FORMATS[currency];
  return before ? `${sign}${amountText}` : `${amountText} ${sign}`;
}
