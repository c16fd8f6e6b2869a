import fc from "fast-check";
import { daysFromCivil } from "../../../src/core/read/civilDate";
import {
  type DateOrder,
  type DateTextShape,
  completeTwoDigitYear,
  dateOrderEvidence,
  dayFromDateParts,
  emptyDateTextParts,
  scanDateText,
} from "../../../src/core/read/dateText";

/** The day number of a text read in the given order, or NaN. */
function readDate(text: string, order: DateOrder = "dmy"): number {
  const parts = emptyDateTextParts();
  const shape = scanDateText(text, parts);
  return shape === "unreadable" || shape === "serial" ? NaN : dayFromDateParts(shape, parts, order);
}

function shapeOf(text: string): DateTextShape {
  return scanDateText(text, emptyDateTextParts());
}

describe("scanDateText and dayFromDateParts", () => {
  const january31 = daysFromCivil(2024, 1, 31);

  it.each([
    ["2024-01-31", "yearFirst"],
    ["2024-1-31", "yearFirst"],
    ["2024/01/31", "yearFirst"],
    ["2024.01.31", "yearFirst"],
    ["2024-01-31 00:00:00", "yearFirst"],
    ["2024-01-31T23:59:59Z", "yearFirst"],
    ["2024-01-31T10:00:00+02:00", "yearFirst"],
    [" 2024-01-31 ", "yearFirst"],
    ["20240131", "compact"],
    ["31.01.2024", "dayFirst"],
    ["31.1.2024", "dayFirst"],
    ["31-01-2024", "dayOrMonthFirst"],
    ["31/01/2024", "dayOrMonthFirst"],
    ["31/01/2024 14:05", "dayOrMonthFirst"],
  ] as const)("reads %j as 2024-01-31 (%s)", (text, shape) => {
    expect(shapeOf(text)).toBe(shape);
    expect(readDate(text)).toBe(january31);
  });

  it("reads month-first text in month-first order", () => {
    expect(readDate("01/31/2024", "mdy")).toBe(january31);
    expect(readDate("1/31/2024 2:30 PM", "mdy")).toBe(january31);
    expect(readDate("01/31/2024", "dmy")).toBeNaN();
  });

  it("reads the CDNOW form YYYYMMDD (19970101 = 1997-01-01)", () => {
    expect(readDate("19970101")).toBe(daysFromCivil(1997, 1, 1));
  });

  it("completes two-digit years as Excel does (00–29 → 20xx, 30–99 → 19xx)", () => {
    expect(readDate("31.01.24")).toBe(january31);
    expect(readDate("01-01-97")).toBe(daysFromCivil(1997, 1, 1));
    expect(completeTwoDigitYear(29)).toBe(2029);
    expect(completeTwoDigitYear(30)).toBe(1930);
    const parts = emptyDateTextParts();
    scanDateText("31/01/24", parts);
    expect(parts.twoDigitYear).toBe(true);
    scanDateText("31/01/2024", parts);
    expect(parts.twoDigitYear).toBe(false);
  });

  it.each(["31-02-2024", "29.02.2023", "2023-02-29", "2024-13-01", "2024-00-10", "00.01.2024", "20240231", "1899-12-31", "31/04/2024"])(
    "refuses the impossible date %j",
    (text) => {
      expect(shapeOf(text)).not.toBe("unreadable");
      expect(readDate(text)).toBeNaN();
    },
  );

  it.each(["", "abc", "2024-01", "2024-01-", "2024-01-31x", "2024-01-31 garbage", "31/01", "31/01/2024/1", "2024-001-01", "1/2/3", "31-01/2024", "12.5", "123456789", "--", "2024−01−31"])(
    "does not read %j as a date",
    (text) => {
      expect(shapeOf(text)).toBe("unreadable");
    },
  );

  it("reads plain numbers written as text as serials", () => {
    const parts = emptyDateTextParts();
    expect(scanDateText("45322", parts)).toBe("serial");
    expect(parts.serial).toBe(45322);
    expect(scanDateText("45322.75", parts)).toBe("serial");
    expect(parts.serial).toBe(45322.75);
  });
});

describe("dateOrderEvidence", () => {
  it.each([
    ["13/01/2024", "dmy"],
    ["31-12-2024", "dmy"],
    ["01/13/2024", "mdy"],
    ["12/31/2024", "mdy"],
    ["03/04/2024", "either"],
    ["04/04/2024", "none"],
    ["32/01/2024", "none"],
    ["13/13/2024", "none"],
  ])("%j says %s", (text, evidence) => {
    const parts = emptyDateTextParts();
    scanDateText(text, parts);
    expect(dateOrderEvidence(parts)).toBe(evidence);
  });
});

/** A random calendar date from 1900 to 9999 (or the window two-digit years can express). */
const dates = (firstYear = 1900, lastYear = 9999) =>
  fc.integer({ min: daysFromCivil(firstYear, 1, 1), max: daysFromCivil(lastYear, 12, 31) }).map((day) => {
    const date = new Date(day * 86_400_000);
    return { day, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, date: date.getUTCDate() };
  });

const two = (value: number): string => String(value).padStart(2, "0");
const four = (value: number): string => String(value).padStart(4, "0");

describe("every supported format parses back to the same day (property)", () => {
  const formats: [string, (d: { year: number; month: number; date: number }) => string, DateOrder][] = [
    ["YYYY-MM-DD", (d) => `${four(d.year)}-${two(d.month)}-${two(d.date)}`, "dmy"],
    ["YYYY-M-D", (d) => `${d.year}-${d.month}-${d.date}`, "dmy"],
    ["YYYY-MM-DD hh:mm:ss", (d) => `${four(d.year)}-${two(d.month)}-${two(d.date)} 13:45:00`, "dmy"],
    ["YYYY-MM-DDThh:mm:ssZ", (d) => `${four(d.year)}-${two(d.month)}-${two(d.date)}T23:59:59Z`, "dmy"],
    ["YYYY/MM/DD", (d) => `${four(d.year)}/${two(d.month)}/${two(d.date)}`, "dmy"],
    ["YYYYMMDD", (d) => `${four(d.year)}${two(d.month)}${two(d.date)}`, "dmy"],
    ["DD-MM-YYYY", (d) => `${two(d.date)}-${two(d.month)}-${d.year}`, "dmy"],
    ["DD/MM/YYYY", (d) => `${two(d.date)}/${two(d.month)}/${d.year}`, "dmy"],
    ["D/M/YYYY", (d) => `${d.date}/${d.month}/${d.year}`, "dmy"],
    ["DD.MM.YYYY", (d) => `${two(d.date)}.${two(d.month)}.${d.year}`, "dmy"],
    ["DD.MM.YYYY read with mdy (the dot means day first)", (d) => `${two(d.date)}.${two(d.month)}.${d.year}`, "mdy"],
    ["MM/DD/YYYY", (d) => `${two(d.month)}/${two(d.date)}/${d.year}`, "mdy"],
    ["M/D/YYYY h:mm AM", (d) => `${d.month}/${d.date}/${d.year} 9:05 AM`, "mdy"],
  ];

  it.each(formats)("%s", (_name, format, order) => {
    fc.assert(
      fc.property(dates(), (d) => {
        expect(readDate(format(d), order)).toBe(d.day);
      }),
    );
  });

  it.each([
    ["DD.MM.YY", (d: { year: number; month: number; date: number }) => `${two(d.date)}.${two(d.month)}.${two(d.year % 100)}`, "dmy"],
    ["MM/DD/YY", (d: { year: number; month: number; date: number }) => `${two(d.month)}/${two(d.date)}/${two(d.year % 100)}`, "mdy"],
  ] as const)("%s for years 1930–2029", (_name, format, order) => {
    fc.assert(
      fc.property(dates(1930, 2029), (d) => {
        expect(readDate(format(d), order)).toBe(d.day);
      }),
    );
  });

  it("never throws on arbitrary text, and any date it reads is a real day", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom<DateOrder>("dmy", "mdy"), (text, order) => {
        const day = readDate(text, order);
        if (!Number.isNaN(day)) expect(Number.isInteger(day)).toBe(true);
      }),
    );
  });
});
