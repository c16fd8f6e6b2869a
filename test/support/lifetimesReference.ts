import type { PurchaseHistory } from "../../src/core/models/purchaseHistory";
import { readFixture } from "./fixtures";

/** The purchase models lifetimes 0.11.3 was run with (BetaGeoFitter, ModifiedBetaGeoFitter, ParetoNBDFitter). */
export type LifetimesPurchaseModel = "bgnbd" | "mbgnbd" | "paretonbd";

/** The three purchase models, in the order of the fixture files. */
export const LIFETIMES_PURCHASE_MODELS: readonly LifetimesPurchaseModel[] = ["bgnbd", "mbgnbd", "paretonbd"];

/** A fit: parameters by lifetimes' names (r, alpha, a, b or r, alpha, s, beta; p, q, v) and the total log-likelihood. */
export interface LifetimesFit {
  params: Record<string, number>;
  logLikelihood: number;
}

/** A fit polished to the exact optimum; the gradient is of the total log-likelihood with respect to log(params). */
export interface LifetimesTightFit extends LifetimesFit {
  maxAbsGradientLogParams: number;
  startsConverged: number;
  startsTried: number;
  logLikelihoodSpreadAcrossStarts: number;
  method: string;
}

/** One purchase model on CDNOW: lifetimes' default fit, the tight fit, and predictions at the tight parameters. */
export interface LifetimesCdnowModel {
  lifetimesClass: string;
  parameterNames: string[];
  default: LifetimesFit & { call: string };
  tight: LifetimesTightFit & { tolerancePerConvergedStart: number[] };
  atTightParams: {
    /** E[X(t)] of a new customer for t = 13, 39, 78 weeks. */
    expectedPurchasesUpToTime: Record<"13" | "39" | "78", number>;
    meanProbabilityAliveOfZeroRepeatCustomers: number;
    zeroRepeatCustomers: number;
    /** Per customer, in the CSV's row order. */
    probabilityAlive: number[];
    conditionalExpectedPurchases39: number[];
    conditionalExpectedPurchases13: number[];
  };
}

/** test/fixtures/lifetimes/reference.json: lifetimes 0.11.3 on the CDNOW summary (README there). */
export interface LifetimesCdnowReference {
  input: { file: string; customers: number; timeUnit: string };
  purchaseModels: Record<LifetimesPurchaseModel, LifetimesCdnowModel>;
  gammaGamma: {
    customers: number;
    default: LifetimesFit;
    tight: LifetimesFit & { maxAbsGradientLogParams: number };
    /** CLV (12 months, 1 % a month, weeks) of the CSV's first 50 customers under each purchase model. */
    customerLifetimeValue: Record<LifetimesPurchaseModel, number[]>;
  };
}

/** One simulated dataset: how lifetimes generated it and each purchase model's tight fit on it. */
export interface LifetimesSimulatedDataset {
  file: string;
  generator: string;
  trueParams: Record<string, number>;
  customers: number;
  aliveAtTInSimulation: number;
  repeatPurchasesMergedByGenerator: { customers: number; purchases: number };
  zeroRepeatCustomers: number;
  meanFrequency: number;
  fits: Record<
    LifetimesPurchaseModel,
    LifetimesTightFit & { first200: { probabilityAlive: number[]; conditionalExpectedPurchases20: number[] } }
  >;
}

/** The simulated datasets' names, as in simulated.json and the CSV names simulated_<name>.csv. */
export const LIFETIMES_SIMULATED_DATASETS = ["bgnbdHighDropout", "mbgnbdLowDropout", "paretonbdModerateDropout"] as const;

export type LifetimesSimulatedName = (typeof LIFETIMES_SIMULATED_DATASETS)[number];

/**
 * Lifetimes 0.11.3's outputs on the CDNOW summary (test/fixtures/lifetimes/README.md).
 * @example lifetimesCdnowReference().purchaseModels.bgnbd.tight.params.r // 0.24259…
 */
export function lifetimesCdnowReference(): LifetimesCdnowReference {
  return JSON.parse(readFixture("lifetimes/reference.json")) as LifetimesCdnowReference;
}

/**
 * Lifetimes 0.11.3's fits on the three simulated datasets (test/fixtures/lifetimes/README.md).
 * @example lifetimesSimulatedReference().bgnbdHighDropout.trueParams // { r: 0.6, alpha: 5, a: 0.6, b: 0.8 }
 */
export function lifetimesSimulatedReference(): Record<LifetimesSimulatedName, LifetimesSimulatedDataset> {
  const parsed = JSON.parse(readFixture("lifetimes/simulated.json")) as {
    datasets: Record<LifetimesSimulatedName, LifetimesSimulatedDataset>;
  };
  return parsed.datasets;
}

/**
 * A simulated dataset's summary (frequency, recency, T; 4 decimals), one entry per customer in file order.
 * @example lifetimesSimulatedHistory("mbgnbdLowDropout").T.length // 2500
 */
export function lifetimesSimulatedHistory(name: LifetimesSimulatedName): PurchaseHistory {
  const rows = readFixture(`lifetimes/simulated_${name}.csv`)
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").map(Number));
  return {
    frequency: Float64Array.from(rows, (row) => row[0]),
    recency: Float64Array.from(rows, (row) => row[1]),
    T: Float64Array.from(rows, (row) => row[2]),
  };
}
