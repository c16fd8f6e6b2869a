import fc from "fast-check";
import { type AmountTextKind, AmountTextScanner, type Currency, type DecimalSeparator } from "../../../src/core/read/amountText";

function scanned(text: string): { kind: AmountTextKind; currency: Currency | undefined; point: number; comma: number } {
  const scanner = new AmountTextScanner();
  const kind = scanner.scan(text);
  return { kind, currency: scanner.currency, point: scanner.value("."), comma: scanner.value(",") };
}

/** The value a text has with its own decimal separator (the kind's), for texts that show it. */
function valueOf(text: string, decimal?: DecimalSeparator): number {
  const scanner = new AmountTextScanner();
  const kind = scanner.scan(text);
  return scanner.value(decimal ?? (kind === "decimalComma" ? "," : "."));
}

describe("AmountTextScanner: the amount formats spreadsheets hold (docs/ARCHITECTURE.md)", () => {
  it.each([
    ["500 kr", "plain", 500, "kr"],
    ["1.234,56 kr.", "decimalComma", 1234.56, "kr"],
    ["1 234,50 kr", "decimalComma", 1234.5, "kr"],
    ["1\u00a0234,50 kr", "decimalComma", 1234.5, "kr"],
    ["1\u202f234,50 kr", "decimalComma", 1234.5, "kr"],
    ["\u221212,50", "decimalComma", -12.5, undefined],
    ["-12.50", "decimalPoint", -12.5, undefined],
    ["(12.50)", "decimalPoint", -12.5, undefined],
    ["$1,234.56", "decimalPoint", 1234.56, "USD"],
    ["12.50 EUR", "decimalPoint", 12.5, "EUR"],
    ["SEK 99,90", "decimalComma", 99.9, "SEK"],
    ["€ 5", "plain", 5, "EUR"],
    ["£1,000,000", "decimalPoint", 1_000_000, "GBP"],
    ["1.234.567", "decimalComma", 1_234_567, undefined],
    ["1.234.567,89 DKK", "decimalComma", 1_234_567.89, "DKK"],
    ["-$12.50", "decimalPoint", -12.5, "USD"],
    ["$-12.50", "decimalPoint", -12.5, "USD"],
    ["kr -12,50", "decimalComma", -12.5, "kr"],
    ["kr. 500", "plain", 500, "kr"],
    ["500,-", "plain", 500, undefined],
    ["99:-", "plain", 99, "kr"],
    ["NOK 0,5", "decimalComma", 0.5, "NOK"],
    ["(€ 1.234,00)", "decimalComma", -1234, "EUR"],
    ["0,500", "decimalComma", 0.5, undefined],
    [",5", "decimalComma", 0.5, undefined],
    [".5", "decimalPoint", 0.5, undefined],
    ["1234,567", "decimalComma", 1234.567, undefined],
    ["1e3", "plain", 1000, undefined],
    ["1.5E-2", "decimalPoint", 0.015, undefined],
    ["+7", "plain", 7, undefined],
    ["  42  ", "plain", 42, undefined],
    ["5 euro", "plain", 5, "EUR"],
    ["12 USD", "plain", 12, "USD"],
  ] as const)("reads %j as %s %d %s", (text, kind, value, currency) => {
    const result = scanned(text);
    expect(result.kind).toBe(kind);
    expect(result.currency).toBe(currency);
    expect(valueOf(text)).toBe(value);
  });

  it.each([
    ["1,234", ","],
    ["1.234", "."],
    ["DKK 1.234", "."],
    ["12,345", ","],
    ["999.999", "."],
  ] as const)("finds %j ambiguous: three digits after one separator", (text, separator) => {
    const scanner = new AmountTextScanner();
    expect(scanner.scan(text)).toBe("ambiguous");
    expect(scanner.separator).toBe(separator);
  });

  it("reads an ambiguous value by the decimal separator it is given", () => {
    expect(valueOf("1,234", ",")).toBe(1.234);
    expect(valueOf("1,234", ".")).toBe(1234);
    expect(valueOf("DKK 1.234", ",")).toBe(1234);
    expect(valueOf("DKK 1.234", ".")).toBe(1.234);
  });

  it("refuses a value whose separators contradict the decimal separator it is given", () => {
    expect(valueOf("12,50", ".")).toBeNaN();
    expect(valueOf("12.50", ",")).toBeNaN();
    expect(valueOf("1.234,56", ".")).toBeNaN();
    expect(valueOf("1,234.56", ",")).toBeNaN();
    expect(valueOf("1 234", ",")).toBe(1234);
  });

  it.each([
    "",
    "   ",
    "kr",
    "abc",
    "12 apples",
    "1,23,456",
    "12.5.3",
    "1.234,567.8",
    "1 234 5",
    "12 34",
    "--5",
    "(-5)",
    "-",
    "12.50-",
    "12%",
    "kr 5 kr",
    "$5 €",
    "1,234 567",
    "1e3.5",
    "1,5e3",
    "0x10",
    "Infinity",
    "NaN",
    "12..5",
    "12,",
    "5 kroon",
    "1 000.000.000",
  ])("refuses %j", (text) => {
    expect(scanned(text).kind).toBe("unreadable");
    expect(valueOf(text)).toBeNaN();
  });

  it("reads the plain decimals of CSV files exactly as Number does", () => {
    for (const text of ["0", "-0.01", "123.45", "9999999999999.99", "0.1", "100", "007", "0.500", "1234.5678"]) {
      expect(valueOf(text)).toBe(Number(text) === 0 ? 0 : Number(text));
    }
  });
});

/** An amount in cents as a decimal string with two decimals, and the double nearest it. */
const cents = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }).map((value) => {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const whole = (magnitude / 100n).toString();
  const fraction = (magnitude % 100n).toString().padStart(2, "0");
  return { negative, whole, fraction, value: Number(`${negative ? "-" : ""}${whole}.${fraction}`) };
});

function grouped(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

describe("amounts written in Danish, Swedish and English styles read back to the cent (property)", () => {
  const styles: [string, DecimalSeparator, (amount: { negative: boolean; whole: string; fraction: string }, grouping: boolean, currency: number) => string][] = [
    [
      "Danish: 1.234,56 kr.",
      ",",
      ({ negative, whole, fraction }, grouping, currency) => {
        const number = `${grouping ? grouped(whole, ".") : whole},${fraction}`;
        const signed = `${negative ? "-" : ""}${number}`;
        return [`${signed} kr.`, `kr. ${signed}`, `DKK ${signed}`, `${signed} kr`, signed][currency];
      },
    ],
    [
      "Swedish: 1 234,56 kr (no-break and narrow spaces, U+2212 minus)",
      ",",
      ({ negative, whole, fraction }, grouping, currency) => {
        const space = ["\u00a0", "\u202f", " "][currency % 3];
        const number = `${grouping ? grouped(whole, space) : whole},${fraction}`;
        const signed = `${negative ? "\u2212" : ""}${number}`;
        return [`${signed} kr`, `SEK ${signed}`, `${signed}\u00a0kr`, `${signed} SEK`, signed][currency];
      },
    ],
    [
      "English: $1,234.56",
      ".",
      ({ negative, whole, fraction }, grouping, currency) => {
        const number = `${grouping ? grouped(whole, ",") : whole}.${fraction}`;
        return [
          `${negative ? "-" : ""}$${number}`,
          negative ? `($${number})` : `$${number}`,
          `${negative ? "-" : ""}${number} USD`,
          `${negative ? "-" : ""}£${number}`,
          `${negative ? "-" : ""}${number}`,
        ][currency];
      },
    ],
  ];

  it.each(styles)("%s", (_name, decimal, format) => {
    fc.assert(
      fc.property(cents, fc.boolean(), fc.integer({ min: 0, max: 4 }), (amount, grouping, currency) => {
        const text = format(amount, grouping, currency);
        const scanner = new AmountTextScanner();
        expect(scanner.scan(text)).not.toBe("unreadable");
        expect(scanner.value(decimal)).toBe(amount.value);
      }),
      { numRuns: 300 },
    );
  });

  it("whole amounts grouped by thousands read back with the column's decimal separator", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 50 }), fc.constantFrom<DecimalSeparator>(".", ","), (value, decimal) => {
        const text = grouped(String(value), decimal === "," ? "." : ",");
        const scanner = new AmountTextScanner();
        scanner.scan(text);
        expect(scanner.value(decimal)).toBe(value);
      }),
    );
  });

  it("never throws on arbitrary text, and what it reads is a finite number", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), fc.constantFrom<DecimalSeparator>(".", ","), (text, decimal) => {
        const scanner = new AmountTextScanner();
        scanner.scan(text);
        const value = scanner.value(decimal);
        if (!Number.isNaN(value)) expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
