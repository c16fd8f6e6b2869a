import fc from "fast-check";
import { daysFromCivil } from "../../../src/core/read/civilDate";
import { type TransactionColumns, readTransactions } from "../../../src/core/read/readTransactions";

const columns: TransactionColumns = {
  customer: { index: 0, header: "Kunde" },
  date: { index: 1, header: "Købsdato" },
  amount: { index: 2, header: "Beløb" },
};
const header = ["Kunde", "Købsdato", "Beløb"];

function read(rows: unknown[][], options = {}) {
  return readTransactions([header, ...rows], columns, 1, options);
}

describe("readTransactions", () => {
  it("reads Excel values and text into a column-wise log", () => {
    const result = read([
      ["A1", 45322, 500],
      [17, "2024-02-01", "1.234,56 kr."],
      ["A1", "01.02.2024", "-12,50"],
      [17, "20240202", 0],
    ]);
    const { log } = result;
    expect(log.length).toBe(4);
    expect(log.customerIds).toEqual(["A1", "17"]);
    expect(Array.from(log.customer.subarray(0, 4))).toEqual([0, 1, 0, 1]);
    expect(Array.from(log.day.subarray(0, 4))).toEqual([daysFromCivil(2024, 1, 31), daysFromCivil(2024, 2, 1), daysFromCivil(2024, 2, 1), daysFromCivil(2024, 2, 2)]);
    expect(Array.from(log.amount.subarray(0, 4))).toEqual([500, 1234.56, -12.5, 0]);
    expect(log.hasAmounts).toBe(true);
    expect(result.diagnostics).toMatchObject({ rowsRead: 4, rowsSkipped: 0, emptyRows: 0, problemCount: 0, problems: [] });
    expect(result.amountFormat?.decimalSeparator).toBe(",");
  });

  it("keeps customer ids as trimmed text: 00012 stays 00012, the number 12 is 12", () => {
    const { log } = read([["00012", 45322, 1], [12, 45322, 1], [" 00012 ", 45323, 1], ["12", 45323, 1]]);
    expect(log.customerIds).toEqual(["00012", "12"]);
    expect(Array.from(log.customer.subarray(0, 4))).toEqual([0, 1, 0, 1]);
  });

  it("skips and reports each unreadable cell with its row (the header is row 1) and column", () => {
    const result = read([
      ["A", 45322, 5],
      ["B", "31-02-2024", 5],
      ["", 45322, 5],
      ["C", "2024-01-31", "abc"],
      [true, "soon", ""],
    ]);
    expect(result.log.length).toBe(1);
    expect(result.diagnostics).toMatchObject({ rowsRead: 1, rowsSkipped: 4, emptyRows: 0, problemCount: 6 });
    expect(result.diagnostics.problems).toEqual([
      { row: 3, column: columns.date, reason: "invalidDate", value: "31-02-2024" },
      { row: 4, column: columns.customer, reason: "missingCustomer", value: "" },
      { row: 5, column: columns.amount, reason: "unreadableAmount", value: "abc" },
      { row: 6, column: columns.customer, reason: "invalidCustomer", value: "TRUE" },
      { row: 6, column: columns.date, reason: "unreadableDate", value: "soon" },
      { row: 6, column: columns.amount, reason: "missingAmount", value: "" },
    ]);
    expect(result.diagnostics.problemCounts).toEqual({ invalidDate: 1, missingCustomer: 1, unreadableAmount: 1, invalidCustomer: 1, unreadableDate: 1, missingAmount: 1 });
  });

  it("counts blank rows (null, empty text or 0, as Excel gives them) as empty, not as errors", () => {
    const result = read([["A", 45322, 5], [null, null, null], ["", "", ""], [0, 0, 0], [], ["B", 45322, 5]]);
    expect(result.diagnostics).toMatchObject({ rowsRead: 2, rowsSkipped: 0, emptyRows: 4, problemCount: 0 });
  });

  it("keeps zero and negative amounts (returns are netted later)", () => {
    const { log } = read([["A", 45322, 0], ["A", 45322, -5], ["A", 45322, "(5.00)"]]);
    expect(Array.from(log.amount.subarray(0, 3))).toEqual([0, -5, -5]);
  });

  it("numbers rows from the caller's first row number", () => {
    const result = read([["A", "x", 5]], { firstRowNumber: 10 });
    expect(result.diagnostics.problems[0].row).toBe(11);
  });

  it("numbers rows by the caller's row numbers (a file's lines), in problems and in notices' examples", () => {
    // Lines 1 (header), 2, 5, 6, 9: blank lines and a line break inside quotes set the lines apart from the rows.
    const result = read([["A", "03/04/2024", 5], ["B", "03/04/2024", "abc"], ["C", "03/05/2024", 5], ["D", "05/03/2024", 5]], { rowNumbers: [1, 2, 5, 6, 9] });
    expect(result.diagnostics.problems).toEqual([{ row: 5, column: columns.amount, reason: "unreadableAmount", value: "abc" }]);
    expect(result.diagnostics.notices).toContainEqual(expect.objectContaining({ code: "dateOrderAmbiguous", example: { row: 2, value: "03/04/2024" } }));
  });

  it("skips and reports rows the caller rejected (a file line with extra fields), never reading them shifted", () => {
    const extra = { index: 3, header: undefined };
    const rejectedRows = new Map([[2, { column: extra, reason: "extraFields" as const, value: "56" }]]);
    const result = read([["A", "2024-01-31", 5], ["B", "2024-02-01", "1234", "56"], ["C", "2024-02-02", 7]], { rejectedRows });
    expect(result.log.customerIds).toEqual(["A", "C"]);
    expect(result.diagnostics).toMatchObject({ rowsRead: 2, rowsSkipped: 1, emptyRows: 0 });
    expect(result.diagnostics.problems).toEqual([{ row: 3, column: extra, reason: "extraFields", value: "56" }]);
  });

  it("names a repeated header row as such (two exports pasted together), in any case and spacing", () => {
    const result = read([["A", "2024-01-31", 5], [" kunde ", "KØBSDATO", "Beløb"], ["C", "2024-02-02", 7], ["Kunde", "Dato", "Beløb"]]);
    expect(result.log.customerIds).toEqual(["A", "C"]);
    expect(result.diagnostics.problems.map(({ row, reason }) => [row, reason])).toEqual([
      [3, "repeatedHeader"],
      [5, "unreadableDate"], // "Dato" is not this file's header ("Købsdato"): a row of text, not a repeat
      [5, "unreadableAmount"],
    ]);
  });

  it("lists at most maxProblems problems and counts them all", () => {
    const rows = Array.from({ length: 50 }, () => ["A", "x", 5]);
    const result = read(rows, { maxProblems: 10 });
    expect(result.diagnostics.problems).toHaveLength(10);
    expect(result.diagnostics.problemCount).toBe(50);
    expect(result.diagnostics.rowsSkipped).toBe(50);
  });

  it("reads a log without amounts (amount NaN, hasAmounts false)", () => {
    const result = readTransactions([["date", "id"], ["2014-03-08 00:00:00", "0"]], { customer: { index: 1, header: "id" }, date: { index: 0, header: "date" } }, 1);
    expect(result.log.hasAmounts).toBe(false);
    expect(result.log.amount[0]).toBeNaN();
    expect(result.amountFormat).toBeUndefined();
  });

  it("reads the optional quantity and order number beside the log, keeping rows whose quantity is unreadable", () => {
    const result = readTransactions(
      [["Kunde", "Dato", "Beløb", "Antal", "Ordre"], ["A", 45322, 5, 2, "o-1"], ["B", 45322, 5, "two", ""], ["C", 45322, 5, null, 7]],
      { ...columns, quantity: { index: 3, header: "Antal" }, orderId: { index: 4, header: "Ordre" } },
      1,
    );
    expect(result.log.length).toBe(3);
    expect(Array.from(result.quantity ?? [])).toEqual([2, NaN, NaN]);
    expect(result.orderIds).toEqual(["o-1", "", "7"]);
    expect(result.diagnostics.problems).toEqual([{ row: 3, column: { index: 3, header: "Antal" }, reason: "unreadableQuantity", value: "two" }]);
    expect(result.diagnostics.rowsSkipped).toBe(0);
  });

  it("passes the date order, date system and decimal separator to the column readers", () => {
    const result = read([["A", "03/04/2024", "1,234"]], { dateOrder: "mdy", dateSystem: "1904", decimalSeparator: "," });
    expect(result.log.day[0]).toBe(daysFromCivil(2024, 3, 4));
    expect(result.log.amount[0]).toBe(1.234);
    expect(result.dateFormat.dateSystem).toBe("1904");
    expect(result.diagnostics.notices).toEqual([]);
  });

  it("passes the columns' notices on", () => {
    const result = read([["A", "03/04/2024", "1,234"]]);
    expect(result.diagnostics.notices.map((notice) => notice.code)).toEqual(["dateOrderAmbiguous", "decimalSeparatorAmbiguous"]);
  });

  it("names customers with only returns, the first with its row, and their total", () => {
    const rows = [
      ["A", "2024-01-05", 100],
      ["A", "2024-02-05", 100],
      ["B", "2024-01-10", 50],
      ["C", "2024-03-01", -80],
      ["D", "2024-01-01", 60],
      ["D", "2024-01-01", -60],
      ["E", "2024-01-02", -5],
      ["E", "2024-01-03", 5],
    ];
    const notices = read(rows).diagnostics.notices;
    expect(notices).toEqual([{ code: "returnsWithoutPurchase", column: columns.amount, customers: 2, total: -80, example: { row: 5, value: "-80" }, customer: "C" }]);
    expect(read(rows.slice(0, 3)).diagnostics.notices).toEqual([]);
  });

  it("names a huge return as implausible, like a huge purchase", () => {
    const rows = Array.from({ length: 20 }, (_, index) => [`K${index}`, "2024-01-05", 100 + index]);
    const notice = read([...rows, ["K3", "2024-02-05", -1e15]]).diagnostics.notices.find((candidate) => candidate.code === "implausibleAmounts");
    expect(notice).toMatchObject({ rows: 1, example: { row: 22, value: "-1000000000000000" }, customer: "K3" });
  });

  it("names an Excel error value by its name, whichever column it is in", () => {
    const result = read([[{ code: "#N/A", message: "" }, "2024-01-05", 5], ["B", new Error("#DIV/0!"), 5], ["C", "2024-01-05", { type: "Error", basicValue: "#VALUE!" }], ["D", "2024-01-05", "#REF!"]]);
    expect(result.diagnostics.problems).toEqual([
      { row: 2, column: columns.customer, reason: "errorValue", value: "#N/A" },
      { row: 3, column: columns.date, reason: "errorValue", value: "#DIV/0!" },
      { row: 4, column: columns.amount, reason: "errorValue", value: "#VALUE!" },
      { row: 5, column: columns.amount, reason: "errorValue", value: "#REF!" },
    ]);
  });

  it("says a date of 0 is 0 whether it is a number or text, and shows a trailing minus for what it is", () => {
    const result = read([["A", 0, 5], ["B", "0", 5], ["C", "2024-01-05", "100-"], ["D", "2024-01-05", "1.234,50 kr -"], ["E", "2024-01-05", "10-20"]]);
    expect(result.diagnostics.problems.map(({ row, reason }) => [row, reason])).toEqual([
      [2, "zeroDate"],
      [3, "zeroDate"],
      [4, "trailingMinus"],
      [5, "trailingMinus"],
      [6, "unreadableAmount"],
    ]);
  });

  it("takes a first row of text without digits in data without a header for a header, as one problem", () => {
    const rows = [["Kunde", "Dato", "Beløb"], ["A", "2024-01-05", 5], ["B", 45300, 7]];
    const result = readTransactions(rows, columns, 0);
    expect(result.log.length).toBe(2);
    expect(result.diagnostics.problems).toEqual([{ row: 1, column: columns.date, reason: "headerRow", value: "Dato" }]);
    expect(readTransactions([["A", "next week", 5], ...rows.slice(1)], columns, 0).diagnostics.problems[0].reason).toBe("unreadableDate");
    expect(readTransactions([["A", "soon", "n/a"], ...rows.slice(1)], columns, 1).diagnostics.problems.map((problem) => problem.reason)).not.toContain("headerRow");
  });
});

/** Rows of a small log in Excel values or text. */
const logRow = fc.tuple(
  fc.constantFrom("A", "B", "C", "00012", 12, 7),
  fc.integer({ min: daysFromCivil(2000, 1, 1), max: daysFromCivil(2030, 12, 31) }),
  fc.integer({ min: -100_000, max: 1_000_000 }),
  fc.boolean(),
);

function toCells([customer, day, cents, asText]: [string | number, number, number, boolean]): unknown[] {
  const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
  return asText ? [customer, date, (cents / 100).toFixed(2)] : [customer, day + 25569, cents / 100];
}

function triples(rows: unknown[][]): string[] {
  const { log } = read(rows);
  return Array.from({ length: log.length }, (_, row) => `${log.customerIds[log.customer[row]]}|${log.day[row]}|${log.amount[row]}`).sort();
}

describe("readTransactions (properties)", () => {
  it("reads the same (customer, day, amount) triples whatever the order of the rows", () => {
    fc.assert(
      fc.property(
        fc.array(logRow, { minLength: 1, maxLength: 40 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          expect(triples(shuffled.map(toCells))).toEqual(triples(rows.map(toCells)));
        },
      ),
    );
  });

  it("never throws on garbage: every data row is read, skipped with a reported problem, or empty", () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(""), fc.constant(0), fc.anything());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 30 }), (rows) => {
        const result = read(rows);
        const { rowsRead, rowsSkipped, emptyRows, problemCount } = result.diagnostics;
        expect(rowsRead + rowsSkipped + emptyRows).toBe(rows.length);
        expect(rowsRead).toBe(result.log.length);
        expect(problemCount).toBeGreaterThanOrEqual(rowsSkipped);
        for (let row = 0; row < result.log.length; row += 1) {
          expect(Number.isInteger(result.log.day[row])).toBe(true);
          expect(Number.isFinite(result.log.amount[row])).toBe(true);
        }
      }),
    );
  });
});
