import { dayToExcelSerial, excelSerialToDay } from "../../../src/core/read/excelSerial";
import { isoDateText } from "../../../src/core/read/civilDate";

/** Serial numbers and dates as Excel shows them (Microsoft, "Date systems in Excel"; DATE() in a 1900 workbook). */
describe("excelSerialToDay, 1900 date system", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [35431, "1997-01-01"],
    [45322, "2024-01-31"],
    [45351, "2024-02-29"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s", (serial, iso) => {
    expect(isoDateText(excelSerialToDay(serial))).toBe(iso);
  });

  it("drops the time of day", () => {
    expect(excelSerialToDay(45322.99)).toBe(excelSerialToDay(45322));
  });

  it.each([0, 60, -1, 2958466, NaN, Infinity])("serial %d is not a date (60 is Excel's fictitious 1900-02-29)", (serial) => {
    expect(excelSerialToDay(serial)).toBeNaN();
  });
});

describe("excelSerialToDay, 1904 date system", () => {
  it.each([
    [0, "1904-01-01"],
    [1, "1904-01-02"],
    [43860, "2024-01-31"],
    [2957003, "9999-12-31"],
  ])("serial %d is %s", (serial, iso) => {
    expect(isoDateText(excelSerialToDay(serial, "1904"))).toBe(iso);
  });

  it("is 1,462 days behind the 1900 system from 1900-03-01 on", () => {
    expect(excelSerialToDay(45322 - 1462, "1904")).toBe(excelSerialToDay(45322));
  });

  it.each([-1, 2957004])("serial %d is not a date", (serial) => {
    expect(excelSerialToDay(serial, "1904")).toBeNaN();
  });
});

describe("dayToExcelSerial", () => {
  it.each([1, 59, 61, 25569, 45322, 2958465])("inverts excelSerialToDay for serial %d", (serial) => {
    expect(dayToExcelSerial(excelSerialToDay(serial))).toBe(serial);
  });

  it("inverts the 1904 system too", () => {
    expect(dayToExcelSerial(excelSerialToDay(0, "1904"), "1904")).toBe(0);
  });

  it("has no serial before the first date", () => {
    expect(dayToExcelSerial(excelSerialToDay(1) - 1)).toBeNaN();
    expect(dayToExcelSerial(excelSerialToDay(0, "1904") - 1, "1904")).toBeNaN();
  });
});
