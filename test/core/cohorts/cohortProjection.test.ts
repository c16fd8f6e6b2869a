import { analyzeTransactions } from "../../../src/core/analysis/analyzeTransactions";
import { cohortMeasureRow } from "../../../src/core/cohorts/cohortMeasure";
import { cohortTable } from "../../../src/core/cohorts/cohortTable";
import { periodOfDay, periodStartDay } from "../../../src/core/cohorts/calendarPeriod";
import { dayOfIsoDateText, daysFromCivil } from "../../../src/core/read/civilDate";
import { simulateTransactionLog } from "../../../src/core/simulate/simulateTransactionLog";
import { standardSettings } from "../../support/analysisSettings";
import { modelConditionalExpectedPurchasesColumn } from "../../../src/core/models/purchaseModel";
import { modelInput } from "../../../src/core/summary/modelInput";

/**
 * The proof of the projected cells: a log simulated from a known BG/NBD + Gamma-Gamma process (CDNOW-like, in days:
 * the benchmark's r 0.25, α 30, a 0.8, b 2.5; p 6, q 3.8, v 15), customers won over 2023, observed to 2024-06-30 and
 * simulated on to 2025-06-30. The run sees the data up to 2024-06-30 only; its projection of each monthly cohort over
 * the 12-month horizon is compared with what the simulated customers then did. `KV_COHORT_STUDY=1` prints the table.
 */
describe("cohort projections against a simulated continuation", () => {
  const observationEndDay = daysFromCivil(2024, 6, 30);
  const log = simulateTransactionLog(
    { bgnbd: { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, gammaGamma: { p: 6, q: 3.8, v: 15 } },
    { customers: 24_000, seed: 11, cohortStartDay: daysFromCivil(2023, 1, 1), cohortDays: 365, endDay: daysFromCivil(2025, 6, 30) },
  );
  const analysis = analyzeTransactions(log, { ...standardSettings, observationEndDay, horizonMonths: 12 });
  const truth = cohortTable(log, { observationEndDay: daysFromCivil(2025, 6, 30) });

  /** Each cohort's standard error of the mean future revenue per customer: the simulated customers' spread. */
  function futureRevenueStandardErrors(cohortOf: Int32Array, cohorts: number): number[] {
    const future = new Float64Array(cohortOf.length);
    for (let row = 0; row < log.length; row += 1) if (log.day[row] > observationEndDay) future[log.customer[row]] += log.amount[row];
    const sums = new Float64Array(cohorts);
    const squares = new Float64Array(cohorts);
    const counts = new Float64Array(cohorts);
    cohortOf.forEach((c, customer) => {
      if (c < 0) return;
      sums[c] += future[customer];
      squares[c] += future[customer] ** 2;
      counts[c] += 1;
    });
    return Array.from(sums, (sum, c) => Math.sqrt((squares[c] / counts[c] - (sum / counts[c]) ** 2) / counts[c]));
  }

  it("projects the 12 months after the data for every cohort, and follows what the customers did", () => {
    const cohorts = analysis.cohorts!;
    const projection = cohorts.projection!;
    const standardErrors = futureRevenueStandardErrors(cohorts.table.cohortOfCustomer, cohorts.table.cohorts.length);
    expect(projection.periods).toBe(12);
    expect(cohorts.table.cohorts).toHaveLength(12);
    const lines: string[] = [
      "cohort | customers | active rate: mean |error| (pp), worst (pp) | revenue per customer in the 12 months after the data: projected, simulated, error | cumulative at the horizon: error",
    ];
    cohorts.table.cohorts.forEach((cohort, c) => {
      const actual = truth.cohorts[c];
      expect(actual.label).toBe(cohort.label);
      const observedAges = cohort.active.length;
      const actualRate = cohortMeasureRow(actual, "activeRate");
      let absoluteError = 0;
      let worst = 0;
      for (let j = 0; j < projection.periods; j += 1) {
        const error = projection.active[c][j] / cohort.customers - actualRate[observedAges + j];
        // Binomial noise of the simulated month alone is √(p(1 − p)/n) ≈ 0.5–0.8 pp for these ~2,000-customer cohorts.
        const noise = Math.sqrt((actualRate[observedAges + j] * (1 - actualRate[observedAges + j])) / cohort.customers);
        expect(Math.abs(error)).toBeLessThan(4 * noise + 0.01);
        absoluteError += Math.abs(error);
        worst = Math.max(worst, Math.abs(error));
      }
      const observedCumulative = cohortMeasureRow(cohort, "cumulativeRevenuePerCustomer")[observedAges - 1];
      const projectedFuture = projection.revenueToEnd[c][projection.periods - 1] / cohort.customers;
      const simulatedCumulative = cohortMeasureRow(actual, "cumulativeRevenuePerCustomer")[observedAges + projection.periods - 1];
      const simulatedFuture = simulatedCumulative - observedCumulative;
      const futureError = projectedFuture / simulatedFuture - 1;
      const cumulativeError = (observedCumulative + projectedFuture) / simulatedCumulative - 1;
      // Within 3 standard errors of the simulated customers' mean (their future revenue is heavy-tailed: ~8 % of it here).
      expect(Math.abs(projectedFuture - simulatedFuture)).toBeLessThan(3 * standardErrors[c]);
      expect(Math.abs(cumulativeError)).toBeLessThan(0.05);
      lines.push(
        `${cohort.label} | ${cohort.customers} | ${((100 * absoluteError) / projection.periods).toFixed(2)}, ${(100 * worst).toFixed(2)} | ${projectedFuture.toFixed(2)}, ${simulatedFuture.toFixed(2)}, ${(100 * futureError).toFixed(1)} % (± ${((100 * standardErrors[c]) / simulatedFuture).toFixed(1)} %) | ${(100 * cumulativeError).toFixed(1)} %`,
      );
    });
    if (process.env.KV_COHORT_STUDY === "1") console.log(lines.join("\n"));
  });

  it("adds up, over all cohorts, to each customer's expected spend × expected purchases to the horizon's last month end", () => {
    // An independent path: per customer (not per group or cohort), E[Y(t) | x, t_x, T] from the model's conditional
    // expectation column, t = 12 months after 2024-06-30 (2025-06-30) in weeks.
    const projection = analysis.cohorts!.projection!;
    const { expectedSpend } = analysis.value.customers;
    const purchase = analysis.value.purchase;
    if (!purchase.ok || !expectedSpend) throw new Error("the simulated base is valued by the models");
    const history = modelInput(analysis.summary);
    const horizon = (daysFromCivil(2025, 6, 30) - observationEndDay) / 7;
    const expected = modelConditionalExpectedPurchasesColumn(purchase.fit, history, horizon);
    let total = 0;
    for (let i = 0; i < expected.length; i += 1) total += expectedSpend[i] * expected[i];
    const projected = projection.revenueToEnd.reduce((sum, row) => sum + row[projection.periods - 1], 0);
    expect(projected).toBeCloseTo(total, 6);
    // And each month's revenue adds up to it too.
    const perMonth = projection.revenue.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
    expect(perMonth).toBeCloseTo(total, 6);
  });

  it("projects nothing when no purchase model valued the customers", () => {
    const small = simulateTransactionLog(
      { bgnbd: { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, gammaGamma: { p: 6, q: 3.8, v: 15 } },
      { customers: 20, seed: 3, cohortStartDay: daysFromCivil(2023, 1, 1), cohortDays: 365, endDay: daysFromCivil(2024, 6, 30) },
    );
    const run = analyzeTransactions(small, standardSettings);
    expect(run.value.method.kind).toBe("simple");
    expect(run.cohorts?.table.cohorts.length).toBeGreaterThan(0);
    expect(run.cohorts?.projection).toBeUndefined();
  });
});

/**
 * The same proof for weeks and quarters with the data ending inside a period, and for the other purchase models, on
 * all cohorts pooled (the simulated log of 24,000 customers above, drawn from a BG/NBD): per projected period, the
 * expected customers who buy against the simulated ones, and the expected revenue after the data against the simulated.
 */
describe("pooled cohort projections against the simulated continuation", () => {
  const log = simulateTransactionLog(
    { bgnbd: { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, gammaGamma: { p: 6, q: 3.8, v: 15 } },
    { customers: 24_000, seed: 11, cohortStartDay: daysFromCivil(2023, 1, 1), cohortDays: 365, endDay: daysFromCivil(2025, 6, 30) },
  );

  it.each([
    ["week", "2024-06-13", "auto"],
    ["quarter", "2024-05-02", "auto"],
    ["month", "2024-06-12", "mbgnbd"],
    ["month", "2024-06-30", "paretonbd"],
  ] as const)("%s periods, data to %s, %s model", (cohortPeriod, end, purchaseModel) => {
    const observationEndDay = dayOfIsoDateText(end)!;
    const analysis = analyzeTransactions(log, { ...standardSettings, observationEndDay, cohortPeriod, purchaseModel, horizonMonths: 12 });
    const { table, projection } = analysis.cohorts!;
    if (!projection) throw new Error("the simulated base is valued by the models");
    expect(projection.periods).toBeGreaterThan(0);
    const customers = table.cohorts.reduce((sum, cohort) => sum + cohort.customers, 0);
    // What the cohorts' customers did after the data, period by period, counted from the raw rows.
    const buyers = Array.from({ length: projection.periods }, () => new Set<number>());
    let futureRevenue = 0;
    const horizonEnd = periodStartDay(cohortPeriod, projection.firstPeriod + projection.periods) - 1;
    for (let row = 0; row < log.length; row += 1) {
      const day = log.day[row];
      if (day <= observationEndDay || day > horizonEnd || table.cohortOfCustomer[log.customer[row]] < 0) continue;
      futureRevenue += log.amount[row];
      const period = periodOfDay(cohortPeriod, day) - projection.firstPeriod;
      if (period >= 0) buyers[period].add(log.customer[row]);
    }
    const expectedRevenue = projection.revenueToEnd.reduce((sum, row) => sum + row[projection.periods - 1], 0);
    const errors = buyers.map((set, j) => projection.active.reduce((sum, row) => sum + row[j], 0) / customers - set.size / customers);
    const meanError = errors.reduce((sum, error) => sum + error, 0) / errors.length;
    const revenueError = expectedRevenue / futureRevenue - 1;
    if (process.env.KV_COHORT_STUDY === "1") {
      console.log(`${cohortPeriod}, ${purchaseModel} (${analysis.value.modelChoice.chosen}): active rate mean error ${(100 * meanError).toFixed(2)} pp, worst ${(100 * Math.max(...errors.map(Math.abs))).toFixed(2)} pp; revenue after the data ${(100 * revenueError).toFixed(1)} %`);
    }
    // Pooled over ~24,000 customers the noise is ~0.15 pp a period and ~1.5 % of the revenue; a model other than the
    // one the data came from (the Pareto/NBD, the MBG/NBD) may miss by more, but not by more than these bounds.
    expect(Math.abs(meanError)).toBeLessThan(0.01);
    for (const error of errors) expect(Math.abs(error)).toBeLessThan(0.02);
    expect(Math.abs(revenueError)).toBeLessThan(0.08);
  });
});
