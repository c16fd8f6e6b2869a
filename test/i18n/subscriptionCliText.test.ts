import { supportedLanguages } from "../../src/i18n/language";
import { renderSubscriptionUsageProblem, subscriptionCliText, subscriptionCliTextKeys, type SubscriptionUsageProblem } from "../../src/i18n/subscriptionCliText";
import { instructionPattern } from "./instructions";

describe("the words of kundevaerdi subscriptions", () => {
  it("has every text in every language, Danish and Swedish translated", () => {
    for (const key of subscriptionCliTextKeys) {
      for (const language of supportedLanguages) expect(subscriptionCliText(language, key).trim()).not.toBe("");
    }
    const same = (language: "da" | "sv") => subscriptionCliTextKeys.filter((key) => subscriptionCliText(language, key) === subscriptionCliText("en", key) && !/^column(Period|Derl)$/.test(key));
    expect(same("da")).toEqual([]);
    expect(same("sv").filter((key) => !["columnPeriod"].includes(key))).toEqual([]);
  });

  it("lists the same options in every help", () => {
    const options = (language: "en" | "da" | "sv") => subscriptionCliText(language, "usage").match(/^ {2}--[a-z-]+/gm);
    expect(options("en")).toHaveLength(11);
    expect(options("da")).toEqual(options("en"));
    expect(options("sv")).toEqual(options("en"));
  });

  it("says what to do about every usage mistake and every file it cannot analyse", () => {
    const problems: SubscriptionUsageProblem[] = [
      { code: "noFile" },
      { code: "unexpectedArgument", argument: "b.csv" },
      { code: "missingValue", option: "--project" },
      { code: "takesNoValue", option: "--json" },
      { code: "conflictingOptions", option: "cohort-column", other: "no-cohort" },
      { code: "invalidValue", option: "project", given: "0", rule: "project" },
    ];
    for (const language of supportedLanguages) {
      const instruction = instructionPattern(language);
      for (const problem of problems) expect(renderSubscriptionUsageProblem(problem, language)).toMatch(/\S/);
      expect(renderSubscriptionUsageProblem({ code: "noFile" }, language)).toMatch(instruction);
      expect(renderSubscriptionUsageProblem({ code: "unexpectedArgument", argument: "b.csv" }, language)).toMatch(instruction);
      for (const key of ["columnAdvice", "headerOnly", "fixCells", "cannotRead"] as const) expect({ key, text: subscriptionCliText(language, key) }).toEqual({ key, text: expect.stringMatching(instruction) });
    }
  });
});
