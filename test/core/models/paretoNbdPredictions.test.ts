import gammaln from "@stdlib/math-base-special-gammaln";
import type { ParetoNbdParameters } from "../../../src/core/models/paretoNbdParameters";
import {
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchasesOfNewCustomer,
  paretoNbdProbabilityAlive,
  paretoNbdPurchasesGivenAlive,
} from "../../../src/core/models/paretoNbdPredictions";
import { RandomStream } from "../../../src/core/random/randomStream";
import { drawParetoNbdCustomer } from "./paretoNbdSimulation";

// Monte Carlo references simulate the model's assumptions (Schmittlein, Morrison & Colombo 1987) with a seeded stream:
// λ ~ Gamma(r, α), μ ~ Gamma(s, β), lifetime ω ~ Exponential(μ), purchases a Poisson process while alive. Each check
// allows 4 Monte Carlo standard errors, computed from the same draws.
const cdnow = { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 };

/** Mean and its standard error. */
function meanWithError(values: number[]): { mean: number; error: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return { mean, error: Math.sqrt(variance / values.length) };
}

/**
 * P(alive) and E[Y(t)] given (x, t_x, T) by importance sampling over the dropout process: ω is drawn from the model,
 * λ is integrated out exactly (its Gamma(r, α) prior times the Poisson likelihood λ^x e^(−λ min(ω, T)) of purchases at
 * the observed times, possible only if ω > t_x): weight Γ(r+x)/Γ(r) α^r/(α + min(ω, T))^(r+x), E[λ | ω] =
 * (r+x)/(α + min(ω, T)). Ratio estimates with delta-method standard errors.
 */
function posteriorByDropoutDraws(
  parameters: ParetoNbdParameters,
  x: number,
  tx: number,
  T: number,
  horizon: number,
  draws: number,
  seed: number,
): { alive: number; aliveError: number; expected: number; expectedError: number } {
  const random = new RandomStream(seed);
  const { r, alpha, s, beta } = parameters;
  const logWeight = new Float64Array(draws);
  const aliveAt = new Float64Array(draws);
  const future = new Float64Array(draws);
  for (let i = 0; i < draws; i += 1) {
    const lifetime = random.exponential() / (random.gamma(s) / beta);
    const seen = Math.min(lifetime, T);
    logWeight[i] = lifetime > tx ? gammaln(r + x) - gammaln(r) + r * Math.log(alpha) - (r + x) * Math.log(alpha + seen) : Number.NEGATIVE_INFINITY;
    aliveAt[i] = lifetime > T ? 1 : 0;
    future[i] = ((r + x) / (alpha + seen)) * Math.max(0, Math.min(lifetime, T + horizon) - T);
  }
  const top = logWeight.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const weight = logWeight.map((value) => Math.exp(value - top));
  const total = weight.reduce((sum, value) => sum + value, 0);
  const ratio = (values: Float64Array): { value: number; error: number } => {
    const value = weight.reduce((sum, w, i) => sum + w * values[i], 0) / total;
    const squares = weight.reduce((sum, w, i) => sum + (w * (values[i] - value)) ** 2, 0);
    return { value, error: Math.sqrt(squares) / total };
  };
  const alive = ratio(aliveAt);
  const expected = ratio(future);
  return { alive: alive.value, aliveError: alive.error, expected: expected.value, expectedError: expected.error };
}

describe("paretoNbdProbabilityAlive", () => {
  it("equals A/(A+B) written out by hand where the integral is elementary (α = β)", () => {
    // α = β = 10, r = s = 1, x = 2, t_x = 10, T = 20: B/A = s/(r+s+x)·(((α+T)/(α+t_x))^(r+s+x) − 1) = ¼(1.5⁴ − 1)
    // = 65/64, so P = 64/129.
    expect(paretoNbdProbabilityAlive({ r: 1, alpha: 10, s: 1, beta: 10 }, 2, 10, 20)).toBeCloseTo(64 / 129, 14);
    // x = 500, t_x = 300, T = 310 at CDNOW's r, s and α = β = 11.67: a = r+s+x, log-odds = ln(s/a) + ln(e^(a·ln(321.67/311.67)) − 1)
    const a = cdnow.r + cdnow.s + 500;
    const logOdds = Math.log(cdnow.s / a) + Math.log(Math.expm1(a * Math.log1p(10 / 311.67)));
    expect(paretoNbdProbabilityAlive({ ...cdnow, alpha: 11.67, beta: 11.67 }, 500, 300, 310)).toBeCloseTo(1 / (1 + Math.exp(logOdds)), 14);
  });

  it("matches a Monte Carlo of the model, on both sides of α = β and far from it", () => {
    const cases: [ParetoNbdParameters, number, number, number][] = [
      [cdnow, 2, 30.43, 38.86],
      [cdnow, 0, 0, 38],
      [cdnow, 1, 1.71, 38.86],
      [cdnow, 7, 20, 38],
      [{ r: 0.5, alpha: 100, s: 0.5, beta: 1 }, 3, 5, 30],
      [{ r: 0.5, alpha: 1, s: 0.5, beta: 100 }, 3, 20, 30],
    ];
    cases.forEach(([parameters, x, tx, T], index) => {
      const simulated = posteriorByDropoutDraws(parameters, x, tx, T, 39, 200_000, 100 + index);
      expect(Math.abs(paretoNbdProbabilityAlive(parameters, x, tx, T) - simulated.alive)).toBeLessThan(4 * simulated.aliveError);
      expect(Math.abs(paretoNbdConditionalExpectedPurchases(parameters, x, tx, T, 39) - simulated.expected)).toBeLessThan(4 * simulated.expectedError);
    });
  });

  it("stays a probability at the extremes: x = 5000, T = 10⁵, t_x = T, α within 1e-12 of β", () => {
    expect(paretoNbdProbabilityAlive(cdnow, 5000, 1e5, 1e5)).toBe(1);
    expect(paretoNbdProbabilityAlive(cdnow, 5000, 38, 38)).toBe(1);
    const gone = paretoNbdProbabilityAlive(cdnow, 5000, 10, 1e5);
    expect(gone).toBeGreaterThanOrEqual(0);
    expect(gone).toBeLessThan(1e-300);
    const idle = paretoNbdProbabilityAlive(cdnow, 0, 0, 1e5);
    expect(idle).toBeGreaterThan(0);
    expect(idle).toBeLessThan(0.2);
    // for x = 0 the recency passed is not used
    expect(paretoNbdProbabilityAlive(cdnow, 0, 17, 38)).toBe(paretoNbdProbabilityAlive(cdnow, 0, 0, 38));
    const atSwitch = paretoNbdProbabilityAlive({ ...cdnow, alpha: cdnow.beta }, 2, 30.43, 38.86);
    for (const relative of [-1e-12, 1e-12]) {
      expect(paretoNbdProbabilityAlive({ ...cdnow, alpha: cdnow.beta * (1 + relative) }, 2, 30.43, 38.86)).toBeCloseTo(atSwitch, 11);
    }
  });

  it("falls with the time since the last purchase, the faster the more often the customer bought", () => {
    let previous = 1;
    for (const T of [31, 35, 40, 60, 100, 1000, 1e4]) {
      const alive = paretoNbdProbabilityAlive(cdnow, 4, 30, T);
      expect(alive).toBeLessThan(previous);
      previous = alive;
    }
    expect(paretoNbdProbabilityAlive(cdnow, 4, 20, 38)).toBeLessThan(paretoNbdProbabilityAlive(cdnow, 4, 30, 38));
    expect(paretoNbdProbabilityAlive(cdnow, 8, 30, 38)).toBeLessThan(paretoNbdProbabilityAlive(cdnow, 4, 30, 38));
  });
});

describe("paretoNbdPurchasesGivenAlive", () => {
  it("equals the closed form by hand, through its s = 1 limit and below it", () => {
    const base = { r: 1, alpha: 10, s: 2, beta: 10 };
    // (r+x)(β+T)/((α+T)(s−1))·[1 − ((β+T)/(β+T+t))^(s−1)] with x = 2, T = 20, t = 30: 3·30/30·(1 − 30/60) = 1.5
    expect(paretoNbdPurchasesGivenAlive(base, 2, 20, 30)).toBeCloseTo(1.5, 14);
    // s = 1: (r+x)(β+T)/(α+T)·ln((β+T+t)/(β+T)) = 3 ln 2; s = ½: −6·(1 − √2) = 6(√2 − 1)
    expect(paretoNbdPurchasesGivenAlive({ ...base, s: 1 }, 2, 20, 30)).toBeCloseTo(3 * Math.LN2, 14);
    expect(paretoNbdPurchasesGivenAlive({ ...base, s: 1 + 1e-12 }, 2, 20, 30)).toBeCloseTo(3 * Math.LN2, 11);
    expect(paretoNbdPurchasesGivenAlive({ ...base, s: 1 - 1e-9 }, 2, 20, 30)).toBeCloseTo(3 * Math.LN2, 8);
    expect(paretoNbdPurchasesGivenAlive({ ...base, s: 0.5 }, 2, 20, 30)).toBeCloseTo(6 * (Math.SQRT2 - 1), 14);
    expect(paretoNbdPurchasesGivenAlive(base, 2, 20, 0)).toBe(0);
    expect(Number.isFinite(paretoNbdPurchasesGivenAlive({ ...base, s: 0.2 }, 5000, 1e5, 1e6))).toBe(true);
  });

  it("matches simulated customers with x purchases who are alive at T", () => {
    // Draw customers for T + t, keep those with exactly x purchases in (0, T] who are still alive at T, average
    // their purchases in (T, T + t]. Given alive, the expectation does not depend on t_x.
    const random = new RandomStream(31);
    for (const [parameters, x, T, t] of [[cdnow, 2, 30, 39], [cdnow, 0, 26, 52], [{ r: 2, alpha: 5, s: 1, beta: 8 }, 5, 20, 30]] as const) {
      const futures: number[] = [];
      for (let i = 0; i < 400_000; i += 1) {
        const customer = drawParetoNbdCustomer(random, parameters, T, t);
        if (customer.purchases === x && customer.lifetime > T) futures.push(customer.futurePurchases);
      }
      const simulated = meanWithError(futures);
      expect(futures.length).toBeGreaterThan(5000);
      expect(Math.abs(paretoNbdPurchasesGivenAlive(parameters, x, T, t) - simulated.mean)).toBeLessThan(4 * simulated.error);
    }
  });
});

describe("paretoNbdExpectedPurchasesOfNewCustomer", () => {
  it("equals r β/(α(s−1))·[1 − (β/(β+t))^(s−1)] by hand", () => {
    // r = 1, α = β = 10, s = 2, t = 10: 1·10/(10·1)·(1 − ½) = ½
    expect(paretoNbdExpectedPurchasesOfNewCustomer({ r: 1, alpha: 10, s: 2, beta: 10 }, 10)).toBeCloseTo(0.5, 14);
    expect(paretoNbdExpectedPurchasesOfNewCustomer(cdnow, 0)).toBe(0);
  });

  it("matches the mean number of purchases of simulated new customers", () => {
    const random = new RandomStream(7);
    for (const t of [10, 39, 78]) {
      const counts: number[] = [];
      for (let i = 0; i < 200_000; i += 1) counts.push(drawParetoNbdCustomer(random, cdnow, t).purchases);
      const simulated = meanWithError(counts);
      expect(Math.abs(paretoNbdExpectedPurchasesOfNewCustomer(cdnow, t) - simulated.mean)).toBeLessThan(4 * simulated.error);
    }
  });
});
