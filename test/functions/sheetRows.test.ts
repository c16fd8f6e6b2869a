/**
 * Messages name the row or cell the user sees in the sheet: the functions ask Excel for their ranges' addresses
 * (@requiresParameterAddresses; Excel passes them as the invocation's parameterAddresses) and number rows from
 * where each range starts. Without an address (an array constant, a computed array) rows are counted within
 * the range, and the message says so. In English, Danish and Swedish.
 */
import { NEXTPURCHASE, RFM } from "../../src/functions/customerHistory";
import { clearFitCache } from "../../src/functions/fitCache";
import { BGNBD, EXPECTEDPURCHASES, GAMMAGAMMA, PALIVE, PREDICTEDCLV } from "../../src/functions/models";
import { RFMSCORE, SEGMENT } from "../../src/functions/segments";
import { excelValue, expectRejectedValueError, expectValueError, withDisplayLanguage } from "./excelErrors";

/** What Excel passes as the last argument of a function with @requiresParameterAddresses. */
function addresses(...parameterAddresses: string[]): CustomFunctions.Invocation {
  return { parameterAddresses } as CustomFunctions.Invocation;
}

/** Blank rows from row 2 to the sheet's last row, alternating null and "" as Excel hosts send empty cells. */
const blankRows: readonly unknown[][] = [[null], [""]];
const blankTail = Array.from({ length: 1_048_575 }, (_, index) => blankRows[index % 2]);

/** A whole one-column range from sheet row 2 (A2:A1048576): the cells, then blank rows. */
function fromRow2(cells: readonly unknown[]): unknown[][] {
  return cells.map((cell) => [cell]).concat(blankTail.slice(cells.length));
}

/**
 * A purchase log laid out from sheet row 2: purchases in rows 2–9, six blank rows (10–15), purchases in rows
 * 16–40, and in row 28 a date that is not a date.
 */
function purchaseLog(): { customers: unknown[]; dates: unknown[]; amounts: unknown[] } {
  const customers: unknown[] = [];
  const dates: unknown[] = [];
  const amounts: unknown[] = [];
  for (let row = 2; row <= 40; row += 1) {
    const blank = row >= 10 && row <= 15;
    customers.push(blank ? null : `C${row % 9}`);
    dates.push(blank ? "" : row === 28 ? "soon" : 45292 + row);
    amounts.push(blank ? null : 10 + row);
  }
  return { customers, dates, amounts };
}

const log = purchaseLog();
const wholeLog = { customers: fromRow2(log.customers), dates: fromRow2(log.dates), amounts: fromRow2(log.amounts) };
const logAddresses = addresses("Køb!A2:A1048576", "Køb!B2:B1048576", "Køb!C2:C1048576", "", "");

beforeEach(() => clearFitCache());

describe("purchase rows (KV.RFM, KV.NEXTPURCHASE, KV.BGNBD)", () => {
  it("name sheet row 28 for a bad date in a range starting in row 2, with blank rows above it", async () => {
    const row28 = "Row 28, column 'dates': 'soon'";
    const calls = [
      () => RFM(wholeLog.customers, wholeLog.dates, wholeLog.amounts, null, null, logAddresses),
      () => NEXTPURCHASE(wholeLog.customers, wholeLog.dates, null, null, addresses("Køb!A2:A1048576", "Køb!B2:B1048576")),
      () => BGNBD(wholeLog.customers, wholeLog.dates, null, excelValue(null), null, addresses("Køb!$A$2:$A$1048576", "Køb!$B$2:$B$1048576")),
    ];
    for (const call of calls) {
      const message = await expectRejectedValueError(async () => call(), row28);
      expect(message.startsWith(row28)).toBe(true);
      expect(message).not.toContain("first cell of the range");
    }
  });

  it("name the sheet row in Danish and Swedish", () => {
    const call = () => RFM(wholeLog.customers, wholeLog.dates, wholeLog.amounts, null, null, logAddresses);
    expect(withDisplayLanguage("da-DK", () => expectValueError(call, "Række 28, kolonne »dates«"))).not.toContain("første celle");
    expect(withDisplayLanguage("sv-SE", () => expectValueError(call, "Rad 28, kolumn ”dates”"))).not.toContain("första cell");
  });

  it("number each range from its own first row", () => {
    const amounts = log.amounts.map((amount, index) => (index === 26 ? "lots" : amount));
    const dates = log.dates.map((date, index) => (index === 26 ? 45318 : date));
    // customers in A2:A40, dates in B2:B40, amounts on another sheet from row 5: the 27th amount is in row 31.
    expectValueError(
      () => RFM(log.customers.map((c) => [c]), dates.map((d) => [d]), amounts.map((a) => [a]), null, null, addresses("A2:A40", "B2:B40", "'Salg 2024'!D5:D43")),
      "Row 31, column 'amounts': 'lots'",
    );
  });

  it("count from row 1 of a whole column without a header (A:A)", () => {
    const dates = log.dates.map((date, index) => (index === 26 ? "soon" : date));
    const call = () => RFM(log.customers.map((c) => [c]), dates.map((d) => [d]), log.amounts.map((a) => [a]), null, null, addresses("A:A", "B:B", "C:C"));
    expect(expectValueError(call, "Row 27, column 'dates': 'soon'")).not.toContain("first cell of the range");
  });

  it("count within the range when Excel gives no address, and say so", () => {
    const en = expectValueError(() => RFM(wholeLog.customers, wholeLog.dates, wholeLog.amounts), "Row 27, column 'dates': 'soon'");
    expect(en).toContain("Rows are counted from the first cell of the range.");
    const constant = addresses("", "", "", "", "");
    expect(expectValueError(() => RFM(wholeLog.customers, wholeLog.dates, wholeLog.amounts, null, null, constant), "Row 27")).toBe(en);
    const da = withDisplayLanguage("da-DK", () => expectValueError(() => RFM(wholeLog.customers, wholeLog.dates, wholeLog.amounts), "Række 27"));
    expect(da).toContain("Rækkerne tælles fra områdets første celle.");
    const sv = withDisplayLanguage("sv-SE", () => expectValueError(() => RFM(wholeLog.customers, wholeLog.dates, wholeLog.amounts), "Rad 27"));
    expect(sv).toContain("Raderna räknas från områdets första cell.");
  });

  it("name the sheet row of the example date when asking for the date order", async () => {
    // Serial dates in rows 2–5, then text dates that could be either order, the first in row 6.
    const dates = [45292, 45293, 45294, 45295, "03/04/2024", "04/05/2024", "05/06/2024"];
    const customers = dates.map((_, index) => `C${index}`);
    const message = await expectRejectedValueError(
      () => BGNBD(customers.map((c) => [c]), dates.map((d) => [d]), null, excelValue(null), null, addresses("A2:A8", "B2:B8")),
      "'03/04/2024' (row 6)",
    );
    expect(message).not.toContain("first cell of the range");
  });
});

describe("per-customer columns (KV.SEGMENT, KV.RFMSCORE, KV.GAMMAGAMMA, KV.PALIVE, KV.EXPECTEDPURCHASES, KV.PREDICTEDCLV)", () => {
  const forty = Array.from({ length: 39 }, (_, index) => index);
  const days = forty.map((i) => 5 + i * 3);
  const purchases = forty.map((i) => 1 + (i % 5));
  const revenue = forty.map((i) => 100 + i * 10);
  const frequency = purchases.map((count) => count - 1);
  const recency = forty.map((i) => (frequency[i] === 0 ? 0 : 10 + (i % 7)));
  const age = forty.map(() => 30);
  const monetary = forty.map((i) => (frequency[i] === 0 ? 0 : 20 + i));
  /** The column with the 27th cell (sheet row 28) replaced. */
  const withRow28 = (cells: readonly unknown[], value: unknown): unknown[][] => fromRow2(cells.map((cell, index) => (index === 26 ? value : cell)));
  const rfmAddresses = addresses("'Q1 ''24'!$C$2:$C$1048576", "'Q1 ''24'!$D$2:$D$1048576", "'Q1 ''24'!$E$2:$E$1048576", "");
  const bgnbd = [["r", 0.243], ["alpha", 4.414], ["a", 0.793], ["b", 2.426], ["timeUnit", "week"]];
  const gammaGamma = [["p", 6.25], ["q", 3.74], ["v", 15.44]];
  const historyAddresses = addresses("Kunder!C2:C1048576", "Kunder!D2:D1048576", "Kunder!E2:E1048576", "Kunder!F2:F1048576", "Kunder!H2:I8", "Kunder!H10:I12");

  it("name the sheet cell of text or a blank among the numbers", async () => {
    expectValueError(
      () => SEGMENT(withRow28(days, "n/a"), fromRow2(purchases), fromRow2(revenue), null, rfmAddresses),
      "Cell C28 of recency must be a number or blank, got 'n/a'",
    );
    expectValueError(
      () => RFMSCORE(fromRow2(days), withRow28(purchases, null), fromRow2(revenue), rfmAddresses),
      "Cell D28 of frequency is blank inside the data",
    );
    await expectRejectedValueError(() => GAMMAGAMMA(fromRow2(frequency), withRow28(monetary, "abc"), undefined, addresses("F2:F1048576", "G2:G1048576", "")), "Cell G28 of monetary");
  });

  it("name the sheet cell of a value the models refuse", async () => {
    const history = [fromRow2(frequency), fromRow2(recency), fromRow2(age)] as const;
    expectValueError(() => PALIVE(withRow28(frequency, 2.5), history[1], history[2], bgnbd, historyAddresses), "Cell C28 of frequency: frequency must be a whole number ≥ 0");
    expectValueError(() => PALIVE(history[0], withRow28(recency, 40), history[2], bgnbd, historyAddresses), "Cell D28 of recency: recency (40) must not be greater than T (30)");
    expectValueError(
      () => EXPECTEDPURCHASES(39, history[0], history[1], withRow28(age, -3), bgnbd, addresses("", "Kunder!C2:C1048576", "Kunder!D2:D1048576", "Kunder!E2:E1048576", "")),
      "Cell E28 of T: T must be a number ≥ 0, got -3",
    );
    expectValueError(() => PREDICTEDCLV(...history, withRow28(monetary, -5), bgnbd, gammaGamma, 12, 0, 1, historyAddresses), "Cell F28 of monetary: monetary must be a number ≥ 0, got -5");
    await expectRejectedValueError(() => GAMMAGAMMA(fromRow2(frequency), withRow28(monetary, -5), undefined, addresses("F2:F1048576", "G2:G1048576", "")), "Cell G28 of monetary: monetary must be a number ≥ 0");
  });

  it("name the cell of a one-row range by its column", () => {
    expectValueError(() => SEGMENT([[5, 30, "x", 12]], [[1, 2, 3, 4]], [[10, 20, 30, 40]], null, addresses("Ark1!B2:E2", "Ark1!B3:E3", "Ark1!B4:E4", "")), "Cell D2 of recency");
  });

  it("count within the range without an address, and say so", () => {
    const message = expectValueError(() => SEGMENT(withRow28(days, "n/a"), fromRow2(purchases), fromRow2(revenue)), "Row 27, column 1 of recency must be a number or blank, got 'n/a'");
    expect(message).toContain("Rows are counted from the first cell of the range.");
    const refused = expectValueError(() => PALIVE(withRow28(frequency, 2.5), fromRow2(recency), fromRow2(age), bgnbd), "Row 27, column 1 of frequency: frequency must be a whole number");
    expect(refused).toContain("Rows are counted from the first cell of the range.");
  });

  it("name the sheet cell in Danish and Swedish", () => {
    const call = () => SEGMENT(withRow28(days, "n/a"), fromRow2(purchases), fromRow2(revenue), null, rfmAddresses);
    expect(withDisplayLanguage("da-DK", () => expectValueError(call, "Celle C28 i recency skal være et tal eller tom, men er »n/a«"))).not.toContain("første celle");
    expect(withDisplayLanguage("sv-SE", () => expectValueError(call, "Cell C28 i recency måste vara ett tal eller tom, men är ”n/a”"))).not.toContain("första cell");
    const refused = () => PALIVE(withRow28(frequency, 2.5), fromRow2(recency), fromRow2(age), bgnbd, historyAddresses);
    withDisplayLanguage("da-DK", () => expectValueError(refused, "Celle C28 i frequency: frequency skal være et helt tal ≥ 0"));
    withDisplayLanguage("sv-SE", () => expectValueError(refused, "Cell C28 i frequency: frequency måste vara ett heltal ≥ 0"));
  });
});
