/**
 * The small-base study (docs/smallBaseStudy.md): how small a customer base can the BG/NBD purchase model be fitted
 * on before the simple method (each customer's observed purchase rate carried forward) predicts the future as well,
 * and what a degenerate fit looks like. Bases of n customers are simulated from known BG/NBD parameters
 * (simulateCustomers, seeded), the model is fitted on the calibration period, and both methods predict each
 * customer's purchases in the holdout period, scored against what the simulated customers did.
 *
 * Run it (about 75 s): `KV_SMALL_BASE_STUDY=1 npx jest test/scripts/smallBaseStudy.test.ts`;
 * `KV_SMALL_BASE_REPLICATES` and `KV_SMALL_BASE_SEED` change the replicates per cell (default 200) and the seed
 * (default 2025).
 */
import { fitBgNbd } from "../src/core/models/fitBgNbd";
import type { BgNbdParameters } from "../src/core/models/bgnbdParameters";
import { conditionalExpectedPurchasesColumn } from "../src/core/models/expectedPurchases";
import { probabilityAliveColumn } from "../src/core/models/probabilityAlive";
import { purchaseModelTrust, fitDegeneracy } from "../src/core/models/purchaseModelTrust";
import type { PurchaseHistory } from "../src/core/models/purchaseHistory";
import { simulateCustomers } from "../src/core/simulate/simulateCustomers";
import { abs, max } from "../src/core/hotGlobals";

/** One world the bases are drawn from: true BG/NBD parameters in weeks, the calibration ages and the holdout. */
export interface StudyScenario {
  id: string;
  description: string;
  bgnbd: BgNbdParameters;
  /** Each customer's calibration age T is uniform on [minimumAge, maximumAge] weeks. */
  minimumAge: number;
  maximumAge: number;
  holdout: number;
}

/** The scenarios of the study (weeks). */
export const STUDY_SCENARIOS: StudyScenario[] = [
  {
    id: "cdnow",
    description: "CDNOW-like (FHL 2005 estimates), 12-week cohort, 39 + 39 weeks",
    bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    minimumAge: 27,
    maximumAge: 39,
    holdout: 39,
  },
  {
    id: "lowDropout",
    description: "Frequent buyers who rarely leave (mean dropout 4 % per purchase), 1-year cohort, 52 + 52 weeks",
    bgnbd: { r: 1.5, alpha: 15, a: 0.4, b: 9.6 },
    minimumAge: 1,
    maximumAge: 52,
    holdout: 52,
  },
  {
    id: "highDropout",
    description: "High dropout (mean 50 % per purchase), short observation: 8-week cohort, 12 + 12 weeks",
    bgnbd: { r: 0.8, alpha: 4, a: 1.5, b: 1.5 },
    minimumAge: 4,
    maximumAge: 12,
    holdout: 12,
  },
  {
    id: "regulars",
    description: "Regulars: about one purchase a month, few leave (mean dropout 10 %), 2-year cohort, 104 + 52 weeks",
    bgnbd: { r: 3, alpha: 12, a: 1, b: 9 },
    minimumAge: 4,
    maximumAge: 104,
    holdout: 52,
  },
];

export const STUDY_SIZES = [20, 30, 40, 60, 100, 200, 400, 1000];

/** What one simulated base gave. */
export interface ReplicateResult {
  customers: number;
  repeatBuyers: number;
  /** "fitted", or why fitBgNbd gave no fit (with its floors lowered to 2 customers and 1 repeat buyer). */
  outcome: string;
  /** Whether purchaseModelTrust trusts the fit, and whether fitDegeneracy finds it degenerate (both false without a fit). */
  trusted: boolean;
  degenerate: boolean;
  /** Every repeat buyer's P(alive) ≥ 0.9995 (shown as 100.0 %; one-time buyers are always 1 in the BG/NBD), the symptom. */
  everyoneAlive: boolean;
  /** Mean absolute error of each customer's holdout purchases: fitted model, simple method, true parameters. */
  modelError: number;
  simpleError: number;
  truthError: number;
  /** Share of (one-time buyer, 5+-time buyer) pairs ranked against the true model (see rankingInversions); null without pairs. */
  modelInversions: number | null;
  simpleInversions: number | null;
}

/**
 * The simple method's holdout purchases, as the simple CLV counts them: each customer's purchases (x + 1) per
 * observed period — one period for everybody, from the earliest first purchase to the end (the largest T) — times
 * the holdout length.
 */
export function simplePrediction(history: PurchaseHistory, holdout: number): Float64Array {
  let period = 0;
  for (let i = 0; i < history.T.length; i += 1) period = max(period, history.T[i]);
  const out = new Float64Array(history.T.length);
  for (let i = 0; i < out.length; i += 1) out[i] = period > 0 ? ((history.frequency[i] + 1) / period) * holdout : 0;
  return out;
}

/**
 * The artefact of the issue, measured: the share of pairs of a one-time buyer (x = 0) and a customer with at least
 * 5 purchases (x ≥ 4) that `predicted` ranks one way (the one-time buyer expected to buy more) and the true model
 * the other. The BG/NBD legitimately puts a one-time buyer above a frequent buyer who has gone quiet; an inversion
 * against the truth is the fit's doing. Null when the base has no such pair.
 */
export function rankingInversions(history: PurchaseHistory, predicted: Float64Array, truth: Float64Array): number | null {
  let pairs = 0;
  let inverted = 0;
  for (let i = 0; i < predicted.length; i += 1) {
    if (history.frequency[i] !== 0) continue;
    for (let j = 0; j < predicted.length; j += 1) {
      if (history.frequency[j] < 4) continue;
      pairs += 1;
      if (predicted[i] > predicted[j] * (1 + 1e-9) && truth[i] < truth[j]) inverted += 1;
    }
  }
  return pairs === 0 ? null : inverted / pairs;
}

function meanAbsoluteError(predicted: Float64Array, actual: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < actual.length; i += 1) sum += abs(predicted[i] - actual[i]);
  return sum / actual.length;
}

/** Simulates one base of `customers` customers, fits it and scores both methods on the holdout. */
export function runReplicate(scenario: StudyScenario, customers: number, seed: number): ReplicateResult {
  const simulated = simulateCustomers(
    { bgnbd: scenario.bgnbd, gammaGamma: { p: 6, q: 4, v: 15 } },
    { customers, seed, minimumAge: scenario.minimumAge, maximumAge: scenario.maximumAge, futureLength: scenario.holdout },
  );
  const history = simulated.calibration;
  const actual = simulated.future.purchases;
  let repeatBuyers = 0;
  for (let i = 0; i < customers; i += 1) if (history.frequency[i] > 0) repeatBuyers += 1;
  const simple = simplePrediction(history, scenario.holdout);
  const truth = conditionalExpectedPurchasesColumn(scenario.bgnbd, history, scenario.holdout);
  const outcome = fitBgNbd(history, { minimumCustomers: 2, minimumRepeatBuyers: 1 });
  const fit = outcome.ok ? outcome.fit : null;
  const model = fit ? conditionalExpectedPurchasesColumn(fit.parameters, history, scenario.holdout) : simple;
  let lowestAlive = 0;
  if (fit) {
    lowestAlive = 1;
    const alive = probabilityAliveColumn(fit.parameters, history);
    for (let i = 0; i < customers; i += 1) if (history.frequency[i] > 0 && alive[i] < lowestAlive) lowestAlive = alive[i];
  }
  return {
    customers,
    repeatBuyers,
    outcome: outcome.ok ? "fitted" : outcome.reason.code,
    trusted: fit !== null && purchaseModelTrust(history, fit).trusted,
    degenerate: fit !== null && fitDegeneracy(history, fit) !== null,
    everyoneAlive: lowestAlive >= 0.9995,
    modelError: meanAbsoluteError(model, actual),
    simpleError: meanAbsoluteError(simple, actual),
    truthError: meanAbsoluteError(truth, actual),
    modelInversions: fit ? rankingInversions(history, model, truth) : null,
    simpleInversions: rankingInversions(history, simple, truth),
  };
}

/** One cell of the study's table: a scenario and a base size, over its replicates. */
export interface StudyCell {
  scenario: string;
  customers: number;
  replicates: number;
  /** Median repeat buyers per base. */
  repeatBuyers: number;
  /** Shares of replicates: fitted (converged), degenerate, everyone alive, trusted. */
  fitted: number;
  degenerate: number;
  everyoneAlive: number;
  trusted: number;
  /** Among fitted bases: share where the model's holdout error is below the simple method's. */
  modelWins: number;
  /** Mean holdout MAE over fitted bases: model, simple, true parameters. */
  modelError: number;
  simpleError: number;
  truthError: number;
  /** Mean inversion share (rankingInversions): degenerate fits, sound fits, the simple method. */
  degenerateInversions: number | null;
  soundInversions: number | null;
  simpleInversions: number | null;
}

function meanOrNull(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0) / present.length;
}

/** Runs `replicates` bases of one size; replicate k uses seed `seed + 1000·customers + k`. */
export function runCell(scenario: StudyScenario, customers: number, replicates: number, seed: number): { cell: StudyCell; results: ReplicateResult[] } {
  const results: ReplicateResult[] = [];
  for (let k = 0; k < replicates; k += 1) results.push(runReplicate(scenario, customers, seed + 1000 * customers + k));
  const fitted = results.filter((result) => result.outcome === "fitted");
  const sortedRepeat = results.map((result) => result.repeatBuyers).sort((x, y) => x - y);
  const share = (items: ReplicateResult[], test: (result: ReplicateResult) => boolean): number =>
    items.length === 0 ? 0 : items.filter(test).length / items.length;
  return {
    results,
    cell: {
      scenario: scenario.id,
      customers,
      replicates,
      repeatBuyers: sortedRepeat[(sortedRepeat.length - 1) >> 1],
      fitted: fitted.length / replicates,
      degenerate: share(results, (result) => result.degenerate),
      everyoneAlive: share(results, (result) => result.everyoneAlive),
      trusted: share(results, (result) => result.trusted),
      modelWins: share(fitted, (result) => result.modelError < result.simpleError),
      modelError: meanOrNull(fitted.map((result) => result.modelError)) ?? Number.NaN,
      simpleError: meanOrNull(fitted.map((result) => result.simpleError)) ?? Number.NaN,
      truthError: meanOrNull(fitted.map((result) => result.truthError)) ?? Number.NaN,
      degenerateInversions: meanOrNull(fitted.filter((result) => result.degenerate).map((result) => result.modelInversions)),
      soundInversions: meanOrNull(fitted.filter((result) => !result.degenerate).map((result) => result.modelInversions)),
      simpleInversions: meanOrNull(fitted.map((result) => result.simpleInversions)),
    },
  };
}

function percent(value: number | null): string {
  return value === null ? "–" : (value * 100).toFixed(value < 0.1 && value > 0 ? 1 : 0);
}

/** The study's table in Markdown: one row per scenario and size. */
export function studyTable(cells: StudyCell[]): string {
  const header =
    "| world | n | repeat buyers | fitted % | degenerate % | all alive % | trusted % | model beats simple % | MAE model / simple / truth | inversions % degenerate / sound / simple |";
  const rule = "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |";
  const rows = cells.map(
    (c) =>
      `| ${c.scenario} | ${c.customers} | ${c.repeatBuyers} | ${percent(c.fitted)} | ${percent(c.degenerate)} | ${percent(c.everyoneAlive)} | ${percent(c.trusted)} | ` +
      `${percent(c.modelWins)} | ${c.modelError.toFixed(2)} / ${c.simpleError.toFixed(2)} / ${c.truthError.toFixed(2)} | ` +
      `${percent(c.degenerateInversions)} / ${percent(c.soundInversions)} / ${percent(c.simpleInversions)} |`,
  );
  return [header, rule, ...rows].join("\n");
}
