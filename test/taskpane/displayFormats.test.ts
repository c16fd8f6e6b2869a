import { formatAmount, formatCount, formatDateField, formatDay, formatDecimal, formatPercent } from "../../src/taskpane/displayFormats";

/** Swedish and some Danish formats use (narrow) no-break spaces; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, " ");

describe("numbers and dates in the user's language", () => {
  it("groups thousands the way each language does", () => {
    expect(formatCount(6919, "en")).toBe("6,919");
    expect(formatCount(6919, "da")).toBe("6.919");
    expect(plain(formatCount(6919, "sv"))).toBe("6 919");
  });

  it("writes amounts with the given decimals, percentages with one", () => {
    expect(formatAmount(68813.2698, "en", 0)).toBe("68,813");
    expect(formatAmount(29.1953, "da", 2)).toBe("29,20");
    expect(plain(formatPercent(0.38099, "sv"))).toBe("38,1 %");
    expect(formatPercent(0.38099, "en")).toBe("38.1%");
    expect(formatDecimal(1788.84, "da", 0)).toBe("1.789");
  });

  it("writes days since 1970 as calendar dates, whatever the time zone", () => {
    expect(formatDay(10407, "en")).toBe("30 Jun 1998");
    expect(formatDay(9862, "da")).toBe("1. jan. 1997");
  });
});

describe("dates as the user types them", () => {
  it("writes a day the way each language types a date: Danish day-month-year, Swedish ISO, British day/month/year", () => {
    expect(formatDateField(10407, "da")).toBe("30-06-1998");
    expect(formatDateField(10407, "sv")).toBe("1998-06-30");
    expect(formatDateField(10407, "en")).toBe("30/06/1998");
    expect(formatDateField(9862, "da")).toBe("01-01-1997");
  });
});
