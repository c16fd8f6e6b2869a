import { splitDelimitedText } from "../core/read/delimitedText";
import { dayToExcelSerial } from "../core/read/excelSerial";
import { benchmarkScenario } from "../core/simulate/benchmarkScenario";
import { simulateTransactionLog } from "../core/simulate/simulateTransactionLog";

/** A cell as the in-page workbook holds it: text, a number, or a boolean; "" is an empty cell. */
export type SeedCell = string | number | boolean;

/** The demo workbook's purchase data: the sheet's rows and the number formats of its columns (by 0-based index). */
export interface SeedData {
  sheet: string;
  rows: SeedCell[][];
  columnFormats: Record<number, string>;
  /** Where the data comes from, as the demo page says it ("simulated" data is labelled as such). */
  source: { kind: "file"; name: string } | { kind: "simulated"; customers: number; seed: number };
}

/** The sheet the purchase data is put on. */
export const PURCHASES_SHEET = "Purchases";

/** A plain decimal number as Excel reads it when it opens a CSV in an English locale ("29.33", "-4", "19970101"). */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A CSV file's cells as Excel holds them after opening it in English: plain numbers become numbers ("19970101"
 * too), everything else stays text ("1.234,50"). Split as the command line splits (src/core/read/delimitedText).
 * @example csvCells("id,amount\nA,29.33") // [["id", "amount"], ["A", 29.33]]
 */
export function csvCells(text: string): SeedCell[][] {
  return splitDelimitedText(text).rows.map((row) => row.map((cell) => (PLAIN_NUMBER.test(cell.trim()) ? Number(cell) : cell)));
}

/**
 * The demo's data from a CSV file's text (e.g. test/fixtures/cdnowElog.csv).
 * @example seedFromCsv("id,date,sales\n1,19970101,29.33", "cdnowElog.csv").rows[1] // [1, 19970101, 29.33]
 */
export function seedFromCsv(text: string, fileName: string): SeedData {
  return { sheet: PURCHASES_SHEET, rows: csvCells(text), columnFormats: {}, source: { kind: "file", name: fileName } };
}

/** Excel's date format for the simulated dates. */
const DATE_FORMAT = "yyyy-mm-dd";

/**
 * A simulated purchase log for when the CDNOW sample is not there: one row per purchase (customer, Excel date,
 * amount) of the benchmark's CDNOW-like scenario; the same for the same seed.
 * @example simulatedSeed(300, 7).rows[0] // ["Customer", "Date", "Amount"]
 */
export function simulatedSeed(customers: number, seed: number): SeedData {
  const { parameters, options } = benchmarkScenario(customers, seed);
  const log = simulateTransactionLog(parameters, options);
  const rows: SeedCell[][] = [["Customer", "Date", "Amount"]];
  for (let i = 0; i < log.length; i += 1) {
    rows.push([log.customerIds[log.customer[i]], dayToExcelSerial(log.day[i]), log.amount[i]]);
  }
  return { sheet: PURCHASES_SHEET, rows, columnFormats: { 1: DATE_FORMAT }, source: { kind: "simulated", customers, seed } };
}
