import { analyzeTransactions } from "../../../src/core/analysis/analyzeTransactions";
import { cohortMeasureRow } from "../../../src/core/cohorts/cohortMeasure";
import { cohortTable } from "../../../src/core/cohorts/cohortTable";
import { daysFromCivil } from "../../../src/core/read/civilDate";
import { simulateTransactionLog } from "../../../src/core/simulate/simulateTransactionLog";
import { standardSettings } from "../../support/analysisSettings";

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

  it("adds the months' revenue up to the revenue to the horizon (less the rest of no month: the data end on a month's last day)", () => {
    const projection = analysis.cohorts!.projection!;
    // Σ over cohorts of the expected revenue to the horizon = Σ expected spend × E[Y(horizon)] over the customers.
    const { expectedSpend, probabilityAlive } = analysis.value.customers;
    expect(expectedSpend && probabilityAlive).toBeTruthy();
    const total = projection.revenueToEnd.reduce((sum, row) => sum + row[projection.periods - 1], 0);
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
