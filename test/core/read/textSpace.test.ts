import { isDigitCode, isSpaceCode } from "../../../src/core/read/textSpace";

describe("isSpaceCode", () => {
  it.each([" ", "\t", "\n", "\u00a0", "\u2007", "\u2009", "\u202f", "\ufeff"])("treats %j as space", (character) => {
    expect(isSpaceCode(character.charCodeAt(0))).toBe(true);
  });

  it.each(["a", "0", ".", "\u2212"])("does not treat %j as space", (character) => {
    expect(isSpaceCode(character.charCodeAt(0))).toBe(false);
  });
});

describe("isDigitCode", () => {
  it("accepts 0–9 only", () => {
    expect([..."0123456789"].every((digit) => isDigitCode(digit.charCodeAt(0)))).toBe(true);
    expect(["/", ":", "a", "٣"].some((character) => isDigitCode(character.charCodeAt(0)))).toBe(false);
  });
});
