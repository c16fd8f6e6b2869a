import { languageOption, parseAnalyzeOptions, UsageError } from "../../src/cli/options";

describe("parseAnalyzeOptions", () => {
  it("uses documented defaults", () => {
    expect(parseAnalyzeOptions(["analyze", "sales.csv"])).toEqual({
      file: "sales.csv",
      customerColumn: undefined,
      dateColumn: undefined,
      amountColumn: undefined,
      purchasesColumn: undefined,
      totalAmountColumn: undefined,
      averageAmountColumn: undefined,
      firstPurchaseColumn: undefined,
      lastPurchaseColumn: undefined,
      asOf: undefined,
      dateOrder: undefined,
      decimalSeparator: undefined,
      language: undefined,
      timeUnit: "week",
      horizonMonths: 12,
      annualDiscountRate: 0.1,
      grossMargin: 1,
      expectedNewCustomers: 0,
      model: "auto",
      cohortPeriod: "month",
      json: false,
    });
  });

  it("refuses a purchase model it does not know and a holdout end that is no calendar date, saying what to write", () => {
    expect(() => parseAnalyzeOptions(["analyze", "sales.csv", "--model", "bg/nbd"])).toThrow(
      expect.objectContaining({ problem: { code: "invalidValue", option: "model", given: "bg/nbd", rule: "model" } }),
    );
    expect(() => parseAnalyzeOptions(["analyze", "sales.csv", "--cohorts", "year"])).toThrow(
      expect.objectContaining({ problem: { code: "invalidValue", option: "cohorts", given: "year", rule: "cohortPeriod" } }),
    );
    expect(() => parseAnalyzeOptions(["analyze", "sales.csv", "--holdout-until", "1997-02-30"])).toThrow(
      expect.objectContaining({ problem: { code: "invalidValue", option: "holdout-until", given: "1997-02-30", rule: "isoDate" } }),
    );
  });

  it("reads every option", () => {
    const options = parseAnalyzeOptions([
      "analyze",
      "køb.csv",
      "--customer",
      "Kunde",
      "--date=Købsdato",
      "--amount",
      "3",
      "--as-of",
      "1997-09-30",
      "--time-unit",
      "day",
      "--horizon-months",
      "36",
      "--annual-discount",
      "0.08",
      "--margin",
      "0.3",
      "--new-customers",
      "250",
      "--purchases=Antal køb",
      "--total-amount",
      "Samlet beløb",
      "--average-amount",
      "5",
      "--first-purchase",
      "Første køb",
      "--last-purchase",
      "Seneste køb",
      "--date-order",
      "mdy",
      "--decimal-separator",
      ",",
      "--language",
      "sv",
      "--model",
      "paretonbd",
      "--holdout-until",
      "1997-06-30",
      "--cohorts",
      "quarter",
      "--json",
    ]);
    expect(options).toEqual({
      file: "køb.csv",
      customerColumn: "Kunde",
      dateColumn: "Købsdato",
      amountColumn: "3",
      purchasesColumn: "Antal køb",
      totalAmountColumn: "Samlet beløb",
      averageAmountColumn: "5",
      firstPurchaseColumn: "Første køb",
      lastPurchaseColumn: "Seneste køb",
      asOf: "1997-09-30",
      dateOrder: "mdy",
      decimalSeparator: ",",
      language: "sv",
      model: "paretonbd",
      holdoutUntil: "1997-06-30",
      cohortPeriod: "quarter",
      timeUnit: "day",
      horizonMonths: 36,
      annualDiscountRate: 0.08,
      grossMargin: 0.3,
      expectedNewCustomers: 250,
      json: true,
    });
  });

  it("recognizes --help", () => {
    expect(parseAnalyzeOptions(["--help"])).toBe("help");
  });

  it.each([
    [[], /No command/],
    [["report", "a.csv"], /Unknown command "report"/],
    [["analyze"], /No input file/],
    [["analyze", "a.csv", "b.csv"], /Unexpected argument "b.csv"/],
    [["analyze", "a.csv", "--margin", "30"], /--margin must be a fraction.*"30"/],
    [["analyze", "a.csv", "--margin", ""], /--margin/],
    [["analyze", "a.csv", "--annual-discount", "-0.1"], /--annual-discount/],
    [["analyze", "a.csv", "--horizon-months", "2.5"], /whole number/],
    [["analyze", "a.csv", "--time-unit", "month"], /day or week/],
    [["analyze", "a.csv", "--as-of", "30-09-1997"], /YYYY-MM-DD/],
    [["analyze", "a.csv", "--colour", "red"], /Unknown option --colour/],
    [["analyze", "a.csv", "--as-of", "2024-02-30"], /--as-of must be a calendar date/],
    [["analyze", "a.csv", "--date-order", "ymd"], /--date-order must be dmy .* or mdy/],
    [["analyze", "a.csv", "--decimal-separator", ";"], /--decimal-separator must be , \(decimal comma\) or \./],
    [["analyze", "a.csv", "--language", "de"], /--language must be en, da or sv/],
    [["analyze", "a.csv", "--margin"], /Option --margin needs a value, e\.g\. --margin 0\.3/],
    [["analyze", "a.csv", "--json=yes"], /Option --json takes no value/],
  ])("%j is a usage error", (argv, message) => {
    expect(() => parseAnalyzeOptions(argv as string[])).toThrow(UsageError);
    expect(() => parseAnalyzeOptions(argv as string[])).toThrow(message);
  });

  it("describes each mistake as a problem the command words in its language", () => {
    try {
      parseAnalyzeOptions(["analyze", "a.csv", "--time-unit", "month"]);
    } catch (error) {
      expect((error as UsageError).problem).toEqual({ code: "invalidValue", option: "time-unit", given: "month", rule: "timeUnit" });
    }
  });

  it("finds --language before the rest is parsed, so that mistakes are worded in it", () => {
    expect(languageOption(["analyze", "a.csv", "--margin", "40", "--language", "da"])).toBe("da");
    expect(languageOption(["analyze", "a.csv", "--language=sv"])).toBe("sv");
    expect(languageOption(["analyze", "a.csv", "--language", "de"])).toBeUndefined();
  });
});
