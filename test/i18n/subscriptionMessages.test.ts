import { InputError } from "../../src/core/inputError";
import { SubscriptionDataError } from "../../src/core/subscriptions/subscriptionDataError";
import { supportedLanguages } from "../../src/i18n/language";
import { renderSubscriptionCellProblem, renderSubscriptionDataError, subscriptionColumnName, subscriptionRoleName } from "../../src/i18n/subscriptionMessages";
import { instructionPattern } from "./instructions";

const errors = [
  new SubscriptionDataError("noData", {}),
  new SubscriptionDataError("noHeader", { row: 3 }),
  new SubscriptionDataError("missingColumns", { missing: ["periods", "active"], headers: ["Kunde", "Beløb"] }),
  new SubscriptionDataError("unknownColumn", { role: "cohort", given: "Plan" }),
  new SubscriptionDataError("unknownColumn", { role: "periods", given: 4 }),
  new SubscriptionDataError("sameColumnTwice", { roles: ["periods", "active"], column: "Aktiv" }),
];

describe("subscription reading messages", () => {
  it.each(supportedLanguages)("say what to do about data that cannot be read (%s)", (language) => {
    for (const error of errors) expect({ code: error.code, text: renderSubscriptionDataError(error, language) }).toEqual({ code: error.code, text: expect.stringMatching(instructionPattern(language)) });
  });

  it("name the row, the column, the reason in the user's language and what to do for a cell", () => {
    const problem = { row: 7, column: { index: 2, header: "Aktiv" }, error: new InputError("notYesNo", "Aktiv", { value: "måske" }) };
    expect(renderSubscriptionCellProblem(problem, "en")).toBe(
      "Row 7, column 'Aktiv': Aktiv must be TRUE (still active) or FALSE (cancelled), also written 1/0 or yes/no, got 'måske'; correct the cell, or delete the row.",
    );
    expect(renderSubscriptionCellProblem(problem, "da")).toBe(
      "Række 7, kolonne »Aktiv«: Aktiv skal være SAND (stadig aktiv) eller FALSK (opsagt), også skrevet 1/0 eller ja/nej, men er »måske«; ret cellen, eller slet rækken.",
    );
    const blank = { row: 2, column: { index: 0, header: undefined }, error: new InputError("required", "#1", {}) };
    expect(renderSubscriptionCellProblem(blank, "sv")).toBe("Rad 2, kolumn nummer 1: #1 måste anges, men är tomt; rätta cellen, eller ta bort raden.");
    for (const language of supportedLanguages) expect(renderSubscriptionCellProblem(problem, language)).toMatch(instructionPattern(language));
  });

  it("name every role and column in every language", () => {
    for (const language of supportedLanguages) {
      for (const role of ["periods", "active", "cohort", "survivors", "recency", "observedPeriods"] as const) expect(subscriptionRoleName(role, language)).toBeTruthy();
    }
    expect(subscriptionColumnName({ index: 1, header: "Kohort" }, "sv")).toBe("”Kohort”");
    expect(subscriptionColumnName({ index: 1, header: undefined }, "da")).toBe("nummer 2");
  });
});
