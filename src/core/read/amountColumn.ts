import { type AmountTextKind, AmountTextScanner, type Currency, type DecimalSeparator } from "./amountText";
import { cellText, isBlankCell } from "./cellValue";
import type { CellRef, ColumnRef } from "./columnRef";
import { rowNumberOf, type ReadNotice, type RowNumbering, type RowProblemReason } from "./readDiagnostics";

/**
 * How an amount column's text is read. `decimalSeparator` is the one used: from the caller's option or
 * from the data, undefined when no text needed it or the column mixes both (`mixed`) or never shows it
 * (`ambiguous`: values like 1,234 were read as thousands). `currency` is the column's one currency
 * (a `kr` beside DKK, SEK or NOK counts as that krone), `currencies` every currency seen, in order.
 */
export interface AmountColumnFormat {
  decimalSeparator: DecimalSeparator | undefined;
  source: "option" | "data" | "ambiguous" | "mixed" | "notNeeded";
  currency: Currency | undefined;
  currencies: Currency[];
}

const krone: ReadonlySet<Currency> = new Set<Currency>(["DKK", "SEK", "NOK"]);

/**
 * Reads one amount column: numbers as they are, text as AmountTextScanner reads it. The decimal separator
 * is decided from the whole column, like the day/month order of dates: the constructor scans the column
 * once; if some text can only have a decimal comma (12,50 · 1.234,56) and none only a decimal point, the
 * comma is the decimal separator and "." groups thousands, and vice versa. 1,234 and 1.234 are read by
 * that decision. If both kinds occur, each value is read by itself and 1,234-like values are reported as
 * `ambiguousAmount`. If the column never shows its decimal separator, 1,234-like values are read as
 * thousands (money rarely has three decimals) and a `decimalSeparatorAmbiguous` notice says so.
 * A `decimalSeparator` option replaces the decision and is applied strictly (12.50 is then unreadable
 * with ","). Currencies are collected while reading.
 * @example
 * const rows = [["Beløb"], ["1.234"], ["12,50 kr"]];
 * const reader = new AmountColumnReader(rows, { index: 0, header: "Beløb" }, 1, 1);
 * reader.read("1.234") // 1234 (the column has a decimal comma, so "." groups thousands)
 */
export class AmountColumnReader {
  private readonly scanner = new AmountTextScanner();
  private readonly decimal: DecimalSeparator | undefined;
  private readonly source: AmountColumnFormat["source"];
  private readonly examples: { decimalComma?: CellRef; decimalPoint?: CellRef; ambiguous?: CellRef } = {};
  private readonly currencies: Currency[] = [];
  private lastCurrency: Currency | undefined = undefined;

  /**
   * `firstDataIndex` is the index of the first data row in `rows`, `numbering` gives the row number the
   * user sees for each row; `decimalSeparator` overrides the column's own decision.
   */
  constructor(
    rows: readonly (readonly unknown[])[],
    private readonly column: ColumnRef,
    firstDataIndex: number,
    numbering: RowNumbering,
    decimalSeparator?: DecimalSeparator,
  ) {
    if (decimalSeparator) {
      this.decimal = decimalSeparator;
      this.source = "option";
      return;
    }
    this.scanColumn(rows, firstDataIndex, numbering);
    const { decimalComma, decimalPoint, ambiguous } = this.examples;
    if (decimalComma && decimalPoint) this.source = "mixed";
    else if (decimalComma || decimalPoint) this.source = "data";
    else this.source = ambiguous ? "ambiguous" : "notNeeded";
    this.decimal = this.source === "data" ? (decimalComma ? "," : ".") : undefined;
  }

  /** How the column was read; the currencies are complete once every cell has been read. */
  get format(): AmountColumnFormat {
    return {
      decimalSeparator: this.decimal,
      source: this.source,
      currency: this.singleCurrency(),
      currencies: this.currencies.slice(),
    };
  }

  /**
   * The amount in a cell, or NaN when it is blank or not an amount (see `problem` for why).
   * @example new AmountColumnReader([], { index: 0, header: undefined }, 0, 1).read("−12,50") // -12.5
   */
  read(cell: unknown): number {
    if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
    if (typeof cell !== "string") return NaN;
    const scanner = this.scanner;
    const kind = scanner.scan(cell);
    if (kind === "unreadable") return NaN;
    if (scanner.currency !== undefined && scanner.currency !== this.lastCurrency) this.noteCurrency(scanner.currency);
    if (this.decimal !== undefined) return scanner.value(this.decimal);
    if (kind === "decimalComma") return scanner.value(",");
    if (kind === "ambiguous") return this.source === "mixed" ? NaN : scanner.value(scanner.separator === "," ? "." : ",");
    return scanner.value(".");
  }

  /**
   * Why `read` gave NaN for a cell.
   * @example new AmountColumnReader([], { index: 0, header: undefined }, 0, 1).problem("") // "missingAmount"
   */
  problem(cell: unknown): RowProblemReason {
    if (isBlankCell(cell)) return "missingAmount";
    if (typeof cell === "string" && this.source === "mixed" && this.scanner.scan(cell) === "ambiguous") return "ambiguousAmount";
    return "unreadableAmount";
  }

  /** The notices about this column: an undecided or mixed decimal separator, mixed currencies. */
  notices(): ReadNotice[] {
    const { decimalComma, decimalPoint, ambiguous } = this.examples;
    const column = this.column;
    const notices: ReadNotice[] = [];
    if (this.source === "ambiguous" && ambiguous) notices.push({ code: "decimalSeparatorAmbiguous", column, example: ambiguous });
    if (this.source === "mixed" && decimalComma && decimalPoint) {
      notices.push({ code: "decimalSeparatorConflict", column, decimalComma, decimalPoint });
    }
    if (this.currencies.length > 1 && this.singleCurrency() === undefined) {
      notices.push({ code: "mixedCurrencies", column, currencies: this.currencies.slice() });
    }
    return notices;
  }

  private noteCurrency(currency: Currency): void {
    this.lastCurrency = currency;
    if (!this.currencies.includes(currency)) this.currencies.push(currency);
  }

  /** The one currency of the column: the only one seen, or a krone code seen beside "kr". */
  private singleCurrency(): Currency | undefined {
    const codes = this.currencies.filter((currency) => currency !== "kr");
    if (codes.length === 0) return this.currencies[0];
    if (codes.length > 1) return undefined;
    if (codes.length === this.currencies.length || krone.has(codes[0])) return codes[0];
    return undefined;
  }

  /** Finds the first text that shows each decimal separator, and the first 1,234-like text. */
  private scanColumn(rows: readonly (readonly unknown[])[], firstDataIndex: number, numbering: RowNumbering): void {
    const scanner = this.scanner;
    const examples = this.examples;
    const columnIndex = this.column.index;
    for (let rowIndex = firstDataIndex; rowIndex < rows.length; rowIndex += 1) {
      const cell = rows[rowIndex]?.[columnIndex];
      if (typeof cell !== "string") continue;
      const kind: AmountTextKind = scanner.scan(cell);
      if ((kind === "decimalComma" || kind === "decimalPoint" || kind === "ambiguous") && !examples[kind]) {
        examples[kind] = { row: rowNumberOf(numbering, rowIndex), value: cellText(cell) };
        if (examples.decimalComma && examples.decimalPoint) return;
      }
    }
  }
}
