import { roundedTo } from "../../src/core/roundedTo";
import { RandomStream } from "../../src/core/random/randomStream";

// The reference is the language's own rounding, Number(value.toFixed(digits)) (ECMA-262 §21.1.3.3): roundedTo must
// give the same double (Object.is: −0 too) for every value, near halves and far from them.

function reference(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

describe("roundedTo", () => {
  it("equals Number(toFixed) on a million values of every size and sign", () => {
    const stream = new RandomStream(20261205);
    const random = (): number => stream.uniform();
    for (let i = 0; i < 1_000_000; i += 1) {
      const digits = [0, 2, 4, 6][i % 4];
      const magnitude = 10 ** (12 * random() - 6);
      const value = (random() < 0.5 ? -1 : 1) * magnitude * random();
      const rounded = roundedTo(value, digits);
      if (!Object.is(rounded, reference(value, digits))) throw new Error(`roundedTo(${value}, ${digits}) = ${rounded}, toFixed: ${reference(value, digits)}`);
    }
  });

  it("equals Number(toFixed) at and next to halves, where toFixed decides on the exact decimal value", () => {
    const differing: string[] = [];
    for (const digits of [0, 1, 2, 4, 6]) {
      for (let k = -2000; k <= 2000; k += 1) {
        const half = (k + 0.5) / 10 ** digits;
        for (const value of [half, half * (1 + Number.EPSILON), half * (1 - Number.EPSILON), half + 1e-9, half - 1e-9]) {
          if (!Object.is(roundedTo(value, digits), reference(value, digits))) differing.push(`${value} to ${digits}`);
        }
      }
    }
    expect(differing).toEqual([]);
    expect(roundedTo(1.005, 2)).toBe(1); // 1.005 is 1.00499999999999989… as a double
    expect(roundedTo(2.5, 0)).toBe(3);
    expect(roundedTo(-2.5, 0)).toBe(-3); // halves away from zero, unlike Math.round
  });

  it("keeps −0, large values and non-numbers as toFixed and JSON would", () => {
    expect(Object.is(roundedTo(-1e-9, 6), -0)).toBe(true);
    for (let digits = 0; digits <= 20; digits += 1) {
      expect(Object.is(roundedTo(-0, digits), reference(-0, digits))).toBe(true); // +0: (−0).toFixed is "0…"
      expect(Object.is(roundedTo(0, digits), reference(0, digits))).toBe(true);
    }
    expect(roundedTo(123456789012.3457, 6)).toBe(reference(123456789012.3457, 6));
    expect(roundedTo(1e21, 4)).toBe(1e21);
    expect(roundedTo(Number.NaN, 2)).toBeNull();
    expect(roundedTo(Number.POSITIVE_INFINITY, 2)).toBeNull();
    expect(roundedTo("12", 2)).toBeNull();
    expect(roundedTo(null, 2)).toBeNull();
    expect(roundedTo(2 / 3, 4)).toBe(0.6667);
  });
});
