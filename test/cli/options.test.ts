import { parseAnalyzeOptions, UsageError } from "../../src/cli/options";

describe("parseAnalyzeOptions", () => {
  it("uses documented defaults", () => {
    expect(parseAnalyzeOptions(["analyze", "sales.csv"])).toEqual({
      file: "sales.csv",
      customerColumn: undefined,
      dateColumn: undefined,
      amountColumn: undefined,
      asOf: undefined,
      timeUnit: "week",
      horizonMonths: 12,
      annualDiscountRate: 0.1,
      grossMargin: 1,
      expectedNewCustomers: 0,
      json: false,
    });
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
      "--json",
    ]);
    expect(options).toEqual({
      file: "køb.csv",
      customerColumn: "Kunde",
      dateColumn: "Købsdato",
      amountColumn: "3",
      asOf: "1997-09-30",
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
    [["analyze", "a.csv", "--colour", "red"], /colour/],
  ])("%j is a usage error", (argv, message) => {
    expect(() => parseAnalyzeOptions(argv as string[])).toThrow(UsageError);
    expect(() => parseAnalyzeOptions(argv as string[])).toThrow(message);
  });
});
