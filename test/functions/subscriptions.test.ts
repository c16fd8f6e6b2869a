import { fitShiftedBetaGeometric } from "../../src/core/models/fitShiftedBetaGeometric";
import { sbgDataFromCustomers } from "../../src/core/models/sbgData";
import { sbgDiscountedResidualLifetime, sbgRetentionRate, sbgSurvival } from "../../src/core/models/sbgPredictions";
import { clearFitCache, fitCacheStatistics } from "../../src/functions/fitCache";
import { SBG, SBGRESIDUALVALUE, SBGRETENTION, SBGSURVIVAL } from "../../src/functions/subscriptions";
import { PAPER_SURVIVORS, sbgPaperCohorts } from "../core/models/sbgPaperCohorts";
import { expectValueError, withDisplayLanguage } from "./excelErrors";

// Fader & Hardie (2007), "How to project customer retention": the published estimates on years 1–7 are high end
// α = 0.668, β = 3.806 and regular α = 0.704, β = 1.182; the log-likelihoods −1611.16 and −1680.27 are the
// independent Python fit of test/fixtures/sbg_paper.csv (test/fixtures/README.md).
const column = (values: readonly (number | boolean | string | null)[]): (number | boolean | string | null)[][] => values.map((value) => [value]);
const cohorts = sbgPaperCohorts();
const highEnd = [["alpha", 0.668], ["beta", 3.806]];
const regular = [["alpha", 0.704], ["beta", 1.182]];
const invocation = (...addresses: string[]): CustomFunctions.Invocation => ({ parameterAddresses: addresses }) as CustomFunctions.Invocation;

beforeEach(() => clearFitCache());

describe("KV.SBG", () => {
  it("reproduces the paper's estimates from one row per customer and from the survivors curve", () => {
    const rows = SBG(column(Array.from(cohorts.highend.periods)), column(Array.from(cohorts.highend.active, (flag) => flag === 1)));
    const values = Object.fromEntries(rows);
    expect(rows.map(([label]) => label)).toEqual(["alpha", "beta", "logLikelihood", "customers"]);
    expect(values.alpha).toBeCloseTo(0.668, 3);
    expect(values.beta).toBeCloseTo(3.806, 3);
    expect(values.logLikelihood).toBeCloseTo(-1611.16, 2);
    expect(values.customers).toBe(1000);
    const curve = Object.fromEntries(SBG(column([...PAPER_SURVIVORS.regular])));
    expect(curve.alpha).toBeCloseTo(0.704, 3);
    expect(curve.beta).toBeCloseTo(1.182, 3);
    expect(curve.logLikelihood).toBeCloseTo(-1680.27, 2);
  });

  it("equals the engine's fit, reads active as TRUE/FALSE, 1/0 or yes/no in en/da/sv, across a row too", () => {
    const periods = Array.from(cohorts.regular.periods);
    const words = ["FALSE", "nej", 0, "no", "falsk", "falskt"];
    const active = Array.from(cohorts.regular.active, (flag, row) => (flag === 1 ? ["TRUE", "ja", 1, "Yes", " sand ", "SANT", true][row % 7] : words[row % 6]));
    const engine = fitShiftedBetaGeometric(sbgDataFromCustomers(cohorts.regular.periods, cohorts.regular.active));
    const values = Object.fromEntries(SBG([periods], [active]));
    expect(values.alpha).toBe(engine.parameters.alpha);
    expect(values.beta).toBe(engine.parameters.beta);
  });

  it("fits once for equal content and ignores the blank rows of whole columns", () => {
    const curve = column([...PAPER_SURVIVORS.highend]);
    const first = SBG(curve);
    expect(SBG([...curve, [null], [""]])).toEqual(first);
    expect(fitCacheStatistics()).toEqual({ hits: 1, fits: 1 });
    SBG(column(Array.from(cohorts.highend.periods)), column(Array.from(cohorts.highend.active)));
    expect(fitCacheStatistics()).toEqual({ hits: 1, fits: 2 });
  });

  it("names the cell of a bad period or active value, and refuses data that cannot determine alpha and beta", () => {
    const periods = column([1, 2, 2.5, 3]);
    const active = column([false, false, true, true]);
    expectValueError(() => SBG(periods, active, invocation("Data!B2:B5", "Data!C2:C5")), "Cell B4 of periodsOrSurvivors: periodsOrSurvivors must be a whole number ≥ 1");
    expectValueError(() => SBG(column([1, 2, 3, 0]), active), "Row 4, column 1 of periodsOrSurvivors");
    expectValueError(() => SBG(column([1, 2, 3, 4]), column([false, "maybe", true, true]), invocation("B2:B5", "C2:C5")), "Cell C3 of active: active must be TRUE (still active) or FALSE (cancelled)");
    expectValueError(() => SBG(column([1, 2, 3, 4]), column([false, null, true, true])), "but the cell is blank");
    expectValueError(() => SBG(column([1, 2, 3]), column([true, false])), "active has 2 rows but periodsOrSurvivors has 3");
    expectValueError(() => SBG(column([1000, 631, 630.5])), "Row 3, column 1 of periodsOrSurvivors: periodsOrSurvivors must be a whole number ≥ 0");
    expectValueError(() => SBG(column([1000, 631, 700])), "period 2 starts with 700 customers after 631 in period 1");
    expectValueError(() => SBG(column([20, 10, 5])), "The sBG model needs at least 30 customers, and periodsOrSurvivors holds 20");
    expectValueError(() => SBG(column([100, 100, 100])), "None of the 100 customers in periodsOrSurvivors cancelled");
    expectValueError(() => SBG(column([1000, 500, 500])), "All 500 cancellations in periodsOrSurvivors are in the first period");
    expectValueError(() => SBG(column([1000, 500, 250, 125])), "use KV.CLVRETENTION with the one retention rate that fits them all, 0.5 per period");
    withDisplayLanguage("da-DK", () => expectValueError(() => SBG(column([1000, 500, 250, 125])), "brug KV.KUNDEVÆRDI.FASTHOLDELSE"));
  });
});

describe("KV.SBGSURVIVAL and KV.SBGRETENTION", () => {
  it("give S(t) and r(t) of the labelled parameters, one per period, in either orientation", () => {
    // The regular cohort's r(1) = 1.182/1.886 and S(2) = r(1)·r(2) = (1.182/1.886)·(2.182/2.886) (Fader & Hardie 2007).
    expect(SBGRETENTION([[1]], regular)[0][0]).toBeCloseTo(1.182 / 1.886, 12);
    expect(SBGSURVIVAL([[2]], regular)[0][0]).toBeCloseTo((1.182 / 1.886) * (2.182 / 2.886), 12);
    const across = [["alpha", "beta"], [0.704, 1.182]];
    const years = column([8, 9, 10, 11, 12]);
    expect(SBGSURVIVAL(years, across)).toEqual(years.map(([t]) => [sbgSurvival({ alpha: 0.704, beta: 1.182 }, t as number)]));
    expect(SBGRETENTION([[1, 2, 3]], highEnd)).toEqual([1, 2, 3].map((t) => [sbgRetentionRate({ alpha: 0.668, beta: 3.806 }, t)]));
    expect(SBGSURVIVAL([[0]], highEnd)).toEqual([[1]]);
  });

  it("refuse periods out of range and a parameter range without alpha and beta", () => {
    expectValueError(() => SBGSURVIVAL(column([1, -1]), regular, invocation("A2:A3", "F2:G3")), "Cell A3 of period: period must be a whole number ≥ 0");
    expectValueError(() => SBGRETENTION([[0]], regular), "period must be a whole number ≥ 1 (1, 2, 3, …), got 0");
    expectValueError(() => SBGSURVIVAL([[1]], [["alpha", 0.7]]), "sbgParameters must be the parameters spilled by KV.SBG (labels and values); missing: beta");
    expectValueError(() => SBGRETENTION([[1]], [["alpha", -1], ["beta", "x"]]), "missing: alpha, beta");
  });
});

describe("KV.SBGRESIDUALVALUE", () => {
  it("is the DERL of Fader & Hardie (2010, eq. 6) times the value per period, per customer", () => {
    // The high-end customer after 7 renewals at 10 %: 7.53 periods (jdmaturen/shifted_beta_geometric_py: 7.530).
    expect(SBGRESIDUALVALUE([[7]], highEnd, 0.1)[0][0]).toBeCloseTo(7.53, 2);
    const renewals = column([0, 1, 4, 7, 4]);
    const values = SBGRESIDUALVALUE(renewals, regular, "10%", 100);
    renewals.forEach(([count], row) => expect(values[row][0]).toBeCloseTo(100 * sbgDiscountedResidualLifetime({ alpha: 0.704, beta: 1.182 }, count as number, 0.1), 9));
    // No discounting, α = 2, β = 3: (β + renewals)/(α − 1) = 3 and 7 renewals to come.
    expect(SBGRESIDUALVALUE(column([0, 4]), [["alpha", 2], ["beta", 3]], 0)).toEqual([[3], [7]]);
  });

  it("says the value is infinite with alpha ≤ 1 and no discounting, and refuses bad rates and values", () => {
    expectValueError(() => SBGRESIDUALVALUE([[0]], regular, 0), "With alpha 0.704 (at most 1) and discountRate 0 the expected remaining lifetime is infinite");
    expectValueError(() => SBGRESIDUALVALUE([[0]], regular, 10), "discountRate must be a fraction from 0 to 1");
    expectValueError(() => SBGRESIDUALVALUE([[0]], regular, 1e-12), "discountRate must be 0 or at least 1e-9 per period, got 1e-12");
    expectValueError(() => SBGRESIDUALVALUE([[0]], regular, 0.1, -5), "valuePerPeriod must be a number ≥ 0, got -5");
    expectValueError(() => SBGRESIDUALVALUE([[0]], regular, null), "discountRate is required");
    expectValueError(() => SBGRESIDUALVALUE(column([1, 2.5]), regular, 0.1), "Row 2, column 1 of renewals: renewals must be a whole number ≥ 0");
  });
});

describe("whole columns", () => {
  // A whole-column reference (A:A) passes 1,048,576 rows: the values, then blank cells (null and "", as Excel hosts send them).
  const EXCEL_ROWS = 1_048_576;
  const wholeColumn = (values: readonly unknown[]): unknown[][] => Array.from({ length: EXCEL_ROWS }, (_, row) => [row < values.length ? values[row] : row % 2 ? null : ""]);

  it("give the results of the values alone, also with more than 125,000 filled rows", () => {
    // 200 copies of the high-end cohort: 200,000 customers with the same shares, so the same α and β.
    const periods = Array.from({ length: 200_000 }, (_, row) => cohorts.highend.periods[row % 1000]);
    const active = Array.from({ length: 200_000 }, (_, row) => cohorts.highend.active[row % 1000]);
    const fit = Object.fromEntries(SBG(wholeColumn(periods) as number[][], wholeColumn(active) as number[][]));
    expect(fit.alpha).toBeCloseTo(0.668, 3);
    expect(fit.beta).toBeCloseTo(3.806, 3);
    expect(fit.customers).toBe(200_000);
    expect(SBG(wholeColumn([...PAPER_SURVIVORS.regular]) as number[][])).toEqual(SBG(column([...PAPER_SURVIVORS.regular])));
    const renewals = Array.from({ length: 130_000 }, (_, row) => row % 12);
    const values = SBGRESIDUALVALUE(wholeColumn(renewals) as number[][], regular, 0.01, 25);
    expect(values).toHaveLength(130_000);
    expect(values[13][0]).toBe(SBGRESIDUALVALUE([[1]], regular, 0.01, 25)[0][0]);
    expect(SBGSURVIVAL(wholeColumn([8, 12]) as number[][], highEnd)).toEqual(SBGSURVIVAL(column([8, 12]), highEnd));
    expect(SBGRETENTION(wholeColumn([1, 2]) as number[][], highEnd)).toEqual(SBGRETENTION(column([1, 2]), highEnd));
  });
});

