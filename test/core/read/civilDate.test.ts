import fc from "fast-check";
import { civilFromDays, dayOfIsoDateText, daysFromCivil, daysInMonth, isCalendarDate, isoDateText } from "../../../src/core/read/civilDate";

describe("daysFromCivil / civilFromDays", () => {
  it.each([
    [1970, 1, 1, 0],
    [2024, 1, 31, 19753],
    [2000, 3, 1, 11017],
    [1900, 1, 1, -25567],
    [1997, 1, 1, 9862],
    [9999, 12, 31, 2932896],
  ])("%i-%i-%i is day %i", (year, month, day, days) => {
    // Reference: Date.UTC(year, month − 1, day) / 86,400,000.
    expect(daysFromCivil(year, month, day)).toBe(days);
    expect(days).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
    expect(civilFromDays(days)).toEqual({ year, month, day });
  });

  it("agrees with Date.UTC on every day from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (days) => {
        const date = new Date(days * 86_400_000);
        const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(civilFromDays(days)).toEqual(civil);
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
      }),
    );
  });
});

describe("isCalendarDate", () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2024, 2, 31, false],
    [2024, 4, 31, false],
    [2024, 12, 31, true],
    [2024, 13, 1, false],
    [2024, 0, 1, false],
    [2024, 1, 0, false],
  ])("%i-%i-%i → %s", (year, month, day, valid) => {
    expect(isCalendarDate(year, month, day)).toBe(valid);
  });

  it("knows the length of each month", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2023, month))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe("isoDateText", () => {
  it("writes YYYY-MM-DD", () => {
    expect(isoDateText(19753)).toBe("2024-01-31");
    expect(isoDateText(-25567)).toBe("1900-01-01");
  });
});

describe("dayOfIsoDateText", () => {
  it("reads YYYY-MM-DD back into the day isoDateText wrote", () => {
    fc.assert(fc.property(fc.integer({ min: -25567, max: 2932896 }), (days) => expect(dayOfIsoDateText(isoDateText(days))).toBe(days)));
    expect(dayOfIsoDateText(" 1997-09-30 ")).toBe(10134);
  });

  it.each(["2024-02-30", "2023-02-29", "2024-13-01", "24-01-31", "2024-1-31", "31-01-2024", "2024-01-31T00:00", ""])("refuses %j", (text) => {
    expect(dayOfIsoDateText(text)).toBeUndefined();
  });
});
