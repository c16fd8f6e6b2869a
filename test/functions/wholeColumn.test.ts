/**
 * Every range-taking worksheet function over whole columns, as Excel passes them: 1,048,576 rows (A:A) holding a
 * few dozen values followed by blank cells (null and "", as different Excel hosts send an empty cell), and
 * more than 125,000 filled rows. A whole column once overflowed the call stack (a range's widths spread into
 * Math.max: "Maximum call stack size exceeded" from about 125,000 rows); the results must be those of the
 * same values in a range of just their size.
 */
import { dayToExcelSerial } from "../../src/core/read/excelSerial";
import { benchmarkScenario } from "../../src/core/simulate/benchmarkScenario";
import { simulateTransactionLog } from "../../src/core/simulate/simulateTransactionLog";
import { summarizeCustomers } from "../../src/core/summary/customerSummary";
import { modelInput } from "../../src/core/summary/modelInput";
import { fitBgNbd } from "../../src/core/models/fitBgNbd";
import { NEXTPURCHASE, RFM } from "../../src/functions/customerHistory";
import { clearFitCache } from "../../src/functions/fitCache";
import { CUSTOMEREQUITY } from "../../src/functions/lifetimeValue";
import { NPS } from "../../src/functions/kpis";
import { BGNBD, EXPECTEDPURCHASES, GAMMAGAMMA, PALIVE, PREDICTEDCLV, PurchaseModelOption, SUMMARYMODEL } from "../../src/functions/models";
import { RFMSCORE, SEGMENT } from "../../src/functions/segments";

/** Excel's rows: a whole-column reference (A:A) passes this many. */
const EXCEL_ROWS = 1_048_576;

/** Blank rows as Excel hosts send an empty cell, alternating null and "" (two shared arrays, built once). */
const blankRows: readonly unknown[][] = [[null], [""]];
const blankColumn = Array.from({ length: EXCEL_ROWS }, (_, row) => blankRows[row % 2]);

/** A whole one-column range (A:A): the values, then blank cells up to row 1,048,576. */
function wholeColumn(values: readonly unknown[]): unknown[][] {
  return column(values).concat(blankColumn.slice(values.length));
}

/** A range of just the values (what the results are compared with). */
function column(values: readonly unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

// The 30 customers of KV.BGNBD's example in docs/functions.md: 108 purchase rows of 2024, observed to 2024-07-01.
const bgnbdCustomers = [1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 9, 9, 9, 10, 10, 10, 11, 11, 12, 12, 12, 12, 12, 13, 13, 14, 14, 14, 15, 15, 16, 16, 16, 16, 16, 16, 17, 17, 18, 18, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 24, 24, 25, 25, 25, 25, 26, 26, 27, 27, 27, 27, 28, 28, 28, 29, 29, 30, 30, 30, 30];
const bgnbdDates = [
  45318, 45319, 45321, 45349, 45354, 45355, 45356, 45363, 45371, 45388, 45389, 45395, 45307, 45353, 45470, 45471, 45318, 45330, 45320, 45342, 45349, 45405, 45435, 45292,
  45294, 45300, 45293, 45306, 45331, 45348, 45361, 45370, 45297, 45336, 45387, 45344, 45457, 45341, 45365, 45366, 45387, 45419, 45292, 45326, 45311, 45330, 45333, 45342,
  45348, 45310, 45328, 45347, 45362, 45408, 45421, 45316, 45317, 45292, 45306, 45320, 45349, 45323, 45349, 45362, 45404, 45320, 45332, 45342, 45350, 45370, 45374, 45379,
  45384, 45386, 45391, 45392, 45420, 45330, 45351, 45352, 45398, 45295, 45296, 45310, 45331, 45298, 45299, 45300, 45303, 45347, 45448, 45449, 45460, 45301, 45306, 45307,
  45318, 45418, 45448, 45345, 45368, 45377, 45294, 45299, 45305, 45382, 45395, 45460,
];
// Amounts as text and numbers, as a messy sheet has them.
const bgnbdAmounts = bgnbdDates.map((_, row) => (row % 3 === 0 ? `${10 + (row % 17)},50 kr` : 5 + (row % 23)));
const asOf = 45474;

// Forty customers' RFM columns (days since last purchase, purchases, revenue) and model inputs, in weeks.
const forty = Array.from({ length: 40 }, (_, i) => i);
const days = forty.map((i) => (i * 37) % 180);
const purchases = forty.map((i) => 1 + ((i * 7) % 9));
const revenue = forty.map((i) => 40 + ((i * 53) % 700));
const frequency = purchases.map((count) => count - 1);
const recency = forty.map((i) => (frequency[i] === 0 ? 0 : 2 + ((i * 11) % 20)));
const age = forty.map((i) => 25 + ((i * 13) % 20));
const monetary = forty.map((i) => (frequency[i] === 0 ? 0 : 12 + ((i * 29) % 40)));
// KV.SUMMARYMODEL's example in docs/functions.md: 491 customers of one cohort in 12 rows of (x, t_x, T) and their count.
const summaryGroups = {
  frequency: [0, 1, 1, 1, 2, 2, 2, 3, 3, 5, 5, 8],
  recency: [0, 2, 10, 25, 5, 15, 28, 8, 27, 12, 29, 29],
  T: Array.from({ length: 12 }, () => 30),
  customers: [300, 40, 30, 25, 20, 20, 15, 10, 12, 6, 8, 5],
};
const bgnbdParameters = [["r", 0.243], ["alpha", 4.414], ["a", 0.793], ["b", 2.426], ["logLikelihood", -9582.4], ["customers", 2357], ["timeUnit", "week"]];
const gammaGammaParameters = [["p", 6.25], ["q", 3.74], ["v", 15.44], ["logLikelihood", -4055.92], ["customers", 946]];

/** KV.BGNBD's and KV.GAMMAGAMMA's spill in a two-column whole-column range (F:G): the labels, then blank rows. */
function wholeParameterColumns(parameters: readonly unknown[][]): unknown[][] {
  const blank = [null, ""];
  return parameters.concat(blankColumn.slice(parameters.length).map(() => blank));
}

beforeEach(() => clearFitCache());

describe("whole columns (1,048,576 rows) holding a few dozen values, then blanks", () => {
  it("KV.RFM spills one row per customer", () => {
    const expected = RFM(column(bgnbdCustomers), column(bgnbdDates), column(bgnbdAmounts), asOf);
    expect(expected).toHaveLength(31);
    expect(RFM(wholeColumn(bgnbdCustomers), wholeColumn(bgnbdDates), wholeColumn(bgnbdAmounts), asOf)).toEqual(expected);
  });

  it("KV.NEXTPURCHASE spills one row per customer and looks one up", () => {
    const expected = NEXTPURCHASE(column(bgnbdCustomers), column(bgnbdDates));
    expect(expected).toHaveLength(30);
    expect(NEXTPURCHASE(wholeColumn(bgnbdCustomers), wholeColumn(bgnbdDates))).toEqual(expected);
    expect(NEXTPURCHASE(wholeColumn(bgnbdCustomers), wholeColumn(bgnbdDates), 20)).toEqual([[expected[19][1]]]);
  });

  it("KV.BGNBD fits the same parameters", async () => {
    const expected = await BGNBD(column(bgnbdCustomers), column(bgnbdDates), asOf);
    clearFitCache();
    const whole = await BGNBD(wholeColumn(bgnbdCustomers), wholeColumn(bgnbdDates), asOf);
    expect(whole).toEqual(expected);
    expect(whole.find(([name]) => name === "customers")).toEqual(["customers", 30]);
  });

  it("KV.SEGMENT and KV.RFMSCORE score the customers, not the blank rows", () => {
    const scores = RFMSCORE(column(days), column(purchases), column(revenue));
    expect(scores).toHaveLength(40);
    expect(RFMSCORE(wholeColumn(days), wholeColumn(purchases), wholeColumn(revenue))).toEqual(scores);
    for (const scheme of ["rfm", "value"]) {
      const segments = SEGMENT(column(days), column(purchases), column(revenue), scheme);
      expect(SEGMENT(wholeColumn(days), wholeColumn(purchases), wholeColumn(revenue), scheme)).toEqual(segments);
    }
  });

  it("KV.GAMMAGAMMA fits the same parameters, with and without customers", async () => {
    const expected = await GAMMAGAMMA(column(frequency), column(monetary));
    clearFitCache();
    expect(await GAMMAGAMMA(wholeColumn(frequency), wholeColumn(monetary))).toEqual(expected);
    const counts = forty.map((i) => 1 + (i % 4));
    const grouped = await GAMMAGAMMA(column(frequency), column(monetary), column(counts));
    clearFitCache();
    expect(await GAMMAGAMMA(wholeColumn(frequency), wholeColumn(monetary), wholeColumn(counts))).toEqual(grouped);
  });

  it("KV.SUMMARYMODEL fits the same parameters, with and without customers", async () => {
    const { frequency: x, recency: tx, T, customers: counts } = summaryGroups;
    const expected = await SUMMARYMODEL(column(x), column(tx), column(T), column(counts), PurchaseModelOption.bgnbd);
    clearFitCache();
    expect(await SUMMARYMODEL(wholeColumn(x), wholeColumn(tx), wholeColumn(T), wholeColumn(counts), PurchaseModelOption.bgnbd)).toEqual(expected);
    expect(Object.fromEntries(expected).customers).toBe(491);
    // One row per customer: the example's 31 customers of its smallBase case (14, 3, 2, … of the 12 rows).
    const each = [14, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1].flatMap((count, row) => Array.from({ length: count }, () => row));
    const [ex, etx, eT] = [x, tx, T].map((cells) => each.map((row) => cells[row]));
    const single = await SUMMARYMODEL(column(ex), column(etx), column(eT), undefined, PurchaseModelOption.bgnbd);
    clearFitCache();
    expect(await SUMMARYMODEL(wholeColumn(ex), wholeColumn(etx), wholeColumn(eT), undefined, PurchaseModelOption.bgnbd)).toEqual(single);
    expect(Object.fromEntries(single).customers).toBe(31);
  });

  it("KV.PALIVE, KV.EXPECTEDPURCHASES and KV.PREDICTEDCLV answer per customer, also with the parameters in whole columns", () => {
    const history = [column(frequency), column(recency), column(age)] as const;
    const wholeHistory = [wholeColumn(frequency), wholeColumn(recency), wholeColumn(age)] as const;
    const wholeBgnbd = wholeParameterColumns(bgnbdParameters);
    const alive = PALIVE(...history, bgnbdParameters);
    expect(alive).toHaveLength(40);
    expect(PALIVE(...wholeHistory, wholeBgnbd)).toEqual(alive);
    expect(EXPECTEDPURCHASES(39, ...wholeHistory, bgnbdParameters)).toEqual(EXPECTEDPURCHASES(39, ...history, bgnbdParameters));
    const clv = PREDICTEDCLV(...history, column(monetary), bgnbdParameters, gammaGammaParameters, 12, 0.1, 0.3);
    expect(clv).toHaveLength(40);
    expect(
      PREDICTEDCLV(...wholeHistory, wholeColumn(monetary), wholeBgnbd, wholeParameterColumns(gammaGammaParameters), 12, 0.1, 0.3),
    ).toEqual(clv);
  });

  it("KV.NPS and KV.CUSTOMEREQUITY skip the blank cells", () => {
    const answers = forty.map((i) => i % 11);
    expect(NPS(wholeColumn(answers))).toBe(NPS(column(answers)));
    expect(CUSTOMEREQUITY(wholeColumn(revenue), undefined, 10)).toBe(CUSTOMEREQUITY(column(revenue), undefined, 10));
  });
});

describe("more than 125,000 filled rows, in whole columns", () => {
  // ≈ 134,000 purchase rows of 60,000 simulated customers, with dates as serial numbers and amounts.
  const log = simulateTransactionLog(benchmarkScenario(60_000, 3).parameters, benchmarkScenario(60_000, 3).options);
  const rows = Array.from({ length: log.length }, (_, row) => row);
  const customers = wholeColumn(rows.map((row) => log.customerIds[log.customer[row]]));
  const dates = wholeColumn(rows.map((row) => dayToExcelSerial(log.day[row])));
  const amounts = wholeColumn(rows.map((row) => log.amount[row]));
  const summary = summarizeCustomers(log, { timeUnit: "day" });
  const customerCount = summary.customerIds.length;

  it("has more than 125,000 rows", () => {
    expect(log.length).toBeGreaterThan(125_000);
  });

  it("KV.RFM, KV.NEXTPURCHASE and KV.BGNBD read every row", async () => {
    const table = RFM(customers, dates, amounts);
    expect(table).toHaveLength(customerCount + 1);
    const byId = new Map(table.slice(1).map((row) => [row[0], row]));
    for (const index of [0, 1234, customerCount - 1]) {
      const row = byId.get(summary.customerIds[index])!;
      expect(row[3]).toBe(summary.purchases[index]);
      expect(row[4]).toBeCloseTo(summary.revenue[index], 9);
    }
    expect(NEXTPURCHASE(customers, dates)).toHaveLength(customerCount);
    const fit = fitBgNbd(modelInput(summarizeCustomers(log, { timeUnit: "week" })));
    const spilled = Object.fromEntries(await BGNBD(customers, dates));
    if (!fit.ok) throw new Error("the simulated log must fit");
    // The function numbers customers by first appearance in the rows, the simulation by customer: sums differ in the last digits.
    for (const name of ["r", "alpha", "a", "b"] as const) expect(spilled[name] / fit.fit.parameters[name]).toBeCloseTo(1, 9);
    expect(spilled.customers).toBe(customerCount);
  });

  it("KV.SEGMENT, KV.RFMSCORE, KV.GAMMAGAMMA, KV.SUMMARYMODEL, KV.PALIVE, KV.EXPECTEDPURCHASES, KV.PREDICTEDCLV, KV.NPS and KV.CUSTOMEREQUITY take 130,000 customers", async () => {
    const n = 130_000;
    const values = (f: (i: number) => number): number[] => Array.from({ length: n }, (_, i) => f(i));
    const manyFrequency = wholeColumn(values((i) => i % 6));
    const manyRecency = wholeColumn(values((i) => (i % 6 === 0 ? 0 : 1 + (i % 20))));
    const manyAge = wholeColumn(values((i) => 21 + (i % 30)));
    const manyMonetary = wholeColumn(values((i) => (i % 6 === 0 ? 0 : 10 + (i % 37))));
    const manyDays = wholeColumn(values((i) => i % 365));
    const answers = values((i) => i % 11);
    const manyAnswers = wholeColumn(answers);
    // Days since last purchase, purchases (frequency + 1, as a column of 1–6 would be) and revenue.
    expect(SEGMENT(manyDays, manyAge, manyMonetary)).toHaveLength(n);
    expect(RFMSCORE(manyDays, manyAge, manyMonetary)).toHaveLength(n);
    expect(Object.fromEntries(await GAMMAGAMMA(manyFrequency, manyMonetary)).customers).toBe(n - Math.ceil(n / 6));
    // The 12 rows of KV.SUMMARYMODEL's example 10,834 times over: the same estimates, 10,834 × 491 customers.
    const repeated = (cells: readonly number[]): unknown[][] => wholeColumn(Array.from({ length: 12 * 10_834 }, (_, i) => cells[i % 12]));
    const many = Object.fromEntries(await SUMMARYMODEL(...([summaryGroups.frequency, summaryGroups.recency, summaryGroups.T, summaryGroups.customers].map(repeated) as [unknown[][], unknown[][], unknown[][], unknown[][]]), PurchaseModelOption.bgnbd));
    const few = Object.fromEntries(await SUMMARYMODEL(column(summaryGroups.frequency), column(summaryGroups.recency), column(summaryGroups.T), column(summaryGroups.customers), PurchaseModelOption.bgnbd));
    expect(many.customers).toBe(10_834 * 491);
    for (const name of ["r", "alpha", "a", "b"]) expect(many[name] / few[name]).toBeCloseTo(1, 6);
    expect(PALIVE(manyFrequency, manyRecency, manyAge, bgnbdParameters)).toHaveLength(n);
    expect(EXPECTEDPURCHASES(39, manyFrequency, manyRecency, manyAge, bgnbdParameters)).toHaveLength(n);
    expect(PREDICTEDCLV(manyFrequency, manyRecency, manyAge, manyMonetary, bgnbdParameters, gammaGammaParameters)).toHaveLength(n);
    const share = (test: (answer: number) => boolean): number => answers.filter(test).length / n;
    expect(NPS(manyAnswers)).toBeCloseTo((share((a) => a >= 9) - share((a) => a <= 6)) * 100, 9);
    expect(CUSTOMEREQUITY(manyFrequency)).toBe(answers.reduce((sum, _, i) => sum + (i % 6), 0));
  });
});
