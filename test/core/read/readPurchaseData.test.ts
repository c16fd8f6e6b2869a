import fs from "fs";
import path from "path";
import Papa from "papaparse";
import { daysFromCivil } from "../../../src/core/read/civilDate";
import { PurchaseDataError } from "../../../src/core/read/purchaseDataError";
import { type PurchaseData, readPurchaseData } from "../../../src/core/read/readPurchaseData";

/** Reference data, see ../shared/data/README.md. */
const dataDirectory = path.resolve(__dirname, "../../../../shared/data");

function csvRows(file: string): string[][] {
  const parsed = Papa.parse<string[]>(fs.readFileSync(path.join(dataDirectory, file), "utf8"), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Whitespace-delimited lines (CDNOW_master.txt, CDNOW_sample.txt: leading space, CRLF). */
function whitespaceRows(file: string): string[][] {
  return fs
    .readFileSync(path.join(dataDirectory, file), "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => line.trim().split(/\s+/));
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
  it("reads cdnowElog.csv: 6,919 rows, 2,357 customers by sampleid, $244,091.94 (README)", () => {
    const data = transactions(readPurchaseData(csvRows("cdnowElog.csv")));
    expect(data.columns.roles.customer).toMatchObject({ index: 1, header: "sampleid" });
    expect(data.columns.roles.date).toMatchObject({ index: 2, header: "date" });
    expect(data.columns.roles.amount).toMatchObject({ index: 4, header: "sales" });
    expect(data.columns.roles.quantity).toMatchObject({ index: 3, header: "cds" });
    expect(data.report.notices).toEqual([
      { code: "columnChoice", role: "customer", chosen: { index: 1, header: "sampleid" }, alternatives: [{ index: 0, header: "masterid" }] },
    ]);
    expect(data.report).toMatchObject({ rowsRead: 6919, rowsSkipped: 0, emptyRows: 0, problemCount: 0 });
    expect(data.log.customerIds).toHaveLength(2357);
    expect(data.log.customerIds[0]).toBe("1");
    expect(totalCents(data)).toBe(24_409_194);
    expect(dayRange(data)).toEqual([daysFromCivil(1997, 1, 1), daysFromCivil(1998, 6, 30)]);
    expect(Array.from(data.quantity?.subarray(0, 2) ?? [])).toEqual([2, 2]);
  });

  it("reads CDNOW_master.txt: 69,659 rows, 23,570 customers, $2,500,315.63, 80 zero amounts (README)", () => {
    const data = transactions(readPurchaseData(whitespaceRows("CDNOW_master.txt")));
    expect(data.columns.roles.customer).toMatchObject({ index: 0, header: "customer_id" });
    expect(data.report).toMatchObject({ rowsRead: 69659, rowsSkipped: 0, emptyRows: 0, problemCount: 0 });
    expect(data.log.customerIds).toHaveLength(23570);
    expect(data.log.customerIds.slice(0, 2)).toEqual(["00001", "00002"]);
    expect(totalCents(data)).toBe(250_031_563);
    expect(Array.from(data.log.amount.subarray(0, data.log.length)).filter((amount) => amount === 0)).toHaveLength(80);
    expect(dayRange(data)).toEqual([daysFromCivil(1997, 1, 1), daysFromCivil(1998, 6, 30)]);
  });

  it("reads the headerless CDNOW_sample.txt by guessing its columns, and reports the guess", () => {
    const data = transactions(readPurchaseData(whitespaceRows("CDNOW_sample.txt")));
    expect(data.columns.hasHeader).toBe(false);
    expect(data.report.rowsRead).toBe(6919);
    expect(data.log.customerIds).toHaveLength(2357);
    expect(totalCents(data)).toBe(24_409_194);
    expect(data.report.notices.map((notice) => notice.code)).toEqual(["columnGuessed", "columnGuessed", "columnGuessed"]);
  });

  it("reads CDNOW_sample.txt with the columns given by index (lifetimes' names _id, id, date, cds_bought, spent)", () => {
    const data = transactions(readPurchaseData(whitespaceRows("CDNOW_sample.txt"), { hasHeader: false, columns: { customer: 1, date: 2, quantity: 3, amount: 4 } }));
    expect(data.log.customerIds[0]).toBe("0001");
    expect(data.log.customerIds).toHaveLength(2357);
    expect(data.report.notices).toEqual([]);
  });

  it("reads example_transactions.csv (date,id; no amounts): 15,273 rows, 5,000 ids, 2014 (README)", () => {
    const data = transactions(readPurchaseData(csvRows("example_transactions.csv")));
    expect(data.report.rowsRead).toBe(15273);
    expect(data.log.customerIds).toHaveLength(5000);
    expect(data.log.hasAmounts).toBe(false);
    expect(dayRange(data)).toEqual([daysFromCivil(2014, 1, 1), daysFromCivil(2014, 12, 31)]);
    expect(data.report.notices).toEqual([{ code: "noAmountColumn" }]);
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
    expect(data.report).toMatchObject({ rowsRead: 2, rowsSkipped: 1, emptyRows: 1 });
    expect(data.report.problems).toEqual([{ row: 3, column: { index: 1, header: "Købsdato" }, reason: "invalidDate", value: "31-02-2024" }]);
    expect(data.dateFormat.order).toBe("dmy");
    expect(data.amountFormat).toMatchObject({ decimalSeparator: ",", currency: "kr" });
  });

  it("reads the brief's per-customer table and puts the detection notices first", () => {
    const data = readPurchaseData([["Kundenavn", "Købsdato", "Købsbeløb", "Antal køb"], ["Anna", "31-01-2024", "1.500 kr", 3], ["Bo", "03/02/2024", "99,50", 1]]);
    if (data.layout !== "customerTable") throw new Error("expected a per-customer table");
    expect(data.table.customerIds).toEqual(["Anna", "Bo"]);
    expect(Array.from(data.table.revenue?.subarray(0, 2) ?? [])).toEqual([1500, 99.5]);
    expect(data.report.notices.map((notice) => notice.code)).toEqual(["dateAsLastPurchase", "amountAsTotal"]);
  });

  it("throws PurchaseDataError only for data it cannot read at all", () => {
    expect(() => readPurchaseData([])).toThrow(PurchaseDataError);
    expect(() => readPurchaseData([["Kunde", "Beløb"], ["A", 5]])).toThrow(PurchaseDataError);
  });
});
