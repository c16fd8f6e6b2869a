import { summarizeCustomers } from "../../src/core/summary/customerSummary";
import { NEXTPURCHASE, RFM, rfmHeader } from "../../src/functions/customerHistory";
import { cdnowLog, dayNumber } from "../core/summary/cdnowLog";
import { expectValueError, withDisplayLanguage } from "./excelErrors";

// Serials of the 1900 date system: 45292 = 2024-01-01.
const customers = [["A"], ["B"], ["A"], ["A"], ["C"], [null], [""]];
const dates = [[45292], ["2024-01-05"], [45302], ["2024-01-31"], [45320], [null], [""]];
const amounts = [[100], ["50"], [40], ["$60.00"], [0], [null], [""]];

describe("KV.RFM", () => {
  it("spills the summary with a header, dates as serial numbers, ignoring trailing blank rows", () => {
    expect(RFM(customers, dates, amounts)).toEqual([
      rfmHeader,
      // A: 2024-01-01, -01-11, -01-31; repeat spend (40 + 60) / 2; end = last date 2024-01-31 (serial 45322)
      ["A", 45292, 45322, 3, 200, 0, 2, 30, 30, 50],
      ["B", 45296, 45296, 1, 50, 26, 0, 0, 26, 0],
      ["C", 45320, 45320, 1, 0, 2, 0, 0, 2, 0],
    ]);
  });

  it("uses asOf as the end of observation", () => {
    const table = RFM(customers, dates, amounts, 45301);
    expect(table.map((row) => row[0])).toEqual(["customer", "A", "B"]);
    expect(table[1]).toEqual(["A", 45292, 45292, 1, 100, 9, 0, 0, 9, 0]);
  });

  it("matches the engine's summary on CDNOW", () => {
    const log = cdnowLog();
    const table = RFM(
      Array.from(log.customer, (index) => [Number(log.customerIds[index])]),
      Array.from(log.day, (day) => [day + 25569]),
      Array.from(log.amount, (amount) => [amount]),
      dayNumber(1997, 9, 30) + 25569,
    );
    const summary = summarizeCustomers(log, { timeUnit: "day", observationEndDay: dayNumber(1997, 9, 30) });
    expect(table).toHaveLength(2358);
    expect(table[1]).toEqual([1, 35431, 35644, 3, summary.revenue[0], 59, 2, 213, 272, summary.monetary[0]]);
  });

  it("names the first unreadable row", () => {
    expectValueError(() => RFM([["A"], ["B"]], [[45292], ["soon"]], [[1], [2]]), "Row 2, column 'dates'");
    expectValueError(() => RFM([["A"], ["B"]], [[45292], [45293]], [[1], ["lots"]]), "Row 2, column 'amounts'");
    expectValueError(() => RFM([["A"]], [[45292], [45293]], [[1], [2]]), "dates has 2 rows but customers has 1");
    expectValueError(() => RFM([["A"], ["B"], ["C"]], [["x"], [45293], ["y"]], [[1], [2], [3]]), "(+1)");
    const danish = withDisplayLanguage("da-DK", () => expectValueError(() => RFM([["A"], ["B"]], [[45292], ["snart"]], [[1], [2]]), "snart"));
    expect(danish).toMatch(/^Række 2/);
  });
});

describe("KV.NEXTPURCHASE", () => {
  it("spills customer and expected date; #N/A for a single purchase day", () => {
    const result = NEXTPURCHASE(customers, dates);
    // A: last 2024-01-31 + 30/2 days = 2024-02-15 (serial 45337)
    expect(result[0]).toEqual(["A", 45337]);
    expect(result[1][0]).toBe("B");
    expect((result[1][1] as CustomFunctions.Error).code).toBe("#N/A");
    expect(result).toHaveLength(3);
  });

  it("spills numeric customer ids as numbers", () => {
    expect(NEXTPURCHASE([[7], [7], [" 8 "]], [[45292], [45300], [45301]])).toEqual([
      [7, 45308],
      ["8", expect.objectContaining({ code: "#N/A" })],
    ]);
  });

  it("looks up one customer, #N/A when not in the data", () => {
    expect(NEXTPURCHASE(customers, dates, "A")).toEqual([[45337]]);
    let thrown: unknown;
    try {
      NEXTPURCHASE(customers, dates, "Z");
    } catch (error) {
      thrown = error;
    }
    expect((thrown as CustomFunctions.Error).code).toBe("#N/A");
  });
});
