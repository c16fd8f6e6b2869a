import hyp2f1 from "@stdlib/math-base-special-hyp2f1";
import type { BgNbdParameters } from "../../../src/core/models/bgnbdParameters";
import { fitMbgNbd } from "../../../src/core/models/fitMbgNbd";
import {
  mbgnbdConditionalExpectedPurchases,
  mbgnbdExpectedPurchasesOfNewCustomer,
  mbgnbdProbabilityAlive,
  mbgnbdPurchasesGivenAlive,
} from "../../../src/core/models/mbgnbdPredictions";
import { probabilityAlive } from "../../../src/core/models/probabilityAlive";
import { expectedPurchasesGivenAlive } from "../../../src/core/models/purchasesGivenAlive";
import { RandomStream } from "../../../src/core/random/randomStream";
import { forEachCase } from "../seededRandom";

const { pow } = Math;

/** BTYDplus's MBG/NBD on CDNOW (weeks), lifetimes' tests/test_estimation.py line 786: the truth of the simulations. */
const cdnow = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };

interface SimulatedCustomers {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  /** 1 when the customer had not dropped out by T. */
  aliveAtT: Uint8Array;
  /** Purchases in (T, T + horizon]. */
  future: Float64Array;
}

/**
 * Simulates the MBG/NBD from its definition: λ ~ Gamma(r, α), p ~ Beta(a, b); the customer drops out at the first
 * purchase (time 0) with probability p; while alive they buy at Poisson rate λ and drop out right after each
 * purchase with probability p. Records x, t_x up to T, whether they were alive at T and their purchases in the
 * next `horizon`.
 */
function simulateMbgNbd(parameters: BgNbdParameters, ages: Float64Array, horizon: number, seed: number): SimulatedCustomers {
  const random = new RandomStream(seed);
  const count = ages.length;
  const simulated: SimulatedCustomers = {
    frequency: new Float64Array(count),
    recency: new Float64Array(count),
    T: Float64Array.from(ages),
    aliveAtT: new Uint8Array(count),
    future: new Float64Array(count),
  };
  for (let i = 0; i < count; i += 1) {
    const age = ages[i];
    const rate = random.gamma(parameters.r) / parameters.alpha;
    const dropout = random.beta(parameters.a, parameters.b);
    let alive = random.uniform() >= dropout;
    let aliveAtT = alive;
    let time = 0;
    while (alive) {
      time += random.exponential() / rate;
      if (time > age + horizon) break;
      if (time <= age) {
        simulated.frequency[i] += 1;
        simulated.recency[i] = time;
      } else {
        simulated.future[i] += 1;
      }
      if (random.uniform() < dropout) {
        alive = false;
        if (time <= age) aliveAtT = false;
      }
    }
    simulated.aliveAtT[i] = aliveAtT ? 1 : 0;
  }
  return simulated;
}

/** ∫₀¹ f by the midpoint rule with `steps` points. */
function integrateUnit(f: (value: number) => number, steps: number): number {
  let sum = 0;
  for (let i = 0; i < steps; i += 1) sum += f((i + 0.5) / steps);
  return sum / steps;
}

describe("mbgnbdProbabilityAlive", () => {
  it("is 1/(1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x)) at moderate values, t_x = 0 for x = 0 whatever recency is passed", () => {
    forEachCase(100, 31, (random) => {
      const x = random.integer(0, 20);
      const T = random.uniform(0.1, 100);
      return { x, tx: random.uniform(0, T), T };
    }, ({ x, tx, T }) => {
      const { r, alpha, a, b } = cdnow;
      const lastPurchase = x > 0 ? tx : 0;
      const direct = 1 / (1 + (a / (b + x)) * Math.pow((alpha + T) / (alpha + lastPurchase), r + x));
      expect(mbgnbdProbabilityAlive(cdnow, x, tx, T)).toBeCloseTo(direct, 12);
    });
  });

  it("for a one-time buyer is the chance of surviving the first purchase and buying nothing since, by hand", () => {
    // P(alive | x 0, T) = E[1−p] E[e^(−λT)] / (E[1−p] E[e^(−λT)] + E[p]) = 1 / (1 + a/b · ((α+T)/α)^r);
    // at T = 0 this is b/(a+b) = 1.614/2.505 = 0.644311: the share that survives the dropout at the first purchase.
    expect(mbgnbdProbabilityAlive(cdnow, 0, 0, 0)).toBeCloseTo(1.614 / 2.505, 12);
    expect(mbgnbdProbabilityAlive(cdnow, 0, 0, 0)).toBeCloseTo(0.644311, 6);
    expect(mbgnbdProbabilityAlive(cdnow, 0, 0, 10)).toBeLessThan(mbgnbdProbabilityAlive(cdnow, 0, 0, 5));
  });

  it("stays finite and in [0, 1] at extremes (x in the thousands, huge T)", () => {
    expect(mbgnbdProbabilityAlive(cdnow, 5000, 10, 1e5)).toBe(0);
    expect(mbgnbdProbabilityAlive(cdnow, 5000, 1e5, 1e5)).toBeCloseTo(1 / (1 + 0.891 / 5001.614), 12);
    expect(mbgnbdProbabilityAlive(cdnow, 0, 0, 1e9)).toBeGreaterThan(0);
    expect(mbgnbdProbabilityAlive(cdnow, 0, 0, 1e9)).toBeLessThan(1e-3);
    expect(Number.isFinite(mbgnbdConditionalExpectedPurchases(cdnow, 5000, 1e5, 1e5, 52))).toBe(true);
  });
});

describe("mbgnbdPurchasesGivenAlive: given alive, the MBG/NBD future is the BG/NBD's with b + 1", () => {
  it("equals the posterior mean of (1 − e^(−λ p t))/p over λ, p given alive, integrated numerically", () => {
    // Given alive and (x, T): λ ~ Gamma(r+x, α+T) and p ∝ p^(a−1)(1−p)^(b−1) · (1−p)^(x+1) (x + 1 dropouts survived).
    // E[e^(−λ p t) | p] = ((α+T)/(α+T+p t))^(r+x), and p is integrated by the midpoint rule (for a < 1 in u,
    // p = u^(1/a), which takes away the p^(a−1) singularity).
    for (const parameters of [cdnow, { r: 2.1, alpha: 0.8, a: 2.7, b: 0.6 }]) {
      const { r, alpha, a, b } = parameters;
      const power = a < 1 ? 1 / a : 1;
      for (const [x, T, t] of [[0, 30, 39], [2, 38.86, 39], [7, 20, 100], [1, 0, 5]]) {
        const weight = (u: number): number => {
          const p = pow(u, power);
          return pow(p, a - 1) * pow(1 - p, b + x) * power * pow(u, power - 1);
        };
        const future = (p: number): number => (1 - pow((alpha + T) / (alpha + T + p * t), r + x)) / p;
        const norm = integrateUnit(weight, 200_000);
        const integrated = integrateUnit((u) => weight(u) * future(pow(u, power)), 200_000) / norm;
        expect(mbgnbdPurchasesGivenAlive(parameters, x, T, t)).toBeCloseTo(integrated, 5);
        // and it is not the BG/NBD's own: that one assumes one dropout chance fewer
        expect(Math.abs(expectedPurchasesGivenAlive(parameters, x, T, t) - integrated)).toBeGreaterThan(1e-3);
      }
    }
  });

  it("equals Wagner & Hoppe's numerator (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; z)]", () => {
    // the form lifetimes' ModifiedBetaGeoFitter.conditional_expected_number_of_purchases_up_to_time uses, ₂F₁ from @stdlib
    forEachCase(100, 37, (random) => ({
      parameters: { r: random.uniform(0.1, 3), alpha: random.uniform(0.5, 30), a: random.uniform(0.2, 4), b: random.uniform(0.2, 5) },
      x: random.integer(0, 25),
      T: random.uniform(0, 80),
      t: random.uniform(0.5, 100),
    }), ({ parameters, x, T, t }) => {
      const { r, alpha, a, b } = parameters;
      if (Math.abs(a - 1) < 0.02) return;
      const z = t / (alpha + T + t);
      const textbook = ((a + b + x) / (a - 1)) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp2f1(r + x, b + x + 1, a + b + x, z));
      expect(Math.abs(mbgnbdPurchasesGivenAlive(parameters, x, T, t) - textbook)).toBeLessThan(1e-7 * Math.max(1, textbook));
    });
  });
});

describe("mbgnbdExpectedPurchasesOfNewCustomer", () => {
  it("is b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))], lifetimes' expected_number_of_purchases_up_to_time", () => {
    const { r, alpha, a, b } = cdnow;
    for (const t of [0.1429, 1, 3, 31.8571, 39, 78, 520]) {
      const lifetimes = (b / (a - 1)) * (1 - hyp2f1(r, b + 1, a + b, t / (alpha + t)) * Math.pow(alpha / (alpha + t), r));
      expect(mbgnbdExpectedPurchasesOfNewCustomer(cdnow, t)).toBeCloseTo(lifetimes, 10);
      // the share b/(a+b) that survives the first purchase, times what an alive customer with x 0, T 0 then buys
      expect(mbgnbdExpectedPurchasesOfNewCustomer(cdnow, t)).toBeCloseTo((b / (a + b)) * mbgnbdPurchasesGivenAlive(cdnow, 0, 0, t), 12);
    }
    expect(mbgnbdExpectedPurchasesOfNewCustomer(cdnow, 0)).toBe(0);
  });

  it("matches the mean number of purchases of 200,000 simulated new customers within 3 standard errors", () => {
    for (const [horizon, seed] of [[39, 5], [78, 6]]) {
      const simulated = simulateMbgNbd(cdnow, new Float64Array(200_000), horizon, seed);
      let sum = 0;
      let sumOfSquares = 0;
      for (const count of simulated.future) {
        sum += count;
        sumOfSquares += count * count;
      }
      const n = simulated.future.length;
      const mean = sum / n;
      const standardError = Math.sqrt((sumOfSquares / n - mean * mean) / n);
      expect(Math.abs(mean - mbgnbdExpectedPurchasesOfNewCustomer(cdnow, horizon))).toBeLessThan(3 * standardError);
    }
  });
});

describe("MBG/NBD predictions against 100,000 simulated customers (seeded), bucket by bucket", () => {
  // For any bucket defined by what was observed, E[customers alive at T] = Σ P(alive | x, t_x, T) and
  // E[future purchases] = Σ E[Y(t) | x, t_x, T] over its customers (the tower rule). Each bucket's observed count
  // must lie within 3.5 standard errors of the model's sum.
  const horizon = 39;
  const ageStream = new RandomStream(41, 1);
  const ages = Float64Array.from({ length: 100_000 }, () => 26 + 13 * ageStream.uniform());
  const simulated = simulateMbgNbd(cdnow, ages, horizon, 42);
  const buckets: Array<{ name: string; holds: (x: number, tx: number, T: number) => boolean }> = [
    { name: "x 0", holds: (x) => x === 0 },
    { name: "x 1, t_x < T/2", holds: (x, tx, T) => x === 1 && tx < T / 2 },
    { name: "x 1, t_x ≥ T/2", holds: (x, tx, T) => x === 1 && tx >= T / 2 },
    { name: "x 2–4, t_x < T/2", holds: (x, tx, T) => x >= 2 && x <= 4 && tx < T / 2 },
    { name: "x 2–4, t_x ≥ T/2", holds: (x, tx, T) => x >= 2 && x <= 4 && tx >= T / 2 },
    { name: "x ≥ 5, t_x < 3T/4", holds: (x, tx, T) => x >= 5 && tx < (3 * T) / 4 },
    { name: "x ≥ 5, t_x ≥ 3T/4", holds: (x, tx, T) => x >= 5 && tx >= (3 * T) / 4 },
  ];

  function bucketTotals(holds: (x: number, tx: number, T: number) => boolean) {
    const totals = { customers: 0, alive: 0, expectedAlive: 0, aliveVariance: 0, bgnbdAlive: 0, purchases: 0, expectedPurchases: 0, purchaseVariance: 0 };
    for (let i = 0; i < ages.length; i += 1) {
      const x = simulated.frequency[i];
      const tx = simulated.recency[i];
      const T = simulated.T[i];
      if (!holds(x, tx, T)) continue;
      const alive = mbgnbdProbabilityAlive(cdnow, x, tx, T);
      const expected = mbgnbdConditionalExpectedPurchases(cdnow, x, tx, T, horizon);
      totals.customers += 1;
      totals.alive += simulated.aliveAtT[i];
      totals.expectedAlive += alive;
      totals.aliveVariance += alive * (1 - alive);
      totals.bgnbdAlive += probabilityAlive(cdnow, x, tx, T);
      totals.purchases += simulated.future[i];
      totals.expectedPurchases += expected;
      totals.purchaseVariance += (simulated.future[i] - expected) ** 2;
    }
    return totals;
  }

  it.each(buckets)("$name: the share alive at T is the mean P(alive), the future purchases the sum of E[Y(39)]", ({ holds }) => {
    const totals = bucketTotals(holds);
    expect(totals.customers).toBeGreaterThan(1000);
    expect(Math.abs(totals.alive - totals.expectedAlive)).toBeLessThan(3.5 * Math.sqrt(totals.aliveVariance));
    expect(Math.abs(totals.purchases - totals.expectedPurchases)).toBeLessThan(3.5 * Math.sqrt(totals.purchaseVariance));
  });

  it("tells the MBG/NBD from the BG/NBD: the BG/NBD's P(alive) = 1 for one-time buyers is far from the simulated share", () => {
    const totals = bucketTotals((x) => x === 0);
    expect(totals.bgnbdAlive).toBe(totals.customers);
    expect(totals.alive / totals.customers).toBeLessThan(0.5);
    expect(Math.abs(totals.alive - totals.bgnbdAlive)).toBeGreaterThan(50 * Math.sqrt(totals.aliveVariance));
  });

  it("recovers the parameters from the simulated history within 3 standard errors, in well under 3 s", () => {
    const history = { frequency: simulated.frequency, recency: simulated.recency, T: simulated.T };
    const started = performance.now();
    const outcome = fitMbgNbd(history);
    const milliseconds = performance.now() - started;
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.reason));
    const { parameters, standardErrors } = outcome.fit;
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(parameters[name] - cdnow[name])).toBeLessThan(3 * (standardErrors?.[name] ?? 0));
    }
    expect(milliseconds).toBeLessThan(3000);
  });
});
