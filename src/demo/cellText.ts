import { civilFromDays } from "../core/read/civilDate";
import { excelSerialToDay } from "../core/read/excelSerial";

/**
 * How the demo's grid shows a cell: its value through its Excel number format, in `locale` (the grid's en-US unless
 * told; the demo's charts label their values with the page's locale).
 * Covers the codes the add-in writes ("@", "0.00", "#,##0", "0.0%", "0.00E+00", "yyyy-mm-dd", General, …) and their
 * kin, with literal text before and after the number (quoted "…", escaped \x, spaces: a currency sign, the report's
 * marks "≈ " and "*"); any other code shows a number as General does. Rounding is half away from zero, as Excel shows
 * 1.005 as "1.01"; a minus sign goes before the literal text, as Excel puts it ("-$5.00").
 * @example cellText(0.1234, "0.0%") // "12.3%"
 * @example cellText(35431, "yyyy-mm-dd") // "1997-01-01"
 * @example cellText(1234.5, "#,##0.00", "da-DK") // "1.234,50"
 * @example cellText(1234.5, '#,##0.00 "kr."') // "1,234.50 kr."
 * @example cellText(0.1234, '"≈ "0.0%') // "≈ 12.3%"
 * @example cellText(1234.5, '#,##0.00"*"') // "1,234.50*"
 */
export function cellText(value: string | number | boolean, numberFormat: string, locale = "en-US"): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (!Number.isFinite(value)) return "#NUM!";
  const { before, body, after } = literalText(numberFormat.trim());
  if (/^[ymd]+([-/. ][ymd]+)*$/i.test(body)) {
    const date = dateText(value, body);
    return date === undefined ? "#".repeat(8) : `${before}${date}${after}`;
  }
  const number = numberText(value, body, locale);
  if (number === undefined) return generalText(value);
  return before !== "" && number.startsWith("-") ? `-${before}${number.slice(1)}${after}` : `${before}${number}${after}`;
}

/** Quoted text, an escaped character or a space: what a format shows as it is. */
const LITERAL = String.raw`"[^"]*"|\\.| `;
const FORMAT_PARTS = new RegExp(`^((?:${LITERAL})*)(.*?)((?:${LITERAL})*)$`, "s");

/** The text a format shows as it is before and after its number, and the number's code between them. */
function literalText(format: string): { before: string; body: string; after: string } {
  const [, before = "", body = format, after = ""] = FORMAT_PARTS.exec(format) ?? [];
  const unquoted = (literal: string) => literal.replace(/"([^"]*)"|\\(.)/g, (_, quoted: string | undefined, escaped: string | undefined) => quoted ?? escaped ?? "");
  return { before: unquoted(before), body, after: unquoted(after) };
}

/** A number through a format's number code (no literal text): General, Text, scientific or fixed; undefined for any other code. */
function numberText(value: number, body: string, locale: string): string | undefined {
  if (/^general$/i.test(body) || body === "@") return generalText(value);
  const scientific = /^0(?:\.(0+))?E\+0+$/i.exec(body);
  if (scientific) return scientificText(value, (scientific[1] ?? "").length);
  const numeric = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(body);
  if (!numeric) return undefined;
  const [, grouping, decimals = "", percent] = numeric;
  return numberFormatter(locale, Boolean(grouping), decimals.length, Boolean(percent)).format(value);
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

/** A serial as a date in a y/m/d code; undefined for a serial that is no date Excel shows (negative). */
function dateText(serial: number, format: string): string | undefined {
  const day = excelSerialToDay(serial);
  if (Number.isNaN(day)) return undefined;
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
