import { RandomStream } from "../../../src/core/random/randomStream";

// Each variate's sample mean and variance against its textbook values (n = 200 000; tolerance ≈ 5 standard errors).
const draws = 200_000;

function moments(draw: () => number): { mean: number; variance: number } {
  let mean = 0;
  let squares = 0;
  for (let k = 1; k <= draws; k += 1) {
    const value = draw();
    const delta = value - mean;
    mean += delta / k;
    squares += delta * (value - mean);
  }
  return { mean, variance: squares / (draws - 1) };
}

function expectMoments(draw: () => number, mean: number, variance: number): void {
  const sample = moments(draw);
  expect(Math.abs(sample.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / draws));
  expect(Math.abs(sample.variance / variance - 1)).toBeLessThan(0.03);
}

describe("RandomStream", () => {
  it("is deterministic for a seed and stream, and differs between streams", () => {
    const first = new RandomStream(42, 7);
    const second = new RandomStream(42, 7);
    const other = new RandomStream(42, 8);
    const a = Array.from({ length: 5 }, () => first.nextUint32());
    expect(Array.from({ length: 5 }, () => second.nextUint32())).toEqual(a);
    expect(Array.from({ length: 5 }, () => other.nextUint32())).not.toEqual(a);
  });

  it("draws uniforms strictly inside (0, 1)", () => {
    const random = new RandomStream(1);
    for (let k = 0; k < 10_000; k += 1) {
      const u = random.uniform();
      expect(u > 0 && u < 1).toBe(true);
    }
    expectMoments(() => random.uniform(), 0.5, 1 / 12);
  });

  it("draws exponential, normal, gamma (shape < 1 and > 1), beta, geometric and Poisson with the right moments", () => {
    const random = new RandomStream(2);
    expectMoments(() => random.exponential(), 1, 1);
    expectMoments(() => random.normal(), 0, 1);
    expectMoments(() => random.gamma(0.243), 0.243, 0.243);
    expectMoments(() => random.gamma(6.25), 6.25, 6.25);
    // Beta(a, b): mean a/(a+b), variance ab/((a+b)²(a+b+1))
    expectMoments(() => random.beta(0.793, 2.426), 0.793 / 3.219, (0.793 * 2.426) / (3.219 ** 2 * 4.219));
    // Geometric on 1, 2, …: mean 1/p, variance (1−p)/p²
    expectMoments(() => random.geometric(0.3), 1 / 0.3, 0.7 / 0.09);
    expectMoments(() => random.poisson(3.5), 3.5, 3.5);
    expectMoments(() => random.poisson(250), 250, 250);
  });
});
