import { amountReading, type TransactionRoles, detectColumns } from "../../../src/core/read/detectColumns";
import { normalizeHeader } from "../../../src/core/read/columnRoles";
import { PurchaseDataError } from "../../../src/core/read/purchaseDataError";

function roleIndexes(detection: ReturnType<typeof detectColumns>): Record<string, number> {
  return Object.fromEntries(Object.entries(detection.roles).map(([role, column]) => [role, column.index]));
}

function transactionRoles(detection: ReturnType<typeof detectColumns>): TransactionRoles {
  if (detection.layout !== "transactions") throw new Error("expected a transaction log");
  return detection.roles;
}

function errorOf(action: () => unknown): PurchaseDataError {
  try {
    action();
  } catch (error) {
    if (error instanceof PurchaseDataError) return error;
    throw error;
  }
  throw new Error("expected a PurchaseDataError");
}

describe("detectColumns: headers", () => {
  it.each([
    [["Customer", "Date", "Amount"]],
    [["Customer ID", "Order date", "Revenue"]],
    [["CustomerID", "Purchase date", "Sales"]],
    [["Kunde", "Dato", "Beløb"]],
    [["Kunde-id", "Købsdato", "Købsbeløb"]],
    [["Kundenummer", "Ordredato", "Omsætning"]],
    [["Kund", "Datum", "Belopp"]],
    [["Kund-id", "Köpdatum", "Summa"]],
    [["Kundnummer", "Orderdatum", "Försäljning"]],
    [["KUNDE ID ", " købs-dato", "BELØB (KR.)"]],
  ])("finds customer, date and amount in %j", (headers) => {
    const detection = detectColumns([headers, ["A", "2024-01-31", "5"]]);
    expect(detection.layout).toBe("transactions");
    expect(detection.hasHeader).toBe(true);
    expect(detection.firstDataIndex).toBe(1);
    expect(roleIndexes(detection)).toEqual({ customer: 0, date: 1, amount: 2 });
  });

  it("reports which header matched which role, and whether exactly", () => {
    const detection = detectColumns([["Beløb (DKK)", "Kundenavn", "Købsdato"], [5, "Anna", "2024-01-31"]]);
    expect(detection.roles.customer).toEqual({ index: 1, header: "Kundenavn", source: "header", matchedName: "kundenavn", exactMatch: true });
    expect(transactionRoles(detection).amount).toEqual({ index: 0, header: "Beløb (DKK)", source: "header", matchedName: "belob", exactMatch: false });
  });

  it("takes a total amount column as the amount of a transaction log", () => {
    const detection = detectColumns([["Kunde", "Dato", "Beløb i alt"], ["A", "2024-01-31", 5]]);
    expect(transactionRoles(detection).amount).toMatchObject({ index: 2, matchedName: "belobialt" });
  });

  it("prefers an exact header to one that merely contains a name", () => {
    const detection = detectColumns([["Customer since", "Customer", "Date", "Amount"], ["2020-01-01", "A", "2024-01-31", 5]]);
    expect(detection.roles.customer?.index).toBe(1);
  });

  it("finds the optional quantity and order number", () => {
    const detection = detectColumns([["Ordre-nr", "Kunde", "Dato", "Antal", "Beløb"], ["1", "A", "2024-01-31", 2, 5]]);
    expect(roleIndexes(detection)).toEqual({ customer: 1, date: 2, amount: 4, quantity: 3, orderId: 0 });
  });

  it("picks sampleid over masterid for the CDNOW sample, deterministically, and says so", () => {
    const detection = detectColumns([["masterid", "sampleid", "date", "cds", "sales"], ["4", "1", "19970101", "2", "29.33"]]);
    expect(roleIndexes(detection)).toEqual({ customer: 1, date: 2, quantity: 3, amount: 4 });
    expect(detection.notices).toContainEqual({
      code: "columnChoice",
      role: "customer",
      chosen: { index: 1, header: "sampleid" },
      alternatives: [{ index: 0, header: "masterid" }],
    });
  });

  it.each([
    [["Kunde", "Dato", "Beløb inkl. moms", "Beløb ekskl. moms"]],
    [["Customer", "Date", "Amount incl. VAT", "Amount excl. VAT"]],
    [["Kund", "Datum", "Belopp inkl. moms", "Belopp exkl. moms"]],
  ])("says which of two amount columns it took and which it did not (%j)", (header) => {
    const detection = detectColumns([header, ["A", "2024-01-01", "125", "100"]]);
    expect(roleIndexes(detection)).toEqual({ customer: 0, date: 1, amount: 2 });
    expect(detection.notices).toContainEqual({ code: "columnChoice", role: "amount", chosen: { index: 2, header: header[2] }, alternatives: [{ index: 3, header: header[3] }] });
  });

  it("reads CDNOW_master's header (customer_id date number_of_cds dollar_value)", () => {
    const detection = detectColumns([["customer_id", "date", "number_of_cds", "dollar_value"], ["00001", "19970101", "1", "11.77"]]);
    expect(roleIndexes(detection)).toEqual({ customer: 0, date: 1, quantity: 2, amount: 3 });
  });

  it("says when there is no amount column (example_transactions.csv: date,id)", () => {
    const detection = detectColumns([["date", "id"], ["2014-03-08 00:00:00", "0"]]);
    expect(roleIndexes(detection)).toEqual({ customer: 1, date: 0 });
    expect(detection.notices).toContainEqual({ code: "noAmountColumn" });
  });
});

describe("detectColumns: the caller's choice", () => {
  const rows = [["A", "B", "C", "D"], ["x", "2024-01-31", "5", "7"]];

  it("takes columns by header text (normalized) or 0-based index", () => {
    const detection = detectColumns(rows, { columns: { customer: "a", date: 1, amount: " D " } });
    expect(roleIndexes(detection)).toEqual({ customer: 0, date: 1, amount: 3 });
    expect(detection.roles.customer?.source).toBe("option");
  });

  it("keeps header detection for the roles not given, and null removes a role", () => {
    const detection = detectColumns([["Kunde", "Dato", "Beløb", "Antal"], ["x", "2024-01-31", "5", "1"]], { columns: { quantity: null, amount: 3 } });
    expect(roleIndexes(detection)).toEqual({ customer: 0, date: 1, amount: 3 });
  });

  it.each([
    [{ customer: "Kunde" }, "unknownColumn"],
    [{ customer: 9 }, "unknownColumn"],
    [{ customer: -1 }, "unknownColumn"],
    [{ customer: 1.5 }, "unknownColumn"],
    [{ customer: "" }, "unknownColumn"],
    [{ customer: 0, date: "a" }, "sameColumnTwice"],
  ])("refuses %j (%s)", (columns, code) => {
    expect(errorOf(() => detectColumns(rows, { columns })).code).toBe(code);
  });
});

describe("detectColumns: data without headers", () => {
  const cdnowSample = [
    [4, 1, 19970101, 2, 29.33],
    [4, 1, 19970118, 2, 29.73],
    [18, 2, 19970102, 2, 26.48],
  ];

  it("guesses CDNOW_sample.txt's columns from content and reports the guess", () => {
    const detection = detectColumns(cdnowSample);
    expect(detection.hasHeader).toBe(false);
    expect(detection.firstDataIndex).toBe(0);
    expect(roleIndexes(detection)).toEqual({ customer: 0, date: 2, amount: 4 });
    expect(detection.notices.filter((notice) => notice.code === "columnGuessed").map((notice) => "role" in notice && notice.role)).toEqual([
      "date",
      "amount",
      "customer",
    ]);
  });

  it("takes overrides by index instead, without notices", () => {
    const detection = detectColumns(cdnowSample, { columns: { customer: 1, date: 2, amount: 4 }, hasHeader: false });
    expect(roleIndexes(detection)).toEqual({ customer: 1, date: 2, amount: 4 });
    expect(detection.notices).toEqual([]);
  });

  it("refuses a header name when there are no headers", () => {
    expect(errorOf(() => detectColumns(cdnowSample, { columns: { customer: "sampleid" }, hasHeader: false })).code).toBe("unknownColumn");
  });

  it("treats a first row of unknown text headers as headers and guesses from the data below", () => {
    const detection = detectColumns([["Navn", "Hvornår", "Betalt"], ["Anna", "31-01-2024", "12,50"], ["Bo", "01-02-2024", "99,00"]]);
    expect(detection.hasHeader).toBe(true);
    expect(roleIndexes(detection)).toEqual({ customer: 0, date: 1, amount: 2 });
  });

  it("does not take a first data row whose customer is called like a header for a header", () => {
    const detection = detectColumns([["Client Corp", "2024-01-31", 5], ["Other", "2024-02-01", 6]]);
    expect(detection.hasHeader).toBe(false);
  });
});

describe("detectColumns: per-customer tables", () => {
  it("recognizes the typical export Kundenavn | Købsdato | Købsbeløb | Antal køb, taking the date as the last purchase and the amount as the total", () => {
    const detection = detectColumns([["Kundenavn", "Købsdato", "Købsbeløb", "Antal køb"], ["Anna", "31-01-2024", "1.500 kr", 3]]);
    expect(detection.layout).toBe("customerTable");
    expect(roleIndexes(detection)).toEqual({ customer: 0, lastPurchase: 1, totalAmount: 2, purchases: 3 });
    expect(detection.notices).toEqual([
      { code: "dateAsLastPurchase", column: { index: 1, header: "Købsdato" } },
      { code: "amountAsTotal", column: { index: 2, header: "Købsbeløb" } },
    ]);
  });

  it.each([
    ["Beløb pr. køb", "averageAmount"],
    ["Gns. købsbeløb", "averageAmount"],
    ["Belopp per köp", "averageAmount"],
    ["Average purchase amount", "averageAmount"],
    ["Samlet købsbeløb", "totalAmount"],
    ["Omsætning", "totalAmount"],
    ["Beløb i alt", "totalAmount"],
    ["Total spend", "totalAmount"],
    ["Summa köpbelopp", "totalAmount"],
  ])("decides %j beside a purchase count from its words, without asking", (header, role) => {
    const detection = detectColumns([["Kunde", "Købsdato", header, "Antal køb"], ["Anna", "31-01-2024", "500 kr", 3]]);
    expect(roleIndexes(detection)).toMatchObject({ [role]: 2 });
    expect(detection.notices.map((notice) => notice.code)).toEqual(["dateAsLastPurchase"]);
  });

  it("reads header words for the amount: per purchase wins over total, plain words decide nothing", () => {
    expect(amountReading(normalizeHeader("Gns. samlet beløb pr. køb"))).toBe("perPurchase");
    expect(amountReading(normalizeHeader("Købsbeløb"))).toBeUndefined();
    expect(amountReading(normalizeHeader("Köpbelopp"))).toBeUndefined();
    expect(amountReading(normalizeHeader("Amount"))).toBeUndefined();
  });

  it.each([
    [["Customer", "Number of purchases", "Total amount", "First purchase", "Last purchase"]],
    [["Kunde", "Antal køb", "Samlet beløb", "Første køb", "Seneste køb"]],
    [["Kund", "Antal köp", "Totalt belopp", "Första köp", "Senaste köp"]],
  ])("reads %j", (headers) => {
    const detection = detectColumns([headers, ["A", 2, 100, "2024-01-01", "2024-02-01"]]);
    expect(detection.layout).toBe("customerTable");
    expect(roleIndexes(detection)).toEqual({ customer: 0, purchases: 1, totalAmount: 2, firstPurchase: 3, lastPurchase: 4 });
  });

  it("reads an average amount", () => {
    const detection = detectColumns([["Kund", "Snittbelopp", "Antal köp"], ["A", 100, 2]]);
    expect(roleIndexes(detection)).toEqual({ customer: 0, averageAmount: 1, purchases: 2 });
  });

  it("follows the caller's layout", () => {
    const detection = detectColumns([["Kunde", "Dato", "Beløb", "Antal køb"], ["A", "2024-01-31", 5, 1]], { layout: "transactions" });
    expect(detection.layout).toBe("transactions");
    expect(roleIndexes(detection)).toEqual({ customer: 0, date: 1, amount: 2 });
  });
});

describe("detectColumns: what cannot be read at all", () => {
  it.each([[[]], [[[null, ""], ["", 0]]]])("refuses data with no values %j", (rows) => {
    expect(errorOf(() => detectColumns(rows)).code).toBe("noData");
  });

  it("names the missing columns and the headers there are", () => {
    const error = errorOf(() => detectColumns([["Kunde", "Beløb"], ["A", "abc"]]));
    expect(error.code).toBe("missingColumns");
    expect(error.params).toEqual({ missing: ["date"], headers: ["Kunde", "Beløb"] });
  });

  it("needs a customer column", () => {
    const error = errorOf(() => detectColumns([["Dato", "Beløb"], ["2024-01-31", 5]]));
    expect(error.params).toMatchObject({ missing: ["customer"] });
  });

  it("needs a role besides the customer in a per-customer table", () => {
    const error = errorOf(() => detectColumns([["Kunde", "Notes"], ["A", "x"]], { layout: "customerTable" }));
    expect(error.params).toMatchObject({ missing: ["purchases"] });
  });
});
