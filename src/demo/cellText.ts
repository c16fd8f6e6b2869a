import { civilFromDays } from "../core/read/civilDate";
import { excelSerialToDay } from "../core/read/excelSerial";

/**
 * How the demo's grid shows a cell: its value through its Excel number format, in `locale` (the grid's en-US unless
 * told; the demo's charts label their values with the page's locale).
 * Covers the codes the add-in writes ("@", "0.00", "#,##0", "0.0%", "0.00E+00", "yyyy-mm-dd", …) and their kin; any other code
 * shows a number as General does. Rounding is half away from zero, as Excel shows 1.005 as "1.01".
 * @example cellText(0.1234, "0.0%") // "12.3%"
 * @example cellText(35431, "yyyy-mm-dd") // "1997-01-01"
 * @example cellText(1234.5, "#,##0.00", "da-DK") // "1.234,50"
 * @example cellText(1234.5, '#,##0.00 "kr."') // "1,234.50 kr."
 */
export function cellText(value: string | number | boolean, numberFormat: string, locale = "en-US"): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (!Number.isFinite(value)) return "#NUM!";
  const format = numberFormat.trim();
  if (/^[ymd]+([-/. ][ymd]+)*$/i.test(format)) return dateText(value, format);
  const scientific = /^0(?:\.(0+))?E\+0+$/i.exec(format);
  if (scientific) return scientificText(value, (scientific[1] ?? "").length);
  // Money formats carry a quoted currency sign before or after the number: "$"#,##0.00 or #,##0.00 "kr.".
  const quoted = /^(?:"([^"]*)")?(.*?)(?: ?"([^"]*)")?$/.exec(format);
  const [, before = "", body = format, after = ""] = quoted ?? [];
  const numeric = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(body.trim());
  if (!numeric) return generalText(value);
  const [, grouping, decimals = "", percent] = numeric;
  const number = numberFormatter(locale, Boolean(grouping), decimals.length, Boolean(percent)).format(value);
  return `${before}${number}${after ? ` ${after}` : ""}`;
}

/** One Intl formatter per format shape: building one costs ~40 times as much as using it, and grids show many cells. */
const formatters = new Map<string, Intl.NumberFormat>();

/** A cached Intl formatter; its percent style scales the decimal, so 0.12345 rounds to 12.35 % as in Excel. */
function numberFormatter(locale: string, grouping: boolean, decimals: number, percent: boolean): Intl.NumberFormat {
  const key = `${locale}|${grouping}|${decimals}|${percent}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: percent ? "percent" : "decimal",
      useGrouping: grouping,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Excel's scientific format 0.00E+00: the mantissa with `decimals` decimals, a signed exponent of two digits or more. */
function scientificText(value: number, decimals: number): string {
  const [mantissa, exponent] = value.toExponential(decimals).split("e");
  return `${mantissa}E${exponent.startsWith("-") ? "-" : "+"}${exponent.replace(/^[-+]/, "").padStart(2, "0")}`;
}

/** Excel's General format, roughly: up to 10 significant digits, no thousands separators. */
function generalText(value: number): string {
  if (value !== 0 && (Math.abs(value) >= 1e11 || Math.abs(value) < 1e-9)) return scientificText(value, 5).replace(/\.?0+E/, "E");
  return String(Number(value.toPrecision(10)));
}

function dateText(serial: number, format: string): string {
  const day = excelSerialToDay(serial);
  if (Number.isNaN(day)) return "#".repeat(8);
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  const parts: Record<string, string> = {
    yyyy: String(year).padStart(4, "0"),
    yy: String(year % 100).padStart(2, "0"),
    mm: String(month).padStart(2, "0"),
    m: String(month),
    dd: String(dayOfMonth).padStart(2, "0"),
    d: String(dayOfMonth),
  };
  return format.replace(/y+|m+|d+/gi, (code) => parts[code.toLowerCase()] ?? code);
}
