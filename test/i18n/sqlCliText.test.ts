import { renderSqlUsageProblem, sqlCliText } from "../../src/i18n/sqlCliText";

describe("the texts of kundevaerdi sql", () => {
  it("lists the same options in every language's help", () => {
    const options = (text: string) => text.match(/^ {2}--[a-z-]+/gm);
    expect(options(sqlCliText("en", "usage"))).toEqual(["  --dialect", "  --table", "  --customer", "  --date", "  --amount", "  --as-of", "  --holdout-until", "  --view", "  --time-unit", "  --grouped", "  --language"]);
    expect(options(sqlCliText("da", "usage"))).toEqual(options(sqlCliText("en", "usage")));
    expect(options(sqlCliText("sv", "usage"))).toEqual(options(sqlCliText("en", "usage")));
  });

  it("words every problem in Danish and Swedish, not in English", () => {
    const problems = [
      { code: "unexpectedArgument", argument: "x" },
      { code: "unknownOption", option: "--x" },
      { code: "missingValue", option: "--table" },
      { code: "takesNoValue", option: "--help" },
      { code: "missingOption", option: "table" },
      { code: "invalidValue", option: "view", given: "wide", allowed: "table, model" },
      { code: "holdoutAfterEnd", holdoutUntil: "2024-07-01", asOf: "2024-06-30" },
    ] as const;
    for (const problem of problems) {
      for (const language of ["da", "sv"] as const) expect(renderSqlUsageProblem(problem, language)).not.toBe(renderSqlUsageProblem(problem, "en"));
    }
    expect(renderSqlUsageProblem({ code: "invalidValue", option: "view", given: "wide", allowed: "table, model" }, "en")).toBe("--view wide is not possible: write table, model.");
  });
});
