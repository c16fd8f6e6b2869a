import { readPurchaseData } from "../../../src/core/read/readPurchaseData";
import type { CustomerTable } from "../../../src/core/read/customerTable";
import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { summarizeCustomerTable } from "../../../src/core/summary/customerTableSummary";
import { CustomerTableError } from "../../../src/core/summary/customerTableError";
import { cdnowCalibrationEnd, cdnowCustomerTableRows } from "./cdnowCustomerTable";
import { cdnowLog, cdnowReferenceSummary, dayNumber } from "./cdnowLog";

function tableOf(rows: unknown[][]): CustomerTable {
  const data = readPurchaseData(rows);
  if (data.layout !== "customerTable") throw new Error(`expected a per-customer table, got ${data.layout}`);
  expect(data.diagnostics.problemCount).toBe(0);
  return data.table;
}

function thrown(action: () => unknown): CustomerTableError {
  try {
    action();
  } catch (error) {
    if (error instanceof CustomerTableError) return error;
    throw error;
  }
  throw new Error("expected a CustomerTableError");
}

describe("summarizeCustomerTable", () => {
  describe("the CDNOW per-customer table built from the log, read like a worksheet", () => {
    const table = tableOf(cdnowCustomerTableRows());
    const summary = summarizeCustomerTable(table, { timeUnit: "week", observationEndDay: cdnowCalibrationEnd });
    const fromLog = summarizeCustomers(cdnowLog(), { timeUnit: "week", observationEndDay: cdnowCalibrationEnd });

    it("gives lifetimes' CDNOW x, t_x and T (cdnow_customers_summary_with_transactions.csv, 2 decimals) for all 2,357 customers", () => {
      const reference = cdnowReferenceSummary();
      expect(summary.customerIds).toEqual(reference.map((row) => row.id));
      expect(summary.includedCustomers).toBe(2357);
      reference.forEach((row, index) => {
        expect(summary.frequency[index]).toBe(row.x);
        expect(Math.abs(summary.recency[index] - row.tx)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs(summary.T[index] - row.T)).toBeLessThanOrEqual(0.005 + 1e-9);
      });
    });

    it("equals the log's summary exactly in frequency, recency, T and the RFM view; monetary averages all purchases", () => {
      expect(summary.observationEndDay).toBe(fromLog.observationEndDay);
      expect(summary.customerIds).toEqual(fromLog.customerIds);
      for (const key of ["included", "frequency", "recency", "T", "daysSinceLastPurchase", "purchases", "firstPurchaseDay", "lastPurchaseDay"] as const) {
        expect(Array.from(summary[key])).toEqual(Array.from(fromLog[key]));
      }
      for (const key of ["revenue", "averageOrderValue", "averageDaysBetweenPurchases", "expectedNextPurchaseDay"] as const) {
        summary[key].forEach((value, index) => {
          if (Number.isNaN(fromLog[key][index])) expect(value).toBeNaN();
          else expect(value).toBeCloseTo(fromLog[key][index], 9);
        });
      }
      // The log's monetary leaves out the first purchase, which a table cannot: here it is the average order value.
      summary.monetary.forEach((value, index) => expect(value).toBe(summary.frequency[index] === 0 ? 0 : summary.averageOrderValue[index]));
      const customer1 = summary.customerIds.indexOf("1"); // purchases 1997-01-01 29.33, -01-18 29.73, -08-02 14.96
      expect(summary.monetary[customer1]).toBeCloseTo((29.33 + 29.73 + 14.96) / 3, 9);
      expect(fromLog.monetary[customer1]).toBeCloseTo((29.73 + 14.96) / 2, 9);
      expect(summary).toMatchObject({ hasAmounts: true, rowsAfterObservationEnd: 0, customersFirstPurchasingAfterEnd: 0, customersWithoutPurchase: 0 });
    });

    it("ends at the latest last purchase when no end is given", () => {
      expect(summarizeCustomerTable(table, { timeUnit: "day" }).observationEndDay).toBe(Math.max(...summary.lastPurchaseDay));
    });
  });

  describe("small tables", () => {
    const header = ["Kunde", "Antal køb", "Samlet beløb", "Første køb", "Seneste køb"];

    it("fills both views from a total amount, in days; a customer with 0 purchases is excluded and counted", () => {
      const table = tableOf([header, ["Anna", 3, "1.500 kr", "01-01-2024", "31-01-2024"], ["Bo", 1, 99.5, "10-01-2024", "10-01-2024"], ["Cai", 0, "", "", ""]]);
      const summary = summarizeCustomerTable(table, { timeUnit: "day", observationEndDay: dayNumber(2024, 2, 10) });
      const values = (array: ArrayLike<number>) => Array.from(array);
      expect(summary.customerIds).toEqual(["Anna", "Bo", "Cai"]);
      expect(values(summary.included)).toEqual([1, 1, 0]);
      expect(summary.includedCustomers).toBe(2);
      expect(summary.customersWithoutPurchase).toBe(1);
      expect(values(summary.frequency)).toEqual([2, 0, 0]);
      expect(values(summary.recency)).toEqual([30, 0, NaN]);
      expect(values(summary.T)).toEqual([40, 31, NaN]);
      expect(values(summary.monetary)).toEqual([500, 0, NaN]);
      expect(values(summary.daysSinceLastPurchase)).toEqual([10, 31, 0]);
      expect(values(summary.purchases)).toEqual([3, 1, 0]);
      expect(values(summary.revenue)).toEqual([1500, 99.5, NaN]);
      expect(values(summary.averageOrderValue)).toEqual([500, 99.5, NaN]);
      expect(values(summary.averageDaysBetweenPurchases)).toEqual([15, NaN, NaN]);
      expect(values(summary.expectedNextPurchaseDay)).toEqual([dayNumber(2024, 1, 31) + 15, NaN, NaN]);
    });

    it("takes revenue as average × purchases when only an average is given", () => {
      const table = tableOf([["Kund", "Antal köp", "Snittbelopp", "Första köp", "Senaste köp"], ["A", 4, "250,50 kr", "2024-01-01", "2024-01-22"]]);
      const summary = summarizeCustomerTable(table, { timeUnit: "week" });
      expect(summary.revenue[0]).toBeCloseTo(1002, 9);
      expect(summary.monetary[0]).toBeCloseTo(250.5, 9);
      expect(summary.recency[0]).toBe(3);
      expect(summary.T[0]).toBe(3);
    });

    it("throws missingFacts naming what the simple CLV lacks: a count or an amount", () => {
      const error = thrown(() => summarizeCustomerTable(tableOf([["Kunde", "Antal køb", "Seneste køb"], ["Anna", 3, "2024-01-31"]]), { timeUnit: "week" }));
      expect(error.code).toBe("missingFacts");
      expect(error.params).toEqual({ support: { analysis: "simpleClv", supported: false, missing: ["amounts"] } });
    });

    it("summarizes a table without first purchase dates: counts, revenue, average order value and, with a last date, days since it", () => {
      const withLast = summarizeCustomerTable(
        tableOf([["Kundenavn", "Købsdato", "Købsbeløb", "Antal køb"], ["Kunde A", "01/01/2024", "2.500 kr", 5], ["Kunde B", "15/06/2024", "374,53 kr", 1]]),
        { timeUnit: "week" },
      );
      expect(withLast.knownDates).toBe("last");
      expect(withLast.observationEndDay).toBe(dayNumber(2024, 6, 15));
      expect(Array.from(withLast.purchases)).toEqual([5, 1]);
      expect(Array.from(withLast.frequency)).toEqual([4, 0]);
      expect(withLast.averageOrderValue[0]).toBeCloseTo(500, 9);
      expect(withLast.monetary[0]).toBeCloseTo(500, 9);
      // 1 Jan to 15 Jun 2024: 31 + 29 + 31 + 30 + 31 + 14 = 166 days.
      expect(Array.from(withLast.daysSinceLastPurchase)).toEqual([166, 0]);
      expect(Number.isNaN(withLast.recency[0]) && Number.isNaN(withLast.T[0])).toBe(true);
      expect(Array.from(withLast.firstPurchaseDay)).toEqual([0, 0]);

      const undated = summarizeCustomerTable(tableOf([["Kunde", "Antal køb", "Samlet beløb"], ["Anna", 3, 1500], ["Bo", 0, ""]]), { timeUnit: "week" });
      expect(undated.knownDates).toBe("none");
      expect(Number.isNaN(undated.observationEndDay)).toBe(true);
      expect(undated.includedCustomers).toBe(1);
      expect(undated.customersWithoutPurchase).toBe(1);
      expect(Array.from(undated.daysSinceLastPurchase)).toEqual([0, 0]);
    });

    it("refuses an end before a last purchase, one purchase with two dates, and a table without purchases", () => {
      const rows = [header, ["Anna", 3, 1500, "01-01-2024", "31-01-2024"]];
      expect(thrown(() => summarizeCustomerTable(tableOf(rows), { timeUnit: "day", observationEndDay: dayNumber(2024, 1, 30) }))).toMatchObject({
        code: "purchaseAfterObservationEnd",
        params: { customer: "Anna", lastPurchaseDay: dayNumber(2024, 1, 31), observationEndDay: dayNumber(2024, 1, 30) },
      });
      // The reader rejects such a row (onePurchaseTwoDates, a row problem); a table built otherwise is still refused.
      const twoDates = { customerIds: ["Bo"], length: 1, purchases: Float64Array.of(1), revenue: Float64Array.of(10), firstDay: Float64Array.of(dayNumber(2024, 1, 1)), lastDay: Float64Array.of(dayNumber(2024, 1, 2)) };
      expect(thrown(() => summarizeCustomerTable(twoDates, { timeUnit: "day" }))).toMatchObject({
        code: "onePurchaseTwoDates",
        params: { customer: "Bo", firstPurchaseDay: dayNumber(2024, 1, 1), lastPurchaseDay: dayNumber(2024, 1, 2) },
      });
      expect(thrown(() => summarizeCustomerTable(tableOf([header, ["Cai", 0, "", "", ""]]), { timeUnit: "day" })).code).toBe("noPurchases");
      expect(() => summarizeCustomerTable(tableOf(rows), { timeUnit: "day", observationEndDay: 19800.5 })).toThrow(RangeError);
    });
  });
});
