import { fitBgNbd } from "../../src/core/models/fitBgNbd";
import { conditionalExpectedPurchases } from "../../src/core/models/expectedPurchases";
import { probabilityAlive } from "../../src/core/models/probabilityAlive";
import { clvSchedule } from "../../src/core/models/clvSettings";
import { expectedSpendColumn } from "../../src/core/models/expectedSpend";
import { predictClv } from "../../src/core/models/predictiveClv";
import { summarizeCustomers } from "../../src/core/summary/customerSummary";
import { modelInput } from "../../src/core/summary/modelInput";
import { clearFitCache, fitCacheStatistics } from "../../src/functions/fitCache";
import { BGNBD, EXPECTEDPURCHASES, GAMMAGAMMA, PALIVE, PREDICTEDCLV, TimeUnitOption } from "../../src/functions/models";
import { cdnowLog, cdnowReferenceSummary, dayNumber } from "../core/summary/cdnowLog";
import { excelValue, expectRejectedValueError, expectValueError } from "./excelErrors";

// Excel shapes: one-column ranges as 2D arrays, dates as 1900-system serial numbers (day number + 25569).
const serialOf = (day: number): number => day + 25569;
const calibrationEnd = serialOf(dayNumber(1997, 9, 30));
const log = cdnowLog();
const customers = Array.from(log.customer.subarray(0, log.length), (index) => [log.customerIds[index]]);
const dates = Array.from(log.day.subarray(0, log.length), (day) => [serialOf(day)]);
const reference = cdnowReferenceSummary();
const column = (values: number[]): number[][] => values.map((value) => [value]);

/** Published CDNOW parameters (Fader, Hardie & Lee 2005) as KV.BGNBD spills them. */
const published = [["r", 0.243], ["alpha", 4.414], ["a", 0.793], ["b", 2.426], ["logLikelihood", -9582.4], ["customers", 2357], ["timeUnit", "week"]];
const gammaGammaPublished = [["p", 6.25], ["q", 3.74], ["v", 15.44], ["logLikelihood", -4055.92], ["customers", 946]];

beforeEach(() => clearFitCache());

describe("KV.BGNBD", () => {
  it("reproduces the CDNOW reference fit from the raw log up to 1997-09-30, in weeks", async () => {
    // test/fixtures/README.md: r = 0.2426, alpha = 4.4135, a = 0.7929, b = 2.4258, LL = -9582.43
    const result = await BGNBD(customers, dates, calibrationEnd, TimeUnitOption.week);
    const values = Object.fromEntries(result.map(([name, value]) => [name, value]));
    expect(values.r).toBeCloseTo(0.2426, 4);
    expect(values.alpha).toBeCloseTo(4.4135, 3);
    expect(values.a).toBeCloseTo(0.7929, 4);
    expect(values.b).toBeCloseTo(2.4258, 3);
    expect(values.logLikelihood).toBeCloseTo(-9582.43, 2);
    expect(values.customers).toBe(2357);
    expect(values.timeUnit).toBe("week");
    const core = fitBgNbd(modelInput(summarizeCustomers(log, { timeUnit: "week", observationEndDay: dayNumber(1997, 9, 30) })));
    expect(core.ok && core.fit.parameters.r).toBe(values.r);
  });

  it("fits once for equal content and refits when the content changes", async () => {
    await BGNBD(customers, dates, calibrationEnd);
    await BGNBD(customers.map((row) => [...row]), dates.map((row) => [...row]), calibrationEnd, excelValue(""));
    expect(fitCacheStatistics()).toEqual({ hits: 1, fits: 1 });
    const changed = dates.map((row) => [...row]);
    changed[5][0] -= 1;
    await BGNBD(customers, changed, calibrationEnd);
    expect(fitCacheStatistics()).toEqual({ hits: 1, fits: 2 });
  });

  it("ignores trailing blank rows of whole-column references", async () => {
    const result = await BGNBD([...customers, [null], [""]], [...dates, [null], [""]], calibrationEnd);
    expect(result).toEqual(await BGNBD(customers, dates, calibrationEnd));
  });

  it("names the first unreadable row and refuses mismatched ranges and bad options", async () => {
    const broken = dates.map((row) => [...row]);
    broken[2][0] = "31-02-1997" as unknown as number;
    await expectRejectedValueError(() => BGNBD(customers, broken, calibrationEnd), "Row 3");
    await expectRejectedValueError(() => BGNBD(customers, dates.slice(1)), "dates has 6918 rows but customers has 6919");
    await expectRejectedValueError(() => BGNBD(customers, dates, calibrationEnd, excelValue("month")), "timeUnit must be one of");
    await expectRejectedValueError(() => BGNBD(customers.slice(0, 5), dates.slice(0, 5)), "at least 30 customers");
  });
});

describe("KV.GAMMAGAMMA", () => {
  it("reproduces the CDNOW spend model from x and zbar", async () => {
    // test/fixtures/README.md: p = 6.2488, q = 3.7446, v = 15.4477 on the 946 repeat buyers
    const result = await GAMMAGAMMA(column(reference.map((row) => row.x)), column(reference.map((row) => row.zbar)));
    const values = Object.fromEntries(result.map(([name, value]) => [name, value]));
    expect(values.p).toBeCloseTo(6.2488, 3);
    expect(values.q).toBeCloseTo(3.7446, 3);
    expect(values.v).toBeCloseTo(15.4477, 2);
    expect(values.customers).toBe(946);
  });

  it("names the row of a cell that is not a number", async () => {
    await expectRejectedValueError(() => GAMMAGAMMA([[1], ["x"]], [[3], [4]]), "Row 2, column 1 of frequency");
  });
});

describe("KV.PALIVE and KV.EXPECTEDPURCHASES", () => {
  const parameters = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

  it("gives the FHL (2005) example customer x = 2, t_x = 30.43, T = 38.86", () => {
    // Fader, Hardie & Lee (2005): E[Y(39) | 2, 30.43, 38.86] = 1.226
    expect(EXPECTEDPURCHASES(39, [[2]], [[30.43]], [[38.86]], published)[0][0]).toBeCloseTo(1.226, 3);
    expect(PALIVE([[2]], [[30.43]], [[38.86]], published)).toEqual([[probabilityAlive(parameters, 2, 30.43, 38.86)]]);
  });

  it("spills over columns and reads the parameters in either orientation", () => {
    const rows = reference.slice(0, 10);
    const transposed = [published.map((pair) => pair[0]), published.map((pair) => pair[1])];
    const result = EXPECTEDPURCHASES(39, column(rows.map((row) => row.x)), column(rows.map((row) => row.tx)), column(rows.map((row) => row.T)), transposed);
    expect(result).toHaveLength(10);
    rows.forEach((row, index) => expect(result[index][0]).toBeCloseTo(conditionalExpectedPurchases(parameters, row.x, row.tx, row.T, 39), 12));
  });

  it("refuses a malformed parameter range and an inconsistent history", () => {
    expectValueError(() => PALIVE([[2]], [[30]], [[38]], [["r", 0.2], ["a", 1]]), "missing: alpha, b");
    expectValueError(() => PALIVE([[2]], [[40]], [[38]], published), "recency (40) must not be greater than T (38)");
    expectValueError(() => PALIVE([[2], [1]], [[30]], [[38]], published), "recency has 1 rows but frequency has 2");
  });
});

describe("KV.PREDICTEDCLV", () => {
  it("equals the engine's predictive CLV", () => {
    const rows = reference.slice(0, 20);
    const history = {
      frequency: Float64Array.from(rows, (row) => row.x),
      recency: Float64Array.from(rows, (row) => row.tx),
      T: Float64Array.from(rows, (row) => row.T),
    };
    const monetary = Float64Array.from(rows, (row) => row.zbar);
    const expected = predictClv(
      { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
      expectedSpendColumn({ p: 6.25, q: 3.74, v: 15.44 }, history.frequency, monetary),
      history,
      clvSchedule({ horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 0.3, timeUnit: "week" }),
    ).clv;
    const result = PREDICTEDCLV(
      column(rows.map((row) => row.x)),
      column(rows.map((row) => row.tx)),
      column(rows.map((row) => row.T)),
      column(rows.map((row) => row.zbar)),
      published,
      gammaGammaPublished,
      12,
      0.1,
      0.3,
    );
    expect(result.map((row) => row[0])).toEqual(Array.from(expected));
  });

  it("names its own arguments for wrong settings", () => {
    expectValueError(() => PREDICTEDCLV([[2]], [[30.43]], [[38.86]], [[22.35]], published, gammaGammaPublished, 2.5), "months must be a whole number");
    expectValueError(() => PREDICTEDCLV([[2]], [[30.43]], [[38.86]], [[22.35]], published, gammaGammaPublished, 12, 10), "annualDiscountRate");
    expectValueError(() => PREDICTEDCLV([[2]], [[30.43]], [[38.86]], [[22.35]], published, [["p", 1], ["q", 0.5], ["v", 2]]), "missing: q > 1");
  });

  it("uses 12 months, no discounting and margin 1 when omitted", () => {
    expect(PREDICTEDCLV([[2]], [[30.43]], [[38.86]], [[22.35]], published, gammaGammaPublished)).toEqual(
      PREDICTEDCLV([[2]], [[30.43]], [[38.86]], [[22.35]], published, gammaGammaPublished, 12, 0, 1),
    );
  });
});
