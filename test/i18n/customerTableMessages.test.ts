import { CustomerTableError, type CustomerTableErrorCode, type CustomerTableErrorParameters } from "../../src/core/summary/customerTableError";
import { renderCustomerTableError } from "../../src/i18n/customerTableMessages";
import { renderAnalysisSupport } from "../../src/i18n/rowProblems";
import { supportedLanguages } from "../../src/i18n/language";
import { instructionPattern, sentenceCount } from "./instructions";

const day = (year: number, month: number, dayOfMonth: number) => Date.UTC(year, month - 1, dayOfMonth) / 86_400_000;

describe("renderCustomerTableError", () => {
  it("words missing facts exactly as renderAnalysisSupport does", () => {
    const support = { analysis: "predictiveClv", supported: false, missing: ["amounts"] } as const;
    const error = new CustomerTableError("missingFacts", { support: { ...support, missing: [...support.missing] } });
    for (const language of supportedLanguages) expect(renderCustomerTableError(error, language)).toBe(renderAnalysisSupport(error.params.support, language));
  });

  it("names the customer and the dates in en, da and sv", () => {
    const late = new CustomerTableError("purchaseAfterObservationEnd", { customer: "Anna", lastPurchaseDay: day(2024, 1, 31), observationEndDay: day(2024, 1, 30) });
    expect(renderCustomerTableError(late, "en")).toBe(
      "Customer 'Anna' last purchased on 2024-01-31, after the end of the period (2024-01-30). A table of totals per customer cannot be cut at an earlier date: choose an end on or after the last purchase.",
    );
    expect(renderCustomerTableError(late, "da")).toMatch(/^Kunden »Anna« købte senest 2024-01-31, efter periodens slutning \(2024-01-30\)\./);
    expect(renderCustomerTableError(late, "sv")).toMatch(/^Kunden ”Anna” köpte senast 2024-01-31, efter periodens slut \(2024-01-30\)\./);

    const twoDates = new CustomerTableError("onePurchaseTwoDates", { customer: "Bo", firstPurchaseDay: day(2024, 1, 1), lastPurchaseDay: day(2024, 1, 2) });
    expect(renderCustomerTableError(twoDates, "en")).toBe(
      "Customer 'Bo' has 1 purchase but different first and last purchase dates (2024-01-01 and 2024-01-02); correct the number of purchases, or make the two dates the same.",
    );
    expect(renderCustomerTableError(twoDates, "da")).toBe(
      "Kunden »Bo« har 1 køb, men forskellige datoer for første og seneste køb (2024-01-01 og 2024-01-02); ret antal køb, eller gør de to datoer ens.",
    );
    expect(renderCustomerTableError(twoDates, "sv")).toBe(
      "Kunden ”Bo” har 1 köp men olika datum för första och senaste köp (2024-01-01 och 2024-01-02); rätta antalet köp eller gör de två datumen lika.",
    );
  });

  it("says when no customer has a purchase", () => {
    const none = new CustomerTableError("noPurchases", {});
    expect(supportedLanguages.map((language) => renderCustomerTableError(none, language))).toEqual([
      "No customer in the table has a purchase, so there is nothing to analyse. Choose the column that holds each customer's number of purchases.",
      "Ingen kunde i tabellen har et køb, så der er intet at analysere. Vælg den kolonne, der indeholder hver kundes antal køb.",
      "Ingen kund i tabellen har något köp, så det finns inget att analysera. Välj den kolumn som innehåller varje kunds antal köp.",
    ]);
  });
});

describe("every per-customer table error says what to do", () => {
  /** One example per code; typed so that a new code without an example fails the typecheck. */
  const examples: { [Code in CustomerTableErrorCode]: CustomerTableErrorParameters[Code] } = {
    missingFacts: { support: { analysis: "predictiveClv", supported: false, missing: ["firstPurchase", "lastPurchase"] } },
    noPurchases: {},
    purchaseAfterObservationEnd: { customer: "Anna", lastPurchaseDay: day(2024, 1, 31), observationEndDay: day(2024, 1, 30) },
    onePurchaseTwoDates: { customer: "Bo", firstPurchaseDay: day(2024, 1, 1), lastPurchaseDay: day(2024, 1, 2) },
  };
  const cases = supportedLanguages.flatMap((language) => (Object.keys(examples) as CustomerTableErrorCode[]).map((code) => [language, code] as const));

  it.each(cases)("%s: %s has an instruction in one or two sentences", (language, code) => {
    const message = renderCustomerTableError(new CustomerTableError(code, examples[code]), language);
    expect(message).toMatch(instructionPattern(language));
    expect(sentenceCount(message)).toBeLessThanOrEqual(2);
  });

  it("quotes the customer in each language's quotes, shortening a long id", () => {
    const late = (customer: string) => new CustomerTableError("onePurchaseTwoDates", { customer, firstPurchaseDay: day(2024, 1, 1), lastPurchaseDay: day(2024, 1, 2) });
    expect(renderCustomerTableError(late("Bo"), "en")).toMatch(/^Customer 'Bo' /);
    expect(renderCustomerTableError(late("Bo"), "da")).toMatch(/^Kunden »Bo« /);
    expect(renderCustomerTableError(late("Bo"), "sv")).toMatch(/^Kunden ”Bo” /);
    expect(renderCustomerTableError(late("x".repeat(100)), "en")).toMatch(/^Customer 'x{39}…' /);
  });
});
