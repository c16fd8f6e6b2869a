import { holdoutCheck } from "../../../src/core/models/holdoutCheck";
import type { PurchaseModelName } from "../../../src/core/models/modelUnavailable";
import type { PurchaseHistory } from "../../../src/core/models/purchaseHistory";
import { choosePurchaseModel, LIKELIHOOD_EVIDENCE, sharedPreparation, trustedPurchaseFit } from "../../../src/core/models/purchaseModelChoice";
import { RandomStream } from "../../../src/core/random/randomStream";
import { cdnowSummary } from "./cdnowSummary";

/** Customers simulated from one of the models in continuous time: the calibration history and the holdout purchases. */
function simulate(model: PurchaseModelName, parameters: number[], customers: number, seed: number, holdout: number): { history: PurchaseHistory; future: Float64Array } {
  const random = new RandomStream(seed);
  const [r, alpha, third, fourth] = parameters;
  const history = { frequency: new Float64Array(customers), recency: new Float64Array(customers), T: new Float64Array(customers) };
  const future = new Float64Array(customers);
  for (let i = 0; i < customers; i += 1) {
    const age = 26 + 26 * random.uniform();
    const rate = random.gamma(r) / alpha;
    // BG/NBD, MBG/NBD: dropout with probability p after each purchase (MBG/NBD: also at the first); Pareto/NBD: after an Exp(μ) lifetime.
    const p = model === "paretonbd" ? 0 : random.beta(third, fourth);
    const death = model === "paretonbd" ? random.exponential() / (random.gamma(third) / fourth) : Number.POSITIVE_INFINITY;
    let alive = !(model === "mbgnbd" && random.uniform() < p);
    let time = 0;
    let x = 0;
    let last = 0;
    let later = 0;
    while (alive) {
      time += random.exponential() / rate;
      if (time > death || time > age + holdout) break;
      if (time <= age) {
        x += 1;
        last = time;
      } else later += 1;
      if (model !== "paretonbd" && random.uniform() < p) alive = false;
    }
    history.frequency[i] = x;
    history.recency[i] = last;
    history.T[i] = age;
    future[i] = later;
  }
  return { history, future };
}

describe("choosePurchaseModel", () => {
  const cdnow = cdnowSummary();

  it("fits all three models on CDNOW and keeps the BG/NBD when no model leads by a log-likelihood of 1 (Burnham & Anderson 2002)", () => {
    const choice = choosePurchaseModel(cdnow, "auto");
    const logLikelihood = (name: PurchaseModelName) => {
      const candidate = choice.candidates.find((entry) => entry.name === name);
      if (!candidate?.outcome.ok) throw new Error(`${name} must fit CDNOW`);
      return candidate.outcome.fit.logLikelihood;
    };
    // Published: BG/NBD −9582.43 (test/fixtures/README.md), Pareto/NBD −9595.0 (Fader, Hardie & Lee 2005, JMR);
    // MBG/NBD −9582.13 at BTYDplus's r 0.525, α 6.183, a 0.891, b 1.614.
    expect(logLikelihood("bgnbd")).toBeCloseTo(-9582.43, 1);
    expect(logLikelihood("paretonbd")).toBeCloseTo(-9595.0, 0);
    expect(logLikelihood("mbgnbd")).toBeCloseTo(-9582.13, 1);
    expect(logLikelihood("mbgnbd") - logLikelihood("bgnbd")).toBeLessThan(LIKELIHOOD_EVIDENCE);
    expect(choice).toMatchObject({ requested: "auto", chosen: "bgnbd", by: "tie" });
  });

  it("uses the model asked for, and says when it cannot be used", () => {
    expect(choosePurchaseModel(cdnow, "paretonbd")).toMatchObject({ chosen: "paretonbd", by: "request", candidates: [{ name: "paretonbd" }] });
    const small: PurchaseHistory = { frequency: cdnow.frequency.subarray(0, 40), recency: cdnow.recency.subarray(0, 40), T: cdnow.T.subarray(0, 40) };
    const choice = choosePurchaseModel(small, "mbgnbd");
    expect(choice).toMatchObject({ chosen: null, by: "none" });
    const outcome = choice.candidates[0].outcome;
    expect(outcome.ok ? null : outcome.reason).toMatchObject({ code: "smallBase", model: "mbgnbd" });
  });

  it("takes the smallest holdout error when every usable model has one, whatever the likelihoods say", () => {
    const choice = choosePurchaseModel(cdnow, "auto", { bgnbd: 0.2, mbgnbd: 0.3, paretonbd: 0.1 });
    expect(choice).toMatchObject({ chosen: "paretonbd", by: "holdout" });
    expect(choice.candidates.map((candidate) => candidate.holdoutError)).toEqual([0.2, 0.3, 0.1]);
  });

  // Each world is simulated from one model with parameters where the models' assumptions differ most: many one-time
  // buyers who left at once (MBG/NBD), customers who leave without having bought again (Pareto/NBD), dropout only
  // after purchases (BG/NBD). Fitted on 52 weeks at most, judged on the next 39.
  const worlds: [PurchaseModelName, number[]][] = [
    ["bgnbd", [0.8, 6, 0.6, 1.8]],
    ["mbgnbd", [0.8, 6, 1.2, 1.0]],
    ["paretonbd", [0.8, 6, 0.6, 20]],
  ];
  it.each(worlds)("picks the model a world was simulated from by its holdout error (%s)", (truth, parameters) => {
    const { history, future } = simulate(truth, parameters, 6000, 11, 39);
    const errors: Partial<Record<PurchaseModelName, number>> = {};
    for (const name of ["bgnbd", "mbgnbd", "paretonbd"] as const) {
      const fit = trustedPurchaseFit(name, history);
      if (fit.ok) errors[name] = holdoutCheck(fit.fit, history, future, 39).groupWeightedError;
    }
    const choice = choosePurchaseModel(history, "auto", errors);
    expect(choice.by).toBe("holdout");
    expect(choice.chosen).toBe(truth);
  });
});

describe("sharedPreparation", () => {
  it("compresses the history once for the three models, and each fit is the same as on its own", () => {
    const history = cdnowSummary();
    const shared = sharedPreparation(history);
    let calls = 0;
    const counted = () => {
      calls += 1;
      return shared();
    };
    for (const name of ["bgnbd", "mbgnbd", "paretonbd"] as const) {
      const together = trustedPurchaseFit(name, history, counted);
      const alone = trustedPurchaseFit(name, history);
      expect(together).toEqual(alone);
    }
    expect(calls).toBe(3);
    expect(shared()).toBe(shared());
  });
});
