import { parseSubscriptionsOptions, SubscriptionsUsageError } from "../../src/cli/subscriptionsOptions";

/** The problem of the usage error `argv` gives. */
function problem(argv: string[]): unknown {
  try {
    parseSubscriptionsOptions(argv);
  } catch (error) {
    if (error instanceof SubscriptionsUsageError) return error.problem;
    throw error;
  }
  throw new Error("no usage error");
}

describe("parseSubscriptionsOptions", () => {
  it("defaults to 5 projected periods and a 10 % discount rate per period (Fader & Hardie 2010), no value, text", () => {
    expect(parseSubscriptionsOptions(["subscriptions", "renewals.csv"])).toEqual({
      file: "renewals.csv",
      columns: {},
      projectPeriods: 5,
      discountRate: 0.1,
      valuePerPeriod: undefined,
      language: undefined,
      json: false,
    });
  });

  it("reads columns as header text or 1-based numbers (0-based for the reader), and --no-cohort as no cohort", () => {
    const options = parseSubscriptionsOptions(["subscriptions", "f.csv", "--periods-column", "Måneder", "--active-column", "3", "--survivors-column", "Kvar", "--no-cohort"]);
    expect(options).toMatchObject({ columns: { periods: "Måneder", active: 2, survivors: "Kvar", cohort: null } });
    expect(parseSubscriptionsOptions(["subscriptions", "f.csv", "--cohort-column", "12"])).toMatchObject({ columns: { cohort: 11 } });
  });

  it("takes the numbers, the language and --json", () => {
    const options = parseSubscriptionsOptions(["subscriptions", "f.csv", "--project", "12", "--discount", "0", "--value-per-period", "99.5", "--language", "sv", "--json"]);
    expect(options).toMatchObject({ projectPeriods: 12, discountRate: 0, valuePerPeriod: 99.5, language: "sv", json: true });
    expect(parseSubscriptionsOptions(["subscriptions", "--help"])).toBe("help");
  });

  it("names each mistake", () => {
    expect(problem(["subscriptions"])).toEqual({ code: "noFile" });
    expect(problem(["subscriptions", "a.csv", "b.csv"])).toEqual({ code: "unexpectedArgument", argument: "b.csv" });
    expect(problem(["subscriptions", "a.csv", "--project", "2.5"])).toEqual({ code: "invalidValue", option: "project", given: "2.5", rule: "project" });
    expect(problem(["subscriptions", "a.csv", "--discount", "0.1%"])).toEqual({ code: "invalidValue", option: "discount", given: "0.1%", rule: "discount" });
    expect(problem(["subscriptions", "a.csv", "--language", "de"])).toEqual({ code: "invalidValue", option: "language", given: "de", rule: "language" });
    expect(problem(["subscriptions", "a.csv", "--periods-column", "0"])).toEqual({ code: "invalidValue", option: "periods-column", given: "0", rule: "column" });
    expect(problem(["subscriptions", "a.csv", "--json=yes"])).toEqual({ code: "takesNoValue", option: "--json" });
  });
});
