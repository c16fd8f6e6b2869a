/**
 * The plain-CSV fast path (readPlainCsvLog) against the cell-by-cell reader (readPurchaseFileByCells) on the same
 * bytes. Property that must hold: for every file the fast path takes, the result is the same object — log, ids in
 * first-seen order, days, amounts to the last bit, formats, notices with their example cells and line numbers; every
 * other file it leaves to the cell reader (undefined).
 */
import { readPlainCsvLog } from "../../../src/core/read/plainCsvLog";
import { readPurchaseFile, readPurchaseFileByCells } from "../../../src/core/read/purchaseFile";
import type { ReadPurchaseDataOptions } from "../../../src/core/read/readPurchaseData";
import { isoDateText } from "../../../src/core/read/civilDate";
import { benchmarkScenario } from "../../../src/core/simulate/benchmarkScenario";
import { simulateTransactionLog } from "../../../src/core/simulate/simulateTransactionLog";
import { readFixture } from "../../support/fixtures";

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

function expectSameAsCells(text: string, options: ReadPurchaseDataOptions = {}): void {
  const fast = readPlainCsvLog(bytesOf(text), options);
  expect(fast).toBeDefined();
  expect(fast).toEqual(readPurchaseFileByCells(bytesOf(text), options));
}

/** CDNOW's log (cdnowElog.csv) as an export would write it: sampleid, ISO date, sales. */
function cdnowIsoCsv(lineEnd = "\n"): string {
  const lines = readFixture("cdnowElog.csv").trim().split(/\r?\n/).slice(1);
  const iso = (compact: string) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
  return ["sampleid,date,sales", ...lines.map((line) => {
    const [, sampleid, date, , sales] = line.split(",");
    return `${sampleid},${iso(date)},${sales}`;
  })].join(lineEnd) + lineEnd;
}

describe("readPlainCsvLog gives the cell reader's result", () => {
  it("on CDNOW written with ISO dates (6,919 rows, 2,357 customers), with LF and with CRLF line ends", () => {
    expectSameAsCells(cdnowIsoCsv());
    expectSameAsCells(cdnowIsoCsv("\r\n"));
    const { data } = readPurchaseFile(bytesOf(cdnowIsoCsv()));
    expect(data.layout === "transactions" && data.log.customerIds).toHaveLength(2357);
  });

  it("on a simulated log of 20,000 customers as the benchmark writes it", () => {
    const { parameters, options } = benchmarkScenario(20_000);
    const log = simulateTransactionLog(parameters, options);
    const lines = ["customer,date,amount"];
    for (let row = 0; row < log.length; row += 1) lines.push(`${log.customerIds[log.customer[row]]},${isoDateText(log.day[row])},${log.amount[row]}`);
    expectSameAsCells(lines.join("\n"));
  });

  it.each([
    ["semicolons", "Kunde;Dato;Beløb\nA;2024-01-05;12.5\nB;2024-02-01;7\nA;2024-03-01;-2.25\n"],
    ["tabs", "Kunde\tDato\tBeløb\nA\t2024-01-05\t12.5\nB\t2024-02-01\t7\n"],
    ["pipes", "customer|date|amount\nA|2024-01-05|12.5\nB|2024-02-01|7\n"],
    ["no line break at the end", "customer,date,amount\nA,2024-01-05,12.5\nB,2024-02-01,7"],
    ["whole amounts only (the separator not needed)", "customer,date,amount\nA,2024-01-05,12\nB,2024-02-01,700\n"],
    ["1.234 beside 12.50 (the point decides: 1.234)", "customer,date,amount\nA,2024-01-05,1.234\nB,2024-02-01,12.50\n"],
    ["0.125 (three decimals after a 0: a decimal point)", "customer,date,amount\nA,2024-01-05,0.125\nB,2024-02-01,3\n"],
    ["returns only for one customer (a notice with its example)", "customer,date,amount\nA,2024-01-05,100\nB,2024-01-06,-40\nB,2024-01-07,-10\n"],
    ["an implausible amount (a notice with its cell)", `customer,date,amount\n${Array.from({ length: 30 }, (_, i) => `C${i},2024-01-${String((i % 28) + 1).padStart(2, "0")},${20 + i}`).join("\n")}\nX,2024-02-01,99999999\n`],
    ["ids in Danish and Swedish letters", "Kunde,Dato,Beløb\nSøren Ærø,2024-01-05,12.5\nÅsa Öberg,2024-02-01,7\nSøren Ærø,2024-03-01,3\n"],
    ["no amount column", "customer,date\nA,2024-01-05\nB,2024-02-01\nA,2024-03-01\n"],
    ["a column that is not read", "customer,date,amount,note\nA,2024-01-05,12.5,x\nB,2024-02-01,7,\n"],
    ["-0 and 15 digits", "customer,date,amount\nA,2024-01-05,-0\nB,2024-02-01,123456789012.345\n"],
  ])("with %s", (name, text) => {
    expectSameAsCells(text);
    // The cases named for a notice do carry one (so the comparison covers the notices' example cells).
    if (name.includes("notice")) expect(readPlainCsvLog(bytesOf(text))?.data.diagnostics.notices.length).toBeGreaterThan(0);
  });

  it("with the caller's date order and column choices", () => {
    const text = "who,when,paid\nA,2024-01-05,12.5\nB,2024-02-01,7\n";
    expectSameAsCells(text, { dateOrder: "mdy", columns: { customer: 0, date: 1, amount: 2 } });
  });
});

describe("readPlainCsvLog leaves every other file to the cell reader", () => {
  it.each([
    ["a quote", 'customer,date,amount\n"A",2024-01-05,12.5\n'],
    ["a byte-order mark", "\uFEFFcustomer,date,amount\nA,2024-01-05,12.5\n"],
    ["Danish dates", "Kunde;Dato;Beløb\nA;05-01-2024;12,50\n"],
    ["a decimal comma", "Kunde;Dato;Beløb\nA;2024-01-05;12,50\n"],
    ["a currency", "customer,date,amount\nA,2024-01-05,12.50 kr\n"],
    ["1.234 with no other decimal (read as thousands)", "customer,date,amount\nA,2024-01-05,1.234\nB,2024-02-01,7\n"],
    ["16 digits", "customer,date,amount\nA,2024-01-05,1234567890123456\n"],
    ["a blank line inside", "customer,date,amount\nA,2024-01-05,12.5\n\nB,2024-02-01,7\n"],
    ["a missing amount", "customer,date,amount\nA,2024-01-05,\n"],
    ["a blank customer", "customer,date,amount\n,2024-01-05,1\n"],
    ["an id with a space at its end", "customer,date,amount\nA ,2024-01-05,1\n"],
    ["a date that is no day", "customer,date,amount\nA,2024-02-30,1\n"],
    ["a time after the date", "customer,date,amount\nA,2024-02-03 10:00,1\n"],
    ["a line with a field too many", "customer,date,amount\nA,2024-01-05,1,2\n"],
    ["a quantity column (read per row)", "customer,date,quantity,amount\nA,2024-01-05,2,12.5\n"],
    ["a title above the header", "Sales 2024\ncustomer,date,amount\nA,2024-01-05,1\n"],
    ["a sep= line", "sep=;\ncustomer;date;amount\nA;2024-01-05;1\n"],
    ["a lone CR", "customer,date,amount\rA,2024-01-05,1\r"],
    ["invalid UTF-8", "customer,date,amount\n"],
  ])("with %s", (name, text) => {
    const bytes = name === "invalid UTF-8" ? Uint8Array.from([...bytesOf(text), 0x41, 0xe6, 0x2c, ...bytesOf("2024-01-05,1\n")]) : bytesOf(text);
    expect(readPlainCsvLog(bytes)).toBeUndefined();
    // readPurchaseFile still reads it, cell by cell.
    expect(readPurchaseFile(bytes)).toEqual(readPurchaseFileByCells(bytes));
  });
});

describe("readPlainCsvLog on bytes the cell reader decodes differently", () => {
  const manyLines = (count: number): string => Array.from({ length: count }, (_, i) => `C${i},2024-01-${String((i % 28) + 1).padStart(2, "0")},${i + 1},x`).join("\n");

  it.each([
    ["an id that starts with a byte-order mark (the cell reader trims it)", bytesOf("customer,date,amount\n\uFEFFA,2024-01-01,1\nA,2024-01-02,2\n")],
    ["a byte that is not UTF-8 after the first 1,000 lines, in a column not read (the file is then windows-1252)", Uint8Array.from([...bytesOf(`customer,date,amount,note\n${manyLines(1200)}\nSøren,2024-02-01,5,`), 0xf8, 0x0a])],
    ["Nordic letters in a column not read", bytesOf(`customer,date,amount,note\n${manyLines(3)}\nA,2024-02-01,5,bør\n`)],
    ["a NUL byte (a UTF-16 file without a byte-order mark)", Uint8Array.from([...bytesOf("customer,date,amount,note\nA,2024-01-01,1,"), 0, 0x0a])],
  ])("leaves %s to the cell reader", (_, bytes) => {
    expect(readPlainCsvLog(bytes)).toBeUndefined();
    expect(readPurchaseFile(bytes)).toEqual(readPurchaseFileByCells(bytes));
  });

  it("reads the cell reader's windows-1252 for the file with the stray byte (the id Søren stays as the cell reader reads it)", () => {
    const bytes = Uint8Array.from([...bytesOf(`customer,date,amount,note\n${manyLines(1200)}\nSøren,2024-02-01,5,`), 0xf8, 0x0a]);
    expect(readPurchaseFile(bytes).encoding).toBe("windows-1252");
  });
});
