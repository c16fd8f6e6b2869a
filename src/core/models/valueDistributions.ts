import { RandomStream } from "../random/randomStream";
import type { ClvSchedule } from "./clvSettings";
import { distinctValues } from "./distinctValues";
import { gammaGammaLogParameters, type GammaGammaParameters } from "./gammaGammaParameters";
import { drawLogParameters } from "./parameterDraws";
import type { SpendHistory } from "./purchaseHistory";
import { purchaseModelLogParameters, type PurchaseModel } from "./purchaseModel";
import { ceil, exp, floor, imul, log, max, min } from "../hotGlobals";

/** The fitted models whose predictive distribution is simulated, each with the covariance of its log-parameters. */
export interface ValueModels {
  /** The purchase model (BG/NBD, MBG/NBD or Pareto/NBD) and the covariance of its log-parameters. */
  purchase: { model: PurchaseModel; logCovariance: Float64Array | null };
  /** The spend model; null when spend per purchase is taken as known (the expected spend), e.g. when the
   * Gamma-Gamma model could not be fitted: the intervals then leave out spend variation. */
  gammaGamma: { parameters: GammaGammaParameters; logCovariance: Float64Array | null } | null;
}

/** Settings of simulateValueDistributions. */
export interface ValueSimulationOptions {
  /** Simulated futures per group; default 500 (a quantile's level is then within ±0.013, one standard error). */
  samplesPerGroup?: number;
  /** Default 1. Groups are seeded by their keys, so reordering the customers does not change the draws. */
  seed?: number;
  /** Draw the parameters from their asymptotic normal distribution for each simulated future; default true. */
  parameterUncertainty?: boolean;
}

/**
 * Simulated distributions of standardized future value, one per group of similar customers.
 * A customer's future value is V = alive × scale × W, with alive ~ Bernoulli(P(alive)) and W drawn from the
 * customer's group; `sortedValues` holds each group's simulated W in increasing order.
 */
export interface ValueDistributions {
  samplesPerGroup: number;
  groups: number;
  /** Each customer's group. */
  groupOf: Int32Array;
  /** The group of a brand-new customer (x = 0, T = 0), for customer equity. */
  newCustomerGroup: number;
  /** Group g's sorted samples are entries g·S … g·S + S − 1. */
  sortedValues: Float64Array;
  /** Group g's E[W], E[W²], E[W³] are entries 3g, 3g + 1, 3g + 2. */
  moments: Float64Array;
  /** Each customer's scale: margin × (v̂ + x·m̄) with the spend model, margin × expected spend without. */
  scale: Float64Array;
  /** The new customer's scale: margin × v̂ with the spend model, else margin × the given new-customer spend. */
  newCustomerScale: number;
}

/** x up to this is its own group; above it x is grouped on a log scale. */
const EXACT_FREQUENCIES = 30;
/** Width of the groups on ln x (above EXACT_FREQUENCIES) and on ln(α + T): customers in a group differ by < 3 %
 * in α + T, i.e. in their posterior purchase rate. */
const LOG_BIN_WIDTH = 0.04;
/** Group keys are frequency bin × this + age bin (shifted to be positive). */
const KEY_FREQUENCY_FACTOR = 1e6;

/**
 * Simulates each customer's predictive distribution of future value over the CLV horizon (docs/ARCHITECTURE.md,
 * "Models"): for an alive customer, λ ~ Gamma(r+x, α+T) and p ~ Beta(a, b+x) (the BG/NBD posterior given alive,
 * Fader, Hardie & Lee 2005 §5), purchases arrive as a Poisson process at rate λ until the Geometric(p)-th one (the
 * dropout after a purchase), each is worth z ~ Gamma(p_s, ν) with ν ~ Gamma(q + p_s·x, v + x·m̄) (the Gamma-Gamma
 * posterior, Fader & Hardie 2013), and each month's purchases are discounted and multiplied by the margin as in
 * predictClv. Every simulated future uses its own parameter draw from the fits' asymptotic normal (sample s uses
 * draw s in every group), so parameter uncertainty is included.
 *
 * Speed (1 M customers in ~0.4 s): given alive, the future count and timing depend only on (x, T), and the spend
 * scales with v + x·m̄, so W = V / (margin (v̂ + x m̄)) is simulated once per group of customers with equal x
 * (or within 3 % above x = 30) and α + T within 3 %, at the group's mean T; every customer then reads quantiles in
 * O(1) (clvIntervals). Within one x the futures are shared across ages (SharedFutures), so each group costs a
 * pass over stored purchase times. Groups are seeded by their keys.
 * Approximations, all small next to the Monte Carlo error: the group's mean T for its customers; P(alive) at θ̂
 * (its parameter uncertainty is second order); the group's mean m̄ in the spend-rate uncertainty factor
 * (v_s + x m̄)/(v̂ + x m̄); the discounting of a future's purchases at their mean discount factor (see valuesAtAge).
 * `expectedSpend` (per customer) and `newCustomerSpend` are the spends per purchase used when there is no spend model.
 * @example simulateValueDistributions(models, history, expectedSpend, clvSchedule(settings), 0, { seed: 7 })
 */
export function simulateValueDistributions(
  models: ValueModels,
  history: SpendHistory,
  expectedSpend: Float64Array,
  schedule: ClvSchedule,
  newCustomerSpend: number,
  options: ValueSimulationOptions = {},
): ValueDistributions {
  const samplesPerGroup = options.samplesPerGroup ?? 500;
  const seed = options.seed ?? 1;
  const count = history.frequency.length;
  const alpha = models.purchase.model.parameters.alpha;
  const keys = new Float64Array(count + 1);
  for (let i = 0; i < count; i += 1) keys[i] = groupKey(history.frequency[i], history.T[i], alpha);
  keys[count] = groupKey(0, 0, alpha);
  const grouping = distinctValues(keys);
  const groups = grouping.values.length;
  const groupFrequency = new Float64Array(groups);
  const groupAge = new Float64Array(groups);
  const groupMonetary = new Float64Array(groups);
  const groupSize = new Float64Array(groups);
  const { customersInRow } = history;
  for (let i = 0; i < count; i += 1) {
    const g = grouping.index[i];
    const weight = customersInRow ? customersInRow[i] : 1;
    groupSize[g] += weight;
    groupFrequency[g] += weight * history.frequency[i];
    groupAge[g] += weight * history.T[i];
    groupMonetary[g] += weight * history.monetary[i];
  }
  for (let g = 0; g < groups; g += 1) {
    const size = max(1, groupSize[g]);
    groupFrequency[g] /= size;
    groupAge[g] /= size;
    groupMonetary[g] /= size;
  }
  const draws = parameterDraws(models, samplesPerGroup, seed, options.parameterUncertainty ?? true);
  const sortedValues = new Float64Array(groups * samplesPerGroup);
  const moments = new Float64Array(groups * 3);
  const horizon = new FutureHorizon(schedule);
  const frequencyBins = groupsByFrequencyBin(grouping.values);
  const shared = new SharedFutures(samplesPerGroup);
  const samples = new Float64Array(samplesPerGroup);
  const scratch = new Float64Array(samplesPerGroup);
  for (const [frequencyBin, members] of frequencyBins) {
    let frequency = 0;
    let youngest = Number.POSITIVE_INFINITY;
    let weight = 0;
    for (const g of members) {
      frequency += groupFrequency[g] * groupSize[g];
      weight += groupSize[g];
      youngest = min(youngest, groupAge[g]);
    }
    frequency = weight > 0 ? frequency / weight : 0;
    const expectedArrivals = ((models.purchase.model.parameters.r + frequency) * horizon.end) / (alpha + youngest);
    const sharable = expectedArrivals <= MAX_SHARED_ARRIVALS;
    if (sharable) shared.simulate(new RandomStream(seed, frequencyBin), draws, horizon, frequency, youngest);
    for (const g of members) {
      const random = new RandomStream(seed, hashKey(grouping.values[g]));
      if (sharable) {
        shared.valuesAtAge(random, draws, horizon, groupAge[g], frequency, groupMonetary[g], samples);
      } else {
        monthByMonthSamples(random, draws, horizon, frequency, groupAge[g], groupMonetary[g], samples);
      }
      sortNonNegative(samples, scratch);
      sortedValues.set(samples, g * samplesPerGroup);
      storeMoments(samples, moments, g);
    }
  }
  const newCustomerGroup = grouping.index[count];
  const scale = new Float64Array(count);
  const spend = models.gammaGamma?.parameters;
  for (let i = 0; i < count; i += 1) {
    scale[i] = schedule.grossMargin * (spend ? spend.v + history.frequency[i] * history.monetary[i] : expectedSpend[i]);
  }
  return {
    samplesPerGroup,
    groups,
    groupOf: grouping.index.subarray(0, count),
    newCustomerGroup,
    sortedValues,
    moments,
    scale,
    newCustomerScale: schedule.grossMargin * (spend ? spend.v : newCustomerSpend),
  };
}

function groupKey(frequency: number, age: number, alpha: number): number {
  const frequencyBin =
    frequency <= EXACT_FREQUENCIES
      ? frequency
      : EXACT_FREQUENCIES + 1 + floor(log(frequency / EXACT_FREQUENCIES) / LOG_BIN_WIDTH);
  const ageBin = floor(log(alpha + age) / LOG_BIN_WIDTH);
  return frequencyBin * KEY_FREQUENCY_FACTOR + (ageBin + KEY_FREQUENCY_FACTOR / 2);
}

function hashKey(key: number): number {
  const high = floor(key / 4294967296);
  return (imul(high ^ 0x5bd1e995, 0x27d4eb2d) ^ (key >>> 0)) >>> 0;
}

/** Parameter draws as columns, one entry per sample index (shared by all groups). */
interface Draws {
  count: number;
  r: Float64Array;
  alpha: Float64Array;
  /** BG/NBD and MBG/NBD: the dropout probability's Beta(a, b + x) posterior given alive (b + 1 for the MBG/NBD). */
  a: Float64Array;
  b: Float64Array;
  /** Pareto/NBD: the dropout rate's Gamma(s, β + T) posterior given alive; null for the other models. */
  lifetime: { s: Float64Array; beta: Float64Array } | null;
  /** Spend shape p, posterior prior shape q, and the ratio v_s / v̂ (null without a spend model). */
  spend: { p: Float64Array; q: Float64Array; v: Float64Array; fittedV: number } | null;
}

function parameterDraws(models: ValueModels, count: number, seed: number, withUncertainty: boolean): Draws {
  const random = new RandomStream(seed, 0x9e3779b9);
  const { model } = models.purchase;
  const purchase = drawLogParameters(
    purchaseModelLogParameters(model),
    withUncertainty ? models.purchase.logCovariance : null,
    count,
    random,
  );
  const column = (source: Float64Array, size: number, index: number, transform: (value: number) => number): Float64Array => {
    const out = new Float64Array(count);
    for (let s = 0; s < count; s += 1) out[s] = transform(source[s * size + index]);
    return out;
  };
  const lifetime = model.name === "paretonbd";
  // Given alive, the MBG/NBD is the BG/NBD with b + 1 (aliveDropoutParameters).
  const dropoutShift = model.name === "mbgnbd" ? 1 : 0;
  const draws: Draws = {
    count,
    r: column(purchase, 4, 0, exp),
    alpha: column(purchase, 4, 1, exp),
    a: lifetime ? new Float64Array(0) : column(purchase, 4, 2, exp),
    b: lifetime ? new Float64Array(0) : column(purchase, 4, 3, (value) => exp(value) + dropoutShift),
    lifetime: lifetime ? { s: column(purchase, 4, 2, exp), beta: column(purchase, 4, 3, exp) } : null,
    spend: null,
  };
  const gammaGamma = models.gammaGamma;
  if (gammaGamma !== null) {
    const spend = drawLogParameters(
      gammaGammaLogParameters(gammaGamma.parameters),
      withUncertainty ? gammaGamma.logCovariance : null,
      count,
      random,
    );
    draws.spend = {
      p: column(spend, 3, 0, exp),
      q: column(spend, 3, 1, (value) => 1 + exp(value)),
      v: column(spend, 3, 2, exp),
      fittedV: gammaGamma.parameters.v,
    };
  }
  return draws;
}

/** The CLV months in the history's unit, with their discount factors (month i = 1 … H at index i; index H + 1
 * repeats month H for a purchase that rounding places a hair past the horizon's end). */
class FutureHorizon {
  readonly months: number;
  readonly monthLength: number;
  readonly end: number;
  readonly discount: Float64Array;

  constructor(schedule: ClvSchedule) {
    this.months = schedule.monthEnds.length;
    this.monthLength = this.months > 0 ? schedule.monthEnds[0] : 0;
    this.end = this.months > 0 ? schedule.monthEnds[this.months - 1] : 0;
    this.discount = new Float64Array(this.months + 2);
    this.discount.set(schedule.discountFactors, 1);
    this.discount[this.months + 1] = this.discount[this.months];
  }
}

/** Above this many expected purchases per simulated future, futures are simulated month by month per group. */
const MAX_SHARED_ARRIVALS = 400;

function groupsByFrequencyBin(keys: Float64Array): Map<number, number[]> {
  const bins = new Map<number, number[]>();
  for (let g = 0; g < keys.length; g += 1) {
    const bin = floor(keys[g] / KEY_FREQUENCY_FACTOR);
    const members = bins.get(bin);
    if (members) members.push(g);
    else bins.set(bin, [g]);
  }
  return bins;
}

/** Sorts values ≥ 0 in place: the zeros (often most of them) go first without being compared. */
function sortNonNegative(values: Float64Array, scratch: Float64Array): void {
  let zeros = 0;
  let positives = values.length;
  scratch.set(values);
  for (let k = 0; k < scratch.length; k += 1) {
    if (scratch[k] > 0) {
      positives -= 1;
      values[positives] = scratch[k];
    } else {
      values[zeros] = 0;
      zeros += 1;
    }
  }
  values.subarray(zeros).sort();
}

function storeMoments(samples: Float64Array, moments: Float64Array, group: number): void {
  let first = 0;
  let second = 0;
  let third = 0;
  for (let s = 0; s < samples.length; s += 1) {
    const value = samples[s];
    first += value;
    second += value * value;
    third += value * value * value;
  }
  moments[3 * group] = first / samples.length;
  moments[3 * group + 1] = second / samples.length;
  moments[3 * group + 2] = third / samples.length;
}

/**
 * Simulated futures shared by all ages of one frequency (common random numbers): for sample s the standardized
 * rate γ_s ~ Gamma(r_s + x), the dropout p_s ~ Beta(a_s, b_s + x), the purchase limit K_s ~ Geometric(p_s), the
 * posterior spend rate h_s ~ Gamma(q_s + p_s x) and, for each future purchase j ≤ K_s, a cumulative standard
 * exponential E_j. A customer of age T then buys at τ_j = E_j (α_s + T)/γ_s, because λ = γ_s/(α_s + T) is a draw
 * from the Gamma(r + x, α + T) posterior; so each age costs a pass over the stored purchases and one spend draw,
 * and intervals vary smoothly with T. Pareto/NBD: no purchase limit; instead a standardized dropout rate
 * η_s ~ Gamma(s_s) and a standard exponential D_s give the remaining lifetime D_s (β_s + T)/η_s at age T (the
 * dropout rate μ = η_s/(β_s + T) is a draw from its Gamma(s, β + T) posterior given alive), and only the purchases
 * before it count.
 */
class SharedFutures {
  private readonly gammas: Float64Array;
  private readonly spendRates: Float64Array;
  /** Pareto/NBD only: D_s / η_s, the remaining lifetime per unit of β_s + T. */
  private readonly lifetimes: Float64Array;
  private readonly offsets: Int32Array;
  private arrivals: Float64Array;

  constructor(samples: number) {
    this.gammas = new Float64Array(samples);
    this.spendRates = new Float64Array(samples);
    this.lifetimes = new Float64Array(samples);
    this.offsets = new Int32Array(samples + 1);
    this.arrivals = new Float64Array(samples * 4);
  }

  /** Draws the futures, keeping the purchases that fall in the horizon for the youngest age. */
  simulate(random: RandomStream, draws: Draws, horizon: FutureHorizon, frequency: number, youngestAge: number): void {
    const spend = draws.spend;
    let stored = 0;
    for (let s = 0; s < draws.count; s += 1) {
      this.offsets[s] = stored;
      const gamma = random.gamma(draws.r[s] + frequency);
      const lifetime = draws.lifetime;
      let limit = Number.POSITIVE_INFINITY;
      if (lifetime === null) limit = random.geometric(random.beta(draws.a[s], draws.b[s] + frequency));
      else this.lifetimes[s] = random.exponential() / random.gamma(lifetime.s[s]);
      this.gammas[s] = gamma;
      this.spendRates[s] = spend === null ? 1 : random.gamma(spend.q[s] + spend.p[s] * frequency);
      const reach = horizon.months === 0 ? 0 : (horizon.end * gamma) / (draws.alpha[s] + youngestAge);
      let cumulative = 0;
      for (let purchase = 0; purchase < limit; purchase += 1) {
        cumulative += random.exponential();
        if (!(cumulative <= reach)) break;
        if (stored === this.arrivals.length) this.grow();
        this.arrivals[stored] = cumulative;
        stored += 1;
      }
    }
    this.offsets[draws.count] = stored;
  }

  /**
   * W for each sample at age T (x and the group's mean m̄ for the spend-rate uncertainty). The n purchases in the
   * horizon are worth Σ_j δ_j z_j with z_j = g_j/h (g_j ~ Gamma(p_s), h the posterior spend rate); this is drawn as
   * δ̄ · Gamma(n·p_s) / h (Σ_j g_j ~ Gamma(n·p_s)) with δ̄ their mean discount factor: exact without discounting and
   * exact in mean with it (the variance it leaves out, about Var(δ)/δ̄² ≈ 0.3 % for 10 % a year over 3 years, is
   * negligible).
   */
  valuesAtAge(random: RandomStream, draws: Draws, horizon: FutureHorizon, age: number, frequency: number, monetary: number, out: Float64Array): void {
    const spend = draws.spend;
    const fittedScale = spend === null ? 1 : spend.fittedV + frequency * monetary;
    const { discount, end, monthLength } = horizon;
    const arrivals = this.arrivals;
    for (let s = 0; s < draws.count; s += 1) {
      const timeScale = (draws.alpha[s] + age) / this.gammas[s];
      const reach = (draws.lifetime === null ? end : min(end, this.lifetimes[s] * (draws.lifetime.beta[s] + age))) / timeScale;
      const monthsPerArrivalUnit = timeScale / monthLength;
      let discountSum = 0;
      let j = this.offsets[s];
      for (const last = this.offsets[s + 1]; j < last && arrivals[j] <= reach; j += 1) {
        discountSum += discount[ceil(arrivals[j] * monthsPerArrivalUnit)];
      }
      const purchases = j - this.offsets[s];
      if (spend === null || purchases === 0) {
        out[s] = discountSum;
        continue;
      }
      const spendTotal = random.gamma(purchases * spend.p[s]) / this.spendRates[s];
      out[s] = ((discountSum / purchases) * spendTotal * (spend.v[s] + frequency * monetary)) / fittedScale;
    }
  }

  private grow(): void {
    const arrivals = new Float64Array(this.arrivals.length * 2);
    arrivals.set(this.arrivals);
    this.arrivals = arrivals;
  }
}

/**
 * W for customers expected to buy very often (x in the thousands): per month a Poisson(λ × month length) number
 * of purchases, stopped at the purchase limit (Pareto/NBD: at the end of the remaining lifetime, its last month pro
 * rata), each month's spend Gamma(n·p_s) (a sum of n Gamma(p_s)).
 */
function monthByMonthSamples(
  random: RandomStream,
  draws: Draws,
  horizon: FutureHorizon,
  frequency: number,
  age: number,
  monetary: number,
  out: Float64Array,
): void {
  const spend = draws.spend;
  const fittedScale = spend === null ? 1 : spend.fittedV + frequency * monetary;
  for (let s = 0; s < draws.count; s += 1) {
    const perMonth = (random.gamma(draws.r[s] + frequency) / (draws.alpha[s] + age)) * horizon.monthLength;
    const lifetime = draws.lifetime;
    let remaining = Number.POSITIVE_INFINITY;
    let monthsAlive = Number.POSITIVE_INFINITY;
    if (lifetime === null) remaining = random.geometric(random.beta(draws.a[s], draws.b[s] + frequency));
    else monthsAlive = (random.exponential() * (lifetime.beta[s] + age)) / random.gamma(lifetime.s[s]) / horizon.monthLength;
    let total = 0;
    for (let month = 1; month <= horizon.months && remaining > 0 && monthsAlive > month - 1; month += 1) {
      const purchases = min(remaining, random.poisson(perMonth * min(1, monthsAlive - (month - 1))));
      remaining -= purchases;
      if (purchases > 0) total += horizon.discount[month] * (spend === null ? purchases : random.gamma(purchases * spend.p[s]));
    }
    out[s] =
      spend === null || total === 0
        ? total
        : ((total / random.gamma(spend.q[s] + spend.p[s] * frequency)) * (spend.v[s] + frequency * monetary)) / fittedScale;
  }
}
