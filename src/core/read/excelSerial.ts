/**
 * Excel date serial numbers ↔ day numbers (days since 1970-01-01).
 *
 * 1900 date system (Excel for Windows, the default): serial 1 = 1900-01-01. Excel counts a day
 * 1900-02-29 that never existed (serial 60, kept for Lotus 1-2-3 compatibility), so serials from 61 on
 * are one more than the true day count: 61 = 1900-03-01, 25569 = 1970-01-01, 45322 = 2024-01-31.
 * Serial 60 is not a real date and serial 0 ("1900-01-00") is not one either: both give NaN.
 * 1904 date system (old Mac workbooks, an option in Excel): serial 0 = 1904-01-01, no fictitious day.
 * The fraction of a serial (time of day) is dropped. The last valid date is 9999-12-31 in both systems.
 * Source: Microsoft, "Date systems in Excel" and "Excel incorrectly assumes that the year 1900 is a leap year".
 */

/**
 * The Excel date system of a workbook: 1900 (the default) or 1904 (File › Options › Advanced).
 */
export type DateSystem = "1900" | "1904";

/** 1970-01-01 as a 1900-system serial. */
const unixEpochSerial1900 = 25569;
/** 1970-01-01 as a 1904-system serial (1,462 days fewer than the 1900 system). */
const unixEpochSerial1904 = 24107;
/** The fictitious 1900-02-29 of the 1900 system. */
const fictitiousLeapDay = 60;
/** 9999-12-31, the last date Excel accepts, in each system. */
const lastSerial1900 = 2958465;
const lastSerial1904 = 2957003;

/**
 * The day number (days since 1970-01-01) of an Excel serial date, or NaN when the serial is not a date
 * (below the first date, serial 60 of the 1900 system, after 9999-12-31, or not a finite number).
 * @example excelSerialToDay(45322) // 19753, i.e. 2024-01-31
 * @example excelSerialToDay(0, "1904") // -24107, i.e. 1904-01-01
 */
export function excelSerialToDay(serial: number, system: DateSystem = "1900"): number {
  const whole = Math.floor(serial);
  if (system === "1904") return whole >= 0 && whole <= lastSerial1904 ? whole - unixEpochSerial1904 : NaN;
  if (whole > fictitiousLeapDay) return whole <= lastSerial1900 ? whole - unixEpochSerial1900 : NaN;
  if (whole >= 1 && whole < fictitiousLeapDay) return whole - unixEpochSerial1900 + 1;
  return NaN;
}

/**
 * The Excel serial number of a day number (days since 1970-01-01), for writing dates back to a sheet.
 * Days before 1900-01-01 (1900 system) or 1904-01-01 (1904 system) give NaN.
 * @example dayToExcelSerial(19753) // 45322
 */
export function dayToExcelSerial(day: number, system: DateSystem = "1900"): number {
  if (system === "1904") {
    const serial = day + unixEpochSerial1904;
    return serial >= 0 ? serial : NaN;
  }
  const serial = day + unixEpochSerial1900;
  if (serial > fictitiousLeapDay) return serial;
  return serial >= 2 ? serial - 1 : NaN;
}
