import { daysFromCivil } from "../../../src/core/read/civilDate";
import { type CustomerTableColumns, readCustomerTable } from "../../../src/core/read/customerTable";

const ref = (index: number, header: string) => ({ index, header });

describe("readCustomerTable", () => {
  const columns: CustomerTableColumns = {
    customer: ref(0, "Kunde"),
    purchases: ref(1, "Antal køb"),
    totalAmount: ref(2, "Samlet beløb"),
    firstPurchase: ref(3, "Første køb"),
    lastPurchase: ref(4, "Seneste køb"),
  };
  const header = ["Kunde", "Antal køb", "Samlet beløb", "Første køb", "Seneste køb"];

  it("reads one row per customer, deriving the average from the total", () => {
    const { table, diagnostics: report } = readCustomerTable(
      [header, ["Anna", 3, "1.500 kr", "01-01-2024", "31-03-2024"], ["Bo", "1", 99.5, 45322, 45322]],
      columns,
      1,
    );
    expect(table.customerIds).toEqual(["Anna", "Bo"]);
    expect(table.length).toBe(2);
    expect(Array.from(table.purchases?.subarray(0, 2) ?? [])).toEqual([3, 1]);
    expect(Array.from(table.revenue?.subarray(0, 2) ?? [])).toEqual([1500, 99.5]);
    expect(Array.from(table.averageAmount?.subarray(0, 2) ?? [])).toEqual([500, 99.5]);
    expect(Array.from(table.firstDay?.subarray(0, 2) ?? [])).toEqual([daysFromCivil(2024, 1, 1), daysFromCivil(2024, 1, 31)]);
    expect(Array.from(table.lastDay?.subarray(0, 2) ?? [])).toEqual([daysFromCivil(2024, 3, 31), daysFromCivil(2024, 1, 31)]);
    expect(report).toMatchObject({ rowsRead: 2, rowsSkipped: 0, emptyRows: 0, problemCount: 0 });
  });

  it("computes the total as average × purchases when only the average is given", () => {
    const { table } = readCustomerTable(
      [["Kund", "Antal köp", "Snittbelopp"], ["A", 4, "250,50 kr"], ["B", 0, ""]],
      { customer: ref(0, "Kund"), purchases: ref(1, "Antal köp"), averageAmount: ref(2, "Snittbelopp") },
      1,
    );
    expect(Array.from(table.revenue?.subarray(0, 2) ?? [])).toEqual([1002, NaN]);
    expect(Array.from(table.averageAmount?.subarray(0, 2) ?? [])).toEqual([250.5, NaN]);
  });

  it("has no revenue without purchase counts when only an average is given", () => {
    const { table } = readCustomerTable([["Kund", "Snittbelopp"], ["A", 100]], { customer: ref(0, "Kund"), averageAmount: ref(1, "Snittbelopp") }, 1);
    expect(table.revenue).toBeUndefined();
    expect(table.averageAmount?.[0]).toBe(100);
    expect(table.purchases).toBeUndefined();
  });

  it("allows blank dates and total for a customer with no purchases (revenue 0)", () => {
    const { table, diagnostics: report } = readCustomerTable([header, ["Ny kunde", 0, "", "", ""]], columns, 1);
    expect(report.rowsRead).toBe(1);
    expect(table.revenue?.[0]).toBe(0);
    expect(table.firstDay?.[0]).toBeNaN();
    expect(table.lastDay?.[0]).toBeNaN();
  });

  it("reports a negative amount and an amount without purchases with their row and column, never dropping them silently", () => {
    const { table, diagnostics } = readCustomerTable(
      [header, ["Anna", 3, "1.500 kr", "01-01-2024", "31-03-2024"], ["Bo", 2, -250, "02-01-2024", "05-02-2024"], ["Cleo", 0, 500, "", ""], ["Dan", 0, 0, "", ""]],
      columns,
      1,
    );
    expect(table.customerIds).toEqual(["Anna", "Dan"]);
    expect(diagnostics).toMatchObject({ rowsRead: 2, rowsSkipped: 2, emptyRows: 0 });
    expect(diagnostics.problems).toEqual([
      { row: 3, column: columns.totalAmount, reason: "negativeAmount", value: "-250" },
      { row: 4, column: columns.totalAmount, reason: "amountWithoutPurchases", value: "500" },
    ]);
  });

  it("reads a grouped table: each row's customers, the group's total split over them, and reports blank or invalid counts by row", () => {
    const grouped: CustomerTableColumns = { ...columns, customerCount: ref(5, "Antal kunder") };
    const { table, diagnostics } = readCustomerTable(
      [
        [...header, "Antal kunder"],
        ["G1", 2, "1.000 kr", "01-01-2024", "05-02-2024", 4],
        ["G2", 1, 300, "02-01-2024", "02-01-2024", "1.200"],
        ["G3", 1, 300, "03-01-2024", "03-01-2024", ""],
        ["G4", 1, 300, "04-01-2024", "04-01-2024", 0],
        ["G5", 1, 300, "05-01-2024", "05-01-2024", 2.5],
      ],
      grouped,
      1,
    );
    expect(table.customerIds.slice(0, table.length)).toEqual(["G1", "G2"]);
    expect(Array.from(table.customersInRow!.slice(0, table.length))).toEqual([4, 1200]);
    // Hand calculation: 1,000 kr over 4 customers is 250 kr each, 125 kr per purchase; 300 over 1,200 is 0.25 each.
    expect(Array.from(table.revenue!.slice(0, table.length))).toEqual([250, 0.25]);
    expect(Array.from(table.averageAmount!.slice(0, table.length))).toEqual([125, 0.25]);
    expect(diagnostics.problems).toEqual([
      { row: 4, column: grouped.customerCount, reason: "missingCustomerCount", value: "" },
      { row: 5, column: grouped.customerCount, reason: "invalidCustomerCount", value: "0" },
      { row: 6, column: grouped.customerCount, reason: "invalidCustomerCount", value: "2.5" },
    ]);
  });

  it("in a grouped table, flags an implausible amount against the customers' median, not the rows'", () => {
    // 1,000 customers at 10 a purchase in one row; one at 20,000 a purchase: among the customers the typical amount
    // is 10, so 20,000 is over 1,000 times it (among the two rows it would be 10,005, and nothing would be flagged).
    const grouped: CustomerTableColumns = { customer: ref(0, "Gruppe"), purchases: ref(1, "Antal køb"), totalAmount: ref(2, "Samlet beløb"), customerCount: ref(3, "Antal kunder") };
    const { diagnostics } = readCustomerTable(
      [["Gruppe", "Antal køb", "Samlet beløb", "Antal kunder"], ["G1", 2, 20000, 1000], ["G2", 2, 40000, 1]],
      grouped,
      1,
    );
    expect(diagnostics.notices).toContainEqual(expect.objectContaining({ code: "implausibleAmounts", rows: 1, typical: 10, customer: "G2" }));
  });

  it("reports each customer with 1 purchase and two different dates as a row, and reads the others", () => {
    const rows = [
      header,
      ["Anna", 1, 500, "01-01-2024", "31-03-2024"],
      ["Bo", 1, 99.5, 45322, 45322],
      ["Cleo", 2, 300, "02-01-2024", "05-02-2024"],
      ["Dan", 1, 80, "03-01-2024", "04-01-2024"],
    ];
    const { table, diagnostics } = readCustomerTable(rows, columns, 1);
    expect(table.customerIds).toEqual(["Bo", "Cleo"]);
    expect(diagnostics).toMatchObject({ rowsRead: 2, rowsSkipped: 2 });
    expect(diagnostics.problems).toEqual([
      { row: 2, column: columns.lastPurchase, reason: "onePurchaseTwoDates", value: "31-03-2024" },
      { row: 5, column: columns.lastPurchase, reason: "onePurchaseTwoDates", value: "04-01-2024" },
    ]);
  });

  it("names an Excel error value and a date of 0 as such", () => {
    const rows = [header, ["Anna", { code: "#N/A" }, 500, "01-01-2024", "31-03-2024"], ["Bo", 1, 99.5, 0, 0]];
    const { diagnostics } = readCustomerTable(rows, columns, 1);
    expect(diagnostics.problems).toEqual([
      { row: 2, column: columns.purchases, reason: "errorValue", value: "#N/A" },
      { row: 3, column: columns.firstPurchase, reason: "zeroDate", value: "0" },
      { row: 3, column: columns.lastPurchase, reason: "zeroDate", value: "0" },
    ]);
  });

  it("names a repeated header row as such", () => {
    const { table, diagnostics } = readCustomerTable([header, ["Anna", 3, 1500, "01-01-2024", "31-03-2024"], header, ["Bo", 1, 99.5, 45322, 45322]], columns, 1);
    expect(table.customerIds).toEqual(["Anna", "Bo"]);
    expect(diagnostics.problems).toEqual([{ row: 3, column: columns.customer, reason: "repeatedHeader", value: "Kunde" }]);
  });

  it("skips and reports rows it cannot read, and counts empty rows", () => {
    const { table, diagnostics: report } = readCustomerTable(
      [
        header,
        ["A", 2.5, 100, "2024-01-01", "2024-02-01"],
        ["B", -1, 100, "2024-01-01", "2024-02-01"],
        ["C", "", 100, "2024-01-01", "2024-02-01"],
        ["D", 2, 100, "2024-03-01", "2024-02-01"],
        ["E", 2, "", "2024-01-01", "2024-02-01"],
        ["F", 2, 100, "", "2024-02-01"],
        ["", 2, 100, "2024-01-01", "2024-02-01"],
        [null, null, null, null, null],
        ["G", 2, 100, "2024-01-01", "2024-02-01"],
        ["G", 3, 200, "2024-01-01", "2024-02-01"],
      ],
      columns,
      1,
    );
    expect(table.customerIds).toEqual(["G"]);
    expect(table.length).toBe(1);
    expect(table.purchases?.[0]).toBe(2);
    expect(report).toMatchObject({ rowsRead: 1, rowsSkipped: 8, emptyRows: 1 });
    expect(report.problems.map(({ row, reason }) => [row, reason])).toEqual([
      [2, "invalidPurchaseCount"],
      [3, "invalidPurchaseCount"],
      [4, "missingPurchaseCount"],
      [5, "lastBeforeFirst"],
      [6, "missingAmount"],
      [7, "missingDate"],
      [8, "missingCustomer"],
      [11, "duplicateCustomer"],
    ]);
  });

  it("passes the date columns' notices on", () => {
    const { diagnostics: report, dateFormats } = readCustomerTable([header, ["A", 1, 5, "03/04/2024", "03/04/2024"]], columns, 1);
    expect(dateFormats.firstPurchase?.orderSource).toBe("default");
    expect(report.notices.map((notice) => notice.code)).toEqual(["dateOrderAmbiguous", "dateOrderAmbiguous"]);
  });
});
