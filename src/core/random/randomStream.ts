import gammaln from "@stdlib/math-base-special-gammaln";
import { abs, ceil, exp, floor, imul, log, log1p, sqrt, trunc } from "../hotGlobals";

/*
 * Hand-written on purpose: the project has no seeded random-variate package installed (candidates on npm are
 * @stdlib/random-base-xoshiro… / @stdlib/random-base-gamma, not dependencies yet), and the simulator and the CLV
 * intervals need a small, fast, reproducible stream that gives the same numbers on every machine. Each algorithm
 * is a short, well-known published one, named at its method.
 */

const TWO_TO_MINUS_32 = 2 ** -32;
const TWO_TO_MINUS_33 = 2 ** -33;

/**
 * A seeded stream of random numbers: the xoshiro128** generator (Blackman & Vigna 2018, "Scrambled linear
 * pseudorandom number generators", 32-bit version), seeded through SplitMix32, with the variates the customer
 * models need: uniform, exponential, normal (Marsaglia polar method), gamma (Marsaglia & Tsang 2000), beta,
 * geometric and Poisson (inversion for small means, Hörmann 1993 PTRS for large ones).
 *
 * The same (seed, stream) pair always gives the same numbers; different streams of one seed are independent
 * for practical purposes, so work split into groups can seed each group by its key and stay reproducible
 * whatever order the groups are processed in.
 * @example
 * const random = new RandomStream(42);
 * random.gamma(2.5); // a Gamma(shape 2.5, rate 1) draw
 */
export class RandomStream {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spareNormal = 0;
  private hasSpareNormal = false;

  constructor(seed: number, stream = 0) {
    let state = (trunc(seed) ^ imul(trunc(stream) + 0x632be5ab, 0x9e3779b9)) >>> 0;
    const splitMix32 = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = imul(z ^ (z >>> 16), 0x85ebca6b);
      z = imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = splitMix32();
    this.s1 = splitMix32();
    this.s2 = splitMix32();
    this.s3 = splitMix32() | 1;
  }

  /** The next 32-bit unsigned integer of xoshiro128**. */
  nextUint32(): number {
    const s1 = this.s1;
    const product = imul(s1, 5);
    const result = imul((product << 7) | (product >>> 25), 9) >>> 0;
    const shifted = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= shifted;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /** Uniform on the open interval (0, 1), never exactly 0 or 1 (32 bits of resolution). */
  uniform(): number {
    return this.nextUint32() * TWO_TO_MINUS_32 + TWO_TO_MINUS_33;
  }

  /** A whole number from 0 to count − 1, uniformly. */
  below(count: number): number {
    return floor(this.uniform() * count);
  }

  /** Exponential with rate 1 (mean 1), by inversion. */
  exponential(): number {
    return -log(this.uniform());
  }

  /** Standard normal, by the Marsaglia polar method (two per round; the second is kept for the next call). */
  normal(): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return this.spareNormal;
    }
    for (;;) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const squared = u * u + v * v;
      if (squared >= 1 || squared === 0) continue;
      const factor = sqrt((-2 * log(squared)) / squared);
      this.spareNormal = v * factor;
      this.hasSpareNormal = true;
      return u * factor;
    }
  }

  /**
   * Gamma with the given shape and rate 1 (mean = shape). Marsaglia & Tsang (2000), "A simple method for
   * generating gamma variables", ACM TOMS 26(3); shapes below 1 use Gamma(shape + 1) × U^(1/shape) (their §6).
   */
  gamma(shape: number): number {
    if (shape < 1) {
      const boosted = this.gamma(shape + 1);
      return boosted * exp(log(this.uniform()) / shape);
    }
    const d = shape - 1 / 3;
    const c = 1 / sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniform();
      const xSquared = x * x;
      if (u < 1 - 0.0331 * xSquared * xSquared) return d * v;
      if (log(u) < 0.5 * xSquared + d * (1 - v + log(v))) return d * v;
    }
  }

  /** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    const total = x + y;
    return total > 0 ? x / total : a / (a + b);
  }

  /**
   * The number of trials up to and including the first success, each succeeding with probability p
   * (1, 2, 3, …; mean 1/p), by inversion: ⌈ln U / ln(1 − p)⌉.
   */
  geometric(probability: number): number {
    if (probability >= 1) return 1;
    const trials = ceil(log(this.uniform()) / log1p(-probability));
    return trials >= 1 ? trials : 1;
  }

  /**
   * Poisson with the given mean: multiplication of uniforms below mean 10, otherwise Hörmann (1993),
   * "The transformed rejection method for generating Poisson random variables", Insurance: Mathematics and
   * Economics 12(1) (algorithm PTRS).
   */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean < 10) {
      const limit = exp(-mean);
      let product = this.uniform();
      let count = 0;
      while (product > limit) {
        product *= this.uniform();
        count += 1;
      }
      return count;
    }
    const rootMean = sqrt(mean);
    const logMean = log(mean);
    const b = 0.931 + 2.53 * rootMean;
    const a = -0.059 + 0.02483 * b;
    const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
    const acceptanceBound = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.uniform() - 0.5;
      const v = this.uniform();
      const us = 0.5 - abs(u);
      const k = floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= acceptanceBound) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (log(v) + log(inverseAlpha) - log(a / (us * us) + b) <= -mean + k * logMean - gammaln(k + 1)) {
        return k;
      }
    }
  }
}
