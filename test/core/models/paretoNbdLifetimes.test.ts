import { fitParetoNbd } from "../../../src/core/models/fitParetoNbd";
import { paretoNbdLogLikelihood } from "../../../src/core/models/paretoNbdLikelihood";
import type { ParetoNbdParameters } from "../../../src/core/models/paretoNbdParameters";
import {
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchasesOfNewCustomer,
  paretoNbdProbabilityAlive,
} from "../../../src/core/models/paretoNbdPredictions";
import type { PurchaseHistory } from "../../../src/core/models/purchaseHistory";
import {
  LIFETIMES_SIMULATED_DATASETS,
  lifetimesCdnowReference,
  lifetimesSimulatedHistory,
  lifetimesSimulatedReference,
} from "../../support/lifetimesReference";
import { cdnowSummary } from "./cdnowSummary";

// Another implementation's stored output: lifetimes 0.11.3's ParetoNBDFitter (test/fixtures/lifetimes/README.md) —
// its exact optimum ("tight") on CDNOW and on three datasets simulated with lifetimes' generators, and its P(alive),
// conditional expected purchases and E[X(t)] at those parameters. lifetimes evaluates the same formulas with scipy's
// hyp2f1, so at equal parameters the two agree to rounding; the fits agree to the precision a flat optimum allows.
const PARAMETER_NAMES = ["r", "alpha", "s", "beta"] as const;

function maxRelativeDifference(ours: (i: number) => number, theirs: readonly number[]): number {
  let largest = 0;
  theirs.forEach((value, i) => {
    largest = Math.max(largest, Math.abs(ours(i) / value - 1));
  });
  return largest;
}

function asParameters(params: Record<string, number>): ParetoNbdParameters {
  return { r: params.r, alpha: params.alpha, s: params.s, beta: params.beta };
}

function expectSameFit(history: PurchaseHistory, theirs: ParetoNbdParameters, theirLogLikelihood: number): void {
  const outcome = fitParetoNbd(history);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reason));
  for (const name of PARAMETER_NAMES) expect(Math.abs(outcome.fit.parameters[name] / theirs[name] - 1)).toBeLessThan(1e-5);
  expect(Math.abs(outcome.fit.logLikelihood - theirLogLikelihood)).toBeLessThan(1e-8);
}

describe("Pareto/NBD against lifetimes 0.11.3 on CDNOW", () => {
  const reference = lifetimesCdnowReference().purchaseModels.paretonbd;
  const history = cdnowSummary();
  const theirs = asParameters(reference.tight.params);
  const at = reference.atTightParams;

  it("gives lifetimes' log-likelihood at its optimum, and finds that optimum", () => {
    expect(Math.abs(paretoNbdLogLikelihood(history, theirs) - reference.tight.logLikelihood)).toBeLessThan(1e-8);
    expectSameFit(history, theirs, reference.tight.logLikelihood);
  });

  it("gives lifetimes' P(alive) and conditional expected purchases for all 2,357 customers (max relative difference)", () => {
    const { frequency, recency, T } = history;
    expect(maxRelativeDifference((i) => paretoNbdProbabilityAlive(theirs, frequency[i], recency[i], T[i]), at.probabilityAlive)).toBeLessThan(1e-12);
    expect(
      maxRelativeDifference((i) => paretoNbdConditionalExpectedPurchases(theirs, frequency[i], recency[i], T[i], 39), at.conditionalExpectedPurchases39),
    ).toBeLessThan(1e-12);
    expect(
      maxRelativeDifference((i) => paretoNbdConditionalExpectedPurchases(theirs, frequency[i], recency[i], T[i], 13), at.conditionalExpectedPurchases13),
    ).toBeLessThan(1e-12);
    let sum = 0;
    let count = 0;
    frequency.forEach((x, i) => {
      if (x > 0) return;
      sum += paretoNbdProbabilityAlive(theirs, 0, recency[i], T[i]);
      count += 1;
    });
    expect(count).toBe(at.zeroRepeatCustomers);
    expect(Math.abs(sum / count / at.meanProbabilityAliveOfZeroRepeatCustomers - 1)).toBeLessThan(1e-12);
  });

  it("gives lifetimes' E[X(t)] for t = 13, 39, 78 weeks", () => {
    for (const t of ["13", "39", "78"] as const) {
      expect(Math.abs(paretoNbdExpectedPurchasesOfNewCustomer(theirs, Number(t)) / at.expectedPurchasesUpToTime[t] - 1)).toBeLessThan(1e-13);
    }
  });
});

describe("Pareto/NBD against lifetimes 0.11.3 on its simulated datasets", () => {
  const reference = lifetimesSimulatedReference();
  it.each(LIFETIMES_SIMULATED_DATASETS)("%s: the same log-likelihood, optimum, P(alive) and E[Y(20)] of the first 200 customers", (name) => {
    const dataset = reference[name].fits.paretonbd;
    const history = lifetimesSimulatedHistory(name);
    const theirs = asParameters(dataset.params);
    expect(Math.abs(paretoNbdLogLikelihood(history, theirs) - dataset.logLikelihood)).toBeLessThan(1e-8);
    expectSameFit(history, theirs, dataset.logLikelihood);
    const { frequency, recency, T } = history;
    expect(maxRelativeDifference((i) => paretoNbdProbabilityAlive(theirs, frequency[i], recency[i], T[i]), dataset.first200.probabilityAlive)).toBeLessThan(1e-12);
    expect(
      maxRelativeDifference((i) => paretoNbdConditionalExpectedPurchases(theirs, frequency[i], recency[i], T[i], 20), dataset.first200.conditionalExpectedPurchases20),
    ).toBeLessThan(1e-12);
  });
});
