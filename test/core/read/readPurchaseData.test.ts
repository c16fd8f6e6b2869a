import Papa from "papaparse";
import { renderReadNotice } from "../../../src/i18n/rowProblems";
import { daysFromCivil, isoDateText } from "../../../src/core/read/civilDate";
import { PurchaseDataError } from "../../../src/core/read/purchaseDataError";
import { type PurchaseData, readPurchaseData } from "../../../src/core/read/readPurchaseData";
import { simulateTransactionLog } from "../../../src/core/simulate/simulateTransactionLog";
import { readFixture } from "../../support/fixtures";

/** Rows of a comma-separated reference file (test/fixtures/README.md). */
function csvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Whitespace-delimited lines (CDNOW_sample.txt and CDNOW_master.txt's layout: leading space, CRLF). */
function whitespaceRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => line.trim().split(/\s+/));
}

/**
 * The CDNOW sample (cdnowElog.csv) written the way lifetimes' CDNOW_master.txt lays out the full cohort: a header
 * `customer_id date number_of_cds dollar_value`, a leading space, space-aligned columns, 5-digit zero-padded ids
 * and CRLF line endings.
 */
function cdnowInMasterLayout(): string {
  const lines = readFixture("cdnowElog.csv").trim().split(/\r?\n/).slice(1);
  const body = lines.map((line) => {
    const [, sampleId, date, cds, sales] = line.split(",");
    return ` ${sampleId.padStart(5, "0")} ${date} ${cds.padStart(2)} ${sales.padStart(7)}`;
  });
  return [" customer_id  date number_of_cds  dollar_value", ...body].join("\r\n") + "\r\n";
}

/**
 * A log like lifetimes' example_transactions.csv (`date,id`, timestamps `2014-03-08 00:00:00`, no amounts; that
 * file is itself simulated), from the seeded simulator: 5,000 customers first buying in 2014, log ending 2014-12-31.
 */
function simulatedDateIdLog() {
  const start = daysFromCivil(2014, 1, 1);
  const end = daysFromCivil(2014, 12, 31);
  const log = simulateTransactionLog(
    { bgnbd: { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, gammaGamma: { p: 6, q: 3.8, v: 15 } },
    { customers: 5000, seed: 2014, cohortStartDay: start, cohortDays: 365, endDay: end },
  );
  const lines = ["date,id"];
  for (let row = 0; row < log.length; row += 1) lines.push(`${isoDateText(log.day[row])} 00:00:00,${log.customer[row]}`);
  return { log, text: `${lines.join("\n")}\n` };
}

function transactions(data: PurchaseData) {
  if (data.layout !== "transactions") throw new Error("expected a transaction log");
  return data;
}

/** The sum of the log's amounts in whole cents, exact. */
function totalCents(data: PurchaseData): number {
  const { log } = transactions(data);
  let cents = 0;
  for (let row = 0; row < log.length; row += 1) cents += Math.round(log.amount[row] * 100);
  return cents;
}

function dayRange(data: PurchaseData): [number, number] {
  const { log } = transactions(data);
  const days = Array.from(log.day.subarray(0, log.length));
  return [Math.min(...days), Math.max(...days)];
}

describe("readPurchaseData on the CDNOW reference data", () => {
  it("reads cdnowElog.csv: 6,919 rows, 2,357 customers by sampleid, $244,091.94 (test/fixtures/README.md)", () => {
    const data = transactions(readPurchaseData(csvRows(readFixture("cdnowElog.csv"))));
    expect(data.columns.roles.customer).toMatchObject({ index: 1, header: "sampleid" });
    expect(data.columns.roles.date).toMatchObject({ index: 2, header: "date" });
    expect(data.columns.roles.amount).toMatchObject({ index: 4, header: "sales" });
    expect(data.columns.roles.quantity).toMatchObject({ index: 3, header: "cds" });
    expect(data.diagnostics.notices).toEqual([
      { code: "columnChoice", role: "customer", chosen: { index: 1, header: "sampleid" }, alternatives: [{ index: 0, header: "masterid" }] },
    ]);
    expect(data.diagnostics).toMatchObject({ rowsRead: 6919, rowsSkipped: 0, emptyRows: 0, problemCount: 0 });
    expect(data.log.customerIds).toHaveLength(2357);
    expect(data.log.customerIds[0]).toBe("1");
    expect(totalCents(data)).toBe(24_409_194);
    expect(dayRange(data)).toEqual([daysFromCivil(1997, 1, 1), daysFromCivil(1998, 6, 30)]);
    expect(Array.from(data.quantity?.subarray(0, 2) ?? [])).toEqual([2, 2]);
  });

  it("reads CDNOW in CDNOW_master.txt's layout: 6,919 rows, 2,357 customers, $244,091.94, 8 zero amounts (README)", () => {
    const data = transactions(readPurchaseData(whitespaceRows(cdnowInMasterLayout())));
    expect(data.columns.roles.customer).toMatchObject({ index: 0, header: "customer_id" });
    expect(data.columns.roles.amount).toMatchObject({ index: 3, header: "dollar_value" });
    expect(data.diagnostics).toMatchObject({ rowsRead: 6919, rowsSkipped: 0, emptyRows: 0, problemCount: 0 });
    expect(data.log.customerIds).toHaveLength(2357);
    expect(data.log.customerIds.slice(0, 2)).toEqual(["00001", "00002"]);
    expect(totalCents(data)).toBe(24_409_194);
    expect(Array.from(data.log.amount.subarray(0, data.log.length)).filter((amount) => amount === 0)).toHaveLength(8);
    expect(dayRange(data)).toEqual([daysFromCivil(1997, 1, 1), daysFromCivil(1998, 6, 30)]);
  });

  it("reads the headerless CDNOW_sample.txt by guessing its columns, and reports the guess", () => {
    const data = transactions(readPurchaseData(whitespaceRows(readFixture("CDNOW_sample.txt"))));
    expect(data.columns.hasHeader).toBe(false);
    expect(data.diagnostics.rowsRead).toBe(6919);
    expect(data.log.customerIds).toHaveLength(2357);
    expect(totalCents(data)).toBe(24_409_194);
    expect(data.diagnostics.notices.map((notice) => notice.code)).toEqual(["columnGuessed", "columnGuessed", "columnGuessed"]);
  });

  it("reads CDNOW_sample.txt with the columns given by index (lifetimes' names _id, id, date, cds_bought, spent)", () => {
    const data = transactions(readPurchaseData(whitespaceRows(readFixture("CDNOW_sample.txt")), { hasHeader: false, columns: { customer: 1, date: 2, quantity: 3, amount: 4 } }));
    expect(data.log.customerIds[0]).toBe("0001");
    expect(data.log.customerIds).toHaveLength(2357);
    expect(data.diagnostics.notices).toEqual([]);
  });

  it("reads a date,id log with timestamps and no amounts (example_transactions.csv's layout, simulated)", () => {
    const simulated = simulatedDateIdLog();
    const data = transactions(readPurchaseData(csvRows(simulated.text)));
    expect(data.diagnostics.rowsRead).toBe(simulated.log.length);
    expect(data.log.customerIds).toHaveLength(5000);
    expect(data.log.hasAmounts).toBe(false);
    const days = Array.from(simulated.log.day);
    expect(dayRange(data)).toEqual([Math.min(...days), Math.max(...days)]);
    expect(data.diagnostics.notices).toEqual([{ code: "noAmountColumn" }]);
  });
});

describe("readPurchaseData", () => {
  it("reads Excel values with a header, skipping and reporting what it cannot read", () => {
    const data = transactions(
      readPurchaseData([
        ["Kundenavn", "Købsdato", "Købsbeløb"],
        ["Anna", 45322, 500],
        ["Bo", "31-02-2024", "99,50 kr"],
        [null, null, null],
        ["Anna", "15-02-2024", "1.234,56 kr"],
      ]),
    );
    expect(data.log.length).toBe(2);
    expect(data.diagnostics).toMatchObject({ rowsRead: 2, rowsSkipped: 1, emptyRows: 1 });
    expect(data.diagnostics.problems).toEqual([{ row: 3, column: { index: 1, header: "Købsdato" }, reason: "invalidDate", value: "31-02-2024" }]);
    expect(data.dateFormat.order).toBe("dmy");
    expect(data.amountFormat).toMatchObject({ decimalSeparator: ",", currency: "kr" });
  });

  it("reads the typical per-customer export and puts the detection notices first", () => {
    const data = readPurchaseData([["Kundenavn", "Købsdato", "Købsbeløb", "Antal køb"], ["Anna", "31-01-2024", "1.500 kr", 3], ["Bo", "03/02/2024", "99,50", 1]]);
    if (data.layout !== "customerTable") throw new Error("expected a per-customer table");
    expect(data.table.customerIds).toEqual(["Anna", "Bo"]);
    expect(Array.from(data.table.revenue?.subarray(0, 2) ?? [])).toEqual([1500, 99.5]);
    expect(data.diagnostics.notices.map((notice) => notice.code)).toEqual(["dateAsLastPurchase", "amountAsTotal"]);
    // Anna's row both ways, so the user can tell a total from an amount per purchase: 1,500 in all, or 3 × 1,500.
    expect(data.diagnostics.notices[1]).toEqual({
      code: "amountAsTotal",
      column: { index: 2, header: "Købsbeløb" },
      example: { customer: "Anna", amount: 1500, purchases: 3 },
    });
    expect(renderReadNotice(data.diagnostics.notices[1], "da")).toBe(
      "Kolonne »Købsbeløb« er brugt som hver kundes samlede beløb: »Anna« har købt for 1.500 i alt, ikke 3 × 1.500 = 4.500. Hvis det er beløbet pr. køb, så vælg den som gennemsnitligt beløb.",
    );
    expect(renderReadNotice(data.diagnostics.notices[1], "sv").replace(/[\u00a0\u202f]/g, " ")).toMatch(/^Kolumn ”Købsbeløb” har använts som varje kunds totala belopp: ”Anna” har köpt för 1 500 totalt, inte 3 × 1 500 = 4 500\./);
  });

  it("reports numbers in a day-month-year column that are no dates (2024, 12, 3) instead of reading 1905 or 1900", () => {
    const data = transactions(
      readPurchaseData([
        ["Kunde", "Købsdato", "Beløb"],
        ["Anna", "31-01-2024", 500],
        ["Bo", 2024, 100],
        ["Cleo", "15-02-2024", 80],
        ["Dan", 12, 90],
        ["Eva", 3, 70],
      ]),
    );
    expect(data.log.customerIds).toEqual(["Anna", "Cleo"]);
    expect(data.diagnostics.problems.map(({ row, reason, value }) => [row, reason, value])).toEqual([
      [3, "implausibleDate", "2024"],
      [5, "implausibleDate", "12"],
      [6, "implausibleDate", "3"],
    ]);
  });

  it("names implausible amounts (10^15 for an order of about 100) with their row and customer, counting them all", () => {
    const rows: unknown[][] = [["Kunde", "Dato", "Beløb"]];
    for (let i = 0; i < 30; i += 1) rows.push([`K${i}`, "2024-01-05", 80 + i]);
    rows.push(["K30", "2024-02-01", "1000000000000000"], ["K30", "2024-03-01", 1e15]);
    const data = transactions(readPurchaseData(rows));
    expect(data.diagnostics.notices).toContainEqual({
      code: "implausibleAmounts",
      column: { index: 2, header: "Beløb" },
      rows: 2,
      typical: 95.5, // the median of 80 … 109, 10^15, 10^15: (95 + 96) / 2
      example: { row: 32, value: "1000000000000000" },
      customer: "K30",
    });
    expect(data.log.length).toBe(32);
  });

  it("names an implausible average in a per-customer table", () => {
    const rows: unknown[][] = [["Kunde", "Antal køb", "Samlet beløb", "Første køb", "Seneste køb"]];
    for (let i = 0; i < 9; i += 1) rows.push([`K${i}`, 2, 200, "2024-01-05", "2024-02-05"]);
    rows.push(["Stor", 2, 2e9, "2024-01-05", "2024-02-05"]);
    const data = readPurchaseData(rows);
    expect(data.diagnostics.notices).toContainEqual(expect.objectContaining({ code: "implausibleAmounts", rows: 1, typical: 100, example: { row: 11, value: "2000000000" }, customer: "Stor" }));
  });

  it("throws PurchaseDataError only for data it cannot read at all", () => {
    expect(() => readPurchaseData([])).toThrow(PurchaseDataError);
    expect(() => readPurchaseData([["Kunde", "Beløb"], ["A", 5]])).toThrow(PurchaseDataError);
  });
});
