import type { SimulationParameters } from "./simulationParameters";
import type { TransactionLogSimulationOptions } from "./simulateTransactionLog";

/** 2024-01-01 as days since 1970-01-01 (UTC). */
const FIRST_COHORT_DAY = 19_723;

/**
 * The synthetic customer base of the benchmark: CDNOW-like behaviour in days (FHL 2005's weekly
 * r = 0.243, α = 4.414 weeks ≈ 31 days, a = 0.793, b = 2.426, rounded; Gamma-Gamma near CDNOW's p = 6.25,
 * q = 3.74, v = 15.44), first purchases spread over a year and observed for 90 more days — about 2.23
 * transactions per customer (2.23 M rows for 1 M customers).
 * @example simulateTransactionLog(benchmarkScenario(1_000_000).parameters, benchmarkScenario(1_000_000).options)
 */
export function benchmarkScenario(customers: number, seed = 1): { parameters: SimulationParameters; options: TransactionLogSimulationOptions } {
  return {
    parameters: { bgnbd: { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, gammaGamma: { p: 6, q: 3.8, v: 15 } },
    options: { customers, seed, cohortStartDay: FIRST_COHORT_DAY, cohortDays: 365, endDay: FIRST_COHORT_DAY + 365 + 90 },
  };
}
