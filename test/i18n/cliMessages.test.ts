import type { CustomerFact } from "../../src/core/read/analysisSupport";
import type { ReadNotice } from "../../src/core/read/readDiagnostics";
import { cliText, cliTextKeys, renderFactColumn, renderNoticeAdvice, renderUsageProblem, usageText, type UsageProblem } from "../../src/i18n/cliMessages";
import { supportedLanguages } from "../../src/i18n/language";

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe("the command line's texts", () => {
  it.each(cliTextKeys)("%s exists in every language with the same placeholders", (key) => {
    const english = cliText("en", key);
    for (const language of supportedLanguages) {
      const text = cliText(language, key);
      expect(text.trim()).not.toBe("");
      expect(placeholders(text)).toEqual(placeholders(english));
    }
  });

  it("Danish and Swedish are translated, not copies of English", () => {
    const same = (language: "da" | "sv") =>
      cliTextKeys.filter((key) => cliText(language, key) === cliText("en", key) && !/^(report(Segment|Clv|GammaGamma)|rule_language|cohortAge_month)$/.test(key));
    expect(same("da")).toEqual([]);
    expect(same("sv")).toEqual([]);
  });

  it("every help lists the same options", () => {
    const options = (text: string) => text.match(/^ {2}--[a-z-]+/gm);
    for (const language of supportedLanguages) expect(options(usageText(language))).toEqual(options(usageText("en")));
  });

  it.each<[UsageProblem, string]>([
    [{ code: "noCommand" }, "No command given: write kundevaerdi analyze FILE."],
    [{ code: "unknownOption", option: "--colour" }, "Unknown option --colour."],
    [{ code: "missingValue", option: "--as-of" }, "Option --as-of needs a value, e.g. --as-of 2024-06-30."],
    [{ code: "invalidValue", option: "date-order", given: "ymd", rule: "dateOrder" }, '--date-order must be dmy (day first, 31/01/2024) or mdy (month first, 01/31/2024); got "ymd".'],
  ])("words %j", (problem, message) => {
    expect(renderUsageProblem(problem, "en")).toBe(message);
  });

  it("points each notice that has a choice to the option that makes it, and no other", () => {
    const column = { index: 1, header: "Dato" };
    const cell = { row: 2, value: "x" };
    const advice = (notice: ReadNotice) => renderNoticeAdvice(notice, "en");
    expect(advice({ code: "dateOrderAmbiguous", column, assumed: "mdy", example: cell })).toBe("If the dates are day first, run again with --date-order dmy.");
    expect(advice({ code: "dateOrderConflict", column, dayFirst: cell, monthFirst: cell })).toMatch(/--date-order dmy or --date-order mdy/);
    expect(advice({ code: "decimalSeparatorConflict", column, decimalComma: cell, decimalPoint: cell })).toMatch(/--decimal-separator , or --decimal-separator \./);
    expect(advice({ code: "columnGuessed", role: "firstPurchase", column })).toMatch(/--first-purchase COL/);
    expect(advice({ code: "columnChoice", role: "quantity", chosen: column, alternatives: [] })).toBeUndefined();
    expect(advice({ code: "textEncoding", encoding: "windows-1252" })).toBeUndefined();
    expect(advice({ code: "fieldsJoined", column, rows: 2, example: cell })).toBeUndefined();
  });

  it.each<CustomerFact>(["purchaseCount", "amounts", "firstPurchase", "lastPurchase"])("says what a column of %s would add and which option names it", (fact) => {
    for (const language of supportedLanguages) expect(renderFactColumn(fact, language)).toMatch(/--[a-z-]+ (COL|KOL)/);
  });
});
