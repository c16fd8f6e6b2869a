import { daysFromCivil } from "../../../src/core/read/civilDate";
import { DateColumnReader, type DateColumnOptions, defaultDateOrder } from "../../../src/core/read/dateColumn";

const column = { index: 0, header: "Dato" };

/** A reader for a one-column table with a header row, the values in rows 2, 3, … */
function readerFor(values: unknown[], options: DateColumnOptions = {}): DateColumnReader {
  return new DateColumnReader([["Dato"], ...values.map((value) => [value])], column, 1, 1, options);
}

const day = (year: number, month: number, date: number): number => daysFromCivil(year, month, date);

describe("DateColumnReader: numbers", () => {
  it("reads Excel serials (1900 system by default) and YYYYMMDD numbers, told apart by size", () => {
    const reader = readerFor([]);
    expect(reader.read(45322)).toBe(day(2024, 1, 31));
    expect(reader.read(45322.5)).toBe(day(2024, 1, 31));
    expect(reader.read(19970101)).toBe(day(1997, 1, 1));
    expect(reader.read(20240231)).toBeNaN();
    expect(reader.problem(20240231)).toBe("invalidDate");
  });

  it("reads serials in the 1904 system when asked", () => {
    expect(readerFor([], { dateSystem: "1904" }).read(0)).toBeNaN();
    expect(readerFor([], { dateSystem: "1904" }).read(43860)).toBe(day(2024, 1, 31));
    expect(readerFor([]).format.dateSystem).toBe("1900");
  });

  it("treats 0 as a blank cell, and 60 (Excel's 1900-02-29) as no date", () => {
    const reader = readerFor([]);
    expect(reader.read(0)).toBeNaN();
    expect(reader.problem(0)).toBe("missingDate");
    expect(reader.read(60)).toBeNaN();
    expect(reader.problem(60)).toBe("invalidDate");
  });

  it("reports numbers that are no purchase date (2024, 12, 3 as Excel serials would be 1905 and 1900) as implausible", () => {
    const reader = readerFor([]);
    for (const value of [2024, 12, 3, 61, 18263, "2024", "12"]) {
      expect(reader.read(value)).toBeNaN();
      expect(reader.problem(value)).toBe("implausibleDate");
    }
    expect(reader.read(18264)).toBe(day(1950, 1, 1));
    expect(reader.read(45322)).toBe(day(2024, 1, 31));
    expect(reader.read(-3)).toBeNaN();
    expect(reader.problem(-3)).toBe("invalidDate");
    expect(readerFor([], { dateSystem: "1904" }).problem(2024)).toBe("implausibleDate");
  });

  it("reports blanks, logical values and text it cannot read", () => {
    const reader = readerFor([]);
    expect(reader.problem(null)).toBe("missingDate");
    expect(reader.problem("")).toBe("missingDate");
    expect(reader.problem(true)).toBe("unreadableDate");
    expect(reader.problem("next week")).toBe("unreadableDate");
    expect(reader.problem("31-02-2024")).toBe("invalidDate");
    expect(reader.read(true)).toBeNaN();
  });
});

describe("DateColumnReader: the day/month order is decided by the whole column", () => {
  it("reads day first when some first number is above 12, even if it comes last", () => {
    const reader = readerFor(["03/04/2024", "05/06/2024", "25/12/2024"]);
    expect(reader.format).toEqual({ order: "dmy", orderSource: "data", dateSystem: "1900" });
    expect(reader.read("03/04/2024")).toBe(day(2024, 4, 3));
    expect(reader.notices()).toEqual([]);
  });

  it("reads month first when some second number is above 12", () => {
    const reader = readerFor(["03/04/2024", "12/25/2024"]);
    expect(reader.format.order).toBe("mdy");
    expect(reader.read("03/04/2024")).toBe(day(2024, 3, 4));
    expect(reader.read("12/25/2024")).toBe(day(2024, 12, 25));
  });

  it("reports a genuinely ambiguous column and reads it with the documented default (day first)", () => {
    const reader = readerFor(["03/04/2024", "05/06/2024"]);
    expect(defaultDateOrder).toBe("dmy");
    expect(reader.format).toEqual({ order: "dmy", orderSource: "default", dateSystem: "1900" });
    expect(reader.read("03/04/2024")).toBe(day(2024, 4, 3));
    expect(reader.notices()).toEqual([{ code: "dateOrderAmbiguous", column, assumed: "dmy", example: { row: 2, value: "03/04/2024" } }]);
  });

  it("lets the caller choose the order, applied to the whole column", () => {
    const reader = readerFor(["03/04/2024", "25/12/2024"], { dateOrder: "mdy" });
    expect(reader.format.orderSource).toBe("option");
    expect(reader.read("03/04/2024")).toBe(day(2024, 3, 4));
    expect(reader.read("25/12/2024")).toBeNaN();
    expect(reader.problem("25/12/2024")).toBe("invalidDate");
    expect(reader.notices()).toEqual([]);
  });

  it("reads each date of a column with both orders by itself and reports the undecidable ones", () => {
    const reader = readerFor(["13/01/2024", "01/13/2024", "03/04/2024", "04/04/2024"]);
    expect(reader.format).toEqual({ order: undefined, orderSource: "mixed", dateSystem: "1900" });
    expect(reader.read("13/01/2024")).toBe(day(2024, 1, 13));
    expect(reader.read("01/13/2024")).toBe(day(2024, 1, 13));
    expect(reader.read("04/04/2024")).toBe(day(2024, 4, 4));
    expect(reader.read("03/04/2024")).toBeNaN();
    expect(reader.problem("03/04/2024")).toBe("ambiguousDate");
    expect(reader.notices()).toEqual([
      { code: "dateOrderConflict", column, dayFirst: { row: 2, value: "13/01/2024" }, monthFirst: { row: 3, value: "01/13/2024" } },
    ]);
  });

  it("needs no order for ISO dates, dotted dates and equal day and month", () => {
    const reader = readerFor(["2024-03-04", "03.04.2024", "04/04/2024", 45322]);
    expect(reader.format).toEqual({ order: undefined, orderSource: "notNeeded", dateSystem: "1900" });
    expect(reader.read("03.04.2024")).toBe(day(2024, 4, 3));
  });

  it("does not let dotted dates decide the order of slashed ones", () => {
    const reader = readerFor(["25.12.2024", "03/04/2024"]);
    expect(reader.format.orderSource).toBe("default");
  });

  it("reports two-digit years", () => {
    const reader = readerFor(["2024-01-01", "31.01.24"]);
    expect(reader.read("31.01.24")).toBe(day(2024, 1, 31));
    expect(reader.notices()).toEqual([{ code: "twoDigitYears", column, example: { row: 3, value: "31.01.24" } }]);
  });

  it("numbers example rows from the caller's first row number", () => {
    const reader = new DateColumnReader([["Dato"], ["03/04/2024"]], column, 1, 10, {});
    expect(reader.notices()[0]).toMatchObject({ example: { row: 11 } });
  });
});
