import { moneyNumberFormat, reportCurrency, withCurrency } from "../../../src/core/report/moneyFormat";

describe("money formats", () => {
  it("takes the data's currency, else the Office language's (none for English)", () => {
    expect(reportCurrency("EUR", "da")).toBe("EUR");
    expect(reportCurrency(undefined, "da")).toBe("DKK");
    expect(reportCurrency(undefined, "sv")).toBe("SEK");
    expect(reportCurrency(undefined, "en")).toBeUndefined();
  });

  it("writes the sign where each country writes it, in Excel's format and in text", () => {
    expect(moneyNumberFormat("DKK")).toBe('#,##0.00 "kr."');
    expect(moneyNumberFormat("SEK")).toBe('#,##0.00 "kr"');
    expect(moneyNumberFormat("USD")).toBe('"$"#,##0.00');
    expect(moneyNumberFormat(undefined)).toBe("#,##0.00");
    expect(withCurrency("1.234,50", "DKK")).toBe("1.234,50 kr.");
    expect(withCurrency("1,234.50", "GBP")).toBe("£1,234.50");
    expect(withCurrency("1 234,50", undefined)).toBe("1 234,50");
  });
});
