import { supportedLanguages } from "../../src/i18n/language";
import { subscriptionStringKeys, subscriptionText } from "../../src/i18n/subscriptionStrings";
import { instructionPattern } from "./instructions";

describe("the Subscriptions path's words", () => {
  it("has every key in every language, Danish and Swedish translated", () => {
    for (const language of supportedLanguages) for (const key of subscriptionStringKeys) expect(subscriptionText(language, key).trim()).not.toBe("");
    const copies = (language: "da" | "sv") =>
      subscriptionStringKeys.filter((key) => subscriptionText(language, key) === subscriptionText("en", key) && !["roleRecency", "roleObservedPeriods", "cohortCount"].includes(key));
    expect(copies("da")).toEqual([]);
    expect(copies("sv")).toEqual([]);
  });

  it("has no English word in Danish or Swedish", () => {
    // Placeholders ({customers}) are names, not words; "period" is Swedish too.
    const english = /\b(the|and|of|customers?|still|active|periods|renewals?|projected|value|cohorts?)\b/i;
    const words = (language: "da" | "sv", key: (typeof subscriptionStringKeys)[number]) => subscriptionText(language, key).replace(/\{\w+\}/g, "");
    for (const language of ["da", "sv"] as const) expect(subscriptionStringKeys.filter((key) => english.test(words(language, key)))).toEqual([]);
  });

  it("says what to write under a wrong field and when there is no customer to fit", () => {
    for (const language of supportedLanguages) {
      for (const key of ["projectInvalid", "discountInvalid", "valueInvalid", "noCustomers"] as const) expect(subscriptionText(language, key)).toMatch(instructionPattern(language));
    }
  });
});
