/*
 * Why a per-customer table cannot go through the models (CustomerTableError), in English, Danish and Swedish:
 * what is wrong, the customer it is about (its id is how the user finds the row), and what to do.
 */
import { isoDateText } from "../core/read/civilDate";
import type { CustomerTableError, CustomerTableErrorCode, CustomerTableErrorParameters } from "../core/summary/customerTableError";
import type { Language } from "./language";
import { renderAnalysisSupport } from "./rowProblems";

type Messages = { readonly [Code in Exclude<CustomerTableErrorCode, "missingFacts">]: (params: CustomerTableErrorParameters[Code]) => string };

/** Long customer ids are cut so that a message stays on a line or two (as in rowProblems). */
const longestQuotedText = 40;

/** A customer id in a language's quotes: 'Anna', »Anna«, ”Anna”. */
function quoted(open: string, close: string): (text: string) => string {
  return (text) => `${open}${text.length > longestQuotedText ? `${text.slice(0, longestQuotedText - 1)}…` : text}${close}`;
}

const enQuote = quoted("'", "'");
const daQuote = quoted("»", "«");
const svQuote = quoted("”", "”");

const en: Messages = {
  noPurchases: () =>
    "No customer in the table has a purchase, so there is nothing to analyse. Choose the column that holds each customer's number of purchases.",
  purchaseAfterObservationEnd: ({ customer, lastPurchaseDay, observationEndDay }) =>
    `Customer ${enQuote(customer)} last purchased on ${isoDateText(lastPurchaseDay)}, after the end of the period (${isoDateText(observationEndDay)}). ` +
    "A table of totals per customer cannot be cut at an earlier date: choose an end on or after the last purchase.",
  onePurchaseTwoDates: ({ customer, firstPurchaseDay, lastPurchaseDay }) =>
    `Customer ${enQuote(customer)} has 1 purchase but different first and last purchase dates (${isoDateText(firstPurchaseDay)} and ${isoDateText(lastPurchaseDay)}); ` +
    "correct the number of purchases, or make the two dates the same.",
};

const da: Messages = {
  noPurchases: () => "Ingen kunde i tabellen har et køb, så der er intet at analysere. Vælg den kolonne, der indeholder hver kundes antal køb.",
  purchaseAfterObservationEnd: ({ customer, lastPurchaseDay, observationEndDay }) =>
    `Kunden ${daQuote(customer)} købte senest ${isoDateText(lastPurchaseDay)}, efter periodens slutning (${isoDateText(observationEndDay)}). ` +
    "En tabel med totaler pr. kunde kan ikke skæres af ved en tidligere dato: vælg en slutning på eller efter det seneste køb.",
  onePurchaseTwoDates: ({ customer, firstPurchaseDay, lastPurchaseDay }) =>
    `Kunden ${daQuote(customer)} har 1 køb, men forskellige datoer for første og seneste køb (${isoDateText(firstPurchaseDay)} og ${isoDateText(lastPurchaseDay)}); ` +
    "ret antal køb, eller gør de to datoer ens.",
};

const sv: Messages = {
  noPurchases: () => "Ingen kund i tabellen har något köp, så det finns inget att analysera. Välj den kolumn som innehåller varje kunds antal köp.",
  purchaseAfterObservationEnd: ({ customer, lastPurchaseDay, observationEndDay }) =>
    `Kunden ${svQuote(customer)} köpte senast ${isoDateText(lastPurchaseDay)}, efter periodens slut (${isoDateText(observationEndDay)}). ` +
    "En tabell med summor per kund kan inte skäras av vid ett tidigare datum: välj ett slut på eller efter det senaste köpet.",
  onePurchaseTwoDates: ({ customer, firstPurchaseDay, lastPurchaseDay }) =>
    `Kunden ${svQuote(customer)} har 1 köp men olika datum för första och senaste köp (${isoDateText(firstPurchaseDay)} och ${isoDateText(lastPurchaseDay)}); ` +
    "rätta antalet köp eller gör de två datumen lika.",
};

const tables: Record<Language, Messages> = { en, da, sv };

/**
 * The message for a per-customer table the models cannot take; `missingFacts` is worded by renderAnalysisSupport.
 * @example renderCustomerTableError(new CustomerTableError("noPurchases", {}), "da") // "Ingen kunde i tabellen har et køb, så der er intet at analysere. Vælg …"
 */
export function renderCustomerTableError(error: CustomerTableError, language: Language): string {
  const messages = tables[language];
  switch (error.code) {
    case "missingFacts": {
      const { support } = error.params as CustomerTableErrorParameters["missingFacts"];
      return renderAnalysisSupport(support, language) ?? "";
    }
    case "noPurchases":
      return messages.noPurchases({});
    case "purchaseAfterObservationEnd":
      return messages.purchaseAfterObservationEnd(error.params as CustomerTableErrorParameters["purchaseAfterObservationEnd"]);
    case "onePurchaseTwoDates":
      return messages.onePurchaseTwoDates(error.params as CustomerTableErrorParameters["onePurchaseTwoDates"]);
  }
}
