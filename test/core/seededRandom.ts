/**
 * A small seeded pseudo-random generator (mulberry32) for tests that need plain uniform numbers, so that every
 * run checks the same inputs and a failure can be reproduced.
 */
export function seededRandom(seed: number): { uniform(low: number, high: number): number; integer(low: number, high: number): number } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    uniform: (low, high) => low + (high - low) * next(),
    integer: (low, high) => low + Math.floor((high - low + 1) * next()),
  };
}

/** Runs `check` on `count` cases drawn from a generator seeded with `seed`. */
export function forEachCase<T>(count: number, seed: number, draw: (random: ReturnType<typeof seededRandom>) => T, check: (sample: T) => void): void {
  const random = seededRandom(seed);
  for (let index = 0; index < count; index += 1) check(draw(random));
}
