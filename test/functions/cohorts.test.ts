import { analyzeTransactions } from "../../src/core/analysis/analyzeTransactions";
import { buildReport } from "../../src/core/report/buildReport";
import { COHORT } from "../../src/functions/cohorts";
import { cdnowLog } from "../core/summary/cdnowLog";
import { standardSettings } from "../support/analysisSettings";
import { readFixture } from "../support/fixtures";
import { expectValueError, withDisplayLanguage } from "./excelErrors";

type Cell = string | number;
type Measure = "activeRate" | "revenuePerCustomer" | "cumulativeRevenuePerCustomer" | "activeCustomers";

/** Excel's serial number (1900 date system) of a calendar date: 25569 = 1970-01-01. */
function serial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25569;
}

/** What Excel passes as the last argument of a function with @requiresParameterAddresses. */
function addresses(...parameterAddresses: string[]): CustomFunctions.Invocation {
  return { parameterAddresses } as CustomFunctions.Invocation;
}

/** An amounts argument left empty, as Excel passes it: null. */
const noAmounts = null as unknown as unknown[][];

/** One-column ranges as Excel passes them. */
function column(cells: readonly unknown[]): unknown[][] {
  return cells.map((cell) => [cell]);
}

/** The raw lines of test/fixtures/cdnowElog.csv (masterid,sampleid,date,cds,sales; dates yyyymmdd). */
const cdnowLines = readFixture("cdnowElog.csv").trim().split(/\r?\n/).slice(1).map((line) => line.split(","));

/** The CDNOW sample as the three ranges a sheet would hold: sampleid, the date as a serial number, sales. */
const cdnow = {
  customers: cdnowLines.map(([, sampleId]) => [sampleId]),
  dates: cdnowLines.map(([, , date]) => [serial(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8)))]),
  amounts: cdnowLines.map(([, , , , sales]) => [Number(sales)]),
};

/**
 * The CDNOW cohort matrix counted independently, by a plain loop over the raw CSV lines and no project code: a
 * customer's cohort is the month (or quarter) of their first date; the rows of one customer and date are one purchase,
 * active when the day's sales add up to more than 0 or all its rows are 0; revenue is every row's sales. The data end
 * on 1998-06-30, the last day of a month and of a quarter, so every period is complete.
 */
function plainCdnowMatrix(measure: Measure, period: "month" | "quarter"): Cell[][] {
  const periodOf = (date: string): number => {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(4, 6));
    return period === "month" ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
  };
  const labelOf = (index: number): string =>
    period === "month" ? `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}` : `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  const days = new Map<string, Map<string, { net: number; anyNonZero: boolean }>>();
  let lastPeriod = -Infinity;
  for (const [, customer, date, , sales] of cdnowLines) {
    const customerDays = days.get(customer) ?? new Map<string, { net: number; anyNonZero: boolean }>();
    const day = customerDays.get(date) ?? { net: 0, anyNonZero: false };
    day.net += Number(sales);
    day.anyNonZero ||= Number(sales) !== 0;
    customerDays.set(date, day);
    days.set(customer, customerDays);
    lastPeriod = Math.max(lastPeriod, periodOf(date));
  }
  const cohorts = new Map<number, { customers: number; active: number[]; revenue: number[] }>();
  for (const customerDays of days.values()) {
    const dates = [...customerDays.keys()].sort();
    const acquired = periodOf(dates[0]);
    const length = lastPeriod - acquired + 1;
    const cohort = cohorts.get(acquired) ?? { customers: 0, active: new Array<number>(length).fill(0), revenue: new Array<number>(length).fill(0) };
    cohort.customers += 1;
    const activeAges = new Set<number>();
    for (const date of dates) {
      const { net, anyNonZero } = customerDays.get(date)!;
      const age = periodOf(date) - acquired;
      cohort.revenue[age] += net;
      if (net > 0 || !anyNonZero) activeAges.add(age);
    }
    for (const age of activeAges) cohort.active[age] += 1;
    cohorts.set(acquired, cohort);
  }
  const acquisitions = [...cohorts.keys()].sort((a, b) => a - b);
  const width = lastPeriod - acquisitions[0] + 1;
  const matrix: Cell[][] = [["Cohort", "Customers", ...Array.from({ length: width }, (_, age) => age)]];
  for (const acquired of acquisitions) {
    const { customers, active, revenue } = cohorts.get(acquired)!;
    let cumulative = 0;
    const values = active.map((count, age) => {
      cumulative += revenue[age] / customers;
      if (measure === "activeRate") return count / customers;
      if (measure === "activeCustomers") return count;
      return measure === "revenuePerCustomer" ? revenue[age] / customers : cumulative;
    });
    matrix.push([labelOf(acquired), customers, ...Array.from({ length: width }, (_, age) => (age < values.length ? values[age] : ""))]);
  }
  return matrix;
}

/** The spill equals the expected matrix: same shape, the same text and "" cells, numbers to 1e-9 (relative). */
function expectMatrix(actual: unknown[][], expected: Cell[][]): void {
  expect(actual.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  expected.forEach((row, rowIndex) =>
    row.forEach((cell, columnIndex) => {
      const got = actual[rowIndex][columnIndex];
      if (typeof cell === "number") {
        expect(typeof got).toBe("number");
        expect(Math.abs((got as number) - cell)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(cell)));
      } else {
        expect(got).toBe(cell);
      }
    }),
  );
}

describe("KV.COHORT on CDNOW, against a plain count of the raw lines", () => {
  it.each(["activeRate", "revenuePerCustomer", "cumulativeRevenuePerCustomer", "activeCustomers"] as const)("spills %s by month", (measure) => {
    const spill = COHORT(cdnow.customers, cdnow.dates, cdnow.amounts, measure);
    expectMatrix(spill, plainCdnowMatrix(measure, "month"));
    // CDNOW's customers all joined in the first quarter of 1997: three cohorts, the oldest followed for 18 months.
    expect(spill.map((row) => row[0])).toEqual(["Cohort", "1997-01", "1997-02", "1997-03"]);
    expect(spill[0]).toHaveLength(2 + 18);
  });

  it.each(["activeRate", "revenuePerCustomer", "cumulativeRevenuePerCustomer", "activeCustomers"] as const)("spills %s by quarter", (measure) => {
    const spill = COHORT(cdnow.customers, cdnow.dates, cdnow.amounts, measure, "quarter");
    expectMatrix(spill, plainCdnowMatrix(measure, "quarter"));
    // One cohort, 1997-Q1, followed for the six quarters to 1998-Q2.
    expect(spill.map((row) => row.slice(0, 2))).toEqual([["Cohort", "Customers"], ["1997-Q1", 2357]]);
    expect(spill[0].slice(2)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("has the header row (Cohort, Customers, 0, 1, 2, …) and column (labels, customers won) and leaves the cells a cohort has not reached empty", () => {
    const spill = COHORT(cdnow.customers, cdnow.dates, cdnow.amounts);
    expect(spill[0]).toEqual(["Cohort", "Customers", ...Array.from({ length: 18 }, (_, age) => age)]);
    const sizes = spill.slice(1).map((row) => row[1]);
    expect(sizes.reduce((sum, size) => (sum as number) + (size as number), 0)).toBe(2357);
    // The active rate is 1 in period 0; the March cohort has 16 months to June 1998, so its last two cells are empty.
    expect(spill.slice(1).map((row) => row[2])).toEqual([1, 1, 1]);
    expect(spill[3].slice(-3)).toEqual([expect.any(Number), "", ""]);
    expect(spill[2].slice(-2)).toEqual([expect.any(Number), ""]);
    expect(spill[1].slice(-1)).toEqual([expect.any(Number)]);
  });

  it("reads the same log from text dates, text amounts and a whole column with a blank tail", () => {
    const wholeColumn = (cells: unknown[][]): unknown[][] => cells.concat(Array.from({ length: 1_048_576 - cells.length }, (_, index) => [index % 2 === 0 ? null : ""]));
    const textDates = cdnowLines.map(([, , date]) => [`${date.slice(6, 8)}.${date.slice(4, 6)}.${date.slice(0, 4)}`]);
    const textAmounts = cdnow.amounts.map(([amount]) => [`${String(amount).replace(".", ",")} kr`]);
    const spill = COHORT(wholeColumn(cdnow.customers), wholeColumn(textDates), wholeColumn(textAmounts), "cumulativeRevenuePerCustomer");
    expectMatrix(spill, plainCdnowMatrix("cumulativeRevenuePerCustomer", "month"));
  });
});

/*
 * A small log (sheet rows 2–10): A bought on 5 January (100), 10 February (40), and on 2 March for 20 and returned
 * 20 the same day (a day netting to 0: no purchase); B on 20 January (50) and 15 March (30); C twice on 3 February
 * (80 + 20: one purchase); D on 20 March (60).
 */
const small = {
  customers: column(["A", "B", "C", "C", "A", "A", "A", "B", "D"]),
  dates: column(["2024-01-05", "2024-01-20", "2024-02-03", "2024-02-03", "2024-02-10", "2024-03-02", "2024-03-02", "2024-03-15", "2024-03-20"]),
  amounts: column([100, 50, 80, 20, 40, 20, -20, 30, 60]),
};
const endOfMarch = serial(2024, 3, 31);

describe("KV.COHORT on a hand log", () => {
  it("counts a day of a customer once and a refunded day as no purchase", () => {
    expect(COHORT(small.customers, small.dates, small.amounts, "activeCustomers", null, endOfMarch)).toEqual([
      ["Cohort", "Customers", 0, 1, 2],
      ["2024-01", 2, 2, 1, 1],
      ["2024-02", 1, 1, 0, ""],
      ["2024-03", 1, 1, "", ""],
    ]);
  });

  it("divides revenue, net of returns, by the customers won", () => {
    // January cohort: (100 + 50) / 2, 40 / 2, (20 − 20 + 30) / 2; C: 80 + 20.
    expect(COHORT(small.customers, small.dates, small.amounts, "revenuePerCustomer", null, endOfMarch)).toEqual([
      ["Cohort", "Customers", 0, 1, 2],
      ["2024-01", 2, 75, 20, 15],
      ["2024-02", 1, 100, 0, ""],
      ["2024-03", 1, 60, "", ""],
    ]);
  });

  it("shows the current, incomplete period only when current is TRUE", () => {
    // Observed to 10 March: March is cut short (B's purchase on the 15th and D's on the 20th lie after it).
    const tenthOfMarch = serial(2024, 3, 10);
    expect(COHORT(small.customers, small.dates, small.amounts, "activeRate", null, tenthOfMarch)).toEqual([
      ["Cohort", "Customers", 0, 1],
      ["2024-01", 2, 1, 0.5],
      ["2024-02", 1, 1, ""],
    ]);
    expect(COHORT(small.customers, small.dates, small.amounts, "activeRate", null, tenthOfMarch, null, false)).toEqual(
      COHORT(small.customers, small.dates, small.amounts, "activeRate", null, tenthOfMarch),
    );
    expect(COHORT(small.customers, small.dates, small.amounts, "activeRate", null, tenthOfMarch, null, true)).toEqual([
      ["Cohort", "Customers", 0, 1, 2],
      ["2024-01", 2, 1, 0.5, 0],
      ["2024-02", 1, 1, 0, ""],
    ]);
    // Observed to the last day of March, no period is cut short: current changes nothing.
    expect(COHORT(small.customers, small.dates, small.amounts, "activeRate", null, endOfMarch, null, true)).toEqual(
      COHORT(small.customers, small.dates, small.amounts, "activeRate", null, endOfMarch, null, false),
    );
    // Without asOf the data end on 20 March: a cohort of March alone shows no period yet.
    expect(COHORT(small.customers, small.dates, small.amounts)[3]).toEqual(["2024-03", 1, "", ""]);
    expectValueError(() => COHORT(small.customers, small.dates, small.amounts, null, null, null, null, "maybe"), 'current must be one of TRUE, FALSE');
  });

  it("shows a share of revenue with margin, and refuses a margin that is not above 0 and at most 1", () => {
    const full = COHORT(small.customers, small.dates, small.amounts, "cumulativeRevenuePerCustomer", null, endOfMarch);
    expect(full[1]).toEqual(["2024-01", 2, 75, 95, 110]);
    const margin = COHORT(small.customers, small.dates, small.amounts, "cumulativeRevenuePerCustomer", null, endOfMarch, 0.4);
    expectMatrix(margin, [
      ["Cohort", "Customers", 0, 1, 2],
      ["2024-01", 2, 30, 38, 44],
      ["2024-02", 1, 40, 40, ""],
      ["2024-03", 1, 24, "", ""],
    ]);
    expect(COHORT(small.customers, small.dates, small.amounts, "cumulativeRevenuePerCustomer", null, endOfMarch, "40%")).toEqual(margin);
    // The active measures count customers: margin does not change them.
    expect(COHORT(small.customers, small.dates, small.amounts, "activeRate", null, endOfMarch, 0.4)).toEqual(COHORT(small.customers, small.dates, small.amounts, "activeRate", null, endOfMarch));
    expectValueError(() => COHORT(small.customers, small.dates, small.amounts, "revenuePerCustomer", null, null, 0), "margin must be a number > 0, got 0.");
    expectValueError(() => COHORT(small.customers, small.dates, small.amounts, "revenuePerCustomer", null, null, 40), "For 40 %, write 0.4");
    expectValueError(() => COHORT(small.customers, small.dates, small.amounts, "revenuePerCustomer", null, null, -0.5), "margin must be a fraction from 0 to 1");
    expectValueError(() => COHORT(small.customers, small.dates, small.amounts, "revenuePerCustomer", null, null, "much"), "margin must be a number, got 'much'.");
  });

  it("counts ISO weeks from Monday, each in the year of its Thursday", () => {
    /*
     * 2024-12-23 is a Monday: 2024-W52 runs from Monday 23 to Sunday 29 December. The week of Monday 30 December
     * holds Thursday 2 January 2025, so it is 2025-W01 (30 December – 5 January); 2025-W02 is 6–12 January.
     * A: 23 Dec and 29 Dec (W52, one week active), 30 Dec (2025-W01), 6 Jan (W02) → cohort 2024-W52.
     * B: 29 Dec (W52), 12 Jan, a Sunday (W02) → cohort 2024-W52.
     * C: 1 Jan 2025, a Wednesday (2025-W01) → cohort 2025-W01; not active in W02.
     * The data end on Sunday 12 January, the last day of W02: no week is cut short.
     */
    const customers = column(["A", "A", "B", "A", "C", "A", "B"]);
    const dates = column(["2024-12-23", "2024-12-29", "2024-12-29", "2024-12-30", "2025-01-01", "2025-01-06", "2025-01-12"]);
    const expected = [
      ["Cohort", "Customers", 0, 1, 2],
      ["2024-W52", 2, 2, 1, 2],
      ["2025-W01", 1, 1, 0, ""],
    ];
    expect(COHORT(customers, dates, noAmounts, "activeCustomers", "week")).toEqual(expected);
    expect(COHORT(customers, dates, noAmounts, "activeCustomers", "uge")).toEqual(expected);
    expect(COHORT(customers, dates, noAmounts, "activeCustomers", "Vecka")).toEqual(expected);
    // Observed to Saturday 11 January, W02 is cut short: left empty, as B's Sunday purchase lies after the end.
    expect(COHORT(customers, dates, noAmounts, "activeCustomers", "week", serial(2025, 1, 11))).toEqual([
      ["Cohort", "Customers", 0, 1],
      ["2024-W52", 2, 2, 1],
      ["2025-W01", 1, 1, ""],
    ]);
  });

  it("accepts the measures and periods in English, Danish and Swedish, in any case", () => {
    const spill = (measure: unknown, period: unknown): unknown[][] => COHORT(small.customers, small.dates, small.amounts, measure, period, endOfMarch);
    for (const [words, measure] of [
      [["activerate", "Active rate", "aktivandel", "andel aktive", "Andel aktiva"], "activeRate"],
      [["ACTIVECUSTOMERS", "aktive kunder", "aktiva kunder"], "activeCustomers"],
      [["revenue per customer", "Omsætning pr. kunde", "omsætning per kunde", "intäkt per kund", "omsättning per kund"], "revenuePerCustomer"],
      [["cumulative-revenue-per-customer", "Akkumuleret omsætning pr. kunde", "kumuleret omsætning", "ackumulerad intäkt per kund", "kumulerad intäkt"], "cumulativeRevenuePerCustomer"],
    ] as const) {
      for (const word of words) expect([word, spill(word, null)]).toEqual([word, spill(measure, null)]);
    }
    const quarter = spill("revenuePerCustomer", "quarter");
    expect(quarter).toEqual([["Cohort", "Customers", 0], ["2024-Q1", 4, 95]]);
    for (const word of ["Kvartal", "quarters"]) expect(spill("revenuePerCustomer", word)).toEqual(quarter);
    for (const word of ["måned", "Månad", "months", ""]) expect(spill("revenuePerCustomer", word)).toEqual(spill("revenuePerCustomer", "month"));
    expect(spill(null, null)).toEqual(spill("activeRate", "month"));
  });

  it("words the header in the Office display language: Kohorte/Kunder in Danish, Kohort/Kunder in Swedish", () => {
    const header = (tag: string): unknown[] => withDisplayLanguage(tag, () => COHORT(small.customers, small.dates, small.amounts, null, null, endOfMarch)[0]);
    expect(header("da-DK")).toEqual(["Kohorte", "Kunder", 0, 1, 2]);
    expect(header("sv-SE")).toEqual(["Kohort", "Kunder", 0, 1, 2]);
    expect(header("en-US")).toEqual(["Cohort", "Customers", 0, 1, 2]);
    // The labels are ISO 8601 in every language.
    expect(withDisplayLanguage("da-DK", () => COHORT(small.customers, small.dates, small.amounts, null, "kvartal", endOfMarch))[1][0]).toBe("2024-Q1");
  });

  it("reads blanks as null, \"\" or 0 rows as the other functions do", () => {
    const expected = COHORT(small.customers, small.dates, small.amounts, "revenuePerCustomer", null, endOfMarch);
    // A row of zeros inside the data is an empty row; rows at the end blank in every range are dropped.
    const withBlanks = {
      customers: column(["A", "B", 0, "C", "C", "A", "A", "A", "B", "D", null, "", null]),
      dates: column(["2024-01-05", "2024-01-20", 0, "2024-02-03", "2024-02-03", "2024-02-10", "2024-03-02", "2024-03-02", "2024-03-15", "2024-03-20", "", null, ""]),
      amounts: column([100, 50, 0, 80, 20, 40, 20, -20, 30, 60, null, "", ""]),
    };
    expect(COHORT(withBlanks.customers, withBlanks.dates, withBlanks.amounts, "revenuePerCustomer", null, endOfMarch)).toEqual(expected);
    // Amounts as text in the user's notation.
    expect(COHORT(small.customers, small.dates, column(["1.000,00 kr", "500 kr", "800 kr", "200 kr", "400 kr", "200 kr", "-200 kr", "300 kr", "600 kr"]), "revenuePerCustomer", null, endOfMarch)[1]).toEqual(["2024-01", 2, 750, 200, 150]);
  });

  it("works without amounts for the active measures: amounts left out, one empty cell, or a range with nothing in it", () => {
    const expected = [
      ["Cohort", "Customers", 0, 1, 2],
      // Without amounts every customer-day with a row is a purchase: A's refunded day in March counts.
      ["2024-01", 2, 2, 1, 2],
      ["2024-02", 1, 1, 0, ""],
      ["2024-03", 1, 1, "", ""],
    ];
    const emptyRange = column(new Array(9).fill(null).map((_, index) => (index % 2 === 0 ? null : "")));
    for (const amounts of [undefined, null, "", [[null]], [[""]], emptyRange]) {
      expect(COHORT(small.customers, small.dates, amounts as unknown[][], "activeCustomers", null, endOfMarch)).toEqual(expected);
    }
  });

  it("says that the revenue measures need amounts", () => {
    const emptyRange = column(new Array(9).fill(""));
    for (const measure of ["revenuePerCustomer", "cumulativeRevenuePerCustomer", "omsætning pr. kunde"]) {
      for (const amounts of [noAmounts, [[null]], emptyRange]) {
        expectValueError(() => COHORT(small.customers, small.dates, amounts, measure), "needs amounts, and amounts is empty");
      }
    }
    expect(withDisplayLanguage("da-DK", () => expectValueError(() => COHORT(small.customers, small.dates, noAmounts, "revenuePerCustomer"), 'measure "revenuePerCustomer" kræver beløb'))).toContain(
      '"activeRate" eller "activeCustomers"',
    );
    withDisplayLanguage("sv-SE", () => expectValueError(() => COHORT(small.customers, small.dates, noAmounts, "cumulativeRevenuePerCustomer"), "kräver belopp"));
  });

  it("refuses an unknown measure or period, listing the accepted words", () => {
    const measure = expectValueError(() => COHORT(small.customers, small.dates, small.amounts, "churn"), "measure must be one of ");
    expect(measure).toBe('measure must be one of "activeRate", "revenuePerCustomer", "cumulativeRevenuePerCustomer", "activeCustomers", got \'churn\'.');
    const period = expectValueError(() => COHORT(small.customers, small.dates, small.amounts, null, "year"), "period must be one of ");
    expect(period).toBe('period must be one of "month", "quarter", "week", got \'year\'.');
    expect(withDisplayLanguage("da-DK", () => expectValueError(() => COHORT(small.customers, small.dates, small.amounts, "frafald"), "measure skal være en af"))).toContain("»frafald«");
    expectValueError(() => COHORT(small.customers, small.dates, small.amounts, true), "got TRUE");
  });

  it("says so when there are no purchases to put in cohorts", () => {
    // Observed to 31 December 2023, before every purchase.
    expectValueError(() => COHORT(small.customers, small.dates, small.amounts, null, null, serial(2023, 12, 31)), "no customer has a purchase up to the observation end, 2023-12-31");
    // Only returns: nobody has a purchase day.
    expectValueError(() => COHORT(column(["A", "B"]), column(["2024-01-05", "2024-01-06"]), column([-10, -5])), "There are no purchases to put in cohorts");
    // Every row blank or 0.
    expectValueError(() => COHORT(column([0, 0]), column([0, 0]), column([0, 0])), "every row is blank or 0");
    withDisplayLanguage("sv-SE", () => expectValueError(() => COHORT(column(["A"]), column(["2024-01-05"]), column([-10])), "Det finns inga köp att dela in i kohorter"));
  });

  it("names the sheet row and column of an unreadable row, or counts within the range without addresses", () => {
    const dates = column(["2024-01-05", "2024-01-20", "2024-02-03", "2024-02-03", "soon", "2024-03-02", "2024-03-02", "2024-03-15", "2024-03-20"]);
    const invocation = addresses("Køb!A2:A10", "Køb!B2:B10", "Køb!C2:C10", "", "", "", "", "", "");
    const message = expectValueError(() => COHORT(small.customers, dates, small.amounts, null, null, null, null, null, null, invocation), "Row 6, column 'dates': 'soon'");
    expect(message).not.toContain("first cell of the range");
    expectValueError(() => COHORT(small.customers, dates, small.amounts), "Rows are counted from the first cell of the range.");
    const amounts = column([100, 50, 80, 20, 40, "lots", -20, 30, 60]);
    expectValueError(() => COHORT(small.customers, small.dates, amounts, null, null, null, null, null, null, addresses("A5:A13", "B5:B13", "'Salg 2024'!D5:D13")), "Row 10, column 'amounts': 'lots'");
    expect(withDisplayLanguage("da-DK", () => expectValueError(() => COHORT(small.customers, dates, small.amounts, null, null, null, null, null, null, invocation), "Række 6, kolonne »dates«"))).not.toContain("første celle");
  });

  it("asks for dateOrder when text dates could be day or month first, and reads them in the order given", () => {
    const customers = column(["A", "B", "A"]);
    const dates = column(["03/04/2024", "04/05/2024", "05/06/2024"]);
    expectValueError(() => COHORT(customers, dates), "Give dateOrder");
    // Day first: A joins in April 2024 (3 April), B in May; A buys again in June.
    expect(COHORT(customers, dates, noAmounts, "activeCustomers", null, serial(2024, 6, 30), null, null, "dmy")).toEqual([
      ["Cohort", "Customers", 0, 1, 2],
      ["2024-04", 1, 1, 0, 1],
      ["2024-05", 1, 1, 0, ""],
    ]);
    // Month first: A on 4 March and 6 May, B on 5 April.
    expect(COHORT(customers, dates, noAmounts, "activeCustomers", null, serial(2024, 6, 30), null, null, "mdy").map((row) => row[0])).toEqual(["Cohort", "2024-03", "2024-04"]);
  });
});

describe("KV.COHORT and the Cohorts sheet", () => {
  it("give the same numbers for every observed cell of every block (CDNOW, weeks and an end inside a month)", () => {
    const observationEndDay = Date.UTC(1998, 5, 17) / 86_400_000;
    const log = cdnowLog();
    for (const cohortPeriod of ["month", "week"] as const) {
      const analysis = analyzeTransactions(log, { ...standardSettings, observationEndDay, cohortPeriod, grossMargin: 0.4 });
      const sheet = buildReport(analysis).sheets.find((candidate) => candidate.id === "cohorts")!;
      const blocks: [string, Measure][] = [
        ["cohortActiveRate", "activeRate"],
        ["cohortRevenue", "cumulativeRevenuePerCustomer"],
        ["cohortActive", "activeCustomers"],
      ];
      for (const [id, measure] of blocks) {
        const table = sheet.tables.find((candidate) => candidate.id === id)!;
        const spill = COHORT(cdnow.customers, cdnow.dates, cdnow.amounts, measure, cohortPeriod, observationEndDay + 25569, 0.4, true) as Cell[][];
        expect(spill.slice(1).map((row) => row.slice(0, 2))).toEqual(table.rows.map((row) => row.slice(0, 2)));
        table.rows.forEach((row, r) => {
          const projected = table.marks?.find((mark) => mark.kind === "projected" && mark.row === r)?.column ?? row.length;
          const observed = row.slice(2, projected);
          expect(observed.length).toBeGreaterThan(0);
          observed.forEach((cell, age) => expect(spill[r + 1][2 + age] as number).toBeCloseTo(cell as number, 9));
          expect(spill[r + 1].slice(2 + observed.length).every((cell) => cell === "")).toBe(true);
        });
      }
    }
  });
});

describe("KV.COHORT reads the Cohorts sheet's own words for its measures", () => {
  it.each([
    ["Cumulative revenue per customer won", "cumulativeRevenuePerCustomer"],
    ["Akkumuleret omsætning pr. vundet kunde", "cumulativeRevenuePerCustomer"],
    ["Ackumulerad omsättning per vunnen kund", "cumulativeRevenuePerCustomer"],
    ["Omsättning per vunnen kund", "revenuePerCustomer"],
    ["Kunder, der købte", "activeCustomers"],
  ] as const)("%s", (words, measure) => {
    const spill = (name: string) => COHORT(cdnow.customers, cdnow.dates, cdnow.amounts, name);
    expect(spill(words)).toEqual(spill(measure));
  });
});
