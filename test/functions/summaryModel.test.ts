/**
 * KV.SUMMARYMODEL (a purchase model fitted on frequency, recency and T columns, one row per customer or per group of
 * customers with a count) and KV.GAMMAGAMMA's customers column. Property that must hold: a grouped summary stands for
 * its customers, so a fit on it equals the fit on one row per customer (the engine's groupedFit test, here through the
 * worksheet functions: 1e-9 relative), and its spill feeds KV.PALIVE, KV.EXPECTEDPURCHASES and KV.PREDICTEDCLV as
 * KV.PURCHASEMODEL's does.
 */
import { modelConditionalExpectedPurchasesColumn, modelProbabilityAlive, type PurchaseModel } from "../../src/core/models/purchaseModel";
import { clearFitCache, fitCacheStatistics } from "../../src/functions/fitCache";
import { EXPECTEDPURCHASES, GAMMAGAMMA, PALIVE, PREDICTEDCLV, PurchaseModelOption, SUMMARYMODEL, TimeUnitOption } from "../../src/functions/models";
import { cdnowSummary } from "../core/models/cdnowSummary";
import { excelValue, expectRejectedValueError } from "./excelErrors";

// Reference numbers: the BG/NBD on CDNOW in weeks, r = 0.2426, α = 4.4135, a = 0.7929, b = 2.4258, LL = −9582.43
// (test/fixtures/README.md; published as r 0.243, α 4.414, a 0.793, b 2.426 by Fader, Hardie & Lee (2005), "Counting
// your customers the easy way", Marketing Science 24(2), §4; see test/core/models/bgnbdCdnow.test.ts).
const cdnow = cdnowSummary();
const column = (values: ArrayLike<number>): number[][] => Array.from(values, (value) => [value]);
const perCustomer = { frequency: column(cdnow.frequency), recency: column(cdnow.recency), T: column(cdnow.T), monetary: column(cdnow.monetary) };
const valuesOf = (spill: unknown[][]) => Object.fromEntries(spill.map(([name, value]) => [name, value])) as Record<string, number | string>;

/** Customers with equal keys as one row with their count, grouped with a plain Map (independent of the project's grouping). */
function grouped(columns: number[][][], key: (row: number) => string): { columns: number[][][]; customers: number[][] } {
  const groups = new Map<string, { row: number; count: number }>();
  for (let row = 0; row < columns[0].length; row += 1) {
    const group = groups.get(key(row));
    if (group) group.count += 1;
    else groups.set(key(row), { row, count: 1 });
  }
  // Reversed so that the groups' order differs from the customers'.
  const list = [...groups.values()].reverse();
  return { columns: columns.map((cells) => list.map(({ row }) => cells[row])), customers: list.map(({ count }) => [count]) };
}

const historyGroups = grouped([perCustomer.frequency, perCustomer.recency, perCustomer.T], (row) => `${cdnow.frequency[row]}|${cdnow.recency[row]}|${cdnow.T[row]}`);
const [groupFrequency, groupRecency, groupT] = historyGroups.columns;

/** The largest relative difference between the numeric rows of two spills with the same labels. */
function largestRelativeDifference(spill: Record<string, number | string>, reference: Record<string, number | string>): number {
  let largest = 0;
  for (const name of ["r", "alpha", "a", "b", "s", "beta"]) {
    if (reference[name] === undefined) continue;
    largest = Math.max(largest, Math.abs((spill[name] as number) - (reference[name] as number)) / Math.abs(reference[name] as number));
  }
  return largest;
}

/** The purchase model a spill describes, for the engine's predictions. */
function modelOf(spill: Record<string, number | string>): PurchaseModel {
  const number = (name: string): number => spill[name] as number;
  return spill.model === "paretonbd"
    ? { name: "paretonbd", parameters: { r: number("r"), alpha: number("alpha"), s: number("s"), beta: number("beta") } }
    : { name: spill.model as "bgnbd" | "mbgnbd", parameters: { r: number("r"), alpha: number("alpha"), a: number("a"), b: number("b") } };
}

/** What Excel passes as the last argument of a function with @requiresParameterAddresses. */
function addresses(...parameterAddresses: string[]): CustomFunctions.Invocation {
  return { parameterAddresses } as CustomFunctions.Invocation;
}

beforeEach(() => clearFitCache());

describe("KV.SUMMARYMODEL on the CDNOW summary (2,357 customers, weeks)", () => {
  it("gives the published BG/NBD", async () => {
    const bgnbd = valuesOf(await SUMMARYMODEL(perCustomer.frequency, perCustomer.recency, perCustomer.T, undefined, PurchaseModelOption.bgnbd));
    expect(bgnbd).toMatchObject({ model: "bgnbd", customers: 2357, timeUnit: "week", choice: "request", health: "ok" });
    expect(bgnbd.r as number).toBeCloseTo(0.2426, 4);
    expect(bgnbd.alpha as number).toBeCloseTo(4.4135, 3);
    expect(bgnbd.a as number).toBeCloseTo(0.7929, 4);
    expect(bgnbd.b as number).toBeCloseTo(2.4258, 3);
    expect(bgnbd.logLikelihood as number).toBeCloseTo(-9582.43, 2);
  });

  it("spills the 10 rows of KV.PURCHASEMODEL, in its order", async () => {
    const spill = await SUMMARYMODEL(perCustomer.frequency, perCustomer.recency, perCustomer.T);
    expect(spill.map(([name]) => name)).toEqual(["model", "r", "alpha", "a", "b", "logLikelihood", "customers", "timeUnit", "choice", "health"]);
    expect(valuesOf(spill)).toMatchObject({ model: "bgnbd", choice: "tie", health: "ok" });
  });

  it("states the time unit without converting, fitting once for equal columns", async () => {
    const weeks = valuesOf(await SUMMARYMODEL(perCustomer.frequency, perCustomer.recency, perCustomer.T, undefined, PurchaseModelOption.bgnbd, TimeUnitOption.week));
    const days = valuesOf(await SUMMARYMODEL(perCustomer.frequency, perCustomer.recency, perCustomer.T, undefined, PurchaseModelOption.bgnbd, TimeUnitOption.day));
    expect(days).toEqual({ ...weeks, timeUnit: "day" });
    expect(fitCacheStatistics()).toEqual({ fits: 1, hits: 1 });
  });

  it("gives the same fit for a customers column of 1s as without one, and takes a single blank cell for none", async () => {
    const ones = perCustomer.frequency.map(() => [1]);
    const without = await SUMMARYMODEL(perCustomer.frequency, perCustomer.recency, perCustomer.T, undefined, PurchaseModelOption.paretonbd);
    expect(await SUMMARYMODEL(perCustomer.frequency, perCustomer.recency, perCustomer.T, ones, PurchaseModelOption.paretonbd)).toEqual(without);
    expect(await SUMMARYMODEL(perCustomer.frequency, perCustomer.recency, perCustomer.T, [[null]], PurchaseModelOption.paretonbd)).toEqual(without);
    expect(fitCacheStatistics()).toEqual({ fits: 2, hits: 1 });
  });
});

describe("KV.SUMMARYMODEL on CDNOW grouped by (x, t_x, T) with a customers column", () => {
  it("has 1,016 rows that stand for all 2,357 customers", () => {
    expect(groupFrequency.length).toBe(1016);
    expect(historyGroups.customers.reduce((sum, [count]) => sum + count, 0)).toBe(2357);
  });

  it.each(["bgnbd", "mbgnbd", "paretonbd", "auto"])("%s: the same estimates as one row per customer, to 1e-9", async (model) => {
    const single = valuesOf(await SUMMARYMODEL(perCustomer.frequency, perCustomer.recency, perCustomer.T, undefined, excelValue(model)));
    const weighted = valuesOf(await SUMMARYMODEL(groupFrequency, groupRecency, groupT, historyGroups.customers, excelValue(model)));
    expect(weighted.model).toBe(single.model);
    expect(weighted.model).toBe(model === "auto" ? "bgnbd" : model);
    expect(largestRelativeDifference(weighted, single)).toBeLessThan(1e-9);
    expect(Math.abs((weighted.logLikelihood as number) - (single.logLikelihood as number))).toBeLessThan(1e-8 * Math.abs(single.logLikelihood as number));
    expect(weighted).toMatchObject({ customers: 2357, timeUnit: "week", choice: single.choice, health: single.health });
  });
});

describe("KV.GAMMAGAMMA with a customers column", () => {
  // CDNOW's mean spends rounded to whole dollars, so that many repeat buyers share (x, m̄).
  const rounded = perCustomer.monetary.map(([value]) => [Math.round(value)]);
  const spendGroups = grouped([perCustomer.frequency, rounded], (row) => `${cdnow.frequency[row]}|${rounded[row][0]}`);

  it("on CDNOW grouped by (x, m̄) equals the fit on one row per customer, to 1e-9, counting 946 customers", async () => {
    expect(spendGroups.customers.length).toBe(367);
    const single = valuesOf(await GAMMAGAMMA(perCustomer.frequency, rounded));
    const weighted = valuesOf(await GAMMAGAMMA(spendGroups.columns[0], spendGroups.columns[1], spendGroups.customers));
    for (const name of ["p", "q", "v"]) expect(Math.abs((weighted[name] as number) / (single[name] as number) - 1)).toBeLessThan(1e-9);
    expect(weighted.customers).toBe(946);
    expect(single.customers).toBe(946);
  });

  it("is not the per-customer fit on groups of (x, t_x, T) with their mean spend, as docs/functions.md warns", async () => {
    // Whole weeks back from the end, as `kundevaerdi sql --grouped` counts them: T = k(first), recency = k(first) − k(last).
    const weeks = (row: number): [number, number] => [Math.floor(cdnow.T[row]), Math.floor(cdnow.T[row]) - Math.floor(cdnow.T[row] - cdnow.recency[row])];
    const groups = new Map<string, { x: number; spend: number; count: number }>();
    for (let row = 0; row < cdnow.frequency.length; row += 1) {
      const key = `${cdnow.frequency[row]}|${weeks(row).join("|")}`;
      const group = groups.get(key) ?? { x: cdnow.frequency[row], spend: 0, count: 0 };
      group.spend += cdnow.monetary[row];
      group.count += 1;
      groups.set(key, group);
    }
    const list = [...groups.values()];
    expect(list).toHaveLength(667);
    const averaged = valuesOf(await GAMMAGAMMA(column(list.map((group) => group.x)), column(list.map((group) => group.spend / group.count)), column(list.map((group) => group.count))));
    expect(averaged.customers).toBe(946);
    expect(averaged.p as number).toBeCloseTo(14.77, 2);
    expect(valuesOf(await GAMMAGAMMA(perCustomer.frequency, perCustomer.monetary)).p as number).toBeCloseTo(6.25, 2);
  });

  it("counts in `customers` the weights of the rows it uses (x > 0 and monetary > 0)", async () => {
    const frequency = [[0], [1], [2], [3], [1], [2], [4], [1], [3], [2], [5], [2]];
    const monetary = [[0], [20], [35], [28], [50], [41], [30], [18], [60], [25], [33], [0]];
    const counts = [[40], [3], [2], [1], [2], [4], [1], [1], [2], [1], [1], [7]];
    expect(valuesOf(await GAMMAGAMMA(frequency, monetary, counts)).customers).toBe(18);
    expect(await GAMMAGAMMA(frequency, monetary, frequency.map(() => [1]))).toEqual(await GAMMAGAMMA(frequency, monetary));
  });
});

describe("bad customers columns", () => {
  const frequency = [[0], [2], [1], [3]];
  const recency = [[0], [10], [4], [20]];
  const T = [[30], [30], [25], [26]];
  const monetary = [[0], [12], [30], [18]];
  /** The counts with the second (sheet row 3) replaced. */
  const countsWith = (value: unknown): unknown[][] => [[5], [value], [2], [1]];
  const summaryAddresses = addresses("Grupper!A2:A5", "Grupper!B2:B5", "Grupper!C2:C5", "Grupper!D2:D5", "", "");
  const spendAddresses = addresses("Grupper!A2:A5", "Grupper!E2:E5", "Grupper!D2:D5");

  it.each([
    [0, "Cell D3 of customers: customers must be a whole number ≥ 1 (1, 2, 3, …), got 0"],
    [2.5, "Cell D3 of customers: customers must be a whole number ≥ 1 (1, 2, 3, …), got 2.5"],
    ["many", "Cell D3 of customers must be a number or blank, got 'many'"],
    [null, "Cell D3 of customers is blank inside the data"],
    ["", "Cell D3 of customers is blank inside the data"],
  ])("%p names its cell, in KV.SUMMARYMODEL and KV.GAMMAGAMMA", async (value, message) => {
    await expectRejectedValueError(() => SUMMARYMODEL(frequency, recency, T, countsWith(value) as any[][], excelValue(null), excelValue(null), summaryAddresses), message);
    await expectRejectedValueError(() => GAMMAGAMMA(frequency, monetary, countsWith(value) as any[][], spendAddresses), message);
  });

  it("counts rows within the range without an address, and says so", async () => {
    const message = await expectRejectedValueError(() => SUMMARYMODEL(frequency, recency, T, countsWith(0) as any[][]), "Row 2, column 1 of customers: customers must be a whole number ≥ 1");
    expect(message).toContain("Rows are counted from the first cell of the range.");
  });

  it("refuses columns of different lengths, naming both", async () => {
    await expectRejectedValueError(() => SUMMARYMODEL(frequency, recency, T, [[5], [1], [2]]), "customers has 3 rows but frequency has 4");
    await expectRejectedValueError(() => SUMMARYMODEL(frequency, recency.slice(1), T), "recency has 3 rows but frequency has 4");
    await expectRejectedValueError(() => GAMMAGAMMA(frequency, monetary, [[5], [1], [2], [1], [1]]), "customers has 5 rows but frequency has 4");
  });

  it("names the cell of a history the models refuse", async () => {
    const at = (cells: number[][], value: number): number[][] => cells.map((cell, index) => (index === 2 ? [value] : cell));
    await expectRejectedValueError(() => SUMMARYMODEL(at(frequency, 1.5), recency, T, undefined, excelValue(null), excelValue(null), summaryAddresses), "Cell A4 of frequency: frequency must be a whole number ≥ 0");
    await expectRejectedValueError(() => SUMMARYMODEL(frequency, at(recency, 40), T, undefined, excelValue(null), excelValue(null), summaryAddresses), "Cell B4 of recency: recency (40) must not be greater than T (25)");
    await expectRejectedValueError(() => SUMMARYMODEL(frequency, recency, at(T, -1), undefined, excelValue(null), excelValue(null), summaryAddresses), "Cell C4 of T: T must be a number ≥ 0, got -1");
  });

  it("refuses a model or time unit it does not know", async () => {
    await expectRejectedValueError(() => SUMMARYMODEL(frequency, recency, T, undefined, excelValue("weibull")), '"auto", "bgnbd", "mbgnbd", "paretonbd"');
    await expectRejectedValueError(() => SUMMARYMODEL(frequency, recency, T, undefined, excelValue(null), excelValue("month")), "timeUnit must be one of");
  });

  it("says when the base is too small, counting customers, not rows", async () => {
    await expectRejectedValueError(() => SUMMARYMODEL(frequency, recency, T, [[5], [3], [2], [1]]), "needs at least 30 customers; the data has 11");
  });
});

describe("the chain KV.SUMMARYMODEL → KV.PALIVE, KV.EXPECTEDPURCHASES, KV.PREDICTEDCLV", () => {
  const rows = 25;
  const first = { frequency: perCustomer.frequency.slice(0, rows), recency: perCustomer.recency.slice(0, rows), T: perCustomer.T.slice(0, rows), monetary: perCustomer.monetary.slice(0, rows) };
  const history = { frequency: cdnow.frequency.subarray(0, rows), recency: cdnow.recency.subarray(0, rows), T: cdnow.T.subarray(0, rows) };

  it.each(["bgnbd", "mbgnbd", "paretonbd"])("%s: the grouped fit's spill answers as the engine does for its parameters", async (model) => {
    const spill = await SUMMARYMODEL(groupFrequency, groupRecency, groupT, historyGroups.customers, excelValue(model));
    const fitted = modelOf(valuesOf(spill));
    const alive = PALIVE(first.frequency, first.recency, first.T, spill);
    alive.forEach(([value], row) => expect(value).toBeCloseTo(modelProbabilityAlive(fitted, cdnow.frequency[row], cdnow.recency[row], cdnow.T[row]), 12));
    const expected = modelConditionalExpectedPurchasesColumn(fitted, history, 39);
    EXPECTEDPURCHASES(39, first.frequency, first.recency, first.T, spill).forEach(([value], row) => expect(value).toBeCloseTo(expected[row], 12));
  });

  it("gives P(alive) and expected purchases equal to those of the per-customer fit", async () => {
    const grouped = await SUMMARYMODEL(groupFrequency, groupRecency, groupT, historyGroups.customers, PurchaseModelOption.bgnbd);
    const single = await SUMMARYMODEL(perCustomer.frequency, perCustomer.recency, perCustomer.T, undefined, PurchaseModelOption.bgnbd);
    // The example customer of Fader, Hardie & Lee (2005): E[Y(39) | 2, 30.43, 38.86] = 1.226 under the published fit.
    expect(EXPECTEDPURCHASES(39, [[2]], [[30.43]], [[38.86]], grouped)[0][0]).toBeCloseTo(1.226, 2);
    const [groupedAlive, singleAlive] = [grouped, single].map((spill) => PALIVE(first.frequency, first.recency, first.T, spill));
    groupedAlive.forEach(([value], row) => expect(Math.abs(value - singleAlive[row][0])).toBeLessThan(1e-9));
  });

  it("values customers with KV.GAMMAGAMMA's grouped fit in KV.PREDICTEDCLV", async () => {
    const purchases = await SUMMARYMODEL(groupFrequency, groupRecency, groupT, historyGroups.customers, PurchaseModelOption.bgnbd);
    const spendGroups = grouped([perCustomer.frequency, perCustomer.monetary], (row) => `${cdnow.frequency[row]}|${cdnow.monetary[row]}`);
    const spend = await GAMMAGAMMA(spendGroups.columns[0], spendGroups.columns[1], spendGroups.customers);
    const clv = PREDICTEDCLV(first.frequency, first.recency, first.T, first.monetary, purchases, spend, 12, 0.1, 0.3);
    const reference = PREDICTEDCLV(
      first.frequency,
      first.recency,
      first.T,
      first.monetary,
      await SUMMARYMODEL(perCustomer.frequency, perCustomer.recency, perCustomer.T, undefined, PurchaseModelOption.bgnbd),
      await GAMMAGAMMA(perCustomer.frequency, perCustomer.monetary),
      12,
      0.1,
      0.3,
    );
    expect(clv).toHaveLength(rows);
    clv.forEach(([value], row) => expect(Math.abs(value - reference[row][0])).toBeLessThan(1e-7 * Math.max(1, reference[row][0])));
  });
});
