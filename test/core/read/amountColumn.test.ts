import { AmountColumnReader } from "../../../src/core/read/amountColumn";
import type { DecimalSeparator } from "../../../src/core/read/amountText";

const column = { index: 0, header: "Beløb" };

function readerFor(values: unknown[], decimalSeparator?: DecimalSeparator): AmountColumnReader {
  return new AmountColumnReader([["Beløb"], ...values.map((value) => [value])], column, 1, 1, decimalSeparator);
}

function readAll(values: unknown[], decimalSeparator?: DecimalSeparator): number[] {
  const reader = readerFor(values, decimalSeparator);
  return values.map((value) => reader.read(value));
}

/** A reader that has read every value (currencies are collected while reading). */
function readerAfterReading(values: unknown[]): AmountColumnReader {
  const reader = readerFor(values);
  values.forEach((value) => reader.read(value));
  return reader;
}

describe("AmountColumnReader", () => {
  it("reads numbers as they are, zero and negative included", () => {
    expect(readAll([12.5, 0, -3])).toEqual([12.5, 0, -3]);
    expect(readerFor([12.5]).format).toEqual({ decimalSeparator: undefined, source: "notNeeded", currency: undefined, currencies: [] });
  });

  it("decides a decimal comma from the column and then reads 1.234 as 1234", () => {
    const values = ["1.234", "12,50 kr", "500 kr"];
    expect(readAll(values)).toEqual([1234, 12.5, 500]);
    expect(readerAfterReading(values).format).toMatchObject({ decimalSeparator: ",", source: "data", currency: "kr" });
  });

  it("decides a decimal point from the column and then reads 1,234 as 1234 and 1.234 as 1.234", () => {
    const values = ["1,234", "$12.50", "1.234"];
    expect(readAll(values)).toEqual([1234, 12.5, 1.234]);
    expect(readerAfterReading(values).format).toMatchObject({ decimalSeparator: ".", source: "data", currency: "USD" });
  });

  it("reads 1,234 and 1.234 as thousands when nothing shows the decimal separator, and says so", () => {
    const reader = readerFor(["1,234", "2.500", "500"]);
    expect(["1,234", "2.500", "500"].map((value) => reader.read(value))).toEqual([1234, 2500, 500]);
    expect(reader.format).toMatchObject({ decimalSeparator: undefined, source: "ambiguous" });
    expect(reader.notices()).toEqual([{ code: "decimalSeparatorAmbiguous", column, example: { row: 2, value: "1,234" } }]);
  });

  it("reads each value of a column with both decimal separators by itself and reports 1,234-like ones", () => {
    const values = ["12,50", "12.50", "1,234", "1.234,56"];
    const reader = readerFor(values);
    expect(values.map((value) => reader.read(value))).toEqual([12.5, 12.5, NaN, 1234.56]);
    expect(reader.problem("1,234")).toBe("ambiguousAmount");
    expect(reader.format).toMatchObject({ decimalSeparator: undefined, source: "mixed" });
    expect(reader.notices()).toEqual([
      { code: "decimalSeparatorConflict", column, decimalComma: { row: 2, value: "12,50" }, decimalPoint: { row: 3, value: "12.50" } },
    ]);
  });

  it("applies the caller's decimal separator strictly", () => {
    expect(readAll(["1,234", "12.50"], ",")).toEqual([1.234, NaN]);
    expect(readerFor([], ",").format).toMatchObject({ decimalSeparator: ",", source: "option" });
  });

  it("reports blanks and text that is not an amount", () => {
    const reader = readerFor([]);
    expect(reader.read("")).toBeNaN();
    expect(reader.problem("")).toBe("missingAmount");
    expect(reader.problem(null)).toBe("missingAmount");
    expect(reader.read("n/a")).toBeNaN();
    expect(reader.problem("n/a")).toBe("unreadableAmount");
    expect(reader.read(true)).toBeNaN();
    expect(reader.problem(true)).toBe("unreadableAmount");
    expect(reader.read(Infinity)).toBeNaN();
  });

  it("reports mixed currencies, but takes kr beside a krone code as one currency", () => {
    const mixed = readerAfterReading(["5 EUR", "5 kr"]);
    expect(mixed.format).toMatchObject({ currency: undefined, currencies: ["EUR", "kr"] });
    expect(mixed.notices()).toEqual([{ code: "mixedCurrencies", column, currencies: ["EUR", "kr"] }]);

    const krone = readerAfterReading(["5 kr", "DKK 5", "7 kr"]);
    expect(krone.format).toMatchObject({ currency: "DKK", currencies: ["kr", "DKK"] });
    expect(krone.notices()).toEqual([]);
  });
});
