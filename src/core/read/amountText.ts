import { isDigitCode, isSpaceCode } from "./textSpace";

/**
 * The character that separates the decimals: "," (Danish, Swedish, German) or "." (English).
 */
export type DecimalSeparator = "." | ",";

/**
 * A currency written beside an amount. `kr` (also `kr.`, `kroner`, `kronor` and the Swedish `:-`) does not
 * say which krone; the codes and symbols do (€ → EUR, $ → USD, £ → GBP).
 */
export type Currency = "kr" | "DKK" | "SEK" | "NOK" | "EUR" | "USD" | "GBP";

/**
 * Every currency the reader recognizes, for choosing one.
 * @example CURRENCIES.includes("DKK") // true
 */
export const CURRENCIES: readonly Currency[] = ["DKK", "SEK", "NOK", "EUR", "USD", "GBP", "kr"];

/**
 * How an amount text reads before the column's decimal separator is known:
 * - `plain`: no decimal question — 500, -12, 1 234 (space-grouped), 1e3;
 * - `decimalComma`: only a decimal comma fits — 12,50 · 1.234,56 · 1 234,5 · 1.234.567 · 0,500;
 * - `decimalPoint`: only a decimal point fits — 12.50 · 1,234.56 · 1,234,567 · 0.500;
 * - `ambiguous`: one separator followed by exactly three digits after 1–3 digits (1,234 or 1.234), which is
 *   a thousands separator in one convention and a decimal separator in the other;
 * - `unreadable`: not an amount.
 */
export type AmountTextKind = "plain" | "decimalComma" | "decimalPoint" | "ambiguous" | "unreadable";

/** More separators than this in one number (1.000.000.000.000…) is not an amount. */
const maxSeparators = 16;
/** Plain decimals with at most this many digits are read without `Number` (see `scanPlainDecimal`). */
const maxFastDigits = 15;
/** Exact powers of ten 10^0 … 10^15. */
const powersOfTen = Array.from({ length: maxFastDigits + 1 }, (_, exponent) => 10 ** exponent);

const codeDot = 46;
const codeComma = 44;
const codeColon = 58;
const codeSpace = 32;
const codeHyphen = 45;
const codePlus = 43;
const codeMinusSign = 0x2212;
const codeOpenParenthesis = 40;
const codeCloseParenthesis = 41;

const currencyWords: Readonly<Record<string, Currency>> = {
  kr: "kr",
  kroner: "kr",
  kronor: "kr",
  dkk: "DKK",
  sek: "SEK",
  nok: "NOK",
  eur: "EUR",
  euro: "EUR",
  usd: "USD",
  gbp: "GBP",
};

const currencySymbols: Readonly<Record<number, Currency>> = { 0x20ac: "EUR", 36: "USD", 0xa3: "GBP" };

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Reads amount text as people write it in Denmark, Sweden and English-speaking countries:
 * `500 kr`, `1.234,56 kr.`, `1 234,50 kr` (with U+00A0 or U+202F), `−12,50` (U+2212 minus), `-12.50`,
 * `(12.50)` (accounting negative), `$1,234.56`, `12.50 EUR`, `DKK 1.234`, `SEK 99,90`, `€ 5`, `99:-`, `500,-`.
 * A sign and one currency may stand before or after the number; thousands separators must group by three.
 * `scan` classifies a text (see AmountTextKind) without allocating; `value` then reads it with a decimal
 * separator. One scanner is reused for a whole column.
 * @example
 * const scanner = new AmountTextScanner();
 * scanner.scan("1.234,56 kr.") // "decimalComma"; scanner.currency === "kr"
 * scanner.value(",") // 1234.56
 */
export class AmountTextScanner {
  /** The kind of the last scanned text. */
  kind: AmountTextKind = "unreadable";
  /** The currency of the last scanned text, if it had one. */
  currency: Currency | undefined = undefined;
  /** For an `ambiguous` text, its one separator. */
  separator: DecimalSeparator = ".";

  private text = "";
  private negative = false;
  private bodyEnd = 0;
  private exponentStart = -1;
  private exponentEnd = -1;
  private runCount = 0;
  private readonly runStarts = new Int32Array(maxSeparators + 1);
  private readonly runEnds = new Int32Array(maxSeparators + 1);
  /** The separator after each run: "." or "," as char codes, any white space as 32. */
  private readonly separators = new Int32Array(maxSeparators);
  private matchLength = 0;
  /** The last text was a plain decimal ([-]digits[.digits]) read by `scanPlainDecimal`: its digits and decimals. */
  private plain = false;
  private plainDigits = 0;
  private plainDecimals = 0;
  /** The last value computed for the current text and the decimal separator (as a char code) it used. */
  private cachedDecimalCode = -1;
  private cachedValue = NaN;

  /**
   * Classifies `text` and remembers its parts for `value`.
   * @example new AmountTextScanner().scan("1,234") // "ambiguous"
   */
  scan(text: string): AmountTextKind {
    this.cachedDecimalCode = -1;
    this.plain = this.scanPlainDecimal(text);
    if (this.plain) return this.kind;
    this.kind = this.scanParts(text) ? this.classify() : "unreadable";
    return this.kind;
  }

  /**
   * The last scanned text's value with `decimal` as the decimal separator (the other of "." and "," then
   * groups thousands), or NaN when it does not read that way (1.234,56 with "."; 12,50 with "."). The value
   * is the double nearest the decimal number written, so amounts are exact to the cent as far as doubles go.
   * @example
   * const scanner = new AmountTextScanner();
   * scanner.scan("1,234");
   * scanner.value(".") // 1234
   */
  value(decimal: DecimalSeparator): number {
    if (this.kind === "unreadable") return NaN;
    if (this.plain) return this.plainValue(decimal);
    const decimalCode = decimal === "," ? codeComma : codeDot;
    if (decimalCode !== this.cachedDecimalCode) {
      this.cachedValue = this.computeValue(decimalCode);
      this.cachedDecimalCode = decimalCode;
    }
    return this.cachedValue;
  }

  /** See `value`; `decimalCode` is the decimal separator's char code. */
  private computeValue(decimalCode: number): number {
    const separatorCount = this.runCount - 1;
    let decimalAt = -1;
    let groupCode = -1;
    for (let index = 0; index < separatorCount; index += 1) {
      const separator = this.separators[index];
      if (separator === decimalCode) {
        if (index !== separatorCount - 1) return NaN;
        decimalAt = index;
      } else if (groupCode === -1) {
        groupCode = separator;
      } else if (separator !== groupCode) {
        return NaN;
      }
    }
    const integerRuns = decimalAt === -1 ? this.runCount : decimalAt + 1;
    if (groupCode !== -1 && !this.groupsByThree(integerRuns)) return NaN;
    const magnitude = Number(this.decimalText(integerRuns, decimalAt !== -1, groupCode !== -1));
    if (!Number.isFinite(magnitude)) return NaN;
    return this.negative ? 0 - magnitude : magnitude;
  }

  /**
   * The fast path for the commonest text, a plain decimal as CSV files and programs write it ("123.45",
   * "-12", "1.234"): one optional "-", at most 15 digits, at most one "." between digits, nothing else.
   * Sets `kind` (an ambiguous 1.234 stays ambiguous) and the digits; false for anything else.
   */
  private scanPlainDecimal(text: string): boolean {
    const length = text.length;
    let index = length > 0 && text.charCodeAt(0) === codeHyphen ? 1 : 0;
    const firstDigit = index;
    let digits = 0;
    let count = 0;
    let point = -1;
    for (; index < length; index += 1) {
      const code = text.charCodeAt(index);
      if (code >= 48 && code <= 57) {
        digits = digits * 10 + code - 48;
        count += 1;
      } else if (code === codeDot && point === -1 && count > 0) {
        point = count;
      } else {
        return false;
      }
    }
    if (count === 0 || count > maxFastDigits || point === count) return false;
    this.negative = firstDigit === 1;
    this.currency = undefined;
    this.plainDigits = digits;
    this.plainDecimals = point === -1 ? 0 : count - point;
    if (point === -1) this.kind = "plain";
    else if (this.plainDecimals === 3 && point <= 3 && !(point === 1 && text.charCodeAt(firstDigit) === 48)) this.kind = "ambiguous";
    else this.kind = "decimalPoint";
    this.separator = ".";
    return true;
  }

  /**
   * The value of a plain decimal: its digits as an integer (exact below 2^53) divided by an exact power of
   * ten, which IEEE division rounds correctly, so the result is the double `Number` would give.
   */
  private plainValue(decimal: DecimalSeparator): number {
    let magnitude: number;
    if (this.kind === "plain" || (this.kind === "ambiguous" && decimal === ",")) magnitude = this.plainDigits;
    else if (decimal === ".") magnitude = this.plainDigits / powersOfTen[this.plainDecimals];
    else return NaN;
    return this.negative ? 0 - magnitude : magnitude;
  }

  /** Splits the text into sign, currency, digit runs with their separators, exponent; false if it cannot. */
  private scanParts(text: string): boolean {
    this.text = text;
    this.negative = false;
    this.currency = undefined;
    this.runCount = 0;
    this.exponentStart = -1;
    this.exponentEnd = -1;
    let start = 0;
    let end = text.length;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start += 1;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
    const parenthesized =
      end - start >= 2 && text.charCodeAt(start) === codeOpenParenthesis && text.charCodeAt(end - 1) === codeCloseParenthesis;
    if (parenthesized) {
      start += 1;
      end -= 1;
    }

    let signed = false;
    while (start < end) {
      const code = text.charCodeAt(start);
      if (isDigitCode(code)) break;
      if ((code === codeDot || code === codeComma) && start + 1 < end && isDigitCode(text.charCodeAt(start + 1))) break;
      if (isSpaceCode(code)) {
        start += 1;
      } else if (code === codeHyphen || code === codePlus || code === codeMinusSign) {
        if (signed) return false;
        signed = true;
        this.negative = code !== codePlus;
        start += 1;
      } else {
        if (this.currency !== undefined || !this.matchCurrency(start, end)) return false;
        start += this.matchLength;
      }
    }
    if (start === end) return false;
    if (parenthesized) {
      if (signed) return false;
      this.negative = true;
    }

    let index = this.scanBody(start, end);
    if (index < 0) return false;
    index = this.scanExponent(index, end);
    return this.scanSuffix(index, end);
  }

  /** Reads digit runs and the separators between them from `start`; returns where the number ends, or −1. */
  private scanBody(start: number, end: number): number {
    const text = this.text;
    let index = start;
    this.runStarts[0] = start;
    for (;;) {
      while (index < end && isDigitCode(text.charCodeAt(index))) index += 1;
      this.runEnds[this.runCount] = index;
      this.runCount += 1;
      if (index + 1 >= end) break;
      const code = text.charCodeAt(index);
      const isSeparator = code === codeDot || code === codeComma || isSpaceCode(code);
      if (!isSeparator || !isDigitCode(text.charCodeAt(index + 1))) break;
      if (this.runCount > maxSeparators) return -1;
      this.separators[this.runCount - 1] = isSpaceCode(code) ? codeSpace : code;
      index += 1;
      this.runStarts[this.runCount] = index;
    }
    this.bodyEnd = index;
    return index;
  }

  /** Reads an exponent (e3, E-2) right after the number; returns where it ends. */
  private scanExponent(index: number, end: number): number {
    const text = this.text;
    const code = text.charCodeAt(index);
    if (index >= end || (code !== 101 && code !== 69)) return index;
    let next = index + 1;
    const sign = text.charCodeAt(next);
    if (next < end && (sign === codePlus || sign === codeHyphen)) next += 1;
    if (next >= end || !isDigitCode(text.charCodeAt(next))) return index;
    while (next < end && isDigitCode(text.charCodeAt(next))) next += 1;
    this.exponentStart = index;
    this.exponentEnd = next;
    return next;
  }

  /** Checks what follows the number: white space, one currency, and `,-` / `.-` / `:-` right after it. */
  private scanSuffix(start: number, end: number): boolean {
    const text = this.text;
    let index = start;
    while (index < end) {
      const code = text.charCodeAt(index);
      if (isSpaceCode(code)) {
        index += 1;
      } else if (index === start && (code === codeComma || code === codeDot || code === codeColon) && text.charCodeAt(index + 1) === codeHyphen && index + 1 < end) {
        if (code === codeColon) {
          if (this.currency !== undefined && this.currency !== "kr") return false;
          this.currency = "kr";
        }
        index += 2;
      } else {
        if (this.currency !== undefined || !this.matchCurrency(index, end)) return false;
        index += this.matchLength;
      }
    }
    return true;
  }

  /** Matches a currency symbol or word at `index`; sets `currency` and `matchLength`. */
  private matchCurrency(index: number, end: number): boolean {
    const text = this.text;
    const symbol = currencySymbols[text.charCodeAt(index)];
    if (symbol !== undefined) {
      this.currency = symbol;
      this.matchLength = 1;
      return true;
    }
    let wordEnd = index;
    while (wordEnd < end && isAsciiLetter(text.charCodeAt(wordEnd))) wordEnd += 1;
    const word = currencyWords[text.slice(index, wordEnd).toLowerCase()];
    if (word === undefined) return false;
    this.currency = word;
    this.matchLength = wordEnd - index + (word === "kr" && text.charCodeAt(wordEnd) === codeDot && wordEnd < end ? 1 : 0);
    return true;
  }

  /** The kind of the scanned parts (see AmountTextKind). */
  private classify(): AmountTextKind {
    const separatorCount = this.runCount - 1;
    if (separatorCount === 0) return "plain";
    let dots = 0;
    let commas = 0;
    let spaces = 0;
    for (let index = 0; index < separatorCount; index += 1) {
      const separator = this.separators[index];
      if (separator === codeDot) dots += 1;
      else if (separator === codeComma) commas += 1;
      else spaces += 1;
    }
    const last = this.separators[separatorCount - 1];
    if (this.exponentStart !== -1) {
      return dots === 1 && commas === 0 && spaces === 0 ? this.checked("decimalPoint") : "unreadable";
    }
    if (dots > 0 && commas > 0) {
      if (last === codeSpace) return "unreadable";
      return this.checked(last === codeComma ? "decimalComma" : "decimalPoint");
    }
    if (dots === 0 && commas === 0) return this.checked("plain");
    const separator = dots > 0 ? codeDot : codeComma;
    const count = dots + commas;
    if (spaces > 0 || count === 1) {
      if (count > 1 || last !== separator) return "unreadable";
      if (spaces === 0 && this.couldGroupThousands()) {
        this.separator = separator === codeComma ? "," : ".";
        return "ambiguous";
      }
      return this.checked(separator === codeComma ? "decimalComma" : "decimalPoint");
    }
    return this.checked(separator === codeComma ? "decimalPoint" : "decimalComma");
  }

  /** `kind` if the text reads with that kind's decimal separator, otherwise "unreadable". */
  private checked(kind: "plain" | "decimalComma" | "decimalPoint"): AmountTextKind {
    this.kind = kind;
    return Number.isNaN(this.value(kind === "decimalComma" ? "," : ".")) ? "unreadable" : kind;
  }

  /** A single separator followed by exactly three digits, after 1–3 digits that are not a lone 0. */
  private couldGroupThousands(): boolean {
    const firstLength = this.runEnds[0] - this.runStarts[0];
    const lastLength = this.runEnds[1] - this.runStarts[1];
    if (lastLength !== 3 || firstLength < 1 || firstLength > 3) return false;
    return !(firstLength === 1 && this.text.charCodeAt(this.runStarts[0]) === 48);
  }

  /** The first run has 1–3 digits and every later integer run exactly 3, and there is no exponent. */
  private groupsByThree(integerRuns: number): boolean {
    if (this.exponentStart !== -1) return false;
    const firstLength = this.runEnds[0] - this.runStarts[0];
    if (firstLength < 1 || firstLength > 3) return false;
    for (let run = 1; run < integerRuns; run += 1) {
      if (this.runEnds[run] - this.runStarts[run] !== 3) return false;
    }
    return true;
  }

  /** The number without sign, grouping and currency, with "." as the decimal point, ready for `Number`. */
  private decimalText(integerRuns: number, hasDecimals: boolean, grouped: boolean): string {
    const text = this.text;
    const exponent = this.exponentStart === -1 ? "" : text.slice(this.exponentStart, this.exponentEnd);
    if (!grouped && (!hasDecimals || this.separators[integerRuns - 1] === codeDot)) {
      return text.slice(this.runStarts[0], this.bodyEnd) + exponent;
    }
    let digits = "";
    for (let run = 0; run < integerRuns; run += 1) digits += text.slice(this.runStarts[run], this.runEnds[run]);
    if (hasDecimals) digits += `.${text.slice(this.runStarts[integerRuns], this.runEnds[integerRuns])}`;
    return digits + exponent;
  }
}
